import { byCodeUnit } from '../claims/byCodeUnit.js';
import type { ClaimSet, Source } from '../claims/schemas.js';
import type { ClaimGroup } from '../groups/types.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { divergenceScore } from './divergenceScore.js';
import { groupEntries, type GroupEntry as Entry } from './groupEntries.js';

/** How far apart a group's figures are, who sets the gap, and which way it runs. */
export interface GroupScore {
  /** Some single true value satisfies every current claim. */
  readonly compatible: boolean;
  /** `compatible ? 1 : (L + 1) / (H + 1)` with L the largest low and H the smallest high. */
  readonly factor: number;
  /** `1 − 1 / factor`, in [0, 1). */
  readonly score: number;
  /** `(max point + 1) / (min point + 1)` over the figures as stated. */
  readonly statedFactor: number;
  /** `1 − 1 / statedFactor`, in [0, 1). */
  readonly statedScore: number;
  /**
   * The two claimants whose figures set `factor` (lower figure first); when the figures are
   * compatible, the two with the lowest and highest points. `null` with fewer than two claimants.
   */
  readonly pair: readonly [string, string] | null;
  /**
   * For a measure with a side S: `self-serving` when every claimant of S gives a point on the side
   * of S's interest (lower for losses, higher for turnout) than every claimant of another side,
   * `reversed` for the opposite, `mixed` otherwise; `null` without claimants of both S and another side.
   */
  readonly pattern: 'self-serving' | 'reversed' | 'mixed' | null;
  /** A denial stands against an assertion of a figure above zero. */
  readonly denied: boolean;
}

/** Options for {@link scoreGroup}. */
export interface ScoreGroupOptions {
  /** The vocabulary that gives each outcome's interest direction; the default if absent. */
  readonly vocabulary?: Vocabulary;
}

// Scoring every group of a set looks up the same sources: index them once per sources array.
const sideIndex = new WeakMap<readonly Source[], Map<string, string | undefined>>();
function sidesOf(sources: readonly Source[]): Map<string, string | undefined> {
  let index = sideIndex.get(sources);
  if (index === undefined) {
    index = new Map(sources.map((s) => [s.id, s.side]));
    sideIndex.set(sources, index);
  }
  return index;
}

// The first pair (in claimant order) from the two candidate lists that names two claimants, if any.
function choosePair(lower: Entry[], upper: Entry[]): [string, string] {
  lower.sort((a, b) => byCodeUnit(a.claimant, b.claimant));
  upper.sort((a, b) => byCodeUnit(a.claimant, b.claimant));
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
  const vocabulary = options.vocabulary ?? getDefaultVocabulary();
  const sides = sidesOf(set.sources);
  const entries = groupEntries(group);
  const denied =
    group.claims.some((c) => c.stance === 'denies') &&
    group.claims.some((c) => c.stance !== 'denies' && c.figure.low > 0);
  if (entries.length === 0) {
    return { compatible: true, factor: 1, score: 0, statedFactor: 1, statedScore: 0, pair: null, pattern: null, denied };
  }
  let L = Number.NEGATIVE_INFINITY;
  let H = Number.POSITIVE_INFINITY;
  let minPoint = Number.POSITIVE_INFINITY;
  let maxPoint = Number.NEGATIVE_INFINITY;
  for (const e of entries) {
    L = Math.max(L, e.low);
    H = Math.min(H, e.high);
    minPoint = Math.min(minPoint, e.point);
    maxPoint = Math.max(maxPoint, e.point);
  }
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
    pattern: patternOf(group, entries, (id) => sides.get(id), vocabulary),
    denied,
  };
}
