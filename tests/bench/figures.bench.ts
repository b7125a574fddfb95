import { loadavg } from 'node:os';
import { Culture, NumberRecognizer } from '@microsoft/recognizers-text-number';
import nlp from 'compromise';
import { findFigures } from '../../src/figures/findFigures.js';
import { parseFigure } from '../../src/figures/parseFigure.js';
import { CONTRACT_ROWS, type ContractRow } from '../fixtures/figureContract.js';

// Quantity wordings as news reports hedge them.
const QUANTITIES = [
  'at least seven', 'at least 28', 'no fewer than 40', 'a minimum of 12', '300-plus', '1,000+', 'more than 30',
  'over 30', 'upwards of 5,000', 'in excess of 2,000', 'just over 100', 'at most 20', 'up to 70', 'no more than 15',
  'as many as 300', 'a maximum of 50', 'fewer than 10', 'less than 100', 'under 20', 'about 10,000', 'around 200',
  'approximately 1,500', 'roughly 80', 'some 500', 'an estimated 2,000', '100 or so', 'nearly 300', 'almost 1,000',
  'close to 400', 'just under 50', '10 to 15', '10-15', '10–15', 'between 20 and 30', 'from 60 to 70', 'two or three',
  'about 10,000 to 15,000', 'around 50-60', 'some 2 to 3 million', 'no one', 'nobody', 'none', 'a dozen',
  'two dozen', 'more than a dozen', 'a few', 'a handful of', 'several', 'dozens of', 'scores of', 'hundreds of',
  'thousands of', 'tens of thousands of', 'hundreds of thousands of', 'millions of', 'several hundred',
  'a few thousand', 'at least dozens of', 'up to hundreds of', 'five', 'sixty', 'twenty-five',
  'one hundred and twenty', '1.5 million', 'a hundred', 'Sixty', 'Four', '68', '1,200', '13', 'eight', 'nine',
] as const;

// Sentences from the seed articles and news wording, with the quantity left open.
const FRAMES = [
  (q: string) => `${q} soldiers were killed`,
  (q: string) => `The army said ${q} militants died in the clashes.`,
  (q: string) => `Police put the crowd at ${q}, organisers at three times that.`,
  (q: string) => `${q} people were wounded in the blast, officials said`,
  (q: string) => `the Taliban claimed ${q} security forces had been killed`,
  (q: string) => `Residents said ${q} civilians had fled the area`,
  (q: string) => `a spokesman told CNN by phone that ${q} fighters were detained`,
  (q: string) => `${q} were reported missing after the attack`,
  (q: string) => `Militants kidnapped ${q} soldiers in the Spin Wam area`,
  (q: string) => `The toll rose to ${q}`,
  (q: string) => `${q} houses were destroyed`,
  (q: string) => `killing ${q} and injuring 12 others`,
];

// Wording with no figure in it, and wording with numbers that are not counts.
const NOT_FIGURES = [
  'Officials declined to comment.', 'no comment', 'Many were wounded.', 'Some soldiers fled.', 'The F-16 crashed.',
  'at the G20 summit', 'on the 24th day of the siege', 'a 12-year-old boy', 'two-thirds of the village',
  'the offensive began in November 2008', 'the 1979-1989 occupation', 'on October 17, 2009', 'since 2001',
  'the 9/11 attacks', 'at 10:30 on Sunday', 'It was not immediately possible to verify the claims.',
  'The militants scrapped a peace deal with the government.', 'He said the region was sealed by troops.',
  'a suicide attack in Pakistan', 'the U.N. refugee agency said', 'the first day of the battle',
  'raised white flags', 'the home village of the Taliban leader', 'a cordon and search operation',
  'several officials spoke on condition of anonymity', 'The ground offensive was launched Saturday morning.',
  'Pakistan says the TTP uses sanctuaries in Afghanistan.', 'over the past few days', 'in recent months',
  'the COVID-19 pandemic', 'a Mi-17 helicopter', 'the 3-1 defeat', 'some of the deadliest attacks',
  'more than enough', 'up to the army', 'at least for now', 'about the attack', 'nearly everyone agreed',
  'the number of dead is unknown', 'no one-size-fits-all answer',
];

/** A few hundred realistic phrases: every quantity in several frames, and the non-figures among them. */
export function realisticPhrases(): string[] {
  const phrases: string[] = [];
  for (let k = 0; k < QUANTITIES.length * 5; k++) {
    const frame = FRAMES[k % FRAMES.length] as (q: string) => string;
    phrases.push(frame(QUANTITIES[(k * 7) % QUANTITIES.length] as string));
  }
  for (const [k, phrase] of NOT_FIGURES.entries()) phrases.splice(k * 9, 0, phrase);
  return phrases;
}

// The three parsers, as "numbers found" for the baselines, which have no hedges or intervals.
const englishNumbers = new NumberRecognizer(Culture.English).getNumberModel();
const recognizers = (text: string): number[] => englishNumbers.parse(text).map((r) => Number((r.resolution as { value: string }).value));
const compromise = (text: string): number[] =>
  (nlp(text).numbers().json() as { number?: { num?: number } }[]).flatMap((n) => (typeof n.number?.num === 'number' ? [n.number.num] : []));

interface Entrant {
  readonly name: string;
  readonly run: (text: string) => unknown;
  /** For scoring: the row is right (number or interval), and the interval is right. */
  readonly score: (row: ContractRow) => { right: boolean; interval: boolean };
}

function scoreNumbers(numbers: readonly number[], row: ContractRow): { right: boolean; interval: boolean } {
  const { want, said } = row;
  if (want === null) return { right: numbers.length === 0, interval: numbers.length === 0 };
  const low = numbers.length > 0 ? Math.min(...numbers) : Number.NaN;
  const high = numbers.length > 0 ? Math.max(...numbers) : Number.NaN;
  // A list of numbers can only mean an interval from its least to its greatest.
  const interval = numbers.length > 0 && low === want.low && high === want.high;
  // A baseline that returns the stated number(s) of a hedge it cannot represent is right on the number.
  const number = said.length > 0 && said.length === numbers.length && said.every((n, k) => numbers[k] === n);
  return { right: number || interval, interval };
}

const ENTRANTS: readonly Entrant[] = [
  {
    name: 'counterclaim parseFigure',
    run: parseFigure,
    score: (row) => {
      const f = parseFigure(row.text);
      const w = row.want;
      const interval = w === null ? f === null : f !== null && f.low === w.low && f.high === w.high;
      const right = w === null ? f === null : interval && f?.stated === w.stated && f.hedge === w.hedge;
      return { right, interval };
    },
  },
  { name: '@microsoft/recognizers-text-number', run: recognizers, score: (row) => scoreNumbers(recognizers(row.text), row) },
  { name: 'compromise numbers()', run: compromise, score: (row) => scoreNumbers(compromise(row.text), row) },
];

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

// Phrases per second of one pass over `phrases`, repeated so that a round lasts about `ms`. One
// untimed pass first brings the parser's code and data back into the caches after the others ran.
function throughput(run: (text: string) => unknown, phrases: readonly string[], ms: number): number {
  for (const phrase of phrases) run(phrase);
  let passes = 1;
  for (;;) {
    const start = performance.now();
    for (let p = 0; p < passes; p++) for (const phrase of phrases) run(phrase);
    const elapsed = performance.now() - start;
    if (elapsed >= ms) return (passes * phrases.length * 1000) / elapsed;
    passes = Math.max(passes * 2, Math.ceil((passes * ms) / Math.max(elapsed, 1e-3)));
  }
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

// Adversarial input for the linearity check, in long stretches of each kind: digit runs with
// separators, "one hundred and" over and over, hedge words with no number after them, numbers glued
// into names and dates, and mixed marks. The figure-free kind has no figure at all, so that
// parseFigure must read all of it.
function adversarial(bytes: number, withFigures: boolean): string {
  const figureFree = [
    'at least more than up to about nearly between from no fewer than of just over the '.repeat(100),
    'no comment no way a an the of or so to '.repeat(300),
    'F-16 G20 24th 9mm COVID-19 Mi-17 9/11 24/7 10:30 x1,000 October 17, 2009 in 2009 1979-1989 '.repeat(200),
    'two-thirds a 12-year-old one-sided twenty-first 3-1 '.repeat(300),
    '-–+,.;: §¶ 😀 ← ☃ '.repeat(500),
  ];
  const stretches = withFigures
    ? ['1,000,'.repeat(2000) + '5 ', '1234567890'.repeat(1000) + ' ', 'one hundred and '.repeat(1000), '-–+,.0 9/1 a- 2-3- 10-15-20 some 5 a few '.repeat(200), ...figureFree]
    : figureFree;
  let text = '';
  for (let k = 0; text.length < bytes; k++) text += stretches[k % stretches.length] as string;
  // Cut at a space, not inside a word, and pad to the exact size.
  return text.slice(0, text.lastIndexOf(' ', bytes - 1)).padEnd(bytes, ' ');
}

function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * parseFigure against two dev-only baselines on realistic news phrases: throughput, ratio, and the
 * share of the contract's table each gets right; then a linearity check on adversarial input.
 */
export async function run(): Promise<void> {
  const phrases = realisticPhrases();
  const rounds = Number(process.env.BENCH_ROUNDS ?? 7);
  console.log(`\n## Figures: parseFigure vs baselines (${phrases.length} phrases, median of ${rounds} rounds, load ${loadavg()[0]?.toFixed(1)})\n`);

  // Warm-up: every parser sees every phrase before any timing.
  for (const entrant of ENTRANTS) for (let k = 0; k < 3; k++) for (const phrase of phrases) entrant.run(phrase);
  const rates = new Map<string, number[]>(ENTRANTS.map((e) => [e.name, []]));
  for (let r = 0; r < rounds; r++) {
    // Interleaved, so that a burst of load elsewhere on the machine hits all three alike.
    for (const entrant of ENTRANTS) rates.get(entrant.name)?.push(throughput(entrant.run, phrases, entrant === ENTRANTS[0] ? 300 : 150));
  }
  const medians = ENTRANTS.map((e) => median(rates.get(e.name) ?? []));
  const ours = medians[0] ?? Number.NaN;
  const fastestBaseline = Math.max(...medians.slice(1));

  console.log('| parser | phrases/s | ours ÷ this | contract rows right | exact interval |');
  console.log('|---|---:|---:|---:|---:|');
  ENTRANTS.forEach((entrant, k) => {
    const scores = CONTRACT_ROWS.map((row) => entrant.score(row));
    const right = scores.filter((s) => s.right).length;
    const interval = scores.filter((s) => s.interval).length;
    const share = (n: number): string => `${fmt((100 * n) / CONTRACT_ROWS.length, 1)} % (${n}/${CONTRACT_ROWS.length})`;
    const rate = medians[k] ?? Number.NaN;
    console.log(`| ${entrant.name} | ${fmt(rate)} | ${k === 0 ? '1' : `${fmt(ours / rate, 1)}×`} | ${share(right)} | ${share(interval)} |`);
  });
  console.log(`\nTargets: ≥ 1,000,000 phrases/s (${ours >= 1e6 ? 'met' : 'NOT met'}); ≥ 30× the faster baseline (${fmt(ours / fastestBaseline, 1)}×, ${ours >= 30 * fastestBaseline ? 'met' : 'NOT met'}).`);
  console.log('"Rows right": ours must give the contract\'s low, high, stated and hedge; a baseline must give the stated');
  console.log('number(s) or the exact interval (least to greatest number found). Baselines: NumberRecognizer(English)');
  console.log('number model, built once; compromise `nlp(text).numbers()`.');

  console.log('\n### Linearity on adversarial input (median of 5 runs)\n');
  console.log('| call | 1 MB ms | 2 MB ms | 2 MB ÷ 1 MB |');
  console.log('|---|---:|---:|---:|');
  const MB = 1 << 20;
  const cases = [
    { name: 'findFigures, adversarial with figures', fn: (text: string) => findFigures(text), withFigures: true },
    { name: 'parseFigure, figure-free adversarial (reads it all)', fn: (text: string) => parseFigure(text), withFigures: false },
  ];
  for (const { name, fn, withFigures } of cases) {
    const one = adversarial(MB, withFigures);
    const two = adversarial(2 * MB, withFigures);
    if (!withFigures && parseFigure(two) !== null) throw new Error('figures.bench: the figure-free input has a figure');
    for (let k = 0; k < 3; k++) fn(one);
    const t1 = median([0, 1, 2, 3, 4].map(() => timeOnce(() => fn(one))));
    const t2 = median([0, 1, 2, 3, 4].map(() => timeOnce(() => fn(two))));
    console.log(`| ${name} | ${fmt(t1, 1)} | ${fmt(t2, 1)} | ${fmt(t2 / t1, 2)} |`);
  }
  console.log('\nTarget: 1 MB well under one second; the ratio near 2 (linear time).');
}
