// Runs one estimate measurement in a process of its own, so that its peak memory is its own: the
// parent (estimate.bench.ts) starts one per size and task and reads the JSON line this prints.
import { estimate, groupClaims } from '../../src/index.js';
import { medianFloor } from './medianFloor.js';
import { syntheticClaimSet } from './syntheticClaimSet.js';

const [size = '10000', task = 'estimate'] = process.argv.slice(2);
const set = syntheticClaimSet({ claims: Number(size) });
const groups = groupClaims(set);

const tasks: Record<string, () => unknown> = {
  floor: () => medianFloor(groups),
  estimate: () => estimate(groups, set),
};
const run = tasks[task];
if (run === undefined) throw new Error(`estimateWorker: unknown task ${task}`);
// Warm the code on a small set first, so the timing is of the work, not of the compiler.
const small = syntheticClaimSet({ claims: 5_000, seed: 7 });
const smallGroups = groupClaims(small);
if (task === 'estimate') estimate(smallGroups, small);
else medianFloor(smallGroups);

// Two collections: one can leave floating garbage that the next frees, which would read as negative.
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
gc();
gc();
const before = process.memoryUsage();
const start = performance.now();
const result = run();
const ms = performance.now() - start;
const peakRss = process.resourceUsage().maxRSS * 1024;
const after = process.memoryUsage();
const heap = (m: NodeJS.MemoryUsage) => m.heapUsed + m.arrayBuffers;
console.log(
  JSON.stringify({
    task,
    claims: set.claims.length,
    current: groups.reduce((n, g) => n + g.claims.length, 0),
    groups: groups.length,
    sources: new Set(groups.flatMap((g) => g.claimants)).size,
    ms,
    rssBefore: before.rss,
    peakRss,
    heapAfter: heap(after) - heap(before),
    answered: result !== undefined,
  }),
);
