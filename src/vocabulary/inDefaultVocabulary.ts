import { defaultVocabulary } from './defaultVocabulary.js';
import { singular } from './singular.js';
import { termId } from './termId.js';
import type { SubjectDefinition } from './types.js';

let forms: Set<string> | undefined;

// Every lookup key of the default vocabulary's outcomes and subjects, as createVocabulary indexes them.
function defaultForms(): Set<string> {
  const all = new Set<string>();
  const entries: readonly SubjectDefinition[] = [...defaultVocabulary.outcomes, ...defaultVocabulary.subjects];
  for (const entry of entries) {
    for (const word of [entry.id, ...(entry.aliases ?? []), ...(entry.loaded ?? [])]) {
      const key = termId(word);
      all.add(key).add(singular(key));
    }
  }
  return all;
}

/**
 * Whether the default vocabulary knows `word` as an outcome or a subject, as
 * `getDefaultVocabulary().outcome(word).known || …subject(word).known` says, without building the
 * vocabulary: the figure parser asks it of the word after "no" ("no soldiers" is zero, "no comment"
 * is not), and a bundle that imports `parseFigure` alone need not carry `createVocabulary`.
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
