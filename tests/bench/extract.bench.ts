import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SEED_ARTICLES, sharedFolder } from '../../examples/lib/sharedData.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = join(root, 'dist', 'index.js');
const seedFolder = sharedFolder('seeds');
const SEEDS = seedFolder === undefined ? [] : SEED_ARTICLES.map(({ file }) => readFileSync(new URL(file, seedFolder), 'utf8'));
const reportsFolder = sharedFolder('data/real-reports');
const MB = 1_000_000;
const REPEATS = 3;
const TARGET_MBPS = 2;

const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

// The median of a few timed runs, after one untimed run that lets the JIT settle.
function time(task: () => unknown): number {
  task();
  const runs: number[] = [];
  for (let k = 0; k < REPEATS; k++) {
    const start = performance.now();
    task();
    runs.push(performance.now() - start);
  }
  return runs.sort((a, b) => a - b)[Math.floor(REPEATS / 2)] as number;
}

const rate = (bytes: number, ms: number): number => bytes / MB / (ms / 1000);
const mbps = (bytes: number, ms: number): string => rate(bytes, ms).toFixed(2);
const ms = (x: number): string => x.toFixed(0);
const verdict = (bytes: number, ms: number): string => (rate(bytes, ms) >= TARGET_MBPS ? 'met' : 'NOT met');

interface RealReport {
  readonly text: string;
  readonly publishedAt?: string;
  readonly outlet?: string;
}

/**
 * Speed of `extractClaims` as users run it (the built package, `npm run build` first: the source
 * through tsx's transform runs about a third slower): MB/s on the seed articles repeated to 10 MB
 * (article by article, and as one 10 MB text) and on the real reports of
 * ../shared/data/real-reports repeated to 5 MB, growth from 1 to 2 to 4 MB (linear is ×2 per
 * step), and adversarial input (no sentence boundaries, a run-on sentence of numbers, repeated cue
 * words, run-on sentences of denials). Every row has its floor measured in the same run:
 * `findFigures` alone over the same text, which extraction must run anyway; "× floor" is the
 * ratio. Target (issue 10): at least 2 MB/s on one core, article by article.
 */
export async function run(): Promise<void> {
  if (SEEDS.length === 0) {
    console.log('extract benchmark: the seed articles are not beside the repository (../shared/seeds); skipped.');
    return;
  }
  if (!existsSync(built)) {
    console.log('extract benchmark: dist/index.js is missing; run `npm run build` first.');
    return;
  }
  const { extractClaims, findFigures } = (await import(pathToFileURL(built).href)) as typeof import('../../src/index.js');
  const options = { publishedAt: '2009-10-18', outlet: 'CNN' };
  console.log(`\n## extractClaims, built package (load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores: absolute figures are lower bounds on a busy machine; ratios hold better)\n`);

  // Article by article: the seeds, repeated to 10 MB.
  const articles: string[] = [];
  let bytes = 0;
  while (bytes < 10 * MB) {
    for (const seed of SEEDS) {
      articles.push(seed);
      bytes += seed.length;
    }
  }
  const floorArticles = time(() => articles.forEach((a) => findFigures(a)));
  const extractArticles = time(() => articles.forEach((a) => extractClaims(a, options)));
  console.log(`| input | findFigures ms | extractClaims ms | articles/s | MB/s (target ≥ ${TARGET_MBPS}) | × floor |`);
  console.log('|---|---:|---:|---:|---:|---:|');
  console.log(
    `| ${articles.length} seed articles, ${(bytes / MB).toFixed(1)} MB | ${ms(floorArticles)} | ${ms(extractArticles)} | ${((articles.length / extractArticles) * 1000).toFixed(0)} | ${mbps(bytes, extractArticles)} (${verdict(bytes, extractArticles)}) | ${(extractArticles / floorArticles).toFixed(1)} |`,
  );
  // Real copy, article by article: shorter than the seeds, with more figures and speakers a kilobyte.
  if (reportsFolder !== undefined) {
    const real = JSON.parse(readFileSync(new URL('reports.json', reportsFolder), 'utf8')) as RealReport[];
    const copies: RealReport[] = [];
    let realBytes = 0;
    while (realBytes < 5 * MB) {
      for (const report of real) {
        copies.push(report);
        realBytes += report.text.length;
      }
    }
    const floorReal = time(() => copies.forEach((r) => findFigures(r.text)));
    const optionsOf = new Map(real.map((r) => [r, { ...(r.publishedAt === undefined ? {} : { publishedAt: r.publishedAt }), ...(r.outlet === undefined ? {} : { outlet: r.outlet }) }]));
    const extractReal = time(() => copies.forEach((r) => extractClaims(r.text, optionsOf.get(r))));
    console.log(
      `| ${copies.length} real reports (${real.length} repeated), ${(realBytes / MB).toFixed(1)} MB | ${ms(floorReal)} | ${ms(extractReal)} | ${((copies.length / extractReal) * 1000).toFixed(0)} | ${mbps(realBytes, extractReal)} (${verdict(realBytes, extractReal)}) | ${(extractReal / floorReal).toFixed(1)} |`,
    );
  }
  const joined = SEEDS.join('\n');
  const ten = fill(`${joined}\n`, 10 * MB);
  const floorTen = time(() => findFigures(ten));
  const extractTen = time(() => extractClaims(ten, options));
  console.log(`| the same as one 10 MB text | ${ms(floorTen)} | ${ms(extractTen)} | – | ${mbps(ten.length, extractTen)} | ${(extractTen / floorTen).toFixed(1)} |`);

  // Linearity: 1, 2 and 4 MB of seed text as one document.
  console.log('\n| one text of | findFigures ms | extractClaims ms | MB/s | × floor | × previous size (linear: 2.0) |');
  console.log('|---|---:|---:|---:|---:|---:|');
  let previous: number | undefined;
  for (const size of [1, 2, 4]) {
    const text = fill(`${joined}\n`, size * MB);
    const floor = time(() => findFigures(text));
    const took = time(() => extractClaims(text, options));
    console.log(`| ${size} MB | ${ms(floor)} | ${ms(took)} | ${mbps(text.length, took)} | ${(took / floor).toFixed(1)} | ${previous === undefined ? '–' : (took / previous).toFixed(2)} |`);
    previous = took;
  }

  // Adversarial input, 1 MB and 2 MB each: the ratio between them shows the growth.
  // A unit repeated to the size, or a text built for it.
  const cases: [string, string | ((size: number) => string)][] = [
    ['no sentence boundaries', joined.replace(/[.!?\n]/g, ' ')],
    ['one sentence of numbers', '1 2 3 4 5 6 7 8 9 10 killed 11 and 12 soldiers 1,000 2,000 '],
    ['repeated cue words', 'said said told claimed denied the military said according to '],
    ['repeated denials', 'denied reports that soldiers were kidnapped, describing them as baseless, '],
    // Every cue a denial with a figure in its clause, in one run-on sentence.
    ['run-on denials of figures', 'X denied that 5 soldiers died, '],
    ['times and places', 'on Sunday last week in the last 24 hours in Pakistan at Hassukhel in North Waziristan '],
    // Every figure a draft of one run-on sentence: whatever is read per sentence must be read once.
    ['run-on counts a noun names', 'their figure of 5 dead, '],
    ['run-on reports that surfaced', 'reports surfaced that 5 died, '],
    // Every ", as confirmed by X" asks whether a verb of saying came before it: once per sentence.
    ['run-on "as confirmed by"', '5 died, as confirmed by the army, '],
    // Every trailing cue after a figure set against another with its own speaker: each reaches back.
    ['run-on compared asides', 'the toll is 9, more than the 5 reported by X, Y said, '],
    // Every "officially" asks whether a speaker trails it: once per sentence, not once per adverb.
    ['run-on "officially"', 'while officially 5 died, X said, '],
    ['quotes and commas', '"\u201c, , ; '],
    // A run-on sentence of figures, then one of anaphoric denials ("rejected the claim") of them.
    ['anaphoric denials of a run-on sentence', (size) => `${fill('5 soldiers died, ', size / 2)}the army said. ${fill('The Taliban rejected the claim, ', size / 2)}.`],
  ];
  console.log('\n| adversarial input | findFigures ms (1 MB) | extractClaims ms (1 MB) | extractClaims ms (2 MB) | MB/s (2 MB) | × floor (1 MB) | 2 MB ÷ 1 MB |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [name, unit] of cases) {
    const one = typeof unit === 'string' ? fill(unit, MB) : unit(MB);
    const two = typeof unit === 'string' ? fill(unit, 2 * MB) : unit(2 * MB);
    const floor = time(() => findFigures(one));
    const t1 = time(() => extractClaims(one, options));
    const t2 = time(() => extractClaims(two, options));
    console.log(`| ${name} | ${ms(floor)} | ${ms(t1)} | ${ms(t2)} | ${mbps(two.length, t2)} | ${(t1 / floor).toFixed(1)} | ${(t2 / t1).toFixed(2)} |`);
  }
  console.log(`\nMedian of ${REPEATS} runs after one warm-up run, in one process on one core (the code is single-threaded).`);
}
