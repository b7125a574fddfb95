// From the seed texts alone, extract → merge → resolve events → analyze reproduces the seed
// disputes: 5 vs 68 soldiers (11.5×), "at least five" militants vs none (6×), at least 7 vs 9 soldiers
// (compatible, 1.25× as stated).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLES, sharedFolder } from '../../examples/lib/sharedData.js';
import { analyze, extractClaims, mergeClaimSets, type ScoredGroup } from '../../src/index.js';

const folder = sharedFolder('seeds');

describe.skipIf(folder === undefined && process.env.CI === undefined)('the seed texts through extract, resolve and analyze', () => {
  const drafts = SEED_ARTICLES.map(({ file, publishedAt, ...rest }) =>
    extractClaims(readFileSync(new URL(file, folder), 'utf8'), {
      publishedAt,
      document: file.slice(0, 3),
      ...('outlet' in rest ? { outlet: rest.outlet } : {}),
    }),
  );
  const { groups } = analyze(mergeClaimSets(drafts), { resolveEvents: true });
  const find = (outcome: string, subject: string, figures: (string | number)[]): ScoredGroup | undefined =>
    groups.find(
      (g) =>
        g.measure.outcome === outcome &&
        g.measure.subject === subject &&
        figures.every((f) => g.claims.some((c) => (typeof f === 'number' ? c.figure.stated === f : c.figure.text === f))),
    );

  it('finds the army\'s 5 soldiers against the TTP\'s 68 security forces, 11.5 times apart (seed 000)', () => {
    expect(find('killed', 'security-forces', [5, 68])?.divergence.factor).toBe(11.5);
  });

  it('finds the army\'s "at least five" militants against the TTP\'s none, 6 times apart (seed 002)', () => {
    expect(find('killed', 'militants', ['At least five', 0])?.divergence.factor).toBe(6);
  });

  it('finds "at least seven" and nine soldiers compatible, 1.25 times apart as stated (seed 002)', () => {
    expect(find('killed', 'soldiers', [7, 9])?.divergence).toMatchObject({ compatible: true, factor: 1, statedFactor: 1.25 });
  });

  it('keeps the three articles\' incidents apart: no group mixes documents that report different events', () => {
    for (const group of groups) {
      const documents = new Set(group.claims.map((c) => c.evidence?.document));
      expect(documents.size).toBe(1);
    }
  });
});
