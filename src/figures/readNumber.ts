import { DASH, isGluedDash, NUM, OTHER, WORD, type Tokens } from './tokenize.js';
import { W, WORD_COUNT } from './knownWords.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../internal/calendarWords.js';

/** A number read from tokens: its value and the index of the first token after it. */
export interface NumberRead {
  readonly value: number;
  readonly next: number;
  /** The multiplier word that ended it ("million" in "1.5 million"), or 1. */
  readonly magnitude: number;
}

// Word values by word id. The number words are the first ids of `W`, in order: "zero" to
// "nineteen", then the tens ("fourty" beside "forty"), so units and tens are offsets, not tables.
const TENS = [20, 30, 40, 40, 50, 60, 70, 80, 90];
const MAGNITUDES = new Float64Array(WORD_COUNT).fill(-1);
for (const [id, value] of [[W.billion, 1e9], [W.bn, 1e9], [W.million, 1e6], [W.thousand, 1e3], [W.hundred, 100], [W.dozen, 12]] as const) MAGNITUDES[id] = value;

const unit = (id: number): number => (id >= W.zero && id <= W.nineteen ? id - W.zero : -1);
const tens = (id: number): number => TENS[id - W.twenty] ?? -1;
const magnitude = (id: number): number => MAGNITUDES[id] ?? -1;

const isNumberWord = (id: number): boolean => unit(id) >= 0 || tens(id) >= 0 || magnitude(id) > 0;

/**
 * Whether a word can begin a number: a unit or tens word, or "a"/"an" (before a magnitude).
 *
 * @example
 * ```ts
 * [startsNumber(W.seven), startsNumber(W.a), startsNumber(W.hundred)]
 * //=> [true, true, false]
 * ```
 */
export const startsNumber = (id: number): boolean => unit(id) >= 0 || tens(id) >= 0 || id === W.a || id === W.an || id === W.half || id === W.quarter;

// 1 for a month name, 2 for one that is also an ordinary word and counts only when capitalised
// ("May 5", not "they may 5"); by word id.
const MONTHS = new Uint8Array(WORD_COUNT);
for (const month of [...MONTH_NAMES, ...MONTH_ABBREVIATIONS]) MONTHS[W[month]] = 1;
for (const id of [W.may, W.march, W.mar]) MONTHS[id] = 2;
const YEAR_PREPOSITIONS = new Set<number>([W.in, W.since, W.until, W.till, W.during]);

function isMonth(tokens: Tokens, i: number): boolean {
  const month = MONTHS[tokens.id(i)] ?? 0;
  if (month !== 2) return month === 1;
  const c = tokens.code(i);
  return c >= 65 && c <= 90;
}

// A month, or an abbreviated one with its full stop ("Oct."), just before token i.
function monthBefore(tokens: Tokens, i: number): boolean {
  if (tokens.code(i - 1) === 46 && tokens.kind(i - 1) === OTHER && !tokens.spaced(i - 1)) return isMonth(tokens, i - 2);
  return isMonth(tokens, i - 1);
}

// Plain digits (no separators, no decimals) of the length of a day (1–31) or a year (1800–2099).
const DAY = 1;
const YEAR = 2;
function dateShape(tokens: Tokens, i: number): number {
  // The value first: most counts fail here, and NaN (not a number token) fails too.
  const v = tokens.value(i);
  const shape = v >= 1 && v <= 31 ? DAY : v >= 1800 && v <= 2099 ? YEAR : 0;
  if (shape === 0 || tokens.decimals(i) !== 0 || tokens.grouped(i)) return 0;
  const length = tokens.end(i) - tokens.start(i);
  if (shape === DAY ? length > 2 : length !== 4) return 0;
  return shape;
}

// A joiner of a span of years: a hyphen or dash glued on both sides, "to", "and".
const isSpanJoiner = (tokens: Tokens, j: number): boolean => isGluedDash(tokens, j) || tokens.id(j) === W.to || tokens.id(j) === W.and;

/**
 * Whether number token i is part of a date rather than a count: a day or year next to a month
 * ("October 17, 2009", "17 October", "November 2008"), a year after "in", "since", "until" or
 * "during", or either end of a span of years ("1979-1989", "from 2001 to 2009").
 * A bare year elsewhere ("the 2009 attack") cannot be told from a count and stays one.
 */
function isDatePart(tokens: Tokens, i: number): boolean {
  const shape = dateShape(tokens, i);
  if (shape === 0) return false;
  if (monthBefore(tokens, i)) return true;
  if (shape === DAY) return tokens.spaced(i + 1) && isMonth(tokens, i + 1);
  if (YEAR_PREPOSITIONS.has(tokens.id(i - 1))) return true;
  // "October 17, 2009": the year after a dated day.
  if (tokens.code(i - 1) === 44 && dateShape(tokens, i - 2) === DAY && monthBefore(tokens, i - 2)) return true;
  // A span of years; "1979-89" needs no rule here, as a hyphen before a smaller number is no range.
  const v = tokens.value(i);
  if (isSpanJoiner(tokens, i + 1) && dateShape(tokens, i + 2) === YEAR && tokens.value(i + 2) > v) return true;
  return isSpanJoiner(tokens, i - 1) && dateShape(tokens, i - 2) === YEAR && tokens.value(i - 2) < v;
}

// Whether number token i is glued into something that is not a count: "G20", "F-16", "COVID-19",
// "9/11", "24/7", "10:30", or a date.
function isNotACount(tokens: Tokens, i: number): boolean {
  if (!tokens.spaced(i)) {
    const before = tokens.kind(i - 1);
    if (before === WORD) return true;
    if (before === DASH && !tokens.spaced(i - 1) && tokens.kind(i - 2) === WORD) return true;
    if (before === OTHER && (tokens.code(i - 1) === 47 || tokens.code(i - 1) === 58) && tokens.kind(i - 2) === NUM) return true;
  }
  if (tokens.kind(i + 1) === OTHER) {
    const after = tokens.code(i + 1);
    if ((after === 47 || after === 58) && !tokens.spaced(i + 1) && tokens.kind(i + 2) === NUM && !tokens.spaced(i + 2)) return true;
  }
  return isDatePart(tokens, i);
}

// 0–99 in words: "seven", "seventeen", "seventy", "seventy-seven", "seventy seven".
function readSmall(tokens: Tokens, i: number): { value: number; next: number } | undefined {
  const id = tokens.id(i);
  const u = unit(id);
  if (u >= 0) return { value: u, next: i + 1 };
  const ten = tens(id);
  if (ten < 0) return undefined;
  if (isGluedDash(tokens, i + 1)) {
    const after = unit(tokens.id(i + 2));
    if (after >= 1 && after <= 9) return { value: ten + after, next: i + 3 };
  }
  const after = unit(tokens.id(i + 1));
  if (after >= 1 && after <= 9) return { value: ten + after, next: i + 2 };
  return { value: ten, next: i + 1 };
}

// The token after a magnitude word at token i, or glued after a hyphen there ("one-hundred"), or -1;
// the word is the token before the one returned, so its multiplier is `magnitude(id(next - 1))`.
function magnitudeEnd(tokens: Tokens, i: number): number {
  if (magnitude(tokens.id(i)) > 0) return i + 1;
  return isGluedDash(tokens, i) && magnitude(tokens.id(i + 1)) > 0 ? i + 2 : -1;
}

// Multiplies exactly: 1.5 × 1,000,000 is 15 × 100,000, where floating point could give 1499999.99….
function scale(value: number, decimals: number, m: number): number {
  if (decimals === 0 || m === 1) return value * m;
  const shift = 10 ** decimals;
  const product = Math.round(value * shift) * m;
  return Number.isSafeInteger(product) && product % shift === 0 ? product / shift : value * m;
}

// Words that may follow a number after a glued hyphen without making it an adjective: "300-plus",
// "300-odd", "a 3,000-strong force", "five-six".
const continuesNumber = (id: number): boolean => id === W.plus || id === W.odd || id === W.strong || isNumberWord(id);

const fraction = (id: number): number => (id === W.half ? 0.5 : id === W.quarter ? 0.25 : -1);

// "half a million", "a quarter of a million", "a half million", "half a dozen": a part of one
// magnitude, whole by construction (a half or a quarter of 12, 100, 1,000 and up).
function readFraction(tokens: Tokens, i: number): NumberRead | undefined {
  let k = tokens.id(i) === W.a || tokens.id(i) === W.an ? i + 1 : i;
  const part = fraction(tokens.id(k));
  if (part <= 0) return undefined;
  k++;
  if (tokens.id(k) === W.of) k++;
  if (tokens.id(k) === W.a || tokens.id(k) === W.an) k++;
  const end = magnitudeEnd(tokens, k);
  if (end < 0) return undefined;
  const m = magnitude(tokens.id(end - 1));
  return { value: part * m, next: end, magnitude: m };
}

function readWords(tokens: Tokens, i: number): NumberRead | undefined {
  const fraction = readFraction(tokens, i);
  if (fraction !== undefined) return fraction;
  let group: number;
  let next: number;
  const id = tokens.id(i);
  if (id === W.a || id === W.an) {
    // "a hundred", "a dozen"; "a" before anything else is an article.
    const m = magnitude(tokens.id(i + 1));
    if (m <= 0 || tokens.id(i + 1) === W.bn) return undefined;
    group = 1;
    next = i + 1;
  } else {
    const small = readSmall(tokens, i);
    if (small === undefined) return undefined;
    group = small.value;
    next = small.next;
    // "two and a half million": the half is of the magnitude that follows.
    const half = tokens.id(next) === W.and && tokens.id(next + 1) === W.a && tokens.id(next + 2) === W.half ? magnitudeEnd(tokens, next + 3) : -1;
    if (half >= 0) {
      // "two and a half dozen" is no such figure.
      const m = magnitude(tokens.id(half - 1));
      if (m !== 12) return { value: (group + 0.5) * m, next: half, magnitude: m };
    }
  }
  let total = 0;
  let lastBig = Number.POSITIVE_INFINITY;
  let last = 1;
  for (;;) {
    const end = magnitudeEnd(tokens, next);
    if (end < 0) break;
    const m = magnitude(tokens.id(end - 1));
    if (m === 12) {
      // "a dozen", "two dozen": dozen ends a number.
      if (group === 0 || total > 0) break;
      return { value: group * 12, next: end, magnitude: 12 };
    }
    if (m === 100) {
      if (group === 0 || group >= 100) break;
      group *= 100;
    } else {
      if (m >= lastBig || group === 0) break;
      total += group * m;
      group = 0;
      lastBig = m;
    }
    last = m;
    next = end;
    // After a magnitude, a smaller number may follow, with or without "and": "a hundred and twenty".
    const k = tokens.id(next) === W.and ? next + 1 : next;
    const small = readSmall(tokens, k);
    if (small === undefined || small.value === 0) continue;
    const followingEnd = magnitudeEnd(tokens, small.next);
    const following = followingEnd < 0 ? undefined : magnitude(tokens.id(followingEnd - 1));
    // "one thousand five hundred" keeps going; "a hundred and two thousand" does not parse as one.
    if (following !== undefined && following !== 100 && following >= lastBig) break;
    if (following === 100 && group % 1000 !== 0) break;
    group += small.value;
    next = small.next;
    last = 1;
  }
  return { value: total + group, next, magnitude: last };
}

/**
 * Reads a cardinal number at token `i`: digits with separators and decimals ("1,200", "7.5"),
 * words ("twenty-five", "one hundred and twenty", "a dozen"), or both ("1.5 million"). Large
 * magnitudes must fall as the number goes on ("two thousand three hundred"), which bounds how many
 * tokens one number can take. `times` multiplies the result exactly: the "2" of "2 to 3 million".
 *
 * Not a number: digits glued into names, dates and scores ("G20", "F-16", "9/11", "October 17",
 * "in 2009", "1979-89"), and a number glued to a word by a hyphen, which makes an adjective or a
 * fraction ("a 12-year-old", "two-thirds").
 *
 * @example
 * ```ts
 * readNumber(tokenize('one hundred and twenty people'), 0)
 * //=> { value: 120, next: 4, magnitude: 1 }
 * ```
 */
export function readNumber(tokens: Tokens, i: number, times = 1): NumberRead | undefined {
  let read: NumberRead | undefined;
  let decimals = 0;
  if (tokens.kind(i) === NUM) {
    const value = tokens.value(i);
    if (!Number.isFinite(value) || isNotACount(tokens, i)) return undefined;
    decimals = tokens.decimals(i);
    // Digits take at most one magnitude word: "1.5 million", "200 thousand", "3 dozen".
    const m = magnitude(tokens.id(i + 1));
    read = m > 0 ? { value: scale(value, decimals, m), next: i + 2, magnitude: m } : { value, next: i + 1, magnitude: 1 };
  } else {
    read = readWords(tokens, i);
    if (read === undefined) return undefined;
  }
  const k = read.next;
  if (isGluedDash(tokens, k) && tokens.kind(k + 1) === WORD && !continuesNumber(tokens.id(k + 1))) {
    return undefined;
  }
  if (times === 1) return read;
  const value = scale(read.value, read.magnitude === 1 ? decimals : 0, times);
  return Number.isFinite(value) ? { value, next: k, magnitude: read.magnitude } : undefined;
}
