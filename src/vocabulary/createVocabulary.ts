import { defaultVocabulary } from './defaultVocabulary.js';
import { singular } from './singular.js';
import { termId } from './termId.js';
import type {
  CreateVocabularyOptions,
  Interest,
  TermMatch,
  Vocabulary,
  VocabularyDefinition,
} from './types.js';

// An extra entry replaces a base entry with its id; two extra entries with one id are a mistake
// that would otherwise drop the first without a word.
function mergeById<T extends { readonly id: string }>(base: readonly T[], extra: readonly T[], what: string): T[] {
  const byId = new Map<string, T>();
  for (const item of base) byId.set(item.id, item);
  const added = new Set<string>();
  for (const item of extra) {
    const canonical = typeof item.id === 'string' ? termId(item.id) : '';
    if (canonical === '') throw new Error(`createVocabulary: ${what} id ${JSON.stringify(item.id)} has no letters or digits`);
    if (canonical !== item.id) {
      throw new Error(`createVocabulary: ${what} id ${JSON.stringify(item.id)} must be lower-case and hyphenated: "${canonical}"`);
    }
    if (added.has(item.id)) throw new Error(`createVocabulary: ${what} "${item.id}" is defined twice`);
    added.add(item.id);
    byId.set(item.id, item);
  }
  return [...byId.values()];
}

function indexTerms(
  entries: readonly { readonly id: string; readonly aliases?: readonly string[]; readonly loaded?: readonly string[] }[],
  what: string,
): Map<string, string> {
  const index = new Map<string, string>();
  const add = (word: string, id: string): void => {
    const key = termId(word);
    if (key === '') throw new Error(`createVocabulary: ${what} alias ${JSON.stringify(word)} of "${id}" has no letters or digits`);
    const taken = index.get(key);
    if (taken !== undefined && taken !== id) {
      throw new Error(`createVocabulary: ${what} alias "${word}" names both "${taken}" and "${id}"`);
    }
    index.set(key, id);
  };
  for (const entry of entries) {
    add(entry.id, entry.id);
    // A loaded label is an alias too: listing it only under `loaded` must not leave it unknown.
    for (const alias of [...(entry.aliases ?? []), ...(entry.loaded ?? [])]) add(alias, entry.id);
  }
  // Singulars are added last and never override an explicit word.
  for (const [key, id] of [...index]) {
    const one = singular(key);
    if (!index.has(one)) index.set(one, id);
  }
  return index;
}

// The word as written first, then its singular: "killings" finds the alias "killing".
function lookup(index: Map<string, string>, loaded: ReadonlySet<string>, word: string): TermMatch {
  // Canonical ids are their own normal form: analysing a set looks up the same ids again and again.
  const direct = index.get(word);
  if (direct !== undefined) return { id: direct, known: true, loaded: loaded.has(word) };
  const key = termId(word);
  for (const form of [key, singular(key)]) {
    const id = index.get(form);
    if (id !== undefined) return { id, known: true, loaded: loaded.has(form) };
  }
  return { id: key, known: false, loaded: false };
}

/**
 * Builds a vocabulary for normalising outcomes and subjects, extending the default conflict
 * vocabulary or replacing it.
 *
 * Lookups accept ids and aliases in any case, singular or plural; a word the vocabulary does not
 * know comes back as its own custom id (lower-case, hyphenated) with `known: false`.
 *
 * @throws {Error} when an id is not lower-case and hyphenated or is defined twice, an alias names
 *   two different ids or has no letters, an interest is not `lower`/`higher`, a `broader` term does
 *   not exist, the subject tree has a cycle, or `mode` is unknown: a vocabulary is configuration,
 *   so mistakes fail at once.
 * @example
 * ```ts
 * const vocabulary = createVocabulary({
 *   subjects: [{ id: 'medics', broader: 'civilians', aliases: ['paramedics'] }],
 * });
 * vocabulary.subject('Paramedics')
 * //=> { id: 'medics', known: true, loaded: false }
 * vocabulary.broader('medics')
 * //=> 'civilians'
 * vocabulary.subject('Terrorists')
 * //=> { id: 'militants', known: true, loaded: true }
 * vocabulary.outcome('downed')
 * //=> { id: 'downed', known: false, loaded: false }
 * ```
 */
export function createVocabulary(options: CreateVocabularyOptions = {}): Vocabulary {
  if (options.mode !== undefined && options.mode !== 'extend' && options.mode !== 'replace') {
    throw new Error(`createVocabulary: options.mode must be "extend" or "replace", got ${JSON.stringify(options.mode)}`);
  }
  const base: VocabularyDefinition =
    options.mode === 'replace' ? { outcomes: [], subjects: [] } : defaultVocabulary;
  const outcomes = mergeById(base.outcomes, options.outcomes ?? [], 'outcome');
  const subjects = mergeById(base.subjects, options.subjects ?? [], 'subject');
  for (const outcome of outcomes) {
    if (outcome.interest !== 'lower' && outcome.interest !== 'higher') {
      throw new Error(`createVocabulary: outcome "${outcome.id}" has interest ${JSON.stringify(outcome.interest)}; use "lower" or "higher"`);
    }
  }

  const broaderOf = new Map<string, string>();
  for (const subject of subjects) {
    if (subject.broader === undefined) continue;
    if (!subjects.some((s) => s.id === subject.broader)) {
      throw new Error(
        `createVocabulary: subject "${subject.id}" has broader term "${subject.broader}", which is not a subject`,
      );
    }
    broaderOf.set(subject.id, subject.broader);
  }
  for (const subject of subjects) {
    const seen = new Set<string>([subject.id]);
    for (let up = broaderOf.get(subject.id); up !== undefined; up = broaderOf.get(up)) {
      if (seen.has(up)) throw new Error(`createVocabulary: subject "${subject.id}" is its own broader term`);
      seen.add(up);
    }
  }

  const interestOf = new Map<string, Interest>(outcomes.map((o) => [o.id, o.interest]));
  const outcomeIndex = indexTerms(outcomes, 'outcome');
  const subjectIndex = indexTerms(subjects, 'subject');
  const loadedWords = new Set<string>();
  for (const subject of subjects) {
    for (const word of subject.loaded ?? []) {
      const key = termId(word);
      loadedWords.add(key);
      loadedWords.add(singular(key));
    }
  }
  const noLoaded = new Set<string>();

  return Object.freeze({
    outcomes,
    subjects,
    outcome: (word: string) => lookup(outcomeIndex, noLoaded, word),
    subject: (word: string) => lookup(subjectIndex, loadedWords, word),
    broader: (subject: string) => broaderOf.get(subject),
    interest: (outcome: string) => interestOf.get(outcome) ?? 'lower',
  });
}
