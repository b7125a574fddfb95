import { cpus, loadavg } from 'node:os';
import { analyze, checkClaims, groupClaims, resolveEvents, type ClaimSet } from '../../src/index.js';
import { HOSTILE_SHAPES } from '../fixtures/hostileShapes.js';

// Each row: a call on one of the shapes that were quadratic (issue 14), at a size and at twice it.
const ROWS: [string, keyof typeof HOSTILE_SHAPES, (set: ClaimSet) => unknown, number][] = [
  ['groupClaims: claimants of one group', 'manyClaimants', groupClaims, 40_000],
  ['checkClaims: unsided claims beside many sides', 'manySides', checkClaims, 8_000],
  ['analyze: one claimant counting many sides', 'oneClaimantManySides', analyze, 8_000],
  ['checkClaims: a partOf chain', 'partOfChain', checkClaims, 20_000],
  ['resolveEvents: a partOf chain', 'partOfChain', resolveEvents, 8_000],
  ['resolveEvents: one document citing every event', 'oneDocument', resolveEvents, 8_000],
  ['resolveEvents: distinct overlapping periods', 'overlappingPeriods', resolveEvents, 8_000],
  ['resolveEvents: parts of one event', 'partOfStar', resolveEvents, 8_000],
  ['resolveEvents: two documents, every other event', 'twoDocuments', resolveEvents, 8_000],
  ['resolveEvents: articles naming a country and a district', 'countryAndDistricts', resolveEvents, 8_000],
];

// The fastest of a few runs of each call, taken in turns after a warm-up, each after a full
// collection: the least the machine's other load, and the garbage of the run before, let through.
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
function fastest(calls: readonly (() => unknown)[], runs = 7): number[] {
  for (const call of calls) call();
  const best = calls.map(() => Number.POSITIVE_INFINITY);
  for (let k = 0; k < runs; k++) {
    calls.forEach((call, c) => {
      collect();
      const start = performance.now();
      call();
      best[c] = Math.min(best[c] as number, performance.now() - start);
    });
  }
  return best;
}

/**
 * Time for twice the input on each shape that issue 14 found quadratic (tests/fixtures/hostileShapes):
 * the call at a size n and at 2n, and the ratio. Linear work gives about 2, quadratic work 4; the
 * target is under 2.5. tests/fuzz/scaling asserts the same on counted work, which no load can blur.
 */
export async function run(): Promise<void> {
  console.log(`\n## Hostile shapes: time for twice the input (fastest of 7 runs, each after a full collection, load ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores)\n`);
  console.log('| call and shape | n | ms at n | ms at 2n | 2n ÷ n |');
  console.log('|---|---:|---:|---:|---:|');
  let worst = 0;
  for (const [what, shape, call, n] of ROWS) {
    const once = HOSTILE_SHAPES[shape](n);
    const twice = HOSTILE_SHAPES[shape](2 * n);
    const [a, b] = fastest([() => call(once), () => call(twice)]) as [number, number];
    worst = Math.max(worst, b / a);
    console.log(`| ${what} | ${n.toLocaleString('en-US')} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(b / a).toFixed(2)} |`);
  }
  console.log(`\nTarget: every ratio under 2.5 (${worst < 2.5 ? 'met' : 'NOT met'}: the worst is ${worst.toFixed(2)}).`);
}
