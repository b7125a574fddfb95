import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The built command line, and a seed to analyse.
const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const seed = fileURLToPath(new URL('../../examples/seeds/000-south-waziristan-offensive.json', import.meta.url));

interface Command {
  readonly name: string;
  readonly args: readonly string[];
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;

// Wall time of one process from spawn to exit, in ms; a failing command fails the benchmark.
function once(args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`cli.bench: node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
}

/**
 * The command line's start-up: `--version` and `analyze` on a seed, each beside `node -e 0` (the
 * floor no command can beat) run in the same rounds, interleaved so that a busy machine slows all
 * of them alike. `BENCH_CLI_BASELINE=/other/dist/cli.js` adds another build's commands (a previous
 * commit's, in a directory whose package.json names counterclaim) for a before/after in one run.
 */
export async function run(): Promise<void> {
  const rounds = Number(process.env.BENCH_CLI_ROUNDS ?? 21);
  const builds: (readonly [string, string])[] = [['this build', cli]];
  const baseline = process.env.BENCH_CLI_BASELINE;
  if (baseline !== undefined && existsSync(baseline)) builds.unshift(['baseline', baseline]);
  const commands: Command[] = [{ name: 'node -e 0', args: ['-e', '0'] }];
  for (const [label, file] of builds) {
    commands.push({ name: `${label}: --version`, args: [file, '--version'] }, { name: `${label}: analyze seed 000`, args: [file, 'analyze', seed] });
  }
  const times = new Map(commands.map((c) => [c.name, [] as number[]]));
  for (const c of commands) once(c.args);
  for (let r = 0; r < rounds; r++) for (const c of commands) times.get(c.name)?.push(once(c.args));
  const floor = median(times.get('node -e 0') ?? []);
  console.log(`\n## Start-up of dist/cli.js, median of ${rounds} rounds\n`);
  console.log('| command | median ms | × node -e 0 |');
  console.log('|---|---:|---:|');
  for (const c of commands) {
    const ms = median(times.get(c.name) ?? []);
    console.log(`| ${c.name} | ${ms.toFixed(0)} | ${(ms / floor).toFixed(2)} |`);
  }
}
