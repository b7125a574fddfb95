import type { Claim, Measure } from '../claims/schemas.js';
import type { Vocabulary } from '../vocabulary/types.js';
import type { GroupSide } from './createSideResolver.js';

/**
 * A claim as it stands in a group: the claim kept for a syndicated assertion lists, in `copies`,
 * the ids of the claims it absorbed, and its `via` names every outlet that carried it.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'ttp', name: 'The TTP' }, { id: 'cnn', name: 'CNN' }, { id: 'bbc', name: 'BBC' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 't1', claimant: 'ttp', via: ['cnn'], event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 68, high: 68, stated: 68, hedge: 'exact' } },
 *     { id: 't2', claimant: 'ttp', via: ['bbc'], event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 68, high: 68, stated: 68, hedge: 'exact' } },
 *   ],
 * };
 * const claims: GroupedClaim[] = groupClaims(set)[0].claims;
 * claims.map((c) => [c.id, c.via, c.copies])
 * //=> [['t1', ['cnn', 'bbc'], ['t2']]]
 * ```
 */
export interface GroupedClaim extends Claim {
  /** The ids of the claims folded into this one as syndicated copies of the same assertion. */
  readonly copies?: string[];
}

/**
 * Claims that compete about the same quantity of the same event: same event, outcome and side,
 * subjects equal or one the other's direct broader term.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'first', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' }, statedAt: '2009-10-17' },
 *     { id: 'later', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 7, high: 7, stated: 7, hedge: 'exact' }, statedAt: '2009-10-18' },
 *   ],
 * };
 * const groups: ClaimGroup[] = groupClaims(set);
 * groups.map((g) => [g.id, g.claims.map((c) => c.id), g.superseded.map((c) => c.id), g.claimants])
 * //=> [['day/killed/soldiers', ['later'], ['first'], ['army']]]
 * ```
 */
export interface ClaimGroup {
  /** Stable id built from the event, outcome, subject and side. */
  readonly id: string;
  /** The event id the claims are about. */
  readonly event: string;
  /** What is counted; in a mixed group, the broader subject. */
  readonly measure: Measure;
  /** Whether claims on narrower subjects joined a claim on their broader term. */
  readonly mixedSubjects: boolean;
  /** The current claims, syndicated copies folded in. */
  readonly claims: GroupedClaim[];
  /** Earlier figures of a claimant, replaced by a later `statedAt`. */
  readonly superseded: GroupedClaim[];
  /** The source ids of the current claims' claimants, in code-unit order. */
  readonly claimants: string[];
}

/**
 * Options for {@link groupClaims}.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'ministry', name: 'Health ministry' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'all', claimant: 'ministry', event: 'day', measure: { outcome: 'killed', subject: 'civilians' }, figure: { low: 12, high: 12, stated: 12, hedge: 'exact' } },
 *     { id: 'medics', claimant: 'ministry', event: 'day', measure: { outcome: 'killed', subject: 'medics' }, figure: { low: 3, high: 3, stated: 3, hedge: 'exact' } },
 *   ],
 * };
 * groupClaims(set).map((g) => g.id)
 * //=> ['day/killed/civilians', 'day/killed/medics']
 * const options: GroupClaimsOptions = { vocabulary: createVocabulary({ subjects: [{ id: 'medics', broader: 'civilians' }] }) };
 * groupClaims(set, options).map((g) => [g.id, g.mixedSubjects])
 * //=> [['day/killed/civilians', true]]
 * ```
 */
export interface GroupClaimsOptions {
  /** The vocabulary whose subject tree decides which subjects compete; the default if absent. */
  readonly vocabulary?: Vocabulary | undefined;
}

/** One claimant's figures for one subject of one event, outcome and side, after folding. */
export interface ClaimBucket {
  readonly claimant: string;
  /** The canonical event (after `sameAs`). */
  readonly event: string;
  readonly outcome: string;
  readonly subject: string;
  readonly side: string | undefined;
  /** The side the bucket is grouped under: its own, or for an unsided bucket the one side present, none, or SEVERAL. */
  readonly groupSide: GroupSide;
  /** Current claims: the latest revision, or every undated/same-dated conflicting figure. */
  readonly current: readonly GroupedClaim[];
  /** Earlier revisions. */
  readonly superseded: readonly GroupedClaim[];
}

/** The claims of a set in buckets, from `bucketClaims`: syndicated copies and revisions folded. */
export interface ClaimBuckets {
  /**
   * Buckets by canonical event, in no particular order: every competition, revision and copy
   * happens within one event, so consumers work event by event on small lists.
   */
  readonly byEvent: Map<string, ClaimBucket[]>;
  /** Canonical event of every event id merged into another by `sameAs`. */
  readonly events: Map<string, string>;
}
