import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extractClaims.js';
import type { GoldArticle } from './goldArticle.js';
import { HELD_OUT_GOLD } from './heldOutGold.js';
import { OWN_GOLD } from './ownGold.js';
import { claimantKey, scoreGold, type GoldScore } from './score.js';
import { SEED_GOLD, SEED_TEXTS_PRESENT } from './seedGold.js';

if (!SEED_TEXTS_PRESENT) console.warn('tests/gold/extraction: the seed articles are not beside the repository (../shared/seeds); their tests are skipped');

const extract = (article: GoldArticle) =>
  extractClaims(article.text, {
    document: article.id,
    ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
    ...(article.outlet === undefined ? {} : { outlet: article.outlet }),
  });

const pct = (x: number): string => x.toFixed(3);

function report(name: string, score: GoldScore): void {
  const { tuples, stance, denials } = score;
  console.log(
    [
      `${name}: tuples P ${pct(tuples.precision)} R ${pct(tuples.recall)} (tp ${tuples.tp}, fp ${tuples.fp}, fn ${tuples.fn});`,
      `with stance P ${pct(stance.precision)} R ${pct(stance.recall)} (tp ${stance.tp}, fp ${stance.fp}, fn ${stance.fn});`,
      `denials ${denials.matched}/${denials.gold} found, ${denials.predicted} predicted`,
      ...score.misses.map((m) => `  missed ${m}`),
      ...score.extras.map((m) => `  extra  ${m}`),
    ].join('\n'),
  );
}

describe('extractClaims against the gold set', () => {
  it('normalises claimant names one way only', () => {
    expect(claimantKey(' Pakistan Military ')).toBe('pakistan-military');
    expect(claimantKey('U.N. refugee agency')).toBe('u-n-refugee-agency');
    expect(claimantKey('azam-tariq')).toBe('azam-tariq');
  });

  it('has at least eight written articles besides the three seeds, each annotated', () => {
    expect(SEED_GOLD).toHaveLength(SEED_TEXTS_PRESENT ? 3 : 0);
    expect(OWN_GOLD.length).toBeGreaterThanOrEqual(8);
    for (const article of [...SEED_GOLD, ...OWN_GOLD]) expect(article.tuples.length).toBeGreaterThan(0);
  });

  it.skipIf(!SEED_TEXTS_PRESENT)('reaches precision 0.85 and recall 0.75 on the seeds, for tuples and for stance', () => {
    const score = scoreGold(SEED_GOLD, extract);
    report('seeds', score);
    expect(score.tuples.precision).toBeGreaterThanOrEqual(0.85);
    expect(score.tuples.recall).toBeGreaterThanOrEqual(0.75);
    expect(score.stance.precision).toBeGreaterThanOrEqual(0.85);
    expect(score.stance.recall).toBeGreaterThanOrEqual(0.75);
  });

  it('reaches precision 0.85 and recall 0.75 on the written articles, for tuples and for stance', () => {
    const score = scoreGold(OWN_GOLD, extract);
    report('own set', score);
    expect(score.tuples.precision).toBeGreaterThanOrEqual(0.85);
    expect(score.tuples.recall).toBeGreaterThanOrEqual(0.75);
    expect(score.stance.precision).toBeGreaterThanOrEqual(0.85);
    expect(score.stance.recall).toBeGreaterThanOrEqual(0.75);
  });

  // Held out until the extractor was first run on it: tuples P 0.882 R 0.652 then (15 of 23). Two
  // general bugs it showed were fixed since (an inverted cue before a figure, a parenthesis
  // between subject and verb), so it is no longer unseen; the targets guard against regressions.
  // The guard sits just under today's figures (P 0.957, R 0.917), so that a rule that helps unseen
  // copy and hurts these articles fails here: one of this stop's did (R 0.870 → 0.783) under the old
  // guard of 0.85 / 0.75.
  it('reaches the same targets on the held-out articles, and holds today\'s figures', () => {
    const score = scoreGold(HELD_OUT_GOLD, extract);
    report('held out', score);
    expect(score.tuples.precision).toBeGreaterThanOrEqual(0.93);
    expect(score.tuples.recall).toBeGreaterThanOrEqual(0.9);
  });

  it.skipIf(!SEED_TEXTS_PRESENT)('finds the denials of both sets with their stance', () => {
    const seeds = scoreGold(SEED_GOLD, extract).denials;
    const own = scoreGold(OWN_GOLD, extract).denials;
    expect(seeds.matched).toBe(seeds.gold);
    expect(own.matched / own.gold).toBeGreaterThanOrEqual(0.75);
  });
});
