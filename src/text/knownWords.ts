// Every word the figure scanner reacts to. Any other word has id 0, so the scanner skips it with
// one integer test instead of building a lower-cased string for it.
const WORDS = [
  // Number words.
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
  'twenty', 'thirty', 'forty', 'fourty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
  'dozen', 'hundred', 'thousand', 'million', 'billion', 'bn',
  // Vague words.
  'few', 'handful', 'several', 'dozens', 'scores', 'tens', 'hundreds', 'thousands', 'millions',
  // Hedges and joiners.
  'a', 'an', 'and', 'of', 'or', 'so', 'to', 'than', 'only', 'just', 'exactly', 'at', 'least', 'most',
  'no', 'fewer', 'less', 'minimum', 'maximum', 'more', 'over', 'upwards', 'upward', 'in', 'excess', 'up',
  'as', 'many', 'under', 'about', 'around', 'approximately', 'roughly', 'some', 'estimated', 'nearly',
  'almost', 'close', 'between', 'from', 'plus', 'odd', 'strong', 'none', 'nobody',
  // Dates, whose numbers are not counts.
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'since', 'until', 'till', 'during',
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

// A trie over a–z: NEXT[node * 26 + letter] is the child node (0: none, as the root is no child),
// ID[node] the id of the word ending there.
const LETTERS = 26;
const next: number[] = new Array<number>(LETTERS).fill(0);
const ids: number[] = [0];
WORDS.forEach((word, index) => {
  let node = 0;
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
const NEXT = Int16Array.from(next);
const ID = Int16Array.from(ids);

/**
 * One letter of a word on the way through the trie of known words: from `node` (0 at the start of
 * a word) by character code `c`, in any case. Returns the next node, or -1 once no known word can
 * match, which stays -1. Lets the tokenizer identify a word in the same pass that finds its end,
 * without building a string.
 *
 * @example
 * ```ts
 * wordOf(stepWord(stepWord(0, 0x41), 0x6e)) === W.an
 * //=> true
 * ```
 */
export function stepWord(node: number, c: number): number {
  if (node < 0) return -1;
  // `| 0x20` maps A–Z onto a–z and every other code outside a–z.
  const letter = (c | 0x20) - 97;
  if (letter < 0 || letter >= LETTERS) return -1;
  const child = NEXT[node * LETTERS + letter] ?? 0;
  return child === 0 ? -1 : child;
}

/**
 * The id of the known word that ends at trie node `node`, or 0.
 *
 * @example
 * ```ts
 * wordOf(-1)
 * //=> 0
 * ```
 */
export function wordOf(node: number): number {
  return node > 0 ? (ID[node] ?? 0) : 0;
}
