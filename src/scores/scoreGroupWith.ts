import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import type { Source } from '../claims/schemas.js';
import type { ClaimGroup } from '../groups/types.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { divergenceScore } from './divergenceScore.js';
import { entryBounds } from './entryBounds.js';
import { groupEntries, type GroupEntry as Entry } from './groupEntries.js';
import type { GroupScore } from './scoreGroup.js';

// The first pair (in claimant order) from the two candidate lists that names two claimants, if any.
function choosePair(lower: Entry[], upper: Entry[]): [string, string] {
  lower.sort((a, b) => compareCodeUnits(a.claimant, b.claimant));
  upper.sort((a, b) => compareCodeUnits(a.claimant, b.claimant));
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

/**
 * Scores a group with a lookup of its sources, so that scoring every group of a large set
 * indexes the sources once.
 *
 * @example
 * ```ts
 * const [group] = groupClaims({ sources: [], events: [{ id: 'e' }], claims: [
 *   { id: 'c', claimant: 'x', event: 'e', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 3, high: 3, stated: 3, hedge: 'exact' } },
 * ] });
 * scoreGroupWith(group, () => undefined, createVocabulary()).factor
 * //=> 1
 * ```
 */
export function scoreGroupWith(group: ClaimGroup, source: (id: string) => Source | undefined, vocabulary: Vocabulary): GroupScore {
  const entries = groupEntries(group);
  const denied =
    group.claims.some((c) => c.stance === 'denies') &&
    group.claims.some((c) => c.stance !== 'denies' && c.figure.low > 0);
  if (entries.length === 0) {
    return { compatible: true, factor: 1, score: 0, statedFactor: 1, statedScore: 0, pair: null, pattern: null, denied };
  }
  const { largestLow: L, smallestHigh: H, minPoint, maxPoint } = entryBounds(entries);
  const compatible = L <= H;
  const factor = compatible ? 1 : (L + 1) / (H + 1);
  const statedFactor = (maxPoint + 1) / (minPoint + 1);
  const claimants = new Set(entries.map((e) => e.claimant));
  const pair =
    claimants.size < 2
      ? null
      : compatible
        ? choosePair(entries.filter((e) => e.point === minPoint), entries.filter((e) => e.point === maxPoint))
        : choosePair(entries.filter((e) => e.high === H), entries.filter((e) => e.low === L));
  return {
    compatible,
    factor,
    score: divergenceScore(factor),
    statedFactor,
    statedScore: divergenceScore(statedFactor),
    pair,
    pattern: patternOf(group, entries, (id) => source(id)?.side, vocabulary),
    denied,
  };
}
