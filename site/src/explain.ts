// The words the page shows beside a group: how far apart its figures are and what that number
// means, read from the same entries the score reads (a mixed group's narrower figures as a sum).
import { capitalize } from '../../src/reports/capitalize.js';
import { formatCount } from '../../src/figures/formatCount.js';
import { entryBounds } from '../../src/scores/entryBounds.js';
import { groupEntries } from '../../src/scores/groupEntries.js';
import { formatFactor, termWords, type ScoredGroup } from 'counterclaim';

/** What a group counts, as a heading: "Security forces killed". */
export function measureWords(group: Pick<ScoredGroup, 'measure'>): string {
  return capitalize(`${termWords(group.measure.subject)} ${termWords(group.measure.outcome)}`);
}

/** The badge of a disputed group: "11.5× apart", "compatible". */
export function factorBadge(group: ScoredGroup): string {
  return group.divergence.compatible ? 'compatible' : `${formatFactor(group.divergence.factor)}× apart`;
}

/** The pattern in a word or two; the group's summary sentence says what it means. */
export function patternWord(group: ScoredGroup): string {
  return group.divergence.pattern ?? 'no pattern';
}

/** Why a group has no pattern, for the badge's tooltip. */
export const NO_PATTERN =
  'A pattern needs a claimant of the side whose people were counted and a claimant of another side.';

/**
 * The factor of a group in plain words, for a reader who has not read the contract: what the
 * number is, the two figures that set it, the arithmetic, and why a 1 is added.
 */
export function explainFactor(group: ScoredGroup, name: (id: string) => string): string {
  const { divergence } = group;
  if (group.claimants.length < 2) return 'One source gives this figure: there is nothing to compare it with.';
  const entries = groupEntries(group);
  const bounds = entryBounds(entries);
  const low = formatCount(bounds.largestLow);
  const denial = divergence.denied ? ' A denial counts as zero.' : '';
  if (divergence.compatible) {
    const fits =
      bounds.smallestHigh === Number.POSITIVE_INFINITY
        ? `any number from ${low} up`
        : bounds.largestLow === bounds.smallestHigh
          ? `the number ${low}`
          : `any number from ${low} to ${formatCount(bounds.smallestHigh)}`;
    return `Compatible: read each hedge ("at least", "about") in the claimant's favour and ${fits} fits every figure, so they can all be right. The factor is 1.${denial}`;
  }
  const above = entries.find((e) => e.low === bounds.largestLow);
  const below = entries.find((e) => e.high === bounds.smallestHigh);
  const high = formatCount(bounds.smallestHigh);
  return (
    `${formatFactor(divergence.factor)}× apart is the least distance between the figures: even reading every hedge in the claimants' favour, ` +
    `${name(above?.claimant ?? '')} says at least ${low} and ${name(below?.claimant ?? '')} at most ${high}, ` +
    `and (${low} + 1) ÷ (${high} + 1) = ${formatFactor(divergence.factor)}. The 1 keeps a count of zero finite.${denial} ` +
    `Score ${divergence.score.toFixed(2)}: 0 when the figures can all be right, nearer 1 the further apart they are.`
  );
}
