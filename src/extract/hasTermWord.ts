import { singular } from '../vocabulary/singular.js';
import { termId } from '../vocabulary/termId.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { EXTRA_OUTCOMES } from './outcomeCues.js';

const indexes = new WeakMap<Vocabulary, { o: Set<string>; s: Set<string> }>();

function indexOf(vocabulary: Vocabulary): { o: Set<string>; s: Set<string> } {
  const known = indexes.get(vocabulary);
  if (known !== undefined) return known;
  const add = (set: Set<string>, phrase: string): void => {
    for (const word of termId(phrase).split('-')) {
      if (word === '') continue;
      set.add(word);
      // Both forms, and the query's singular below, meet singular and plural halfway.
      set.add(singular(word));
    }
  };
  const o = new Set<string>();
  const s = new Set<string>();
  for (const outcome of vocabulary.outcomes) for (const phrase of [outcome.id, ...(outcome.aliases ?? [])]) add(o, phrase);
  for (const phrase of EXTRA_OUTCOMES.keys()) add(o, phrase);
  for (const subject of vocabulary.subjects) for (const phrase of [subject.id, ...(subject.aliases ?? []), ...(subject.loaded ?? [])]) add(s, phrase);
  const index = { o, s };
  indexes.set(vocabulary, index);
  return index;
}

/**
 * Whether a lower-cased word occurs in any outcome (`'o'`) or subject (`'s'`) phrase of the
 * vocabulary, in singular or plural. A cheap test that spares most words a full lookup.
 *
 * @example
 * ```ts
 * [hasTermWord(createVocabulary(), 's', 'soldier'), hasTermWord(createVocabulary(), 's', 'convoys')]
 * //=> [true, false]
 * ```
 */
export function hasTermWord(vocabulary: Vocabulary, kind: 'o' | 's', word: string): boolean {
  const set = indexOf(vocabulary)[kind];
  return set.has(word) || set.has(singular(word));
}
