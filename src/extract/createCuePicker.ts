import type { Cue } from './findCues.js';

/** A cue's index; `-2` when the token belongs to a cue's own words; `-1` when no cue covers it. */
export type CuePick = number;

/**
 * Makes the function that says which cue of a sentence governs a token (a figure's first token):
 * the leading cue before it ("X said that … 68"), else the trailing cue after it ("68 …, X
 * said"), else a trailing cue before it whose sentence runs on ("…, X said, after rescuers found
 * 4 more"). It returns `-2` inside a cue's own words (a figure in a claimant phrase such as "two
 * security officials") and `-1` when no cue covers the token. Cues must be in order of position,
 * and tokens asked in increasing order: the picker walks the cues once per sentence.
 *
 * @example
 * ```ts
 * const words = readWords('Organisers said 120,000 marched, while police put the turnout at 35,000.');
 * const pick = createCuePicker(findCues(words, { first: 0, last: words.count }, [], (i) => i === 2 || i === 13));
 * [pick(2), pick(13)]
 * //=> [0, 1]
 * ```
 */
export function createCuePicker(cues: readonly Cue[]): (p: number) => CuePick {
  let k = 0;
  return (p) => {
    while (k < cues.length && (cues[k] as Cue).zone.last <= p) k++;
    const next = cues[k];
    if (next !== undefined && next.zone.first <= p) return -2;
    const previous = cues[k - 1];
    if (previous !== undefined && previous.leading) return k - 1;
    if (next !== undefined && !next.leading) return k;
    return previous !== undefined ? k - 1 : -1;
  };
}
