// Runs one measurement in a process of its own, so that its peak memory is its own: the parent
// (analyze.bench.ts) starts one per size and task and reads the JSON line this prints.
import { analyze, parseClaimSet, resolveEvents, type ClaimSet } from '../../src/index.js';
import { analyzeParsed } from '../../src/analyze/analyzeParsed.js';
import { syntheticClaimSet } from './syntheticClaimSet.js';

const [size = '10000', task = 'analyze'] = process.argv.slice(2);
const claims = Number(size);
const documentsPerEvent = task === 'resolve' ? 2 : 1;

type Task = (set: ClaimSet) => () => unknown;
const tasks: Record<string, Task> = {
  // The floor: a bare Map group-by over a key computed before the clock starts.
  floor: (set) => {
    const keys = set.claims.map((c) => `${c.event}\u0000${c.measure.outcome}\u0000${c.measure.subject}\u0000${c.measure.side ?? ''}`);
    return () => {
      const groups = new Map<string, unknown[]>();
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string;
        const list = groups.get(key);
        if (list === undefined) groups.set(key, [set.claims[i]]);
        else list.push(set.claims[i]);
      }
      return groups.size;
    };
  },
  json: (set) => {
    const json = JSON.stringify(set);
    return () => JSON.parse(json);
  },
  validate: (set) => () => parseClaimSet(set).success,
  // analyze without its validation step: fold, group, score and check a set already valid.
  core: (set) => () => analyzeParsed(set),
  analyze: (set) => () => analyze(set),
  resolve: (set) => () => resolveEvents(set),
};

const prepare = tasks[task];
if (prepare === undefined) throw new Error(`analyzeWorker: unknown task ${task}`);
// Warm the code on a small set first, so that the timing is of the work, not of the compiler.
prepare(syntheticClaimSet({ claims: 5_000, seed: 7, documentsPerEvent }))();
const set = syntheticClaimSet({ claims, documentsPerEvent });
const run = prepare(set);
(globalThis as { gc?: () => void }).gc?.();
const rssBefore = process.memoryUsage().rss;
const start = performance.now();
run();
const ms = performance.now() - start;
const peakRss = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ task, claims: set.claims.length, events: set.events.length, ms, peakRss, rssBefore }));
