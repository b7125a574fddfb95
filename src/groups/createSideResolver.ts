import { tallyWork } from '../internal/workMeter.js';
import type { Vocabulary } from '../vocabulary/types.js';

/**
 * The side of an unsided claim that finds several sides where it would be grouped: it forms a
 * group of its own.
 *
 * @example
 * ```ts
 * typeof SEVERAL
 * //=> 'symbol'
 * ```
 */
export const SEVERAL: unique symbol = Symbol('several sides');

/** The side a claim is grouped under: its own, the one side present, none, or SEVERAL. */
export type GroupSide = string | undefined | typeof SEVERAL;

// The sides seen so far, as far as grouping cares: none, exactly one (which), or several.
type Seen = string | undefined | typeof SEVERAL;
const see = (seen: Seen, side: Seen): Seen => (seen === undefined ? side : side === undefined || side === seen ? seen : SEVERAL);

/**
 * The side each claim of one event and outcome is grouped under, from the subjects and sides of
 * those claims: a sided claim keeps its side; an unsided one takes the one side present where it
 * would be grouped (its subject, its broader term if that absorbs it, or the narrower terms it
 * absorbs, as `absorbs` says for the outcome),
 * none when no side is there, and SEVERAL when more than one is. Each subject's sides are
 * summarised once as none, one or several, so every answer costs a few lookups however many sides
 * the claims name.
 *
 * @example
 * ```ts
 * const vocabulary = createVocabulary();
 * const sideOf = createSideResolver([{ subject: 'soldiers', side: 'state' }, { subject: 'security-forces' }], vocabulary, absorbing('killed', vocabulary));
 * [sideOf('security-forces', undefined), sideOf('militants', undefined), sideOf('soldiers', 'ttp')]
 * //=> ['state', undefined, 'ttp']
 * ```
 */
export function createSideResolver(
  measures: readonly { readonly subject: string; readonly side?: string | undefined }[],
  vocabulary: Vocabulary,
  absorbs: (subject: string | undefined) => subject is string,
): (subject: string, side: string | undefined) => GroupSide {
  const own = new Map<string, Seen>();
  const narrower = new Map<string, Seen>();
  tallyWork(measures.length);
  for (const { subject, side } of measures) {
    if (side === undefined) continue;
    own.set(subject, see(own.get(subject), side));
    const broader = vocabulary.broader(subject);
    if (broader !== undefined) narrower.set(broader, see(narrower.get(broader), side));
  }
  return (subject, side) => {
    tallyWork();
    if (side !== undefined) return side;
    let seen = own.get(subject);
    const broader = vocabulary.broader(subject);
    if (absorbs(broader)) seen = see(seen, own.get(broader));
    if (absorbs(subject)) seen = see(seen, narrower.get(subject));
    return seen;
  };
}
