import { stepWord } from './stepWord.js';
import { wordOf } from './wordOf.js';

/**
 * Past the last token.
 *
 * @example
 * ```ts
 * tokenize('').kind(0) === END
 * //=> true
 * ```
 */
export const END = 0;

/**
 * Digits, with thousands separators and decimals: "1,200", "7.5".
 *
 * @example
 * ```ts
 * tokenize('1,200').kind(0) === NUM
 * //=> true
 * ```
 */
export const NUM = 1;

/**
 * Letters, with inner apostrophes: "didn't".
 *
 * @example
 * ```ts
 * tokenize("didn't").kind(0) === WORD
 * //=> true
 * ```
 */
export const WORD = 2;

/**
 * A hyphen, en dash, em dash or minus sign.
 *
 * @example
 * ```ts
 * tokenize('–').kind(0) === DASH
 * //=> true
 * ```
 */
export const DASH = 3;

/**
 * A plus sign.
 *
 * @example
 * ```ts
 * tokenize('+').kind(0) === PLUS
 * //=> true
 * ```
 */
export const PLUS = 4;

/**
 * Any other mark, and digits glued to letters ("24th", "9mm"), which are not counts.
 *
 * @example
 * ```ts
 * tokenize('24th').kind(0) === OTHER
 * //=> true
 * ```
 */
export const OTHER = 5;

/**
 * The tokens of a text, read on demand: asking for token `i` reads the text only as far as token
 * `i`, so a caller that stops early never pays for the rest. Token fields live in parallel arrays
 * rather than one object per token, and words are known by id (`W`) rather than by a lower-cased
 * copy, so reading allocates almost nothing.
 */
export interface Tokens {
  /** `NUM`, `WORD`, `DASH`, `PLUS`, `OTHER`, or `END` past the last token (and for negative `i`). */
  kind(i: number): number;
  /** The id (`W`) of a word token; 0 for an unknown word and for other kinds. */
  id(i: number): number;
  /** The value of a number token ("1,200" → 1200, "1.5" → 1.5); NaN for other kinds. */
  value(i: number): number;
  /** The number of digits after the decimal point of a number token. */
  decimals(i: number): number;
  /** Whether a number token has thousands separators ("1,200"). */
  grouped(i: number): boolean;
  /** Whether whitespace (or the start of the text) comes before the token. */
  spaced(i: number): boolean;
  /** The character code of the token's first character; -1 past the end. */
  code(i: number): number;
  start(i: number): number;
  /** Exclusive. */
  end(i: number): number;
  /** The text of a token, lower-cased. */
  lower(i: number): string;
  /** The text from the start of token `i` to the end of token `j - 1`. */
  slice(i: number, j: number): string;
  /**
   * Says that no token before `before` will be read again, so that a long text is read through a
   * window of tokens rather than kept whole; reading a forgotten token throws (a bug in the reader).
   */
  forget(before: number): void;
  /**
   * Fences the tokens at a paragraph break: from now on, a token after `i` with a paragraph break
   * (a blank line, or U+2029) before it or before any token between, reads as past the end, so
   * that nothing read from `i` on spans the break. `fence(-1)` takes the fence away.
   */
  fence(i: number): void;
  /** Hands the storage back for the next call; the tokens must not be read afterwards. */
  release(): void;
}

// Character classes, looked up in a table of every UTF-16 code unit: one load per character
// instead of a chain of comparisons.
const OTHER_CHAR = 0;
const SPACE_CHAR = 1;
const DIGIT_CHAR = 2;
const LETTER_CHAR = 3;
const DASH_CHAR = 4;
const PLUS_CHAR = 5;

function classify(c: number): number {
  if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0x205f || c === 0xfeff) {
    return SPACE_CHAR;
  }
  if (c >= 48 && c <= 57) return DIGIT_CHAR;
  if (c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212) return DASH_CHAR;
  if (c === 43) return PLUS_CHAR;
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return LETTER_CHAR;
  // Above Latin-1 punctuation, everything but general punctuation and × ÷ counts as a letter,
  // surrogates included, so a word never splits a character.
  if (c < 0xc0 || (c >= 0x2000 && c <= 0x206f) || c === 0xd7 || c === 0xf7) return OTHER_CHAR;
  return LETTER_CHAR;
}
const CHARS = new Uint8Array(0x10000);
for (let c = 0; c < CHARS.length; c++) CHARS[c] = classify(c);

// The class of the code unit at `i`; past the end, OTHER_CHAR.
const classAt = (text: string, i: number): number => (i < text.length ? (CHARS[text.charCodeAt(i)] ?? OTHER_CHAR) : OTHER_CHAR);

// Thousands separators: a comma, or the thin and no-break spaces some styles use.
const isGroupSeparator = (c: number): boolean => c === 44 || c === 0x202f || c === 0x2009 || c === 0xa0;

// Exactly three digits follow at `i`, and no fourth: the shape of a thousands group.
function threeDigitsAt(text: string, i: number): boolean {
  return classAt(text, i) === DIGIT_CHAR && classAt(text, i + 1) === DIGIT_CHAR && classAt(text, i + 2) === DIGIT_CHAR && classAt(text, i + 3) !== DIGIT_CHAR;
}

// Above 15 significant digits, sums of digits stop being exact; Number() of the digits rounds right.
const EXACT_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: EXACT_DIGITS + 1 }, (_, k) => 10 ** k);

// A token's kind, flags, decimals and word id share one small integer: kind in bits 0–2, then the
// flags, then the count of decimals (capped: beyond 15 digits they no longer change a double), then
// the word id.
const KIND = 7;
const SPACED = 8;
const GROUPED = 16;
// A paragraph break (a blank line, or U+2029) in the white space before the token.
const PARAGRAPH = 32;
const DECIMALS = 64;
const MAX_DECIMALS = 255;
const ID = DECIMALS * (MAX_DECIMALS + 1);

class TokenStream implements Tokens {
  private text = '';
  private pos = 0;
  private count = 0;
  // The tokens kept are those from `base` on, token i at [i - base] of typed arrays; when they are
  // full, the forgotten tokens make room, else the arrays double. A long text read left to right
  // keeps a window of tokens: growing plain arrays to a million tokens cost most of findFigures'
  // time on a text of megabytes.
  private base = 0;
  private forgotten = 0;
  private metas = new Float64Array(INITIAL_TOKENS);
  private values = new Float64Array(INITIAL_TOKENS);
  private starts = new Int32Array(INITIAL_TOKENS);
  private ends = new Int32Array(INITIAL_TOKENS);

  // The fence (see fence()): tokens after `fenceChecked` are not yet known to be on the fence's
  // side of a paragraph break; `fenceStop` is the first token past one. No fence: both infinite.
  private fenceChecked = Number.POSITIVE_INFINITY;
  private fenceStop = Number.POSITIVE_INFINITY;

  reset(text: string): this {
    this.text = text;
    this.pos = 0;
    this.count = 0;
    this.base = 0;
    this.forgotten = 0;
    this.fence(-1);
    return this;
  }

  forget(before: number): void {
    if (before > this.forgotten) this.forgotten = before;
  }

  fence(i: number): void {
    this.fenceChecked = i < 0 ? Number.POSITIVE_INFINITY : i;
    this.fenceStop = Number.POSITIVE_INFINITY;
  }

  // Every field is stored for every token (NaN or 0 where it does not apply), so that an accessor
  // is one bounds test and one load. Negative indices read as past the end: an array read at -1
  // would be a property lookup, which makes V8 give up on fast element loads for the whole site.
  private has(i: number): boolean {
    if (i > this.fenceChecked) return this.withinFence(i);
    if (i >>> 0 < this.count) {
      if (i < this.base) throw new Error(`tokenize: token ${i} was read after forget(${this.forgotten})`);
      return true;
    }
    return this.readTo(i);
  }

  // Whether token i exists and no paragraph break comes between the fence and it. Tokens are
  // checked once each, as reading moves past the last one checked.
  private withinFence(i: number): boolean {
    if (i >= this.fenceStop) return false;
    for (let t = this.fenceChecked + 1; t <= i; t++) {
      if (!(t < this.count || this.readTo(t))) return false;
      if (((this.metas[t - this.base] as number) & PARAGRAPH) !== 0) {
        this.fenceStop = t;
        this.fenceChecked = t - 1;
        return false;
      }
    }
    this.fenceChecked = i;
    return true;
  }

  private meta(i: number): number {
    return this.has(i) ? (this.metas[i - this.base] ?? END) : END;
  }

  kind(i: number): number {
    return this.meta(i) & KIND;
  }

  id(i: number): number {
    return (this.meta(i) / ID) | 0;
  }

  value(i: number): number {
    return this.has(i) ? (this.values[i - this.base] ?? Number.NaN) : Number.NaN;
  }

  decimals(i: number): number {
    return ((this.meta(i) / DECIMALS) | 0) & MAX_DECIMALS;
  }

  grouped(i: number): boolean {
    return (this.meta(i) & GROUPED) !== 0;
  }

  spaced(i: number): boolean {
    return (this.meta(i) & SPACED) !== 0;
  }

  code(i: number): number {
    if (!(this.has(i))) return -1;
    const at = this.starts[i - this.base] ?? 0;
    return at < this.text.length ? this.text.charCodeAt(at) : -1;
  }

  start(i: number): number {
    return this.has(i) ? (this.starts[i - this.base] ?? this.text.length) : this.text.length;
  }

  end(i: number): number {
    return this.has(i) ? (this.ends[i - this.base] ?? this.text.length) : this.text.length;
  }

  lower(i: number): string {
    return this.text.slice(this.start(i), this.end(i)).toLowerCase();
  }

  slice(i: number, j: number): string {
    return this.text.slice(this.start(i), this.end(j - 1));
  }

  release(): void {
    this.text = '';
    // The store kept for reuse keeps its arrays, but not the arrays of a long text.
    if (this.metas.length > KEEP_TOKENS) {
      this.metas = new Float64Array(INITIAL_TOKENS);
      this.values = new Float64Array(INITIAL_TOKENS);
      this.starts = new Int32Array(INITIAL_TOKENS);
      this.ends = new Int32Array(INITIAL_TOKENS);
    }
    spare = this;
  }

  // Reads tokens until token `i` exists; false if the text ends first. Negative `i` never exists.
  private readTo(i: number): boolean {
    if (i < 0) return false;
    while (this.count <= i) if (!this.readOne()) return false;
    return true;
  }

  private push(meta: number, value: number, start: number, end: number): void {
    let k = this.count++ - this.base;
    if (k === this.metas.length) k = this.makeRoom(k);
    this.metas[k] = meta;
    this.values[k] = value;
    this.starts[k] = start;
    this.ends[k] = end;
  }

  // Room for slot k: the forgotten tokens' slots when they are half the arrays or more, else twice the arrays.
  private makeRoom(k: number): number {
    const drop = this.forgotten - this.base;
    if (drop < this.metas.length / 2) {
      this.grow();
      return k;
    }
    this.metas.copyWithin(0, drop, k);
    this.values.copyWithin(0, drop, k);
    this.starts.copyWithin(0, drop, k);
    this.ends.copyWithin(0, drop, k);
    this.base += drop;
    return k - drop;
  }

  private grow(): void {
    const size = this.metas.length * 2;
    const metas = new Float64Array(size);
    const values = new Float64Array(size);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    metas.set(this.metas);
    values.set(this.values);
    starts.set(this.starts);
    ends.set(this.ends);
    this.metas = metas;
    this.values = values;
    this.starts = starts;
    this.ends = ends;
  }

  // One left-to-right step with constant lookahead, so reading all tokens is linear in the text.
  private readOne(): boolean {
    const text = this.text;
    const n = text.length;
    let i = this.pos;
    let spaced = i === 0 ? SPACED : 0;
    let c = 0;
    let cls = OTHER_CHAR;
    // Line breaks in the white space: two make a paragraph break ("\r\n" is one), as U+2029 does.
    let breaks = 0;
    for (; i < n; i++) {
      c = text.charCodeAt(i);
      cls = CHARS[c] ?? OTHER_CHAR;
      if (cls !== SPACE_CHAR) break;
      spaced = SPACED;
      if (c === 10 ? text.charCodeAt(i - 1) !== 13 : c === 13 || c === 0x2028) breaks++;
      else if (c === 0x2029) breaks += 2;
    }
    if (breaks >= 2) spaced |= PARAGRAPH;
    if (i >= n) {
      this.pos = n;
      return false;
    }
    if (cls === DIGIT_CHAR) {
      this.pos = this.readDigits(i, spaced);
    } else if (cls === LETTER_CHAR) {
      // The word is looked up in the trie of known words while its end is found.
      let node = stepWord(0, c);
      let j = i + 1;
      for (;;) {
        for (; j < n; j++) {
          const d = text.charCodeAt(j);
          // A–Z and a–z without the table; `| 0x20` maps every other code outside a–z.
          if ((d | 0x20) - 97 < 0 || (d | 0x20) - 97 >= 26) {
            if (CHARS[d] !== LETTER_CHAR) break;
            node = -1;
          } else if (node >= 0) {
            node = stepWord(node, d);
          }
        }
        // An apostrophe inside a word ("didn't", "Pakistan's", and the backtick some copy types for one) keeps the word whole.
        const a = j < n ? text.charCodeAt(j) : -1;
        if ((a === 39 || a === 0x2019 || a === 96) && classAt(text, j + 1) === LETTER_CHAR) {
          node = -1;
          j += 2;
          continue;
        }
        break;
      }
      this.push(WORD | spaced | wordOf(node) * ID, Number.NaN, i, j);
      this.pos = j;
    } else {
      const kind = cls === DASH_CHAR ? DASH : cls === PLUS_CHAR ? PLUS : OTHER;
      // A surrogate pair stays one token so that spans never split a character.
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      this.push(kind | spaced, Number.NaN, i, i + width);
      this.pos = i + width;
    }
    return true;
  }

  private readDigits(start: number, spaced: number): number {
    const text = this.text;
    const n = text.length;
    let j = start;
    let mantissa = 0;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c < 48 || c > 57) break;
      mantissa = mantissa * 10 + c - 48;
    }
    let digits = j - start;
    let grouped = 0;
    // Thousands groups only directly after a run of one to three digits, or after another group.
    if (digits <= 3) {
      while (j < n && isGroupSeparator(text.charCodeAt(j)) && threeDigitsAt(text, j + 1)) {
        mantissa = mantissa * 1000 + (text.charCodeAt(j + 1) - 48) * 100 + (text.charCodeAt(j + 2) - 48) * 10 + text.charCodeAt(j + 3) - 48;
        digits += 3;
        grouped = GROUPED;
        j += 4;
      }
    }
    let decimals = 0;
    if (j + 1 < n && text.charCodeAt(j) === 46 && classAt(text, j + 1) === DIGIT_CHAR) {
      let k = j + 1;
      for (; k < n; k++) {
        const c = text.charCodeAt(k);
        if (c < 48 || c > 57) break;
        mantissa = mantissa * 10 + c - 48;
      }
      decimals = k - j - 1;
      j = k;
    }
    if (classAt(text, j) === LETTER_CHAR) {
      while (j < n && (CHARS[text.charCodeAt(j)] === LETTER_CHAR || CHARS[text.charCodeAt(j)] === DIGIT_CHAR)) j++;
      this.push(OTHER | spaced, Number.NaN, start, j);
      return j;
    }
    const value =
      digits + decimals <= EXACT_DIGITS
        ? mantissa / (POWERS_OF_TEN[decimals] ?? 1)
        : Number(text.slice(start, j).replace(/[^\d.]/g, ''));
    this.push(NUM | spaced | grouped | Math.min(decimals, MAX_DECIMALS) * DECIMALS, value, start, j);
    return j;
  }
}

// One store is kept for reuse; a call that finds it taken (a nested call from a callback) makes its own.
const KEEP_TOKENS = 4096;
const INITIAL_TOKENS = 256;
let spare: TokenStream | undefined;

/**
 * Splits text into tokens, lazily: each token is read the first time it is asked for, in one
 * left-to-right pass with constant lookahead, so the cost is linear in the text read. Digits glued
 * to letters ("24th", "9mm") become an `OTHER` token: they are not counts. Call `release()` when done.
 *
 * @example
 * ```ts
 * const tokens = tokenize('at least 1,200');
 * [tokens.id(0) === W.at, tokens.value(2), tokens.kind(3) === END]
 * //=> [true, 1200, true]
 * ```
 */
export function tokenize(text: string): Tokens {
  const stream = spare ?? new TokenStream();
  spare = undefined;
  return stream.reset(text);
}
