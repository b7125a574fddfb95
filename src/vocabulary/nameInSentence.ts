// First words that make a name a description rather than a proper name: articles and
// quantifiers, and the common nouns newsrooms attribute figures to. Such a name is lower-cased
// inside a sentence ("…; organisers said", "According to AP, an independent count…").
const COMMON = new Set(
  [
    'the', 'a', 'an', 'some', 'several', 'many', 'two', 'three', 'local', 'unnamed', 'unidentified', 'anonymous',
    'independent', 'other', 'officials', 'authorities', 'organisers', 'organizers', 'residents', 'witnesses',
    'eyewitnesses', 'sources', 'spokesman', 'spokeswoman', 'spokesperson', 'police', 'army', 'military', 'security',
    'hospital', 'doctors', 'medics', 'rescuers', 'villagers', 'activists', 'protesters', 'survivors', 'relatives',
    'reports', 'media', 'government', 'state', 'health', 'medical', 'election', 'crowd', 'rights', 'monitors',
    'tribal', 'district', 'provincial', 'regional', 'senior', 'intelligence', 'rebel', 'militant', 'its', 'their',
  ],
);

/**
 * A source's name where it stands in a sentence: its first letter upper-cased at the start, and
 * lower-cased inside when the name opens with an article or a common noun written with a capital
 * only because names are ("The army", "Organisers", "Unnamed officials"). Proper names keep their
 * capitals anywhere ("CNN", "Pakistani military", "Dawn").
 *
 * @example
 * ```ts
 * nameInSentence('The army', false)
 * //=> 'the army'
 * nameInSentence('the TTP', true)
 * //=> 'The TTP'
 * nameInSentence('Dawn', false)
 * //=> 'Dawn'
 * ```
 */
export function nameInSentence(name: string, atStart: boolean): string {
  if (atStart) return name.charAt(0).toUpperCase() + name.slice(1);
  const first = /^[A-Z][a-z]*(?=[\s,]|$)/.exec(name)?.[0];
  return first !== undefined && COMMON.has(first.toLowerCase()) ? first.toLowerCase() + name.slice(first.length) : name;
}
