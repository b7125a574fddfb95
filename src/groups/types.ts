import type { Claim, Measure } from '../claims/schemas.js';

/**
 * A claim as it stands in a group: the claim kept for a syndicated assertion lists, in `copies`,
 * the ids of the claims it absorbed, and its `via` names every outlet that carried it.
 */
export type GroupedClaim = Claim & { readonly copies?: string[] };

/**
 * Claims that compete about the same quantity of the same event: same event, outcome and side,
 * subjects equal or one the other's direct broader term.
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
