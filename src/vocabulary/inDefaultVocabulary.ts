import { DEFAULT_TERM_WORDS } from './defaultTermWords.js';
import { singular } from './singular.js';

let forms: Set<string> | undefined;
const APOSTROPHES = /['\u2019`]/g;
const SPACES = /\s+/g;

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
 * Whether the default vocabulary knows `word` (one or two words of letters, with inner apostrophes)
 * as an outcome or a subject, as `getDefaultVocabulary().outcome(word).known || …subject(word).known`
 * says, without building the vocabulary: the figure parser asks it of the word after "no" ("no soldiers" is zero, "no comment"
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
  // The words come from the figure scanner: letters with inner apostrophes, one or two words. Lower
  // case, no apostrophes and a hyphen for the space make them keys as `termId` would, without its
  // trimming, which a bundle of the parser alone would carry for nothing.
  const key = word.toLowerCase().replace(APOSTROPHES, '').replace(SPACES, '-');
  return forms.has(key) || forms.has(singular(key));
}
