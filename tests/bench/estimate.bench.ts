import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { estimate, groupClaims } from '../../src/index.js';
import { catd } from '../eval/catd.js';
import { loadPopulation, POPULATION_FOLDER } from '../eval/populationData.js';
import { timed } from '../eval/population.js';
import { medianFloor } from './medianFloor.js';

interface Measure {
  task: string;
  claims: number;
  current: number;
  groups: number;
  sources: number;
  ms: number;
  rssBefore: number;
  peakRss: number;
  heapAfter: number;
}

const worker = fileURLToPath(new URL('./estimateWorker.ts', import.meta.url));

function measure(size: number, task: string): Measure {
  const out = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=16000', '--import', 'tsx', worker, String(size), task], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop() as string) as Measure;
}

const mb = (bytes: number): string => `${(Math.max(0, bytes) / 2 ** 20).toFixed(0)} MB`;
const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * estimate() on the population data (in this process: best and median of 15 runs) beside a floor
 * measured in the same run — the median of every group's points, read through the same
 * groupEntries — and beside CATD written in this project; then on seeded synthetic sets of 100k
 * and 1M claims, each measurement in its own process with --expose-gc, after a forced GC: wall
 * time; peak RSS growth (the process high-water mark, process.resourceUsage().maxRSS, minus RSS
 * just before the call: a lower bound, since building the set may have set the mark); and heap in
 * use just after the call minus just before (heapUsed + arrayBuffers: the result and the garbage
 * not yet collected); with the ratio to the floor. (The heap retained after a further forced GC
 * read about 0 here, as other memory is freed at the same time, so it is not printed.)
 */
export async function run(): Promise<void> {
  console.log('\n## estimate: consensus and source ratings\n');
  const data = loadPopulation();
  if (data === null) {
    console.log(`population data not found at ${POPULATION_FOLDER.pathname}: skipped (it lives beside the repository).`);
  } else {
    const groups = groupClaims(data.set);
    const floor = timed(() => medianFloor(groups));
    const rows: [string, { ms: number; median: number }][] = [
      ['floor: median of each group\'s points', floor],
      ['estimate (auto)', timed(() => estimate(groups, data.set))],
      ['estimate (median; still rates sources)', timed(() => estimate(groups, data.set, { method: 'median' }))],
      ['CATD, this project (TypeScript)', timed(() => catd(data.claims))],
    ];
    console.log(`Population data: ${fmt(data.claims.length)} claims, ${fmt(groups.length)} groups, ${fmt(data.set.sources.length)} sources.\n`);
    console.log('| task | ms (best of 15) | ms (median) | × floor |');
    console.log('|---|---:|---:|---:|');
    for (const [name, t] of rows) console.log(`| ${name} | ${fmt(t.ms, 1)} | ${fmt(t.median, 1)} | ${fmt(t.ms / floor.ms, 1)} |`);
    console.log('| CATD, Python/numpy (README, this machine) | ~76 | | |');
  }

  const sizes = (process.env.BENCH_ESTIMATE_SIZES ?? process.env.BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
  console.log('\nSynthetic sets (tests/bench/syntheticClaimSet.ts: hedged, revised, syndicated, 2 % denials), grouped first; each cell its own process.\n');
  console.log('| claims | current claims | groups | sources | task | ms | claims/s | peak RSS growth | heap growth | × floor |');
  console.log('|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|');
  for (const size of sizes) {
    const floor = measure(size, 'floor');
    for (const m of [floor, measure(size, 'estimate')]) {
      console.log(
        `| ${fmt(m.claims)} | ${fmt(m.current)} | ${fmt(m.groups)} | ${fmt(m.sources)} | ${m.task} | ${fmt(m.ms, 0)} | ${fmt((m.current / m.ms) * 1000)} | ${mb(m.peakRss - m.rssBefore)} | ${mb(m.heapAfter)} | ${fmt(m.ms / floor.ms, 1)} |`,
      );
    }
  }
  console.log('\nclaims/s counts current claims (after folding revisions and copies). Peak RSS growth is a lower bound when');
  console.log('generating and grouping the set peaked higher than the call did; heap growth includes garbage not yet collected.');
}
