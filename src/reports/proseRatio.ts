import type { ClaimGroup } from '../groups/types.js';
import type { GroupScore } from '../scores/types.js';
import { groupEntries } from '../scores/groupEntries.js';
import { formatFactor } from './formatFactor.js';

/** How many times the highest figure of a group is the lowest, as a reader would work it out. */
export interface ProseRatio {
  /** The ratio, rounded down as {@link formatFactor} writes it ("13.6"). */
  readonly times: string;
  /** `stated`: of the numbers as stated (68 is 13.6 times 5); `at-least`: of the intervals' nearest ends. */
  readonly kind: 'stated' | 'at-least';
}

/**
 * The ratio a sentence can give for a group: of the highest and lowest numbers as the claimants
 * stated them when both were stated and the lowest is not zero ("68 is 13.6 times 5"); else, for
 * figures that cannot all be right, of the intervals' nearest ends ("dozens" is at least 24 / 5 =
 * 4.8 times "5"); else, and whenever the quotient is not finite, none. Unlike the score's factor it adds no 1: the score needs a finite
 * value at zero, prose does not, and 69 / 6 is not a ratio anyone reads in "5 against 68".
 *
 * @example
 * ```ts
 * const n = (k: number) => ({ low: k, high: k, stated: k, hedge: 'exact' as const });
 * const group = { id: 'g', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, mixedSubjects: false, superseded: [], claimants: ['army', 'ttp'],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: n(5) },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: n(68) },
 *   ] };
 * proseRatio(group, { compatible: false })
 * //=> { times: '13.6', kind: 'stated' }
 * ```
 */
export function proseRatio(group: ClaimGroup, divergence: Pick<GroupScore, 'compatible'>): ProseRatio | undefined {
  const entries = groupEntries(group);
  if (entries.length < 2) return undefined;
  // A claimant's entry is as stated when every figure it stands for was (a denial states zero).
  const statedBy = new Map<string, boolean>();
  for (const c of group.claims) statedBy.set(c.claimant, (statedBy.get(c.claimant) ?? true) && (c.stance === 'denies' || c.figure.stated !== null));
  let lowest = entries[0] as (typeof entries)[number];
  let highest = lowest;
  let maxLow = 0;
  let minHigh = Number.POSITIVE_INFINITY;
  for (const e of entries) {
    if (e.point < lowest.point) lowest = e;
    if (e.point > highest.point) highest = e;
    maxLow = Math.max(maxLow, e.low);
    minHigh = Math.min(minHigh, e.high);
  }
  // A tiny fractional amount (1e-300) can overflow a quotient: no ratio rather than "Infinity×".
  const stated = highest.point / lowest.point;
  if (statedBy.get(lowest.claimant) === true && statedBy.get(highest.claimant) === true && lowest.point > 0 && Number.isFinite(stated)) {
    return { times: formatFactor(stated), kind: 'stated' };
  }
  const nearest = maxLow / minHigh;
  if (!divergence.compatible && minHigh > 0 && Number.isFinite(nearest)) return { times: formatFactor(nearest), kind: 'at-least' };
  return undefined;
}
