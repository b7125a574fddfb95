import { analyze, formatMarkdownReport, formatTextReport, parseClaimSet, renderSvg, toClaimReview, type ClaimSet } from '../../src/index.js';
import { seededRandom, syntheticClaimSet } from './syntheticClaimSet.js';

// Median wall time of a few runs after one untimed run.
function time(fn: () => unknown, runs = 5): number {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    ms.push(performance.now() - start);
  }
  return ms.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

// One event, one measure, n claimants: one group as large as the input.
function oneGroup(n: number): ClaimSet {
  const random = seededRandom(7);
  const parsed = parseClaimSet({
    sources: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `Source ${i}`, side: i % 2 === 0 ? 'state' : 'rebels' })),
    events: [{ id: 'day' }],
    claims: Array.from({ length: n }, (_, i) => {
      const low = Math.floor(random() * 1000);
      return {
        id: `c${i}`,
        claimant: `s${i}`,
        event: 'day',
        measure: { outcome: 'killed', subject: 'soldiers', side: 'state' },
        figure: { low, high: random() < 0.3 ? null : low + Math.floor(random() * 50), stated: null, hedge: 'range' },
      };
    }),
  });
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

/**
 * Reports at scale, each beside a floor measured in the same run (JSON.stringify of what it
 * reports on): toClaimReview on one group of n claimants, where rating every claim against every
 * other was quadratic; the Markdown, text and SVG reports of a synthetic analysis. A linear report
 * keeps its ratio to the floor as the input grows.
 */
export async function run(): Promise<void> {
  console.log('\n## toClaimReview on one group of n claimants\n');
  console.log('| claimants | ms | JSON.stringify ms | × floor |');
  console.log('|---:|---:|---:|---:|');
  for (const n of (process.env.BENCH_CLAIMANTS ?? '1000,4000,16000').split(',').map(Number)) {
    const set = oneGroup(n);
    const [group] = analyze(set).groups;
    if (group === undefined) throw new Error('reports.bench: no group');
    const options = { url: 'https://factcheck.example/', author: { name: 'Bench' } };
    const ms = time(() => toClaimReview(group, set, options));
    const floor = time(() => JSON.stringify(group));
    console.log(`| ${fmt(n)} | ${fmt(ms)} | ${fmt(floor)} | ${(ms / floor).toFixed(1)} |`);
  }

  console.log('\n## Reports of a synthetic analysis\n');
  console.log('| claims | groups | report | ms | JSON.stringify ms | × floor |');
  console.log('|---:|---:|---|---:|---:|---:|');
  for (const claims of (process.env.BENCH_SIZES ?? '10000,40000').split(',').map(Number)) {
    const set = syntheticClaimSet({ claims });
    const analysis = analyze(set);
    const floor = time(() => JSON.stringify(analysis));
    const reports: [string, () => unknown][] = [
      ['markdown', () => formatMarkdownReport(analysis, set)],
      ['text', () => formatTextReport(analysis, set)],
      ['svg', () => renderSvg(analysis, set)],
    ];
    for (const [name, fn] of reports) {
      const ms = time(fn, 3);
      console.log(`| ${fmt(set.claims.length)} | ${fmt(analysis.groups.length)} | ${name} | ${fmt(ms)} | ${fmt(floor)} | ${(ms / floor).toFixed(1)} |`);
    }
  }
}
