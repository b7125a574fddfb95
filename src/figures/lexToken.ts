import { KNOWN_WORD_TRIE, WORD_ROOT } from './knownWords.js';

/**
 * No token: the text ends before one.
 *
 * @example
 * ```ts
 * lexToken('  ', 0) & KIND
 * //=> END
 * ```
 */
export const END = 0;

/**
 * Digits, with thousands separators and decimals: "1,200", "7.5".
 *
 * @example
 * ```ts
 * (lexToken('1,200', 0) & KIND) === NUM
 * //=> true
 * ```
 */
export const NUM = 1;

/**
 * Letters, with inner apostrophes: "didn't".
 *
 * @example
 * ```ts
 * (lexToken("didn't", 0) & KIND) === WORD
 * //=> true
 * ```
 */
export const WORD = 2;

/**
 * A hyphen, en dash, em dash or minus sign.
 *
 * @example
 * ```ts
 * (lexToken('–', 0) & KIND) === DASH
 * //=> true
 * ```
 */
export const DASH = 3;

/**
 * A plus sign.
 *
 * @example
 * ```ts
 * (lexToken('+', 0) & KIND) === PLUS
 * //=> true
 * ```
 */
export const PLUS = 4;

/**
 * Any other mark, and digits glued to letters ("24th", "9mm"), which are not counts.
 *
 * @example
 * ```ts
 * (lexToken('24th', 0) & KIND) === OTHER
 * //=> true
 * ```
 */
export const OTHER = 5;

// A token's kind, flags, decimals and word id share one 32-bit integer, `lexToken`'s answer: kind
// in bits 0–2, then the flags, then the count of decimals (capped: beyond 15 digits they no longer
// change a double), then the word id from bit 14, so that every field is a mask or a shift.

/**
 * The mask of a token's kind in `lexToken`'s answer.
 *
 * @example
 * ```ts
 * lexToken('seven', 0) & KIND
 * //=> WORD
 * ```
 */
export const KIND = 7;

/**
 * White space, or the start of the text, comes before the token.
 *
 * @example
 * ```ts
 * (lexToken('a 5', 1) & SPACED) !== 0
 * //=> true
 * ```
 */
export const SPACED = 8;

/**
 * A number with thousands separators ("1,200").
 *
 * @example
 * ```ts
 * (lexToken('1,200', 0) & GROUPED) !== 0
 * //=> true
 * ```
 */
export const GROUPED = 16;

/**
 * A paragraph break (a blank line) in the white space before the token.
 *
 * @example
 * ```ts
 * (lexToken('a\n\n5', 1) & PARAGRAPH) !== 0
 * //=> true
 * ```
 */
export const PARAGRAPH = 32;

/**
 * Where a number's count of decimals starts in `lexToken`'s answer (eight bits).
 *
 * @example
 * ```ts
 * (lexToken('7.25', 0) >>> DECIMALS_SHIFT) & 255
 * //=> 2
 * ```
 */
export const DECIMALS_SHIFT = 6;
const MAX_DECIMALS = 255;

/**
 * Where a word's id (`W`, 0 for a word the scanner does not know) starts in `lexToken`'s answer.
 *
 * @example
 * ```ts
 * lexToken('seven', 0) >>> ID_SHIFT === W.seven
 * //=> true
 * ```
 */
export const ID_SHIFT = 14;

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
const threeDigitsAt = (text: string, i: number): boolean =>
  classAt(text, i) === DIGIT_CHAR && classAt(text, i + 1) === DIGIT_CHAR && classAt(text, i + 2) === DIGIT_CHAR && classAt(text, i + 3) !== DIGIT_CHAR;

// Above 15 significant digits, sums of digits stop being exact; Number() of the digits rounds right.
const EXACT_DIGITS = 15;
const POWERS_OF_TEN = Array.from({ length: EXACT_DIGITS + 1 }, (_, k) => 10 ** k);

const LETTERS = 26;
const NEXT = KNOWN_WORD_TRIE.next;
const IDS = KNOWN_WORD_TRIE.id;

/**
 * Where the token `lexToken` read last starts (after the white space it skipped), ends (exclusive),
 * and, for a number, its value ("1,200" → 1200, "1.5" → 1.5; NaN for other kinds). Past the last
 * token, start and end are the text's length.
 *
 * @example
 * ```ts
 * lexToken('  at', 0);
 * [lexed.start, lexed.end]
 * //=> [2, 4]
 * ```
 */
export const lexed = { start: 0, end: 0, value: Number.NaN };

/**
 * Reads the token that starts at `pos` or after the white space there: its kind, flags and word id
 * as one integer (`KIND`, `SPACED`, …, `ID_SHIFT`; 0 when the text ends first), its span and value
 * in `lexed`. Tokens never span white space, except a number's thin or no-break space thousands
 * separators ("1 000"); digits glued to letters ("24th", "9mm") are one `OTHER` token; a word keeps
 * its inner apostrophes; a surrogate pair is one token. Reading a text token by token from 0, each
 * from the last one's end, reads every character once.
 *
 * @example
 * ```ts
 * const meta = lexToken('at least 1,200', 8);
 * [meta & KIND, lexed.value, lexed.end]
 * //=> [NUM, 1200, 14]
 * ```
 */
export function lexToken(text: string, pos: number): number {
  const n = text.length;
  let spaced = pos === 0 ? SPACED : 0;
  let c = 0;
  let cls = OTHER_CHAR;
  // Line breaks in the white space: two make a paragraph break ("\r\n" is one). U+2028 and U+2029
  // are marks of their own, as general punctuation, so no figure spans them either.
  let breaks = 0;
  for (; pos < n; pos++) {
    c = text.charCodeAt(pos);
    cls = CHARS[c] ?? OTHER_CHAR;
    if (cls !== SPACE_CHAR) break;
    spaced = SPACED;
    if (c === 10 ? text.charCodeAt(pos - 1) !== 13 : c === 13) breaks++;
  }
  lexed.start = pos;
  lexed.value = Number.NaN;
  if (pos >= n) {
    lexed.end = n;
    return END;
  }
  if (breaks >= 2) spaced |= PARAGRAPH;
  let meta: number;
  if (cls === DIGIT_CHAR) {
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
      meta = OTHER | spaced;
    } else {
      meta = NUM | spaced | grouped | (Math.min(decimals, MAX_DECIMALS) << DECIMALS_SHIFT);
      lexed.value = digits + decimals <= EXACT_DIGITS ? mantissa / (POWERS_OF_TEN[decimals] ?? 1) : Number(text.slice(start, pos).replace(/[^\d.]/g, ''));
    }
  } else if (cls === LETTER_CHAR) {
    // The word is looked up in the trie of known words while its end is found; node 0 is the dead
    // end, which no letter leaves.
    let letter = (c | 0x20) - 97;
    let node = letter >= 0 && letter < LETTERS ? (NEXT[WORD_ROOT * LETTERS + letter] ?? 0) : 0;
    for (pos++; pos < n; pos++) {
      const d = text.charCodeAt(pos);
      // A–Z and a–z without the table; `| 0x20` maps every other code outside a–z.
      letter = (d | 0x20) - 97;
      if (letter >= 0 && letter < LETTERS) node = NEXT[node * LETTERS + letter] ?? 0;
      else if (CHARS[d] === LETTER_CHAR) node = 0;
      // An apostrophe inside a word ("didn't", "Pakistan's", and the backtick some copy types for one) keeps the word whole.
      else if ((d === 39 || d === 0x2019 || d === 96) && classAt(text, pos + 1) === LETTER_CHAR) node = 0;
      else break;
    }
    meta = WORD | spaced | ((IDS[node] ?? 0) << ID_SHIFT);
  } else {
    meta = (cls === DASH_CHAR ? DASH : cls === PLUS_CHAR ? PLUS : OTHER) | spaced;
    // A surrogate pair stays one token so that spans never split a character.
    pos += c >= 0xd800 && c <= 0xdbff && pos + 1 < n ? 2 : 1;
  }
  lexed.end = pos;
  return meta;
}
