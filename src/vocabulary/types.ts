/** Which way a party's interest runs for a count of its own people. */
export type Interest = 'lower' | 'higher';

/** An outcome that can be counted (`killed`, `attended`) with its aliases. */
export interface OutcomeDefinition {
  /** Canonical id: lower-case, hyphenated. */
  readonly id: string;
  /** `lower` for losses (a party wants fewer of its own dead), `higher` for turnout. */
  readonly interest: Interest;
  /** Other words for the outcome, normalised to `id`. */
  readonly aliases?: readonly string[];
}

/** A subject in the tree (`soldiers` under `security-forces` under `people`). */
export interface SubjectDefinition {
  /** Canonical id: lower-case, hyphenated. */
  readonly id: string;
  /** The id of the direct broader term; absent for a root. */
  readonly broader?: string;
  /** Other words for the subject, normalised to `id`. */
  readonly aliases?: readonly string[];
  /** Aliases that are loaded labels ("terrorists"): normalised, but reported as part of the dispute. */
  readonly loaded?: readonly string[];
}

/** The data a vocabulary is made of. */
export interface VocabularyDefinition {
  readonly outcomes: readonly OutcomeDefinition[];
  readonly subjects: readonly SubjectDefinition[];
}

/** A word looked up in a vocabulary. */
export interface TermMatch {
  /** Canonical id; for an unknown word, the word lower-cased and hyphenated. */
  readonly id: string;
  /** Whether the vocabulary knows the word. */
  readonly known: boolean;
  /** Whether the word is a loaded label ("terrorists"). */
  readonly loaded: boolean;
}

/** A vocabulary ready for lookups, built by `createVocabulary`. */
export interface Vocabulary extends VocabularyDefinition {
  /** Look up an outcome by id or alias (any case, singular or plural). */
  readonly outcome: (word: string) => TermMatch;
  /** Look up a subject by id or alias (any case, singular or plural). */
  readonly subject: (word: string) => TermMatch;
  /** The direct broader term of a subject id, if it has one. */
  readonly broader: (subject: string) => string | undefined;
  /** The interest direction of an outcome id; `lower` for unknown outcomes. */
  readonly interest: (outcome: string) => Interest;
}
