import { termWords } from './termWords.js';

// Outcomes that read as something people did rather than something done to them.
const ACTIVE = new Map([['attended', 'turned out']]);

/**
 * The verb phrase for an outcome, agreeing in number: "were killed", "was injured", "turned out".
 *
 * @example
 * ```ts
 * outcomeVerb('killed', true)
 * //=> 'was killed'
 * outcomeVerb('attended', false)
 * //=> 'turned out'
 * ```
 */
export function outcomeVerb(outcome: string, singular: boolean): string {
  return ACTIVE.get(outcome) ?? `${singular ? 'was' : 'were'} ${termWords(outcome)}`;
}
