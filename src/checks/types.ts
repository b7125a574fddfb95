/** The kinds of problem `checkClaims` reports. */
export type FindingKind =
  | 'self-contradiction'
  | 'parts-exceed-total'
  | 'narrower-exceeds-broader'
  | 'denied'
  | 'unknown-term'
  | 'loaded-term';

/** Something in a set of claims that does not add up, or that a reader should know. */
export interface Finding {
  readonly kind: FindingKind;
  /** The ids of the claims involved. */
  readonly claims: string[];
  /** What is wrong, in one sentence a journalist can use. */
  readonly message: string;
}
