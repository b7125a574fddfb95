// Runs every example (examples/*.ts but this file) with tsx, one after another, and fails if any
// fails, so that `npm run examples` keeps the examples working. Run: npx tsx examples/run-all.ts
// after `npm run build`: the examples import 'counterclaim', which resolves here, as in a user's
// project, through package.json's exports to the built package (examples/tsconfig.json drops the
// root tsconfig's path to the source, which `npx tsx examples/seeds.ts` alone still follows).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const folder = new URL('./', import.meta.url);
const examples = readdirSync(folder)
  .filter((name) => name.endsWith('.ts') && name !== basename(here))
  .sort();

if (!existsSync(new URL('../dist/index.js', import.meta.url))) {
  console.error('examples: no dist/index.js; run npm run build first');
  process.exit(1);
}
const env = { ...process.env, TSX_TSCONFIG_PATH: fileURLToPath(new URL('./tsconfig.json', folder)) };

const failures: string[] = [];
for (const name of examples) {
  console.log(`\n── ${name}`);
  // `node --import tsx` is tsx without the npx start-up; the child inherits this terminal.
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(name, folder))], { stdio: 'inherit', env });
  if (run.status !== 0) failures.push(`${name} (${run.error?.message ?? (run.signal === null ? `exit ${run.status}` : `signal ${run.signal}`)})`);
}
console.log(`\n${examples.length - failures.length} of ${examples.length} examples passed`);
if (failures.length > 0) {
  console.error(`failed: ${failures.join(', ')}`);
  process.exit(1);
}
