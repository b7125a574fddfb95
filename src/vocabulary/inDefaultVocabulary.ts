import { DEFAULT_TERM_WORDS } from './defaultTermWords.js';
import { singular } from './singular.js';
import { termId } from './termId.js';

let forms: Set<string> | undefined;

// Every lookup key of the default vocabulary's outcomes and subjects, as createVocabulary indexes
// them: each packed word and its singular.
function defaultForms(): Set<string> {
  const all = new Set<string>();
  let word = '';
  // A piece starts at its count of shared letters, a character below 'a' and above '-'.
  for (const piece of DEFAULT_TERM_WORDS.split(/(?=[0-`])/)) {
    word = word.slice(0, piece.charCodeAt(0) - 48) + piece.slice(1);
    all.add(word).add(singular(word));
  }
  return all;
}

/**
 * Whether the default vocabulary knows `word` as an outcome or a subject, as
 * `getDefaultVocabulary().outcome(word).known || …subject(word).known` says, without building the
 * vocabulary: the figure parser asks it of the word after "no" ("no soldiers" is zero, "no comment"
 * is not), and a bundle that imports `parseFigure` alone need carry neither `createVocabulary` nor
 * `defaultVocabulary`, only their words (`DEFAULT_TERM_WORDS`).
 *
 * @example
 * ```ts
 * ['soldier', 'Security Forces', 'fatalities', 'comment'].map(inDefaultVocabulary)
 * //=> [true, true, true, false]
 * ```
 */
export function inDefaultVocabulary(word: string): boolean {
  forms ??= defaultForms();
  const key = termId(word);
  return forms.has(key) || forms.has(singular(key));
}
