import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../internal/calendarWords.js';

// Every word the figure scanner reacts to. Any other word has id 0, so the scanner skips it with
// one integer test instead of building a lower-cased string for it.
const WORDS = [
  // Number words, first and in this order: readNumber reads units and tens as offsets of their ids.
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
  'twenty', 'thirty', 'forty', 'fourty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  'dozen', 'hundred', 'thousand', 'million', 'billion', 'bn', 'half', 'quarter',
  // Vague words.
  'few', 'handful', 'several', 'dozens', 'scores', 'tens', 'hundreds', 'thousands', 'millions',
  // Hedges and joiners.
  'a', 'an', 'and', 'of', 'or', 'so', 'to', 'than', 'only', 'just', 'exactly', 'at', 'least', 'most',
  'no', 'not', 'fewer', 'less', 'minimum', 'maximum', 'more', 'over', 'upwards', 'upward', 'in', 'excess', 'up',
  'as', 'many', 'high', 'much', 'under', 'about', 'around', 'approximately', 'roughly', 'some', 'estimated', 'nearly',
  'almost', 'close', 'between', 'from', 'plus', 'odd', 'strong', 'none', 'nobody',
  // Signs, whose numbers are not counts.
  'minus', 'negative',
  // Dates, whose numbers are not counts.
  ...MONTH_NAMES, ...MONTH_ABBREVIATIONS, 'since', 'until', 'till', 'during',
] as const;

/** A word the figure scanner knows: `'seven'`, `'least'`, `'dozens'`, `'october'`, … */
export type KnownWord = (typeof WORDS)[number];

/**
 * Ids of the words the figure scanner knows, from 1; every other word is 0.
 *
 * @example
 * ```ts
 * W.seven > 0
 * //=> true
 * ```
 */
export const W = Object.fromEntries(WORDS.map((w, i) => [w, i + 1])) as Readonly<Record<KnownWord, number>>;

/**
 * One more than the largest id, for tables indexed by id.
 *
 * @example
 * ```ts
 * Object.values(W).every((id) => id < WORD_COUNT)
 * //=> true
 * ```
 */
export const WORD_COUNT = WORDS.length + 1;

/**
 * The root of the trie of known words, where every word starts; node 0 is the dead end, where a
 * word that no known word begins with stays.
 *
 * @example
 * ```ts
 * KNOWN_WORD_TRIE.next[WORD_ROOT * 26 + 0] > 0
 * //=> true
 * ```
 */
export const WORD_ROOT = 1;

const LETTERS = 26;
// Node 0, the dead end, has no children: stepping from it stays there, without a test.
const next: number[] = new Array<number>(2 * LETTERS).fill(0);
const ids: number[] = [0, 0];
WORDS.forEach((word, index) => {
  let node = WORD_ROOT;
  for (let k = 0; k < word.length; k++) {
    const slot = node * LETTERS + word.charCodeAt(k) - 97;
    let child = next[slot] ?? 0;
    if (child === 0) {
      child = ids.length;
      ids.push(0);
      next.push(...new Array<number>(LETTERS).fill(0));
      next[slot] = child;
    }
    node = child;
  }
  ids[node] = index + 1;
});

/**
 * The known words as a trie over a–z, in 16-bit arrays: `next[node * 26 + letter]` is the child of
 * `node` by `letter`, 0 (the dead end) for none; `id[node]` is the id (`W`) of the word ending at
 * `node`, or 0. Walked from `WORD_ROOT` by `lexToken` as it finds a word's end.
 *
 * @example
 * ```ts
 * const a = KNOWN_WORD_TRIE.next[WORD_ROOT * 26 + 0];
 * KNOWN_WORD_TRIE.id[a] === W.a
 * //=> true
 * ```
 */
export const KNOWN_WORD_TRIE: { readonly next: Int16Array; readonly id: Int16Array } = Object.freeze({
  next: Int16Array.from(next),
  id: Int16Array.from(ids),
});
