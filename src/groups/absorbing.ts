import type { Vocabulary } from '../vocabulary/types.js';

// The contract's one exception to "the root competes only with the root": a crowd counted as
// people and one counted as protesters ("two million people marched" against "350,000
// demonstrators") are one quantity.
const CROWD = { outcome: 'attended', whole: 'people' } as const;

/**
 * Whether a subject absorbs its narrower terms into its group, for claims about `outcome`: every
 * subject but a root of the tree does; but a crowd is one quantity, so for a turnout `people`
 * absorbs `protesters` too. Grouping and the side an unsided claim takes read the same rule.
 *
 * @example
 * ```ts
 * const vocabulary = createVocabulary();
 * [absorbing('killed', vocabulary)('security-forces'), absorbing('killed', vocabulary)('people'), absorbing('attended', vocabulary)('people')]
 * //=> [true, false, true]
 * ```
 */
export function absorbing(outcome: string, vocabulary: Vocabulary): (subject: string | undefined) => subject is string {
  const crowd = outcome === CROWD.outcome;
  return (subject: string | undefined): subject is string =>
    subject !== undefined && (vocabulary.broader(subject) !== undefined || (crowd && subject === CROWD.whole));
}
