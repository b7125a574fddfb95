import { createBatchPool } from './batchPool.js';
import { createProgress } from './createProgress.js';
import type { BatchResult, RecordDefaults } from './extractRecord.js';
import { writeChunks, type CliIo } from './io.js';
import { readLines } from './readLines.js';

/**
 * Exit code when the run finished but some records could not be read: their lines say why.
 *
 * @example
 * ```ts
 * SOME_RECORDS_FAILED
 * //=> 5
 * ```
 */
export const SOME_RECORDS_FAILED = 5;

/** How `extract --jsonl` runs: the workers, the defaults for records, and whether to show progress. */
export interface ExtractJsonlOptions {
  readonly jobs: number;
  readonly defaults: RecordDefaults;
  readonly progress: boolean;
}

const fmt = (n: number): string => n.toLocaleString('en-US');

/**
 * `counterclaim extract --jsonl`: one report per input line in, one line of draft claims per report
 * out, in input order, on `jobs` worker threads. Memory holds a few batches of lines per worker,
 * whatever the input's size. A bad record gets its own output line (`{"id", "error"}`) and a line on
 * stderr with its line number, id and reason, and never stops the run; the exit code is then
 * {@link SOME_RECORDS_FAILED}. Each output line depends on its input line alone, so shards of a
 * corpus can run anywhere and their outputs be concatenated.
 *
 * @example
 * ```ts
 * await extractJsonl('-', { jobs: 1, defaults: {}, progress: false }, io) // a line that is not a record: exit 5
 * //=> 5
 * ```
 */
export async function extractJsonl(file: string | undefined, options: ExtractJsonlOptions, io: CliIo): Promise<number> {
  const source = await readLines(file, io);
  const pool = createBatchPool(options.jobs, io.worker);
  const progress = createProgress(io.stderr, 'extract', { size: source.size, show: options.progress });
  const inFlight: { result: Promise<BatchResult>; first: number; bytes: number }[] = [];
  let line = 0;
  let failed = 0;
  const finish = async (entry: (typeof inFlight)[number]): Promise<void> => {
    const result = await entry.result;
    await writeChunks(io.stdout, [result.out]);
    for (const { at, id, error } of result.failures) {
      io.stderr.write(`counterclaim extract: ${source.name}: line ${fmt(entry.first + at)}${id === null ? '' : ` (id ${JSON.stringify(id)})`}: ${error}\n`);
    }
    failed += result.failures.length;
    progress.tick(result.records, entry.bytes);
  };
  try {
    for await (const batch of source.batches) {
      const result = pool.run({ lines: batch.lines, defaults: options.defaults });
      // Awaited in order below; a rejection before then must not count as unhandled.
      result.catch(() => {});
      inFlight.push({ result, first: line + 1, bytes: batch.bytes });
      line += batch.lines.length;
      // Two batches per worker keep every worker busy while the output is written in order.
      if (inFlight.length >= 2 * Math.max(1, options.jobs)) await finish(inFlight.shift() as (typeof inFlight)[number]);
      if (io.stdout.destroyed === true) break;
    }
    while (inFlight.length > 0 && io.stdout.destroyed !== true) await finish(inFlight.shift() as (typeof inFlight)[number]);
  } finally {
    await pool.close();
  }
  const { records, bytes, seconds } = progress.done();
  if (options.progress || failed > 0) {
    const rate = seconds > 0 ? `, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s` : '';
    io.stderr.write(`counterclaim extract: ${fmt(records)} record${records === 1 ? '' : 's'} in ${seconds.toFixed(1)} s${rate}${failed > 0 ? `; ${fmt(failed)} could not be read (their lines above)` : ''}\n`);
  }
  return failed > 0 ? SOME_RECORDS_FAILED : 0;
}
