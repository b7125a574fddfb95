
/**
 * Which way a party's interest runs for a count of its own people.
 *
 * @example
 * ```ts
 * const interests: Interest[] = ['killed', 'attended'].map((outcome) => getDefaultVocabulary().interest(outcome));
 * interests
 * //=> ['lower', 'higher']
 * ```
 */
export type Interest = 'lower' | 'higher';

/**
 * An outcome that can be counted (`killed`, `attended`) with its aliases.
 *
 * @example
 * ```ts
 * const rescued: OutcomeDefinition = { id: 'rescued', interest: 'higher', aliases: ['pulled out alive'] };
 * const vocabulary = createVocabulary({ outcomes: [rescued] });
 * vocabulary.outcome('Pulled out alive')
 * //=> { id: 'rescued', known: true, loaded: false }
 * vocabulary.interest('rescued')
 * //=> 'higher'
 * ```
 */
export interface OutcomeDefinition {
  /** Canonical id: lower-case, hyphenated. */
  readonly id: string;
  /** `lower` for losses (a party wants fewer of its own dead), `higher` for turnout. */
  readonly interest: Interest;
  /** Other words for the outcome, normalised to `id`. */
  readonly aliases?: readonly string[];
}

/**
 * A subject in the tree (`soldiers` under `security-forces` under `people`).
 *
 * @example
 * ```ts
 * const foreignFighters: SubjectDefinition = { id: 'foreign-fighters', broader: 'militants', aliases: ['foreign militants'], loaded: ['mercenaries'] };
 * const vocabulary = createVocabulary({ subjects: [foreignFighters] });
 * vocabulary.subject('Mercenaries')
 * //=> { id: 'foreign-fighters', known: true, loaded: true }
 * vocabulary.broader('foreign-fighters')
 * //=> 'militants'
 * ```
 */
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

/**
 * The data a vocabulary is made of.
 *
 * @example
 * ```ts
 * const definition: VocabularyDefinition = defaultVocabulary;
 * definition.subjects.filter((s) => s.broader === 'security-forces').map((s) => s.id)
 * //=> ['soldiers', 'paramilitary', 'police']
 * ```
 */
export interface VocabularyDefinition {
  readonly outcomes: readonly OutcomeDefinition[];
  readonly subjects: readonly SubjectDefinition[];
}

/**
 * A word looked up in a vocabulary.
 *
 * @example
 * ```ts
 * const match: TermMatch = getDefaultVocabulary().subject('Drone Operators');
 * match
 * //=> { id: 'drone-operators', known: false, loaded: false }
 * ```
 */
export interface TermMatch {
  /** Canonical id; for an unknown word, the word lower-cased and hyphenated. */
  readonly id: string;
  /** Whether the vocabulary knows the word. */
  readonly known: boolean;
  /** Whether the word is a loaded label ("terrorists"). */
  readonly loaded: boolean;
}

/**
 * A vocabulary ready for lookups, built by `createVocabulary`.
 *
 * @example
 * ```ts
 * const vocabulary: Vocabulary = getDefaultVocabulary();
 * [vocabulary.subject('troops').id, vocabulary.broader('soldiers'), vocabulary.interest('killed')]
 * //=> ['soldiers', 'security-forces', 'lower']
 * ```
 */
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

/**
 * Options for {@link createVocabulary}.
 *
 * @example
 * ```ts
 * const options: CreateVocabularyOptions = {
 *   mode: 'replace',
 *   outcomes: [{ id: 'attended', interest: 'higher', aliases: ['marched'] }],
 *   subjects: [{ id: 'protesters', aliases: ['demonstrators'] }],
 * };
 * const vocabulary = createVocabulary(options);
 * vocabulary.outcome('Marched')
 * //=> { id: 'attended', known: true, loaded: false }
 * vocabulary.subject('soldiers').known
 * //=> false
 * ```
 */
export interface CreateVocabularyOptions {
  /** Outcomes to add; an outcome with an existing id replaces it. */
  readonly outcomes?: readonly OutcomeDefinition[] | undefined;
  /** Subjects to add; a subject with an existing id replaces it. */
  readonly subjects?: readonly SubjectDefinition[] | undefined;
  /** `'extend'` (default) adds to the default vocabulary; `'replace'` starts from nothing. */
  readonly mode?: 'extend' | 'replace' | undefined;
}
