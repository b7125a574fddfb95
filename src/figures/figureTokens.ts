import { DASH, DECIMALS_SHIFT, END, GROUPED, ID_SHIFT, KIND, lexed, lexToken, PARAGRAPH, SPACED } from './lexToken.js';

// The tokens one attempt at a figure reads, in a buffer of slots: slot 0 is no token (END, NaN,
// the text's length); slots 1 to BACK hold the tokens just before the attempt's first token, read
// when asked for (a month before a day, a sign before a number); slot FIRST holds the first token,
// and the slots after it the tokens that follow, read when asked for, up to a paragraph break
// after the first token (a figure never spans one) or the end of the text. Token i (counted over
// the whole text) is in slot i - base. The scanner reads the text token by token and hands each
// token that can start a figure to `attemptAt`, with where the BACK tokens before it were read
// from; the readers then ask for tokens by index with the accessors below, each a test and a load.
const BACK = 4;
const FIRST = BACK + 1;

let text = '';
let base = 0;
// Slots from `lo` up to (not including) `hi` are read; slot `stop` and after read as no token.
let lo = FIRST;
let hi = FIRST;
let stop = 0;
// Where reading forward goes on: the end of slot hi - 1.
let pos = 0;
let metas = new Int32Array(32);
let starts = new Int32Array(32);
let ends = new Int32Array(32);
let values = new Float64Array(32);
// Where the tokens before the first were read from: token t's at t % 8 (the first's own is there
// too, so the ring holds more than BACK).
let origins = new Int32Array(8);

function store(slot: number, meta: number): void {
  if (slot >= metas.length) {
    const grow = <T extends Int32Array | Float64Array>(from: T, to: T): T => (to.set(from), to);
    metas = grow(metas, new Int32Array(2 * slot));
    starts = grow(starts, new Int32Array(2 * slot));
    ends = grow(ends, new Int32Array(2 * slot));
    values = grow(values, new Float64Array(2 * slot));
  }
  metas[slot] = meta;
  starts[slot] = lexed.start;
  ends[slot] = lexed.end;
  values[slot] = lexed.value;
}

/**
 * Starts an attempt at the token that `lexToken` has just read from `origin`, token `i` of `source`;
 * `back` holds where the tokens before it were read from (token t's origin at `back[t % 8]`).
 *
 * @example
 * ```ts
 * const meta = lexToken('at least 5', 0);
 * attemptAt('at least 5', 0, meta, new Int32Array(8));
 * id(1) === W.least
 * //=> true
 * ```
 */
export function attemptAt(source: string, i: number, meta: number, back: Int32Array<ArrayBuffer>): void {
  text = source;
  base = i - FIRST;
  lo = FIRST;
  hi = FIRST + 1;
  stop = 1 << 30;
  pos = lexed.end;
  origins = back;
  metas[0] = 0;
  starts[0] = ends[0] = source.length;
  values[0] = Number.NaN;
  store(FIRST, meta);
}

// The slot of token i, reading on (or back) to it; 0 when there is none.
function slowSlot(i: number): number {
  const s = i - base;
  if (s >= hi) {
    while (hi <= s && hi < stop) {
      const meta = lexToken(text, pos);
      // The end of the text, or a paragraph break after the first token: nothing from here on.
      if (meta === END || (meta & PARAGRAPH) !== 0) stop = hi;
      else {
        store(hi++, meta);
        pos = lexed.end;
      }
    }
    return s < hi ? s : 0;
  }
  if (i < 0 || s < 1) return 0;
  // Token i is at least 0, so every token from it to the first is.
  while (lo > s) {
    lo--;
    store(lo, lexToken(text, origins[(lo + base) & 7] ?? 0));
  }
  return s;
}

const slot = (i: number): number => (i - base < hi && i - base >= lo ? i - base : slowSlot(i));

/**
 * The parts of the state an attempt keeps between calls, for a call made while another runs (a
 * caller's `isTerm` that parses a figure): `saveTokens` before, `restoreTokens` with its answer after.
 *
 * @example
 * ```ts
 * restoreTokens(saveTokens())
 * //=> undefined
 * ```
 */
export function saveTokens(): unknown[] {
  const saved = [text, base, lo, hi, stop, pos, metas, starts, ends, values, origins];
  metas = new Int32Array(32);
  starts = new Int32Array(32);
  ends = new Int32Array(32);
  values = new Float64Array(32);
  return saved;
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
  [text, base, lo, hi, stop, pos, metas, starts, ends, values, origins] = saved as [string, number, number, number, number, number, Int32Array<ArrayBuffer>, Int32Array<ArrayBuffer>, Int32Array<ArrayBuffer>, Float64Array<ArrayBuffer>, Int32Array<ArrayBuffer>];
}

/**
 * The kind of token i (`NUM`, `WORD`, …; `END` for none).
 *
 * @example
 * ```ts
 * attemptAt('at least 1,200', 0, lexToken('at least 1,200', 0), new Int32Array(8));
 * [kind(2) === NUM, kind(3) === END]
 * //=> [true, true]
 * ```
 */
export const kind = (i: number): number => (metas[slot(i)] ?? 0) & KIND;

/**
 * The id (`W`) of word token i; 0 for any other word or token.
 *
 * @example
 * ```ts
 * attemptAt('at least 1,200', 0, lexToken('at least 1,200', 0), new Int32Array(8));
 * id(1) === W.least
 * //=> true
 * ```
 */
export const id = (i: number): number => (metas[slot(i)] ?? 0) >>> ID_SHIFT;

/**
 * The value of number token i; NaN for other tokens.
 *
 * @example
 * ```ts
 * attemptAt('at least 1,200', 0, lexToken('at least 1,200', 0), new Int32Array(8));
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
 * attemptAt('7.25', 0, lexToken('7.25', 0), new Int32Array(8));
 * decimals(0)
 * //=> 2
 * ```
 */
export const decimals = (i: number): number => ((metas[slot(i)] ?? 0) >>> DECIMALS_SHIFT) & 255;

/**
 * Whether number token i has thousands separators.
 *
 * @example
 * ```ts
 * attemptAt('at least 1,200', 0, lexToken('at least 1,200', 0), new Int32Array(8));
 * grouped(2)
 * //=> true
 * ```
 */
export const grouped = (i: number): boolean => ((metas[slot(i)] ?? 0) & GROUPED) !== 0;

/**
 * Whether white space, or the start of the text, comes before token i.
 *
 * @example
 * ```ts
 * attemptAt('300+', 0, lexToken('300+', 0), new Int32Array(8));
 * [spaced(0), spaced(1)]
 * //=> [true, false]
 * ```
 */
export const spaced = (i: number): boolean => ((metas[slot(i)] ?? 0) & SPACED) !== 0;

/**
 * Where token i starts; the text's length for none.
 *
 * @example
 * ```ts
 * attemptAt('at least 1,200', 0, lexToken('at least 1,200', 0), new Int32Array(8));
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
 * attemptAt('at least 1,200', 0, lexToken('at least 1,200', 0), new Int32Array(8));
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
 * attemptAt('at least 1,200', 0, lexToken('at least 1,200', 0), new Int32Array(8));
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
 * attemptAt('At LEAST 1,200', 0, lexToken('At LEAST 1,200', 0), new Int32Array(8));
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
 * attemptAt('at least 1,200 people', 0, lexToken('at least 1,200 people', 0), new Int32Array(8));
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
 * attemptAt('10-15', 0, lexToken('10-15', 0), new Int32Array(8));
 * [isGluedDash(1), isGluedDash(0)]
 * //=> [true, false]
 * ```
 */
export const isGluedDash = (i: number): boolean => kind(i) === DASH && !spaced(i) && !spaced(i + 1);
