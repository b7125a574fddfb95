import type { ClaimSet } from '../../src/claims/schemas.js';
import type { GoldArticle, GoldTuple } from './goldArticle.js';

/** Counts of one comparison: matched, predicted but not in gold, in gold but not predicted. */
export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Precision and recall of tuples, and of tuples with their stance, over a set of articles. */
export interface GoldScore {
  readonly tuples: Counts & { readonly precision: number; readonly recall: number };
  readonly stance: Counts & { readonly precision: number; readonly recall: number };
  /** Denials alone: gold denials, predicted denials, and how many of them match with stance. */
  readonly denials: { readonly gold: number; readonly predicted: number; readonly matched: number };
  /** Per article: the tuples missed and the claims not in gold, for reading failures. */
  readonly misses: readonly string[];
  readonly extras: readonly string[];
}

/**
 * The one normalisation of claimant names: lower case, every run of characters other than
 * letters and digits one hyphen, no hyphen at either end. Gold names and extracted source ids both
 * go through it; nothing else is forgiven.
 */
export function claimantKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

const tupleKey = (claimant: string, outcome: string, subject: string, low: number, high: number | null): string =>
  `${claimantKey(claimant)} | ${outcome} | ${subject} | [${low}, ${high ?? '∞'}]`;

const goldKey = (t: GoldTuple): string => tupleKey(t[0], t[1], t[2], t[3], t[4]);

// Multiset matching: each gold key matches at most as many predictions as it occurs.
function match(predicted: readonly string[], gold: readonly string[]): Counts & { missed: string[]; extra: string[] } {
  const left = new Map<string, number>();
  for (const key of gold) left.set(key, (left.get(key) ?? 0) + 1);
  let tp = 0;
  const extra: string[] = [];
  for (const key of predicted) {
    const n = left.get(key) ?? 0;
    if (n > 0) {
      tp++;
      left.set(key, n - 1);
    } else {
      extra.push(key);
    }
  }
  const missed = [...left].flatMap(([key, n]) => Array.from({ length: n }, () => key));
  return { tp, fp: predicted.length - tp, fn: gold.length - tp, missed, extra };
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/**
 * Scores extraction against gold articles, micro-averaged over all their tuples. A predicted claim
 * matches a gold tuple when claimant key, outcome, subject, low and high are all equal; `stance`
 * scores the same match with the stance added (a claim without stance asserts).
 */
export function scoreGold(articles: readonly GoldArticle[], extract: (article: GoldArticle) => ClaimSet): GoldScore {
  const sum = { tuples: { tp: 0, fp: 0, fn: 0 }, stance: { tp: 0, fp: 0, fn: 0 } };
  const denials = { gold: 0, predicted: 0, matched: 0 };
  const misses: string[] = [];
  const extras: string[] = [];
  for (const article of articles) {
    const set = extract(article);
    const predicted = set.claims.map((c) => tupleKey(c.claimant, c.measure.outcome, c.measure.subject, c.figure.low, c.figure.high));
    const withStance = set.claims.map((c, k) => `${predicted[k] as string} | ${c.stance ?? 'asserts'}`);
    const gold = article.tuples.map(goldKey);
    const goldStance = article.tuples.map((t) => `${goldKey(t)} | ${t[5] ?? 'asserts'}`);
    const tuples = match(predicted, gold);
    const stance = match(withStance, goldStance);
    for (const key of ['tp', 'fp', 'fn'] as const) {
      sum.tuples[key] += tuples[key];
      sum.stance[key] += stance[key];
    }
    const deniedGold = goldStance.filter((k) => k.endsWith('| denies'));
    const deniedPredicted = withStance.filter((k) => k.endsWith('| denies'));
    denials.gold += deniedGold.length;
    denials.predicted += deniedPredicted.length;
    denials.matched += match(deniedPredicted, deniedGold).tp;
    misses.push(...stance.missed.map((k) => `${article.id}: ${k}`));
    extras.push(...stance.extra.map((k) => `${article.id}: ${k}`));
  }
  const finish = (c: Counts) => ({ ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) });
  return { tuples: finish(sum.tuples), stance: finish(sum.stance), denials, misses, extras };
}
