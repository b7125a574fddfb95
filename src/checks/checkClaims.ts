import type { ClaimSet } from '../claims/schemas.js';
import { bucketClaims } from '../groups/bucketClaims.js';
import { groupBuckets } from '../groups/groupBuckets.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import { checkBuckets } from './checkBuckets.js';
import type { Finding } from './types.js';
import type { CheckClaimsOptions } from './types.js';

/**
 * Checks a set of claims for what does not add up, and for what a reader should know:
 * - `self-contradiction`: a claimant gives conflicting figures for the same thing (no single value
 *   satisfies them all: "at least 7" and 9 do not conflict) with no later date to say which stands;
 * - `parts-exceed-total`: a claimant's figures for the parts of an event (`partOf`) add up to more
 *   than its figure for the whole (the sum of the parts' lows above the whole's high);
 * - `narrower-exceeds-broader`: a claimant counts more of a narrower subject (or of several together)
 *   than of a broader term for the same event (soldiers above security forces);
 * - `denied`: a denial stands against an assertion of a figure above zero;
 * - `unknown-term`: an outcome or subject outside the vocabulary, so that typos surface;
 * - `loaded-term`: a loaded label in use ("terrorists"), with who used it.
 *
 * Sides: a total with a side (the army's security forces) bounds the counts of that side and the
 * unsided ones; a total without a side (people) bounds the counts of every side, which add up.
 * Figures are compared on current claims only (superseded revisions are history); terms are
 * reported wherever they are used, superseded claims and copies included. Findings come in the
 * order of the list above, then by their first claim.
 *
 * Seed 001: the lead's 60 militants against the army's parts "over 30" and 20 is consistent; so
 * is the lead's 20 soldiers against "at least 10".
 *
 * @example
 * ```ts
 * checkClaims({
 *   sources: [{ id: 'army', name: 'The army' }],
 *   events: [{ id: 'day' }, { id: 'clash', partOf: 'day' }],
 *   claims: [
 *     { id: 'whole', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } },
 *     { id: 'part', claimant: 'army', event: 'clash', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 10, high: null, stated: 10, hedge: 'at-least' } },
 *   ],
 * }).map((f) => [f.kind, f.claims])
 * //=> [['parts-exceed-total', ['whole', 'part']]]
 * ```
 */
export function checkClaims(set: ClaimSet, options: CheckClaimsOptions = {}): Finding[] {
  const vocabulary = options.vocabulary ?? getDefaultVocabulary();
  const buckets = bucketClaims(set, vocabulary);
  return checkBuckets(set, buckets, groupBuckets(buckets, vocabulary), vocabulary);
}
