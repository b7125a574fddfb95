/**
 * One hand-annotated figure: who asserts (or denies) what count of what, with the interval the
 * wording gives. `stance` defaults to `asserts`.
 *
 * The claimant is written as the source id the extraction's naming rules give to the party that
 * makes the claim (see `claimantKey` in score.ts); which party that is, is decided by hand.
 */
export type GoldTuple = readonly [
  claimant: string,
  outcome: string,
  subject: string,
  low: number,
  high: number | null,
  stance?: 'asserts' | 'denies',
];

/** An article with its hand annotation: every figure a party asserts or denies. */
export interface GoldArticle {
  readonly id: string;
  readonly text: string;
  readonly publishedAt?: string;
  readonly outlet?: string;
  readonly tuples: readonly GoldTuple[];
}
