import type { ClaimSet } from '../claims/schemas.js';
import type { ClaimGroup } from '../groups/types.js';
import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { lookupById } from '../internal/lookupById.js';
import { sortInPlace } from '../internal/sortInPlace.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { deniedAgainstFigure } from './deniedAgainstFigure.js';
import { divergenceScore } from './divergenceScore.js';
import { entryBounds } from './entryBounds.js';
import { groupEntries } from './groupEntries.js';
import type { GroupEntry as Entry, GroupScore, ScoreGroupOptions } from './types.js';

/**
 * Scores how far apart a group's current claims are (superseded claims are history), with the
 * formulas of {@link compareFigures} extended to many figures: with L the largest low and H the
 * smallest high, `compatible = L <= H`, `factor = (L + 1) / (H + 1)` when not, which is the
 * largest factor between any two of the figures. Denials count as zero. In a mixed group each
 * claimant stands by its claim on the broader subject, or by the sum of its narrower claims.
 *
 * Seed 000: the army's 5 soldiers against the TTP's 68 security forces give factor 69 / 6 = 11.5,
 * score 0.913, pair ['army', 'ttp'], pattern `self-serving`: each side's figure favours itself.
 *
 * @example
 * ```ts
 * const set = {
 *   sources: [{ id: 'army', name: 'Army', side: 'state' }, { id: 'ttp', name: 'TTP', side: 'ttp' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'security-forces', side: 'state' }, figure: { low: 68, high: 68, stated: 68, hedge: 'exact' } },
 *   ],
 * };
 * scoreGroup(groupClaims(set)[0], set)
 * //=> { compatible: false, factor: 11.5, score: 0.9130434782608695, statedFactor: 11.5,
 * //     statedScore: 0.9130434782608695, pair: ['army', 'ttp'], pattern: 'self-serving', denied: false }
 * ```
 */
export function scoreGroup(group: ClaimGroup, set: ClaimSet, options: ScoreGroupOptions = {}): GroupScore {
  return createGroupScorer(set, options)(group);
}

/**
 * {@link scoreGroup} for many groups of one set: the set's sources are looked up through one
 * index and one function for all of them, not a new pair of closures per group (an analysis
 * scores a few hundred thousand groups).
 *
 * @example
 * ```ts
 * const set = {
 *   sources: [{ id: 'army', name: 'Army', side: 'state' }, { id: 'ttp', name: 'TTP', side: 'ttp' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 9, high: 9, stated: 9, hedge: 'exact' } },
 *   ],
 * };
 * const score = createGroupScorer(set);
 * groupClaims(set).map((g) => score(g).factor)
 * //=> [1.6666666666666667]
 * ```
 */
export function createGroupScorer(set: ClaimSet, options: ScoreGroupOptions = {}): (group: ClaimGroup) => GroupScore {
  const source = lookupById(set.sources);
  const sideOf = (id: string): string | undefined => source(id)?.side;
  const vocabulary = options.vocabulary ?? getDefaultVocabulary();
  return (group) => score(group, sideOf, vocabulary);
}

function score(group: ClaimGroup, sideOf: (source: string) => string | undefined, vocabulary: Vocabulary): GroupScore {
  const entries = groupEntries(group);
  const denied = deniedAgainstFigure(group.claims);
  if (entries.length === 0) {
    return { compatible: true, factor: 1, score: 0, statedFactor: 1, statedScore: 0, pair: null, pattern: null, denied };
  }
  const { largestLow: L, smallestHigh: H, minPoint, maxPoint } = entryBounds(entries);
  const compatible = L <= H;
  const factor = compatible ? 1 : (L + 1) / (H + 1);
  const statedFactor = (maxPoint + 1) / (minPoint + 1);
  return {
    compatible,
    factor,
    score: divergenceScore(factor),
    statedFactor,
    statedScore: divergenceScore(statedFactor),
    pair: !twoClaimants(entries)
      ? null
      : compatible
        ? choosePair(entries.filter((e) => e.point === minPoint), entries.filter((e) => e.point === maxPoint))
        : choosePair(entries.filter((e) => e.high === H), entries.filter((e) => e.low === L)),
    pattern: patternOf(group, entries, sideOf, vocabulary),
    denied,
  };
}

// Two claimants at least, or no pair: a scan, not a set of every claimant.
function twoClaimants(entries: readonly Entry[]): boolean {
  const first = (entries[0] as Entry).claimant;
  for (const e of entries) if (e.claimant !== first) return true;
  return false;
}

// The first pair (in claimant order) from the two candidate lists that names two claimants, if any.
function choosePair(lower: Entry[], upper: Entry[]): [string, string] {
  const byClaimant = (a: Entry, b: Entry): number => compareCodeUnits(a.claimant, b.claimant);
  sortInPlace(lower, byClaimant);
  sortInPlace(upper, byClaimant);
  for (const l of lower) for (const u of upper) if (l.claimant !== u.claimant) return [l.claimant, u.claimant];
  const l = lower[0] as Entry;
  const u = upper[0] as Entry;
  return [l.claimant, u.claimant];
}

function patternOf(
  group: ClaimGroup,
  entries: readonly Entry[],
  sideOf: (source: string) => string | undefined,
  vocabulary: Vocabulary,
): GroupScore['pattern'] {
  const side = group.measure.side;
  if (side === undefined) return null;
  // Loops, not Math.max(...points): a group may hold more claims than a call has arguments.
  let ownMin = Number.POSITIVE_INFINITY;
  let ownMax = Number.NEGATIVE_INFINITY;
  let otherMin = Number.POSITIVE_INFINITY;
  let otherMax = Number.NEGATIVE_INFINITY;
  for (const entry of entries) {
    const s = sideOf(entry.claimant);
    if (s === side) {
      ownMin = Math.min(ownMin, entry.point);
      ownMax = Math.max(ownMax, entry.point);
    } else if (s !== undefined) {
      otherMin = Math.min(otherMin, entry.point);
      otherMax = Math.max(otherMax, entry.point);
    }
  }
  if (ownMin === Number.POSITIVE_INFINITY || otherMin === Number.POSITIVE_INFINITY) return null;
  const lower = vocabulary.interest(group.measure.outcome) === 'lower';
  const favoursOwn = lower ? ownMax < otherMin : ownMin > otherMax;
  const againstOwn = lower ? ownMin > otherMax : ownMax < otherMin;
  return favoursOwn ? 'self-serving' : againstOwn ? 'reversed' : 'mixed';
}
