import { singular } from './singular.js';

// Subjects whose one member is another noun: collective nouns ("police") and "people". Only a
// sentence needs these; lookups keep the words as they are, so `singular` leaves them alone.
const ONE_OF = new Map<string, string>([
  ['people', 'person'],
  ['police', 'police officer'],
  ['security forces', 'member of the security forces'],
  ['paramilitary', 'paramilitary trooper'],
]);

/**
 * The noun for a count of a subject, singular for exactly one: `countNoun(1, 'soldiers')` is
 * "soldier", `countNoun(5, 'soldiers')` is "soldiers". `words` is a subject as it reads in a
 * sentence (see `termWords`), in the plural as vocabulary ids are. Words it cannot make singular
 * (an unknown term such as "aircraft") stay as they are.
 *
 * @example
 * ```ts
 * countNoun(1, 'soldiers')
 * //=> 'soldier'
 * countNoun(5, 'soldiers')
 * //=> 'soldiers'
 * countNoun(1, 'security forces')
 * //=> 'member of the security forces'
 * countNoun(1, 'casualties')
 * //=> 'casualty'
 * ```
 */
export function countNoun(count: number, words: string): string {
  if (count !== 1) return words;
  return ONE_OF.get(words) ?? singular(words);
}
