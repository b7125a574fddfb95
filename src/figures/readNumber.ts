import { DASH, NUM, OTHER, WORD } from './lexToken.js';
import { code, decimals, end, grouped, id, isGluedDash, kind, spaced, start, value } from './figureTokens.js';
import { W, WORD_COUNT } from './knownWords.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../internal/calendarWords.js';

/**
 * What `readNumber` read last: the number's value, the index of the first token after it, and the
 * multiplier word that ended it ("million" in "1.5 million"), or 1. One object, written over by
 * each read, so that reading allocates nothing; a caller copies what it keeps.
 *
 * @example
 * ```ts
 * beginScan('1.5 million');
 * tokenAt(0);
 * attemptAt(0);
 * readNumber(0) && [numberRead.value, numberRead.next]
 * //=> [1500000, 2]
 * ```
 */
export const numberRead = { value: 0, next: 0, magnitude: 1 };

// Word values by word id. The number words are the first ids of `W`, in order: "zero" to
// "nineteen", then the tens ("fourty" beside "forty"), so a unit is its id and a ten one small table.
// A typed array: most words asked about are unknown (id 0) or units, below index 0 of the table,
// where a plain array looks the key up as a property on V8's megamorphic path, several times slower.
const TENS = Int8Array.from([20, 30, 40, 40, 50, 60, 70, 80, 90]);
const MAGNITUDES = new Float64Array(WORD_COUNT).fill(-1);
for (const [word, m] of [[W.billion, 1e9], [W.bn, 1e9], [W.million, 1e6], [W.thousand, 1e3], [W.hundred, 100], [W.dozen, 12]] as const) MAGNITUDES[word] = m;

const unit = (word: number): number => (word >= W.zero && word <= W.nineteen ? word - W.zero : -1);
const tens = (word: number): number => TENS[word - W.twenty] ?? -1;
const magnitude = (word: number): number => MAGNITUDES[word] ?? -1;

const isNumberWord = (word: number): boolean => unit(word) >= 0 || tens(word) >= 0 || magnitude(word) > 0;

/**
 * Whether a word can begin a number: a unit or tens word, or "a"/"an" (before a magnitude).
 *
 * @example
 * ```ts
 * [startsNumber(W.seven), startsNumber(W.a), startsNumber(W.hundred)]
 * //=> [true, true, false]
 * ```
 */
export const startsNumber = (word: number): boolean => unit(word) >= 0 || tens(word) >= 0 || word === W.a || word === W.an || word === W.half || word === W.quarter;

// 1 for a month name, 2 for one that is also an ordinary word and counts only when capitalised
// ("May 5", not "they may 5"); by word id.
const MONTHS = new Uint8Array(WORD_COUNT);
for (const month of [...MONTH_NAMES, ...MONTH_ABBREVIATIONS]) MONTHS[W[month]] = 1;
for (const word of [W.may, W.march, W.mar]) MONTHS[word] = 2;
const YEAR_PREPOSITIONS = new Set<number>([W.in, W.since, W.until, W.till, W.during]);

function isMonth(i: number): boolean {
  const month = MONTHS[id(i)] ?? 0;
  if (month !== 2) return month === 1;
  const c = code(i);
  return c >= 65 && c <= 90;
}

// A month, or an abbreviated one with its full stop ("Oct."), just before token i.
const monthBefore = (i: number): boolean => (code(i - 1) === 46 && kind(i - 1) === OTHER && !spaced(i - 1) ? isMonth(i - 2) : isMonth(i - 1));

// Plain digits (no separators, no decimals) of the length of a day (1–31) or a year (1800–2099).
const DAY = 1;
const YEAR = 2;
function dateShape(i: number): number {
  // The value first: most counts fail here, and NaN (not a number token) fails too.
  const v = value(i);
  const shape = v >= 1 && v <= 31 ? DAY : v >= 1800 && v <= 2099 ? YEAR : 0;
  if (shape === 0 || decimals(i) !== 0 || grouped(i)) return 0;
  const length = end(i) - start(i);
  return (shape === DAY ? length > 2 : length !== 4) ? 0 : shape;
}

// A joiner of a span of years: a hyphen or dash glued on both sides, "to", "and".
const isSpanJoiner = (j: number): boolean => isGluedDash(j) || id(j) === W.to || id(j) === W.and;

/**
 * Whether number token i is part of a date rather than a count: a day or year next to a month
 * ("October 17, 2009", "17 October", "November 2008"), a year after "in", "since", "until" or
 * "during", or either end of a span of years ("1979-1989", "from 2001 to 2009").
 * A bare year elsewhere ("the 2009 attack") cannot be told from a count and stays one.
 */
function isDatePart(i: number): boolean {
  const shape = dateShape(i);
  if (shape === 0) return false;
  if (monthBefore(i)) return true;
  if (shape === DAY) return spaced(i + 1) && isMonth(i + 1);
  if (YEAR_PREPOSITIONS.has(id(i - 1))) return true;
  // "October 17, 2009": the year after a dated day.
  if (code(i - 1) === 44 && dateShape(i - 2) === DAY && monthBefore(i - 2)) return true;
  // A span of years; "1979-89" needs no rule here, as a hyphen before a smaller number is no range.
  const v = value(i);
  if (isSpanJoiner(i + 1) && dateShape(i + 2) === YEAR && value(i + 2) > v) return true;
  return isSpanJoiner(i - 1) && dateShape(i - 2) === YEAR && value(i - 2) < v;
}

// Whether number token i is glued into something that is not a count: "G20", "F-16", "COVID-19",
// "9/11", "24/7", "10:30", or a date.
function isNotACount(i: number): boolean {
  if (!spaced(i)) {
    const before = kind(i - 1);
    if (before === WORD) return true;
    if (before === DASH && !spaced(i - 1) && kind(i - 2) === WORD) return true;
    if (before === OTHER && (code(i - 1) === 47 || code(i - 1) === 58) && kind(i - 2) === NUM) return true;
  }
  if (kind(i + 1) === OTHER) {
    const after = code(i + 1);
    if ((after === 47 || after === 58) && !spaced(i + 1) && kind(i + 2) === NUM && !spaced(i + 2)) return true;
  }
  return isDatePart(i);
}

// 0–99 in words at token i ("seven", "seventeen", "seventy", "seventy-seven", "seventy seven"):
// its value, or -1, with the token after it in `smallNext`.
let smallNext = 0;
function readSmall(i: number): number {
  const word = id(i);
  const u = unit(word);
  smallNext = i + 1;
  if (u >= 0) return u;
  const ten = tens(word);
  if (ten < 0) return -1;
  if (isGluedDash(i + 1)) {
    const after = unit(id(i + 2));
    if (after >= 1 && after <= 9) {
      smallNext = i + 3;
      return ten + after;
    }
  }
  const after = unit(id(i + 1));
  if (after < 1 || after > 9) return ten;
  smallNext = i + 2;
  return ten + after;
}

// The token after a magnitude word at token i, or glued after a hyphen there ("one-hundred"), or -1;
// the word is the token before the one returned, so its multiplier is `magnitude(id(next - 1))`.
function magnitudeEnd(i: number): number {
  if (magnitude(id(i)) > 0) return i + 1;
  return isGluedDash(i) && magnitude(id(i + 1)) > 0 ? i + 2 : -1;
}

// Multiplies exactly: 1.5 × 1,000,000 is 15 × 100,000, where floating point could give 1499999.99….
function scale(v: number, places: number, m: number): number {
  if (places === 0 || m === 1) return v * m;
  const shift = 10 ** places;
  const product = Math.round(v * shift) * m;
  return Number.isSafeInteger(product) && product % shift === 0 ? product / shift : v * m;
}

// Words that may follow a number after a glued hyphen without making it an adjective: "300-plus",
// "300-odd", "a 3,000-strong force", "five-six".
const continuesNumber = (word: number): boolean => word === W.plus || word === W.odd || word === W.strong || isNumberWord(word);

const fraction = (word: number): number => (word === W.half ? 0.5 : word === W.quarter ? 0.25 : -1);
const isArticle = (word: number): boolean => word === W.a || word === W.an;

// Sets `numberRead` and says so.
function found(v: number, next: number, m: number): true {
  numberRead.value = v;
  numberRead.next = next;
  numberRead.magnitude = m;
  return true;
}

// "half a million", "a quarter of a million", "a half million", "half a dozen": a part of one
// magnitude, whole by construction (a half or a quarter of 12, 100, 1,000 and up).
function readFraction(i: number): boolean {
  let k = isArticle(id(i)) ? i + 1 : i;
  const part = fraction(id(k));
  if (part <= 0) return false;
  k++;
  if (id(k) === W.of) k++;
  if (isArticle(id(k))) k++;
  const after = magnitudeEnd(k);
  if (after < 0) return false;
  const m = magnitude(id(after - 1));
  return found(part * m, after, m);
}

function readWords(i: number): boolean {
  if (readFraction(i)) return true;
  let group: number;
  let next: number;
  const word = id(i);
  if (isArticle(word)) {
    // "a hundred", "a dozen"; "a" before anything else is an article.
    if (magnitude(id(i + 1)) <= 0 || id(i + 1) === W.bn) return false;
    group = 1;
    next = i + 1;
  } else {
    group = readSmall(i);
    if (group < 0) return false;
    next = smallNext;
    // "two and a half million": the half is of the magnitude that follows.
    const half = id(next) === W.and && id(next + 1) === W.a && id(next + 2) === W.half ? magnitudeEnd(next + 3) : -1;
    // "two and a half dozen" is no such figure.
    if (half >= 0 && magnitude(id(half - 1)) !== 12) return found((group + 0.5) * magnitude(id(half - 1)), half, magnitude(id(half - 1)));
  }
  let total = 0;
  let lastBig = Number.POSITIVE_INFINITY;
  let last = 1;
  for (;;) {
    const after = magnitudeEnd(next);
    if (after < 0) break;
    const m = magnitude(id(after - 1));
    if (m === 12) {
      // "a dozen", "two dozen": dozen ends a number.
      if (group === 0 || total > 0) break;
      return found(group * 12, after, 12);
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
    next = after;
    // After a magnitude, a smaller number may follow, with or without "and": "a hundred and twenty".
    const small = readSmall(id(next) === W.and ? next + 1 : next);
    if (small <= 0) continue;
    const smallEnd = smallNext;
    const followingEnd = magnitudeEnd(smallEnd);
    const following = followingEnd < 0 ? -1 : magnitude(id(followingEnd - 1));
    // "one thousand five hundred" keeps going; "a hundred and two thousand" does not parse as one.
    if (following > 0 && following !== 100 && following >= lastBig) break;
    if (following === 100 && group % 1000 !== 0) break;
    group += small;
    next = smallEnd;
    last = 1;
  }
  return found(total + group, next, last);
}

/**
 * Reads a cardinal number at token `i` of the attempt under way (`attemptAt`) into `numberRead`,
 * and says whether there was one: digits with separators and decimals ("1,200", "7.5"), words
 * ("twenty-five", "one hundred and twenty", "a dozen"), or both ("1.5 million"). Large magnitudes
 * must fall as the number goes on ("two thousand three hundred"), which bounds how many tokens one
 * number can take. `times` multiplies the result exactly: the "2" of "2 to 3 million".
 *
 * Not a number: digits glued into names, dates and scores ("G20", "F-16", "9/11", "October 17",
 * "in 2009", "1979-89"), and a number glued to a word by a hyphen, which makes an adjective or a
 * fraction ("a 12-year-old", "two-thirds").
 *
 * @example
 * ```ts
 * const text = 'one hundred and twenty people';
 * beginScan(text);
 * tokenAt(0);
 * attemptAt(0);
 * readNumber(0) && { ...numberRead }
 * //=> { value: 120, next: 4, magnitude: 1 }
 * ```
 */
export function readNumber(i: number, times = 1): boolean {
  let places = 0;
  if (kind(i) === NUM) {
    const v = value(i);
    if (!Number.isFinite(v) || isNotACount(i)) return false;
    places = decimals(i);
    // Digits take at most one magnitude word: "1.5 million", "200 thousand", "3 dozen".
    const m = magnitude(id(i + 1));
    if (m > 0) found(scale(v, places, m), i + 2, m);
    else found(v, i + 1, 1);
  } else if (!readWords(i)) return false;
  const k = numberRead.next;
  if (isGluedDash(k) && kind(k + 1) === WORD && !continuesNumber(id(k + 1))) return false;
  if (times === 1) return true;
  const v = scale(numberRead.value, numberRead.magnitude === 1 ? places : 0, times);
  numberRead.value = v;
  return Number.isFinite(v);
}
