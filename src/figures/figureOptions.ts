import type { VagueWord } from './types.js';

/**
 * The default intervals of vague words.
 *
 * @example
 * ```ts
 * DEFAULT_VAGUE.dozens
 * //=> [24, 99]
 * ```
 */
export const DEFAULT_VAGUE: Readonly<Record<VagueWord, readonly [number, number]>> = {
  'a few': [2, 5],
  'a handful': [2, 5],
  several: [3, 9],
  dozens: [24, 99],
  scores: [40, 99],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  'tens of thousands': [20000, 99999],
  'hundreds of thousands': [200000, 999999],
  millions: [2000000, 999999999],
  // Not in the contract's list, but without them "hundreds of millions" would read as "hundreds".
  'tens of millions': [20000000, 99999999],
  'hundreds of millions': [200000000, 999999999],
};
