import type { Vocabulary } from '../vocabulary/types.js';
import type { ClaimSetError } from './ClaimSetError.js';
import type { Figure } from '../figures/schemas.js';
import type { Claim, ClaimSet, Event, Source } from './schemas.js';

/**
 * Options for {@link parseClaimSet}.
 *
 * @example
 * ```ts
 * const options: ParseClaimSetOptions = { vocabulary: createVocabulary({ subjects: [{ id: 'medics', broader: 'civilians', aliases: ['paramedics'] }] }) };
 * const result = parseClaimSet({
 *   sources: [{ id: 'ministry', name: 'Health ministry' }],
 *   events: [{ id: 'day' }],
 *   claims: [{ id: 'c', claimant: 'ministry', event: 'day', measure: { outcome: 'killed', subject: 'paramedics' }, figure: 'three' }],
 * }, options);
 * result.success && result.data.claims[0].measure
 * //=> { outcome: 'killed', subject: 'medics', term: 'paramedics' }
 * ```
 */
export interface ParseClaimSetOptions {
  /** The vocabulary that normalises outcome and subject aliases; the default conflict vocabulary if absent. */
  readonly vocabulary?: Vocabulary | undefined;
}

/**
 * The result of {@link parseClaimSet}: the normalised document, or every problem in it.
 *
 * @example
 * ```ts
 * const result: ParseClaimSetResult = parseClaimSet({ sources: [], events: [], claims: 'none' });
 * result.success ? [] : result.error.issues
 * //=> [{ path: ['claims'], message: 'expected a list, got the text "none"' }]
 * ```
 */
export type ParseClaimSetResult = { success: true; data: ClaimSet } | { success: false; error: ClaimSetError };

/**
 * A ClaimSet as a person may write it, before `parseClaimSet` normalises it.
 *
 * @example
 * ```ts
 * const input: ClaimSetInput = {
 *   sources: [{ id: 'army', name: 'The army' }],
 *   events: [{ id: 'raid' }],
 *   claims: [{ id: 'c1', claimant: 'army', event: 'raid', measure: { outcome: 'dead', subject: 'troops' }, figure: 'at least seven' }],
 * };
 * const result = parseClaimSet(input);
 * result.success && result.data.claims[0].measure
 * //=> { outcome: 'killed', subject: 'soldiers', term: 'troops', outcomeTerm: 'dead' }
 * ```
 */
export interface ClaimSetInput {
  /** Who asserts or carries the figures; ids unique. */
  sources: Source[];
  /** What the figures are about; ids unique. */
  events: Event[];
  /** The attributed figures; every source and event they name is in the set. */
  claims: ClaimInput[];
}

/**
 * One claim as a person may write it in a {@link ClaimSetInput}: the figure may be a phrase or a
 * count, the outcome and subject any known alias.
 *
 * @example
 * ```ts
 * const claim: ClaimInput = { id: 'c1', claimant: 'army', event: 'raid', measure: { outcome: 'dead', subject: 'troops' }, figure: 'at least seven' };
 * analyze({ sources: [{ id: 'army', name: 'The army' }], events: [{ id: 'raid' }], claims: [claim] }).groups[0].claims[0].figure
 * //=> { low: 7, high: null, stated: 7, hedge: 'at-least', text: 'at least seven' }
 * ```
 */
export interface ClaimInput extends Omit<Claim, 'figure'> {
  /** The figure claimed: a phrase ("at least seven"), a count (7), or an interval. */
  figure: FigureInput;
}

/**
 * A figure as a person may write it: a phrase ("at least seven"), a count (7), or a {@link Figure}.
 *
 * @example
 * ```ts
 * const figures: FigureInput[] = ['nearly 300', 68, { low: 5, high: 5, stated: 5, hedge: 'exact' }];
 * figures.length
 * //=> 3
 * ```
 */
export type FigureInput = string | number | Figure;

/**
 * Options for {@link resolveEvents}.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'cnn', name: 'CNN' }],
 *   events: [
 *     { id: 'first', place: ['Pakistan'], period: { start: '2009-10-17', end: '2009-10-18' } },
 *     { id: 'second', place: ['Pakistan', 'South Waziristan'], period: { start: '2009-10-18', end: '2009-10-18' } },
 *   ],
 *   claims: [
 *     { id: 'a', claimant: 'cnn', event: 'first', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' }, evidence: { document: 'cnn-1' } },
 *     { id: 'b', claimant: 'cnn', event: 'second', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 2, high: 2, stated: 2, hedge: 'exact' }, evidence: { document: 'cnn-1' } },
 *   ],
 * };
 * resolveEvents(set).claims.map((c) => c.event)
 * //=> ['first', 'second']
 * const options: ResolveEventsOptions = { mergeWithinDocument: true };
 * resolveEvents(set, options).claims.map((c) => c.event)
 * //=> ['first', 'first']
 * ```
 */
export interface ResolveEventsOptions {
  /**
   * Whether events cited by the same document may merge. Off by default: an article that
   * distinguishes two incidents ("the first day", "the last 24 hours") means them to be two.
   */
  readonly mergeWithinDocument?: boolean | undefined;
}
