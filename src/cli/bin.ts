import { isMainThread, workerData } from 'node:worker_threads';
import { main } from './main.js';
import { isBatchWorker } from './workerMark.js';

// This file is also what worker threads run (`extract --jsonl --jobs`): a worker serves batches.
if (!isMainThread && isBatchWorker(workerData)) void import('./batchPool.js').then(({ serveBatches }) => serveBatches());
else runCommand();

function runCommand(): void {
  // Exit code for output that could not be written (a full disk): not findings (1), not bad input (2).
  const CANNOT_WRITE = 4;

  // A reader that goes away (`counterclaim … | head -1`) is not an error: it had what it wanted. Any
  // other write error is said once, without a stack, and gets its own exit code.
  let failed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (failed || error.code === 'EPIPE') return;
    failed = true;
    process.stderr.write(`counterclaim: cannot write the output: ${error.code ?? error.message}${error.code === 'ENOSPC' ? ' (no space left on the device)' : ''}\n`);
    process.exitCode = CANNOT_WRITE;
  });
  process.stderr.on('error', () => {});

  // The package's bin: the process's own streams and exit code around main().
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, worker: new URL(import.meta.url) }).then(
    (code) => {
      if (!failed) process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`counterclaim: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
