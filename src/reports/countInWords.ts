import type { Measure } from '../claims/schemas.js';
import type { Figure } from '../figures/schemas.js';
import { countNoun } from '../vocabulary/countNoun.js';
import { termWords } from '../vocabulary/termWords.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { quoteFigure } from './quoteFigure.js';

/** The parts of a count in words, for sentences that arrange them. */
export interface CountInWords {
  /** The figure in the claimant's words (see quoteFigure): "at least seven", "about 10,000 to 15,000". */
  readonly figure: string;
  /** What was counted, agreeing with the figure; a loaded label in quotes instead of the subject. */
  readonly noun: string;
  /** Whether the count reads as one ("1 soldier was killed"). */
  readonly singular: boolean;
  /** Whether the noun is the claimant's loaded label. */
  readonly loaded: boolean;
  /** Figure and noun together: "at least 7 soldiers", "dozens of soldiers", "no soldiers". */
  readonly phrase: string;
}

// Vague words that are nouns themselves: "dozens of soldiers", but "several soldiers".
const TAKES_OF = /(?:dozens|scores|hundreds|thousands|millions|handful)$/;

/**
 * Puts a figure and its measure into words: the hedged number, the subject agreeing with it (a
 * loaded label such as "terrorists" quoted in its place, as a newsroom would), whether it is one,
 * and the two together as a phrase ("dozens of soldiers", "no soldiers" for zero).
 *
 * @example
 * ```ts
 * countInWords({ low: 1, high: 1, stated: 1, hedge: 'exact' }, { outcome: 'killed', subject: 'soldiers' }, getDefaultVocabulary())
 * //=> { figure: '1', noun: 'soldier', singular: true, loaded: false, phrase: '1 soldier' }
 * countInWords({ low: 24, high: 99, stated: null, hedge: 'vague' }, { outcome: 'killed', subject: 'militants', term: 'terrorists' }, getDefaultVocabulary()).phrase
 * //=> 'dozens of "terrorists"'
 * ```
 */
export function countInWords(figure: Figure, measure: Measure, vocabulary: Vocabulary): CountInWords {
  const singular = figure.stated === 1 || (figure.low === 1 && figure.high === 1);
  const loaded = measure.term !== undefined && vocabulary.subject(measure.term).loaded;
  const noun = loaded ? `"${measure.term}"` : countNoun(singular ? 1 : 2, termWords(measure.subject));
  const words = quoteFigure(figure);
  const phrase = figure.high === 0 ? `no ${noun}` : `${words}${TAKES_OF.test(words) ? ' of' : ''} ${noun}`;
  return { figure: words, noun, singular, loaded, phrase };
}
