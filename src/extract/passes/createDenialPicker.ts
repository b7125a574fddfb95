import type { ClaimDraft } from '../types.js';

// A sentence with more counts than this is not one a denial can refer back to as "the claim"; the
// bound keeps the denials of a run-on sentence proportional to its length.
const MAX_COUNTS = 32;

interface Count {
  /** Its first assertion in the sentence, and that assertion's index. */
  readonly first: ClaimDraft;
  readonly firstAt: number;
  /** Its first assertion by a claimant other than `first`'s. */
  other: ClaimDraft | undefined;
  otherAt: number;
}

/**
 * Makes the function that says which claims of the sentence before an anaphoric denial ("rejected
 * the claim", "denied it") denies: for each count (outcome and subject) asserted there, the first
 * claim by someone other than the denier, in the order of the sentence; no denials, and no
 * counts of a claimant's own losses (`isOwnLoss`, by default the measure's own mark: a side does
 * not deny what its enemy admits). Each call costs the number of counts, not of claims, so a
 * run-on sentence of deniers stays linear; at most the first 32 counts are denied.
 */
export function createDenialPicker(previous: readonly ClaimDraft[], isOwnLoss: (claim: ClaimDraft) => boolean = (claim) => claim.measure.ownLoss): (claimant: string) => ClaimDraft[] {
  let counts: Count[] | undefined;
  const countsOf = (): Count[] => {
    const byKey = new Map<string, Count>();
    previous.forEach((claim, at) => {
      if (claim.stance === 'denies' || isOwnLoss(claim)) return;
      const key = `${claim.measure.outcome}\u0000${claim.measure.subject}`;
      const count = byKey.get(key);
      if (count === undefined) {
        if (byKey.size < MAX_COUNTS) byKey.set(key, { first: claim, firstAt: at, other: undefined, otherAt: -1 });
      } else if (count.other === undefined && claim.claimant !== count.first.claimant) {
        count.other = claim;
        count.otherAt = at;
      }
    });
    return [...byKey.values()];
  };
  return (claimant) => {
    counts ??= countsOf();
    const picked: [number, ClaimDraft][] = [];
    for (const count of counts) {
      if (count.first.claimant !== claimant) picked.push([count.firstAt, count.first]);
      else if (count.other !== undefined) picked.push([count.otherAt, count.other]);
    }
    return picked.sort((a, b) => a[0] - b[0]).map(([, claim]) => claim);
  };
}
