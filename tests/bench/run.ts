// Runs every tests/bench/*.bench.ts in turn (`npm run bench`); each exports `run()` and prints its
// own table. Arguments filter by file name: `npm run bench -- figures` runs figures.bench.ts only.
// Each file runs in a process of its own, so that one benchmark's heap and compiled code do not
// slow the next one down.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Bench {
  run(): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));
const [flag, only] = process.argv.slice(2);

if (flag === '--one' && only !== undefined) {
  const bench = (await import(pathToFileURL(join(here, only)).href)) as Partial<Bench>;
  if (typeof bench.run !== 'function') throw new Error(`bench: ${only} does not export run()`);
  await bench.run();
} else {
  const filters = process.argv.slice(2);
  const files = readdirSync(here)
    .filter((file) => file.endsWith('.bench.ts'))
    .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
    .sort();
  if (files.length === 0) {
    console.error(`bench: no tests/bench/*.bench.ts matches ${filters.join(', ')}`);
    process.exitCode = 1;
  }
  for (const file of files) {
    console.log(`\n# ${file}`);
    // --expose-gc: a benchmark may collect before a timed run, so that it times its call, not the
    // garbage of the one before.
    execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--one', file], { stdio: 'inherit' });
  }
}
