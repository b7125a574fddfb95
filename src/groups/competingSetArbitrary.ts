import fc from 'fast-check';
import type { Claim, ClaimSet, Figure, Source } from '../claims/schemas.js';

// Few events, outcomes, subjects and claimants, so that generated claims compete, revise and copy
// each other often: the shapes the grouping rules exist for.
const EVENTS = ['day', 'clash', '__proto__'];
const OUTCOMES = ['killed', 'injured', 'attended'];
const SUBJECTS = ['people', 'security-forces', 'soldiers', 'police', 'militants', 'civilians'];
const SIDES = ['state', 'ttp', 'constructor'];
const SOURCES: Source[] = [
  { id: 'army', name: 'The army', side: 'state' },
  { id: 'ttp', name: 'The TTP', side: 'ttp' },
  { id: 'constructor', name: 'A constructor', side: 'constructor' },
  { id: 'un', name: 'The UN' },
  { id: 'cnn', name: 'CNN', kind: 'media' },
  { id: 'dawn', name: 'Dawn', kind: 'media' },
];

const figureArb: fc.Arbitrary<Figure> = fc.oneof(
  fc.nat({ max: 120 }).map((n): Figure => ({ low: n, high: n, stated: n, hedge: 'exact' })),
  fc.nat({ max: 120 }).map((n): Figure => ({ low: n, high: null, stated: n, hedge: 'at-least' })),
  fc.tuple(fc.nat({ max: 120 }), fc.nat({ max: 60 })).map(([n, w]): Figure => ({ low: n, high: n + w, stated: null, hedge: 'range' })),
  fc.nat({ max: 120 }).map((n): Figure => ({ low: 0, high: n, stated: n, hedge: 'at-most' })),
);

const claimShape = fc.record(
  {
    claimant: fc.constantFrom(...SOURCES.map((s) => s.id)),
    via: fc.subarray(['cnn', 'dawn']),
    event: fc.constantFrom(...EVENTS),
    outcome: fc.constantFrom(...OUTCOMES),
    subject: fc.constantFrom(...SUBJECTS),
    side: fc.constantFrom(...SIDES),
    figure: figureArb,
    denies: fc.boolean(),
    day: fc.integer({ min: 10, max: 14 }),
  },
  { requiredKeys: ['claimant', 'event', 'outcome', 'subject', 'figure'] },
);

/**
 * Generates valid ClaimSets whose claims compete: a handful of events, subjects, sides and
 * claimants, with revisions (`statedAt`), denials, and exact copies carried by other outlets.
 * Ids include `__proto__` and `constructor` to prove they are ordinary ids.
 *
 * @example
 * ```ts
 * fc.sample(competingSetArbitrary(), 1)[0].claims.length > 0
 * //=> true
 * ```
 */
export function competingSetArbitrary(options: { maxClaims?: number } = {}): fc.Arbitrary<ClaimSet> {
  return fc
    .tuple(
      fc.array(claimShape, { minLength: 1, maxLength: options.maxClaims ?? 30 }),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom('cnn', 'dawn'), fc.option(fc.integer({ min: 10, max: 14 }), { nil: undefined })), { maxLength: 8 }),
    )
    .map(([shapes, copies]) => {
      const claims: Claim[] = shapes.map((s, i) => ({
        id: `c${i}`,
        claimant: s.claimant,
        ...(s.via === undefined || s.via.length === 0 ? {} : { via: s.via }),
        event: s.event,
        measure: { outcome: s.outcome, subject: s.subject, ...(s.side === undefined ? {} : { side: s.side }) },
        figure: s.denies === true ? { low: 0, high: 0, stated: 0, hedge: 'exact' } : s.figure,
        ...(s.denies === true ? { stance: 'denies' as const } : {}),
        ...(s.day === undefined ? {} : { statedAt: `2009-10-${s.day}` }),
      }));
      // Syndicated copies: the same assertion, carried by another outlet, perhaps on another day.
      copies.forEach(([pick, outlet, day], k) => {
        const original = claims[pick % shapes.length] as Claim;
        const { statedAt: _dropped, ...rest } = original;
        claims.push({ ...rest, id: `copy${k}`, via: [outlet], ...(day === undefined ? {} : { statedAt: `2009-10-${day}` }) });
      });
      return {
        sources: SOURCES,
        events: [{ id: 'day' }, { id: 'clash', partOf: 'day' }, { id: '__proto__' }],
        claims,
      };
    });
}
