import type { Vocabulary } from '../vocabulary/types.js';

/**
 * The kinds of problem `checkClaims` reports.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'media', name: 'Local media' }, { id: 'army', name: 'The army' }],
 *   events: [{ id: 'raid' }],
 *   claims: [
 *     { id: 'report', claimant: 'media', event: 'raid', measure: { outcome: 'abducted', subject: 'soldiers' }, figure: { low: 28, high: 28, stated: 28, hedge: 'exact' } },
 *     { id: 'denial', claimant: 'army', event: 'raid', stance: 'denies', measure: { outcome: 'abducted', subject: 'soldiers' }, figure: { low: 0, high: 0, stated: 0, hedge: 'exact' } },
 *   ],
 * };
 * const kinds: FindingKind[] = checkClaims(set).map((f) => f.kind);
 * kinds
 * //=> ['denied']
 * ```
 */
export type FindingKind =
  | 'self-contradiction'
  | 'parts-exceed-total'
  | 'narrower-exceeds-broader'
  | 'denied'
  | 'unknown-term'
  | 'loaded-term';

/**
 * Something in a set of claims that does not add up, or that a reader should know.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army' }],
 *   events: [{ id: 'day' }],
 *   claims: [{ id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'militants', term: 'terrorists' }, figure: { low: 60, high: 60, stated: 60, hedge: 'exact' } }],
 * };
 * const findings: Finding[] = checkClaims(set);
 * findings
 * //=> [{ kind: 'loaded-term', claims: ['a'], message: 'The army calls militants "terrorists", a loaded label that is part of the dispute.' }]
 * ```
 */
export interface Finding {
  readonly kind: FindingKind;
  /** The ids of the claims involved. */
  readonly claims: string[];
  /** What is wrong, in one sentence a journalist can use. */
  readonly message: string;
}

/**
 * Options for {@link checkClaims}.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army' }],
 *   events: [{ id: 'day' }],
 *   claims: [{ id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'downed', subject: 'drones' }, figure: { low: 2, high: 2, stated: 2, hedge: 'exact' } }],
 * };
 * checkClaims(set).map((f) => f.kind)
 * //=> ['unknown-term', 'unknown-term']
 * const options: CheckClaimsOptions = { vocabulary: createVocabulary({ outcomes: [{ id: 'downed', interest: 'lower' }], subjects: [{ id: 'drones' }] }) };
 * checkClaims(set, options)
 * //=> []
 * ```
 */
export interface CheckClaimsOptions {
  /** The vocabulary for the subject tree, known terms and loaded labels; the default if absent. */
  readonly vocabulary?: Vocabulary | undefined;
}
