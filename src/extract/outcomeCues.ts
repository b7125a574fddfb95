// Words for outcomes beyond the vocabulary's aliases. Each maps to a word the default vocabulary
// knows, so a custom vocabulary that keeps those words keeps these cues working.

/**
 * Verb phrases that name an outcome the vocabulary has no alias for, mapped to a vocabulary word.
 *
 * @example
 * ```ts
 * EXTRA_OUTCOMES.get('gunned down')
 * //=> 'killed'
 * ```
 */
export const EXTRA_OUTCOMES: ReadonlyMap<string, string> = new Map([
  ['gunned down', 'killed'], ['shot dead', 'killed'], ['shot and killed', 'killed'],
  ['neutralised', 'killed'], ['neutralized', 'killed'], ['eliminated', 'killed'], ['massacred', 'killed'],
  ['executed', 'killed'], ['beheaded', 'killed'], ['murdered', 'killed'], ['perished', 'killed'],
  ['treated for injuries', 'injured'], ['treated for wounds', 'injured'], ['hospitalised', 'injured'],
  ['hospitalized', 'injured'], ['taken captive', 'abducted'], ['held captive', 'abducted'],
  ['rounded up', 'arrested'], ['taken into custody', 'arrested'], ['evacuated', 'displaced'],
  ['made homeless', 'displaced'], ['took to the streets', 'attended'], ['joined the march', 'attended'],
  ['joined the protest', 'attended'], ['joined the protests', 'attended'], ['joined the rally', 'attended'],
  ['joined the demonstration', 'attended'],
]);

/**
 * Nouns that state a count after "at", "to" or "of" ("put the death toll at 19", "a crowd of
 * 5,000"), mapped to a vocabulary word for the outcome they count.
 *
 * @example
 * ```ts
 * TOLL_NOUNS.get('turnout')
 * //=> 'attended'
 * ```
 */
export const TOLL_NOUNS: ReadonlyMap<string, string> = new Map([
  ['toll', 'killed'], ['tally', 'killed'], ['turnout', 'attended'], ['crowd', 'attended'],
  ['crowds', 'attended'], ['exodus', 'displaced'],
]);

/**
 * Verbs with which a party counts its own losses: "lost none of their own", "suffered no
 * casualties". The count is of the claimant's own people, killed.
 *
 * @example
 * ```ts
 * OWN_LOSS_VERBS.has('lost')
 * //=> true
 * ```
 */
export const OWN_LOSS_VERBS: ReadonlySet<string> = new Set(['lost', 'losing', 'lose', 'suffered', 'suffering', 'sustained']);

/**
 * Nouns that count the dead by themselves ("21 bodies"): subject `people`, outcome killed.
 *
 * @example
 * ```ts
 * BODY_NOUNS.has('bodies')
 * //=> true
 * ```
 */
export const BODY_NOUNS: ReadonlySet<string> = new Set(['bodies', 'corpses', 'body', 'corpse']);

/**
 * Words that say every one of a group got away ("all TTP fighters managed to escape"): zero killed.
 *
 * @example
 * ```ts
 * ESCAPE_WORDS.has('escaped')
 * //=> true
 * ```
 */
export const ESCAPE_WORDS: ReadonlySet<string> = new Set(['escape', 'escaped', 'unhurt', 'unharmed', 'survived']);
