import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

interface Measure {
  task: string;
  claims: number;
  events: number;
  ms: number;
  peakRss: number;
  rssBefore: number;
}

// The worker is bundled as a package build would be (no tsx in the timed process, no names kept).
const worker = join(mkdtempSync(join(tmpdir(), 'counterclaim-bench-')), 'analyzeWorker.mjs');
buildSync({
  entryPoints: [fileURLToPath(new URL('./analyzeWorker.ts', import.meta.url))],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: worker,
  logLevel: 'error',
});

function measure(size: number, task: string): Measure {
  const out = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=16000', worker, String(size), task], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop() as string) as Measure;
}

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

/**
 * Scale benchmark for `analyze` and `resolveEvents` on seeded synthetic sets of 10k, 100k and 1M
 * claims, each measurement in its own process: time, claims per second, peak memory growth, and
 * the ratio to a floor measured in the same run (a bare Map group-by on a precomputed key).
 * Validation is measured apart, against JSON.parse of the same document.
 */
export async function run(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
  console.log(`\n## analyze and resolveEvents at scale (each cell: its own process, code bundled with esbuild; load average ${loadavg().map((l) => l.toFixed(1)).join(', ')} on ${cpus().length} cores)\n`);
  console.log('| claims | task | ms | claims/s | peak RSS growth | × floor |');
  console.log('|---:|---|---:|---:|---:|---:|');
  const byTask = new Map<string, Measure[]>();
  const targets: string[] = [];
  for (const size of sizes) {
    const floor = measure(size, 'floor');
    let json: Measure | undefined;
    for (const task of ['floor', 'json', 'validate', 'core', 'analyze', 'resolve']) {
      const m = task === 'floor' ? floor : measure(size, task);
      byTask.set(task, [...(byTask.get(task) ?? []), m]);
      if (task === 'json') json = m;
      if (task === 'validate' && json !== undefined) {
        const ratio = m.ms / json.ms;
        targets.push(`- ${fmt(size)} claims: validation ${ratio.toFixed(2)}× JSON.parse of the same document (target ≤ 1: ${ratio <= 1 ? 'met' : 'NOT met'})`);
      }
      if (task === 'analyze') {
        const ratio = m.ms / floor.ms;
        targets.push(`- ${fmt(size)} claims: analyze ${ratio.toFixed(1)}× a bare Map group-by (target ≤ 4: ${ratio <= 4 ? 'met' : 'NOT met'}; load ${loadavg()[0]?.toFixed(1)})`);
      }
      console.log(
        `| ${fmt(m.claims)} | ${task} | ${m.ms.toFixed(1)} | ${fmt((m.claims / m.ms) * 1000)} | ${mb(Math.max(0, m.peakRss - m.rssBefore))} | ${(m.ms / floor.ms).toFixed(1)} |`,
      );
    }
  }
  console.log(`\nIssue 12's targets:\n${targets.join('\n')}`);
  console.log('\nfloor = Map group-by on a precomputed key; json = JSON.parse of the same document; validate = parseClaimSet;');
  console.log('core = analyze minus validation (fold, group, score, check); resolve = resolveEvents on the same number of claims, two documents per event.');
  console.log('Peak RSS growth = the process high-water mark minus its RSS just before the call (a lower bound when generating the set peaked higher).');
  if (sizes.length > 1) {
    console.log('\nGrowth from one size to the next (time ratio for 10× the claims; linear is 10):');
    for (const [task, ms] of byTask) {
      const ratios = ms.slice(1).map((m, i) => (m.ms / (ms[i] as Measure).ms).toFixed(1));
      console.log(`- ${task}: ${ratios.join(', ')}`);
    }
  }
}
