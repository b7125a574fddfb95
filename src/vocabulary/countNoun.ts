// Subject ids are plural nouns; these read wrongly with the rule of dropping a final "s".
const SINGULAR = new Map<string, string>([
  ['people', 'person'],
  ['police', 'police officer'],
  ['security forces', 'member of the security forces'],
  ['paramilitary', 'paramilitary trooper'],
  ['children', 'child'],
  ['women', 'woman'],
  ['men', 'man'],
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
  const irregular = SINGULAR.get(words);
  if (irregular !== undefined) return irregular;
  if (/[^aeiou]ies$/.test(words)) return `${words.slice(0, -3)}y`;
  if (/[^s]s$/.test(words) && words.length > 3) return words.slice(0, -1);
  return words;
}
