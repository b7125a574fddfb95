import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, estimate, parseClaimSet, renderSvg } from '../../src/index.js';
import { MAX_COUNT } from '../../src/figures/maxCount.js';
import { fuzzRuns } from './fuzzSettings.js';

// Numbers at the edges: zero, fractions, the largest exact count and just beyond it, the largest
// double, and anything in between.
const amount = fc.oneof(
  fc.constantFrom(0, 1e-300, 0.5, MAX_COUNT, MAX_COUNT + 1, 2 ** 60, 1e300, Number.MAX_VALUE),
  fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }),
  fc.nat(),
);
const figure = fc
  .tuple(amount, fc.option(amount, { nil: null }), fc.option(amount, { nil: null }), fc.constantFrom('exact', 'at-least', 'about', 'range'))
  .map(([a, b, stated, hedge]) => ({ low: b === null ? a : Math.min(a, b), high: b === null ? null : Math.max(a, b), stated, hedge }));

// Two sides, four claimants, and narrower subjects whose figures a mixed group adds up.
const SUBJECTS = ['security-forces', 'soldiers', 'police', 'paramilitary'];
const extremeSet = fc
  .array(fc.tuple(fc.constantFrom('army', 'ttp', 'cnn', 'dawn'), fc.constantFrom(...SUBJECTS), figure, fc.boolean()), { minLength: 1, maxLength: 8 })
  .map((claims) => ({
    sources: [
      { id: 'army', name: 'The army', side: 'state' },
      { id: 'ttp', name: 'The TTP', side: 'ttp' },
      { id: 'cnn', name: 'CNN' },
      { id: 'dawn', name: 'Dawn' },
    ],
    events: [{ id: 'day' }],
    claims: claims.map(([claimant, subject, f, denies], i) => ({
      id: `c${i}`,
      claimant,
      event: 'day',
      measure: { outcome: 'killed', subject, side: 'state' },
      figure: f,
      ...(denies ? { stance: 'denies' as const } : {}),
    })),
  }));

const inUnit = (x: number): boolean => x >= 0 && x < 1;

describe('figures at the edges of the numbers', () => {
  it('a figure that validates gives finite scores in [0, 1), a finite consensus and a chart with numbers for coordinates; one that does not is refused at its path', () => {
    fc.assert(
      fc.property(extremeSet, (doc) => {
        const parsed = parseClaimSet(doc);
        if (!parsed.success) {
          for (const issue of parsed.error.issues) expect(issue.path.slice(0, 3)).toEqual(['claims', issue.path[1], 'figure']);
          return;
        }
        const analysis = analyze(doc);
        for (const { divergence } of analysis.groups) {
          expect(Number.isFinite(divergence.factor) && divergence.factor >= 1).toBe(true);
          expect(Number.isFinite(divergence.statedFactor) && divergence.statedFactor >= 1).toBe(true);
          expect(inUnit(divergence.score) && inUnit(divergence.statedScore)).toBe(true);
        }
        const { groups, sources } = estimate(analysis.groups, parsed.data);
        for (const { consensus } of groups) {
          expect(Number.isFinite(consensus.low)).toBe(true);
          expect(consensus.high === null || Number.isFinite(consensus.high)).toBe(true);
          expect(consensus.stated === null || Number.isFinite(consensus.stated)).toBe(true);
        }
        for (const source of sources) {
          expect(Number.isFinite(source.reliability)).toBe(true);
          for (const bias of [source.bias.own, source.bias.other]) expect(bias === null || Number.isFinite(bias)).toBe(true);
        }
        // Every coordinate and size in the chart is a number (x="NaN" before counts were bounded).
        expect(renderSvg(analysis, parsed.data)).not.toMatch(/="[^"]*(NaN|Infinity)[^"]*"/);
      }),
      fuzzRuns(300, 20_000),
    );
  });
});
