// Runs every tests/bench/*.bench.ts in turn (`npm run bench`); each exports `run()` and prints its
// own table. Arguments filter by file name: `npm run bench -- figures` runs figures.bench.ts only.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Bench {
  run(): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));
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
  const bench = (await import(pathToFileURL(join(here, file)).href)) as Partial<Bench>;
  if (typeof bench.run !== 'function') throw new Error(`bench: ${file} does not export run()`);
  console.log(`\n# ${file}`);
  await bench.run();
}
