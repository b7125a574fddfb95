import { DASH, DECIMALS_SHIFT, END, GROUPED, ID_SHIFT, KIND, lexed, lexToken, PARAGRAPH, SPACED } from './lexToken.js';

// The tokens of the text being scanned, in a ring: token t is in slot t & MASK. The scanner reads
// the text token by token (`tokenAt`) and starts an attempt at each token that can begin a figure
// (`attemptAt`); the readers then ask for tokens by index with the accessors below, each a test
// and a load. An attempt sees the BACK tokens before its first token and the tokens after it up to
// a paragraph break (a figure never spans one) or the end of the text; tokens it reads ahead stay
// in the ring for the scanner, so no token is read twice. Slot NONE, past the ring, is no token
// (END, NaN, the text's length). An attempt reads a bounded number of tokens (a number's
// magnitudes must fall, so one takes a few dozen tokens at most), far fewer than the ring holds:
// REACH bounds it all the same, so that no attempt can overwrite its own first token.
const SIZE = 256;
const MASK = SIZE - 1;
const NONE = SIZE;
const BACK = 4;
const REACH = SIZE - BACK - 1;

let text = '';
// Tokens 0 to count - 1 are read, the last ones still in the ring; `pos` is where the last ended.
let count = 0;
let pos = 0;
// Tokens from `lo` up to (not including) `hi` are seen by the attempt, and none from `stop` on.
let lo = 0;
let hi = 0;
let stop = 0;
// Constants, so that optimised readers load from them without checking which array they hold.
const metas = new Int32Array(SIZE + 1);
const starts = new Int32Array(SIZE + 1);
const ends = new Int32Array(SIZE + 1);
const values = new Float64Array(SIZE + 1);

// Reads token `count` into the ring; END, not stored, when the text ends.
function readNext(): number {
  const meta = lexToken(text, pos);
  if (meta === END) return END;
  const s = count++ & MASK;
  metas[s] = meta;
  starts[s] = lexed.start;
  ends[s] = pos = lexed.end;
  values[s] = lexed.value;
  return meta;
}

/**
 * Starts reading `source` from its first token, for `tokenAt` and the attempts after it.
 *
 * @example
 * ```ts
 * beginScan('at least 5');
 * tokenAt(2) & KIND
 * //=> NUM
 * ```
 */
export function beginScan(source: string): void {
  text = source;
  count = 0;
  pos = 0;
  lo = hi = stop = 0;
  metas[NONE] = 0;
  values[NONE] = Number.NaN;
  starts[NONE] = ends[NONE] = source.length;
}

/**
 * Token i of the text being scanned, as `lexToken` answers for it (its kind, flags and word id);
 * END past the last. Asked in order from 0, each token is read once, whether the scan or an attempt
 * asks first.
 *
 * @example
 * ```ts
 * beginScan('at least 5');
 * (tokenAt(0) >>> ID_SHIFT) === W.at
 * //=> true
 * ```
 */
export function tokenAt(i: number): number {
  while (count <= i) if (readNext() === END) return END;
  return metas[i & MASK] ?? END;
}

/**
 * Starts an attempt at token `i` of the text being scanned, which `tokenAt` has read.
 *
 * @example
 * ```ts
 * beginScan('at least 5');
 * tokenAt(0);
 * attemptAt(0);
 * id(1) === W.least
 * //=> true
 * ```
 */
export function attemptAt(i: number): void {
  lo = Math.max(0, i - BACK);
  hi = i + 1;
  stop = i + REACH;
}

// The slot of token i, reading on to it; NONE when the attempt sees no such token.
function slowSlot(i: number): number {
  if (i < lo) return NONE;
  while (hi <= i && hi < stop) {
    const meta = hi < count ? (metas[hi & MASK] ?? END) : readNext();
    // The end of the text, or a paragraph break after the first token: nothing from here on.
    if (meta === END || (meta & PARAGRAPH) !== 0) stop = hi;
    else hi++;
  }
  return i < hi ? i & MASK : NONE;
}

const slot = (i: number): number => (i < hi && i >= lo ? i & MASK : slowSlot(i));

/**
 * The parts of the state a scan keeps between calls, for a scan made while another runs (a caller's
 * `isTerm` that parses a figure): `saveTokens` before, `restoreTokens` with its answer after.
 *
 * @example
 * ```ts
 * restoreTokens(saveTokens())
 * //=> undefined
 * ```
 */
export function saveTokens(): unknown[] {
  return [text, count, pos, lo, hi, stop, metas.slice(), starts.slice(), ends.slice(), values.slice()];
}

/**
 * Puts back what `saveTokens` saved.
 *
 * @example
 * ```ts
 * restoreTokens(saveTokens())
 * //=> undefined
 * ```
 */
export function restoreTokens(saved: unknown[]): void {
  const [source, ...state] = saved as [string, number, number, number, number, number, Int32Array, Int32Array, Int32Array, Float64Array];
  text = source;
  [count, pos, lo, hi, stop] = state;
  metas.set(state[5]);
  starts.set(state[6]);
  ends.set(state[7]);
  values.set(state[8]);
}

/**
 * The kind of token i (`NUM`, `WORD`, …; `END` for none).
 *
 * @example
 * ```ts
 * beginScan('at least 1,200');
 * tokenAt(0);
 * attemptAt(0);
 * [kind(2) === NUM, kind(3) === END]
 * //=> [true, true]
 * ```
 */
export const kind = (i: number): number => (metas[slot(i)] ?? END) & KIND;

/**
 * The id (`W`) of word token i; 0 for any other word or token.
 *
 * @example
 * ```ts
 * beginScan('at least 1,200');
 * tokenAt(0);
 * attemptAt(0);
 * id(1) === W.least
 * //=> true
 * ```
 */
export const id = (i: number): number => (metas[slot(i)] ?? END) >>> ID_SHIFT;

/**
 * The value of number token i; NaN for other tokens.
 *
 * @example
 * ```ts
 * beginScan('at least 1,200');
 * tokenAt(0);
 * attemptAt(0);
 * [value(2), value(1)]
 * //=> [1200, NaN]
 * ```
 */
export const value = (i: number): number => values[slot(i)] ?? Number.NaN;

/**
 * The count of decimals of number token i.
 *
 * @example
 * ```ts
 * beginScan('7.25');
 * tokenAt(0);
 * attemptAt(0);
 * decimals(0)
 * //=> 2
 * ```
 */
export const decimals = (i: number): number => ((metas[slot(i)] ?? END) >>> DECIMALS_SHIFT) & 255;

/**
 * Whether number token i has thousands separators.
 *
 * @example
 * ```ts
 * beginScan('at least 1,200');
 * tokenAt(0);
 * attemptAt(0);
 * grouped(2)
 * //=> true
 * ```
 */
export const grouped = (i: number): boolean => ((metas[slot(i)] ?? END) & GROUPED) !== 0;

/**
 * Whether white space, or the start of the text, comes before token i.
 *
 * @example
 * ```ts
 * beginScan('300+');
 * tokenAt(0);
 * attemptAt(0);
 * [spaced(0), spaced(1)]
 * //=> [true, false]
 * ```
 */
export const spaced = (i: number): boolean => ((metas[slot(i)] ?? END) & SPACED) !== 0;

/**
 * Where token i starts; the text's length for none.
 *
 * @example
 * ```ts
 * beginScan('at least 1,200');
 * tokenAt(0);
 * attemptAt(0);
 * [start(2), start(3)]
 * //=> [9, 14]
 * ```
 */
export const start = (i: number): number => starts[slot(i)] ?? 0;

/**
 * Where token i ends (exclusive); the text's length for none.
 *
 * @example
 * ```ts
 * beginScan('at least 1,200');
 * tokenAt(0);
 * attemptAt(0);
 * end(1)
 * //=> 8
 * ```
 */
export const end = (i: number): number => ends[slot(i)] ?? 0;

/**
 * The code of token i's first character; -1 for none.
 *
 * @example
 * ```ts
 * beginScan('at least 1,200');
 * tokenAt(0);
 * attemptAt(0);
 * [code(0), code(3)]
 * //=> [97, -1]
 * ```
 */
export function code(i: number): number {
  const at = start(i);
  return at < text.length ? text.charCodeAt(at) : -1;
}

/**
 * Token i in lower case.
 *
 * @example
 * ```ts
 * beginScan('At LEAST 1,200');
 * tokenAt(0);
 * attemptAt(0);
 * lower(1)
 * //=> 'least'
 * ```
 */
export const lower = (i: number): string => text.slice(start(i), end(i)).toLowerCase();

/**
 * The text from the start of token i to the end of token j - 1.
 *
 * @example
 * ```ts
 * beginScan('at least 1,200 people');
 * tokenAt(0);
 * attemptAt(0);
 * slice(0, 3)
 * //=> 'at least 1,200'
 * ```
 */
export const slice = (i: number, j: number): string => text.slice(start(i), end(j - 1));

/**
 * Whether token `i` is a dash glued on both sides, to the token before it and to the one after (or
 * to the end of the text): the joiner of "10-15", "F-16", "seventy-seven", "300-plus".
 *
 * @example
 * ```ts
 * beginScan('10-15');
 * tokenAt(0);
 * attemptAt(0);
 * [isGluedDash(1), isGluedDash(0)]
 * //=> [true, false]
 * ```
 */
export const isGluedDash = (i: number): boolean => kind(i) === DASH && !spaced(i) && !spaced(i + 1);
