import { stepWord } from './stepWord.js';
import { wordOf } from './wordOf.js';
import { WORD_ROOT } from './knownWords.js';

// The trie's node for a word that is no known word.
const DEAD_END = 0;

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
 * The tokens of a text, read on demand: asking for token `i` reads the text only as far as a few
 * tokens past `i`, so a caller that stops early never pays for the rest. Token fields live in parallel arrays
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

// A token's kind, flags, decimals and word id share one 32-bit integer: kind in bits 0–2, then the
// flags, then the count of decimals (capped: beyond 15 digits they no longer change a double), then
// the word id from bit 14, so that every field is a mask or a shift.
const KIND = 7;
const SPACED = 8;
const GROUPED = 16;
// A paragraph break (a blank line, or U+2029) in the white space before the token.
const PARAGRAPH = 32;
const DECIMALS_SHIFT = 6;
const MAX_DECIMALS = 255;
const ID_SHIFT = 14;

// No fence, or no paragraph break found: beyond any token index (a string has fewer than 2^29
// code units), and a small integer, so that the fields it is stored in stay small integers.
const NONE = 0x3fffffff;

// A token's slot in the buffer: CELLS doubles, INTS 32-bit integers, the value in the first double
// and the meta, start and end at these integers.
const CELLS = 3;
const INTS = 2 * CELLS;
const META = 2;
const START = 3;
const END_AT = 4;

class TokenStream implements Tokens {
  #text = '';
  #pos = 0;
  #count = 0;
  // The tokens kept are those from `base` on, token i in slot i - base + 1 of typed arrays; when
  // they are full, the forgotten tokens make room, else the arrays double. A long text read left to
  // right keeps a window of tokens: growing plain arrays to a million tokens cost most of
  // findFigures' time on a text of megabytes.
  #base = 0;
  #forgotten = 0;
  // Tokens from `base` up to `ready` are read, kept and on the fence's side of any paragraph
  // break: slot() finds them with two comparisons, and everything else is slot 0, which holds no
  // token (END, NaN, the text's length), so that each accessor is one load and no test, small
  // enough for V8 to inline wherever the scanner calls it.
  #ready = 0;
  // Token slot k takes 24 bytes of one buffer, seen as doubles and as 32-bit integers: its value is
  // double 3k, its meta (kind, flags, decimals, id) integer 6k + 2, its start 6k + 3 and its end
  // 6k + 4. One buffer is one array to grow, move and hand back.
  #values = new Float64Array(CELLS * INITIAL_TOKENS);
  #ints = new Int32Array(this.#values.buffer);

  // The fence (see fence()) is at `fenceAt`; tokens up to `fenceChecked` are known to be on its
  // side of any paragraph break, and `fenceStop` is the first token past one. No fence: all NONE.
  #fenceAt = NONE;
  #fenceChecked = NONE;
  #fenceStop = NONE;

  reset(text: string): this {
    this.#text = text;
    this.#pos = 0;
    this.#count = 0;
    this.#base = 0;
    this.#forgotten = 0;
    this.#values[0] = Number.NaN;
    this.#ints[START] = this.#ints[END_AT] = text.length;
    this.fence(-1);
    return this;
  }

  forget(before: number): void {
    if (before > this.#forgotten) this.#forgotten = before;
  }

  fence(i: number): void {
    if (i < 0) {
      this.#fenceAt = this.#fenceChecked = this.#fenceStop = NONE;
    } else if (i < this.#fenceAt || i >= this.#fenceStop || this.#fenceAt === NONE) {
      this.#fenceAt = this.#fenceChecked = i;
      this.#fenceStop = NONE;
    } else {
      // A fence moved forward short of the break found keeps what was checked: no token between
      // the old fence and the break has a break before it.
      this.#fenceAt = i;
      if (i > this.#fenceChecked) this.#fenceChecked = i;
    }
    this.#ready = Math.min(this.#count, this.#fenceChecked + 1);
  }

  // The slot of token i in the arrays, or 0 past the end, before the start, or past the fence.
  // Callers take the slot before they load an array: reading on may replace the arrays.
  #slot(i: number): number {
    return i < this.#ready && i >= this.#base ? i - this.#base + 1 : this.#slowSlot(i);
  }

  // Reads as far as token i (and a few tokens on), and checks the fence over what was read.
  #slowSlot(i: number): number {
    if (i < this.#base) {
      if (i >= 0) throw new Error(`tokenize: token ${i} was read after forget(${this.#forgotten})`);
      return 0;
    }
    if (i >= this.#fenceStop) return 0;
    if (i >= this.#count) {
      if (this.#pos >= this.#text.length) return 0;
      this.#readTo(i + READ_AHEAD);
    }
    if (this.#fenceChecked !== NONE) {
      let t = this.#fenceChecked + 1;
      while (t < this.#count && ((this.#ints[(t - this.#base + 1) * INTS + META] as number) & PARAGRAPH) === 0) t++;
      this.#fenceChecked = t - 1;
      if (t < this.#count) this.#fenceStop = t;
    }
    this.#ready = Math.min(this.#count, this.#fenceChecked + 1);
    return i < this.#ready ? i - this.#base + 1 : 0;
  }

  kind(i: number): number {
    const k = this.#slot(i);
    return (this.#ints[k * INTS + META] as number) & KIND;
  }

  id(i: number): number {
    const k = this.#slot(i);
    return (this.#ints[k * INTS + META] as number) >>> ID_SHIFT;
  }

  value(i: number): number {
    const k = this.#slot(i);
    return this.#values[k * CELLS] as number;
  }

  decimals(i: number): number {
    const k = this.#slot(i);
    return ((this.#ints[k * INTS + META] as number) >>> DECIMALS_SHIFT) & MAX_DECIMALS;
  }

  grouped(i: number): boolean {
    const k = this.#slot(i);
    return ((this.#ints[k * INTS + META] as number) & GROUPED) !== 0;
  }

  spaced(i: number): boolean {
    const k = this.#slot(i);
    return ((this.#ints[k * INTS + META] as number) & SPACED) !== 0;
  }

  code(i: number): number {
    const k = this.#slot(i);
    const at = this.#ints[k * INTS + START] as number;
    return at < this.#text.length ? this.#text.charCodeAt(at) : -1;
  }

  start(i: number): number {
    const k = this.#slot(i);
    return this.#ints[k * INTS + START] as number;
  }

  end(i: number): number {
    const k = this.#slot(i);
    return this.#ints[k * INTS + END_AT] as number;
  }

  lower(i: number): string {
    return this.#text.slice(this.start(i), this.end(i)).toLowerCase();
  }

  slice(i: number, j: number): string {
    return this.#text.slice(this.start(i), this.end(j - 1));
  }

  release(): void {
    this.#text = '';
    // The store kept for reuse keeps its arrays, but not the arrays of a long text.
    if (this.#values.length > CELLS * KEEP_TOKENS) this.#use(new Float64Array(CELLS * INITIAL_TOKENS));
    spare = this;
  }

  // Room in the arrays for token i: the forgotten tokens' slots when they are half the arrays or
  // more, else twice the arrays.
  #makeRoom(i: number): void {
    let slots: number;
    while (i - this.#base + 1 >= (slots = this.#values.length / CELLS)) {
      const drop = Math.min(this.#forgotten, this.#count) - this.#base;
      if (drop < slots / 2) {
        const values = new Float64Array(2 * this.#values.length);
        values.set(this.#values);
        this.#use(values);
      } else {
        this.#values.copyWithin(CELLS, (drop + 1) * CELLS, (this.#count - this.#base + 1) * CELLS);
        this.#base += drop;
      }
    }
  }

  #use(values: Float64Array<ArrayBuffer>): void {
    this.#values = values;
    this.#ints = new Int32Array(values.buffer);
  }

  // Reads tokens until token i exists or the text ends, left to right with constant lookahead, so
  // reading all tokens is linear in the text. One loop over locals reads them all: a call per token
  // cost as much as the token.
  #readTo(i: number): void {
    this.#makeRoom(i);
    const text = this.#text;
    const values = this.#values;
    const ints = this.#ints;
    const n = text.length;
    let pos = this.#pos;
    let k = this.#count - this.#base + 1;
    for (const last = i - this.#base + 1; k <= last; k++) {
      let spaced = pos === 0 ? SPACED : 0;
      let c = 0;
      let cls = OTHER_CHAR;
      // Line breaks in the white space: two make a paragraph break ("\r\n" is one), as U+2029 does.
      let breaks = 0;
      for (; pos < n; pos++) {
        c = text.charCodeAt(pos);
        cls = CHARS[c] ?? OTHER_CHAR;
        if (cls !== SPACE_CHAR) break;
        spaced = SPACED;
        if (c === 10 ? text.charCodeAt(pos - 1) !== 13 : c === 13 || c === 0x2028) breaks++;
        else if (c === 0x2029) breaks += 2;
      }
      if (pos >= n) break;
      if (breaks >= 2) spaced |= PARAGRAPH;
      ints[k * INTS + START] = pos;
      if (cls === DIGIT_CHAR) {
        // Digits are read in this loop too: as a method called from it, reading every token took 5–10 %
        // longer, words included.
        const start = pos;
        let mantissa = 0;
        for (; pos < n; pos++) {
          const d = text.charCodeAt(pos);
          if (d < 48 || d > 57) break;
          mantissa = mantissa * 10 + d - 48;
        }
        let digits = pos - start;
        let grouped = 0;
        // Thousands groups only directly after a run of one to three digits, or after another group.
        if (digits <= 3) {
          while (pos < n && isGroupSeparator(text.charCodeAt(pos)) && threeDigitsAt(text, pos + 1)) {
            mantissa = mantissa * 1000 + (text.charCodeAt(pos + 1) - 48) * 100 + (text.charCodeAt(pos + 2) - 48) * 10 + text.charCodeAt(pos + 3) - 48;
            digits += 3;
            grouped = GROUPED;
            pos += 4;
          }
        }
        let decimals = 0;
        if (pos + 1 < n && text.charCodeAt(pos) === 46 && classAt(text, pos + 1) === DIGIT_CHAR) {
          const point = pos;
          for (pos++; pos < n; pos++) {
            const d = text.charCodeAt(pos);
            if (d < 48 || d > 57) break;
            mantissa = mantissa * 10 + d - 48;
          }
          decimals = pos - point - 1;
        }
        if (classAt(text, pos) === LETTER_CHAR) {
          while (pos < n && (CHARS[text.charCodeAt(pos)] === LETTER_CHAR || CHARS[text.charCodeAt(pos)] === DIGIT_CHAR)) pos++;
          ints[k * INTS + META] = OTHER | spaced;
          values[k * CELLS] = Number.NaN;
        } else {
          ints[k * INTS + META] = NUM | spaced | grouped | (Math.min(decimals, MAX_DECIMALS) << DECIMALS_SHIFT);
          values[k * CELLS] = digits + decimals <= EXACT_DIGITS ? mantissa / (POWERS_OF_TEN[decimals] ?? 1) : Number(text.slice(start, pos).replace(/[^\d.]/g, ''));
        }
      } else if (cls === LETTER_CHAR) {
        // The word is looked up in the trie of known words while its end is found.
        let node = stepWord(WORD_ROOT, c);
        for (pos++; pos < n; pos++) {
          const d = text.charCodeAt(pos);
          // A–Z and a–z without the table; `| 0x20` maps every other code outside a–z.
          if ((d | 0x20) - 97 >= 0 && (d | 0x20) - 97 < 26) node = stepWord(node, d);
          else if (CHARS[d] === LETTER_CHAR) node = DEAD_END;
          // An apostrophe inside a word ("didn't", "Pakistan's", and the backtick some copy types for one) keeps the word whole.
          else if ((d === 39 || d === 0x2019 || d === 96) && classAt(text, pos + 1) === LETTER_CHAR) node = DEAD_END;
          else break;
        }
        ints[k * INTS + META] = WORD | spaced | (wordOf(node) << ID_SHIFT);
        values[k * CELLS] = Number.NaN;
      } else {
        ints[k * INTS + META] = (cls === DASH_CHAR ? DASH : cls === PLUS_CHAR ? PLUS : OTHER) | spaced;
        values[k * CELLS] = Number.NaN;
        // A surrogate pair stays one token so that spans never split a character.
        pos += c >= 0xd800 && c <= 0xdbff && pos + 1 < n ? 2 : 1;
      }
      ints[k * INTS + END_AT] = pos;
    }
    this.#pos = pos;
    this.#count = k + this.#base - 1;
  }
}

/**
 * Whether token `i` is a dash glued on both sides, to the token before it and to the one after (or
 * to the end of the text): the joiner of "10-15", "F-16", "seventy-seven", "300-plus".
 *
 * @example
 * ```ts
 * const tokens = tokenize('10-15 or 10 - 15');
 * [isGluedDash(tokens, 1), isGluedDash(tokens, 5)]
 * //=> [true, false]
 * ```
 */
export const isGluedDash = (tokens: Tokens, i: number): boolean => tokens.kind(i) === DASH && !tokens.spaced(i) && !tokens.spaced(i + 1);

// One store is kept for reuse; a call that finds it taken (a nested call from a callback) makes its own.
const KEEP_TOKENS = 4096;
const INITIAL_TOKENS = 256;
// Tokens read past the one asked for, in one go: the scanner reads on one token at a time, and each
// call into the reader costs more than a token; but parseFigure stops at its figure, and the tokens
// read past it are wasted (4 rather than 8: 3–6 % less time on the bench phrases, 2 no better).
const READ_AHEAD = 4;
let spare: TokenStream | undefined;

/**
 * Splits text into tokens, lazily: tokens are read a few at a time as they are asked for, in one
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
