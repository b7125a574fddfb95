import { MAX_COUNT } from './maxCount.js';
import type { Figure, Hedge } from './schemas.js';
import { inDefaultVocabulary } from '../vocabulary/inDefaultVocabulary.js';
import { singular } from '../vocabulary/singular.js';
import { detachText } from '../internal/detachText.js';
import { boundScale } from './boundScale.js';
import { DEFAULT_VAGUE } from './figureOptions.js';
import type { FigureOptions, VagueWord } from './types.js';
import { readNumber, startsNumber, type NumberRead } from './readNumber.js';
import { DASH, END, isGluedDash, NUM, PLUS, tokenize, WORD, type Tokens } from './tokenize.js';
import { W, WORD_COUNT, type KnownWord } from './knownWords.js';

// How a prefix or a suffix hedges a quantity, as small integers: the readers compare numbers rather
// than strings, and a hedge's name is one lookup in `HEDGE_NAMES`. JUST_OVER is a more-than with an
// upper bound; the one-sided kinds come after it, those with no upper bound first; BETWEEN and the
// "from" after it only introduce ranges. EXACT is also "no hedge".
const EXACT = 0;
const ABOUT = 1;
const NEARLY = 2;
const JUST_OVER = 3;
const AT_LEAST = 4;
const MORE_THAN = 5;
const AT_MOST = 6;
const FEWER_THAN = 7;
const BETWEEN = 8;
const HEDGE_NAMES: readonly Hedge[] = ['exact', 'about', 'nearly', 'more-than', 'at-least', 'more-than', 'at-most', 'fewer-than'];

// Prefixes by the kind they give, in the order of the kinds, as text: written as arrays of words,
// the table was three times the size in a bundle.
const PREFIXES: readonly string[] = [
  'only,just,exactly',
  'about,around,approximately,roughly,some,an estimated,estimated',
  'nearly,almost,close to,just under',
  'just over',
  'at least,no fewer than,no less than,a minimum of,not fewer than,not less than',
  'more than,over,upwards of,upward of,in excess of',
  'at most,up to,no more than,not more than,as many as,as high as,as much as,a maximum of',
  'fewer than,less than,under',
  'between',
  'from',
];

interface Phrase<T> {
  readonly ids: readonly number[];
  readonly value: T;
}

// Phrases by the id of their first word, longest first, so "just over" wins over "just".
function indexByHead<T>(phrases: readonly (readonly [string, T])[]): (Phrase<T>[] | undefined)[] {
  const index: (Phrase<T>[] | undefined)[] = new Array(WORD_COUNT).fill(undefined);
  for (const [words, value] of phrases) {
    const ids = words.split(' ').map((w) => W[w as KnownWord]);
    const head = ids[0] ?? 0;
    const list = index[head] ?? [];
    list.push({ ids, value });
    list.sort((a, b) => b.ids.length - a.ids.length);
    index[head] = list;
  }
  return index;
}
const PREFIX_INDEX = indexByHead(PREFIXES.flatMap((phrases, kind) => phrases.split(',').map((phrase) => [phrase, kind] as const)));
// The vague words are their own phrases: "tens of thousands".
const VAGUE_INDEX = indexByHead(Object.entries(DEFAULT_VAGUE).map(([key, interval]) => [key, { key: key as VagueWord, interval }] as const));

// Words that can begin a figure: hedges, vague words, zero words and number words. The scanner
// passes over every other word, known ones like "of" and "to" included, without an attempt.
const STARTS = new Uint8Array(WORD_COUNT);
for (const index of [PREFIX_INDEX, VAGUE_INDEX]) {
  index.forEach((phrases, head) => {
    if (phrases !== undefined) STARTS[head] = 1;
  });
}
for (const id of [W.no, W.nobody, W.none]) STARTS[id] = 1;
for (let id = 1; id < WORD_COUNT; id++) if (startsNumber(id)) STARTS[id] = 1;

// The longest phrase of `index` that starts at token i, or undefined. The phrase itself is
// returned, not a new object: the caller adds its length to i.
function matchPhrase<T>(tokens: Tokens, i: number, index: readonly (readonly Phrase<T>[] | undefined)[]): Phrase<T> | undefined {
  const candidates = index[tokens.id(i)];
  if (candidates === undefined) return undefined;
  outer: for (const phrase of candidates) {
    const { ids } = phrase;
    for (let k = 1; k < ids.length; k++) if (tokens.id(i + k) !== ids[k]) continue outer;
    return phrase;
  }
  return undefined;
}

// What a quantity expression read: the interval [a, b] of a range or a vague word, or a number n as
// [n, n], with its hedge and the token after it. `type` is the hedge of the quantity alone: 'exact'
// for a number.
interface Quantity {
  readonly type: 'exact' | 'range' | 'vague';
  readonly a: number;
  readonly b: number;
  /** The hedge: the prefix's kind, else a suffix's ("300 or more"), EXACT for none. */
  readonly kind: number;
  readonly next: number;
}

// The multipliers after "several", "a few" and "a handful" ("several hundred", "a few dozen"): one
// of these words, or "hundred" with one of a thousand or more after it ("hundred thousand").
const MULTIPLIERS = new Float64Array(WORD_COUNT);
for (const [id, m] of [[W.dozen, 12], [W.dozens, 12], [W.hundreds, 100], [W.thousand, 1e3], [W.thousands, 1e3], [W.million, 1e6], [W.millions, 1e6], [W.billion, 1e9]] as const) {
  MULTIPLIERS[id] = m;
}

// Readers of a vague count or a range take `kind`, the kind of the prefix before it (exact for none).
function readVague(tokens: Tokens, i: number, options: FigureOptions, kind: number): Quantity | undefined {
  const match = matchPhrase(tokens, i, VAGUE_INDEX);
  if (match === undefined) return undefined;
  const { key, interval } = match.value;
  const after = i + match.ids.length;
  const [low, high] = options.vague === undefined ? interval : (options.vague[key] ?? interval);
  if (key === 'a few' || key === 'several' || key === 'a handful') {
    // "several hundred" is [300, 900]: the vague word counts the hundreds.
    let next = after;
    let m = 1;
    if (tokens.id(next) === W.hundred) {
      m = 100;
      next++;
    }
    const word = MULTIPLIERS[tokens.id(next)] ?? 0;
    if (word > 0 && (m === 1 || word >= 1e3)) {
      m *= word;
      next++;
    }
    return { type: 'vague', a: low * m, b: high * m, kind, next };
  }
  return { type: 'vague', a: low, b: high, kind, next: after };
}

/**
 * The range whose first number, `first`, starts at token i and is followed by the joiner at
 * `first.next` ("to", "or", "and", a dash); `undefined` if no second number follows and the words
 * may still be read otherwise, `null` if they are not a figure at all ("3-1", "10-15-year-olds").
 */
function readRange(tokens: Tokens, i: number, first: NumberRead, kind: number): Quantity | null | undefined {
  const joiner = first.next;
  const isDash = tokens.kind(joiner) === DASH;
  const glued = isDash && !tokens.spaced(joiner + 1);
  const second = readNumber(tokens, joiner + 1);
  if (second === undefined) return glued ? null : undefined;
  let a = first.value;
  const b = second.value;
  // "2 to 3 million": the magnitude of the second number applies to a bare first one.
  if (second.magnitude >= 100 && first.magnitude === 1 && a < b / second.magnitude) {
    a = readNumber(tokens, i, second.magnitude)?.value ?? a;
  }
  if (!Number.isInteger(a) || !Number.isInteger(b)) return null;
  // A hyphen between a larger and a smaller number is a score or a shortened span, not a range.
  if (glued && a > b) return null;
  return { type: 'range', a: Math.min(a, b), b: Math.max(a, b), kind, next: second.next };
}

// `hedge` is the kind of the prefix before the quantity, or -1 for none.
function readQuantity(tokens: Tokens, i: number, options: FigureOptions, hedge: number): Quantity | undefined {
  const prefixed = Math.max(hedge, EXACT);
  const vague = readVague(tokens, i, options, prefixed);
  if (vague !== undefined) return vague;
  const first = readNumber(tokens, i);
  if (first === undefined) return undefined;
  const k = first.next;
  const kind = tokens.kind(k);
  const id = tokens.id(k);
  const n = first.value;
  // Suffix hedges: "300+", "300-plus", "300 plus", "300-odd", "a 3,000-strong force", "300 or so",
  // "300 or more", "300 or fewer".
  let suffix = EXACT;
  let next = k;
  if (kind === PLUS && !tokens.spaced(k)) {
    suffix = AT_LEAST;
    next = k + 1;
  } else if (isGluedDash(tokens, k)) {
    const after = tokens.id(k + 1);
    if (after === W.plus) suffix = AT_LEAST;
    else if (after === W.odd) suffix = ABOUT;
    if (after === W.plus || after === W.odd || after === W.strong) next = k + 2;
  } else if (id === W.plus && readNumber(tokens, k + 1) === undefined) {
    suffix = AT_LEAST;
    next = k + 1;
  } else if (id === W.or) {
    const after = tokens.id(k + 1);
    if (after === W.so) suffix = ABOUT;
    else if (after === W.more) suffix = AT_LEAST;
    else if (after === W.fewer || after === W.less) suffix = AT_MOST;
    if (suffix !== EXACT) next = k + 2;
  }
  if (next === k && (id === W.to || id === W.or || kind === DASH)) {
    // Ranges: "10 to 15", "10-15", "10–15", "two or three".
    const range = readRange(tokens, i, first, prefixed);
    if (range === null) return undefined;
    if (range !== undefined) return range;
  }
  // Counts are whole numbers: "1.5" alone is a measurement, "1.5 million" a count.
  if (!Number.isInteger(n)) return undefined;
  // A prefix's hedge wins over a suffix's.
  return { type: 'exact', a: n, b: n, kind: hedge < 0 ? suffix : hedge, next };
}

// "between N and M", "from N to M", and with a dash, "between 10-15".
function readJoinedRange(tokens: Tokens, i: number, joiner: number): Quantity | undefined {
  const first = readNumber(tokens, i);
  if (first === undefined) return undefined;
  const j = first.next;
  if (tokens.id(j) !== joiner && tokens.kind(j) !== DASH) return undefined;
  return readRange(tokens, i, first, EXACT) ?? undefined;
}

// Vocabulary lookups normalise their word with regular expressions; the answers are remembered, and
// forgotten in bulk so that untrusted text cannot grow the memory without bound. The memo outlives
// the call, so it keeps no part of a caller's text: a word is a slice of the text, and a slice keeps
// the whole text alive, so a key is a copy, and only of a word short enough to be a term.
const termMemo = new Map<string, boolean>();
const TERM_MEMO_SIZE = 4096;
const TERM_MEMO_KEY = 64;

function isDefaultTerm(w: string): boolean {
  let known = termMemo.get(w);
  if (known === undefined) {
    // "Casualties" count the killed and the injured together, so no outcome of the vocabulary
    // names them; "no casualties" is a zero all the same.
    known = singular(w) === 'casualty' || inDefaultVocabulary(w);
    if (w.length <= TERM_MEMO_KEY) {
      if (termMemo.size >= TERM_MEMO_SIZE) termMemo.clear();
      termMemo.set(detachText(w), known);
    }
  }
  return known;
}

// "no one", "nobody", "none", "zero", "no soldiers", "no security forces": zero, exact. Returns the
// index after the zero word, or -1.
function readZero(tokens: Tokens, i: number, options: FigureOptions): number {
  const id = tokens.id(i);
  if (id === W.nobody || id === W.none || id === W.zero) return i + 1;
  if (id !== W.no) return -1;
  if (tokens.kind(i + 1) === DASH && !tokens.spaced(i + 1) && tokens.id(i + 2) === W.one) return i + 3;
  if (tokens.id(i + 1) === W.one) return i + 2;
  if (tokens.kind(i + 1) !== WORD) return -1;
  const isTerm = options.isTerm ?? isDefaultTerm;
  const after = tokens.lower(i + 1);
  if (isTerm(after)) return i + 1;
  return tokens.kind(i + 2) === WORD && isTerm(`${after} ${tokens.lower(i + 2)}`) ? i + 1 : -1;
}

const beyondCount = (n: number | null): boolean => n !== null && !(n <= MAX_COUNT);

// The figure a quantity and its wording make, or null for one too large for a count. Before a
// number or a range, a one-sided hedge keeps the end on its side and states it ("at least 10 to 15"
// is at least 10, "up to 10 to 15" at most 15); "about", "nearly" and "just over" move both ends,
// below N for "nearly" and above N for "just over" whatever the tolerance (with t = 0, "nearly 100"
// is [99, 99]). Before a vague word, a one-sided hedge opens the interval on its side, and the
// others keep it.
function figureOf(q: Quantity, t: number, text: string): Figure | null {
  const { type, a, b, kind } = q;
  const number = type === 'exact';
  let low = a;
  let high: number | null = b;
  let stated: number | null = null;
  let hedge: Hedge = type;
  if (type === 'vague') {
    if (kind >= JUST_OVER && kind <= MORE_THAN) high = null;
    if (kind >= AT_MOST) low = 0;
    if (kind !== EXACT) hedge = HEDGE_NAMES[kind] as Hedge;
  } else {
    if (kind === ABOUT) {
      low = boundScale(a, t, -1, 'floor');
      high = boundScale(b, t, 1, 'ceil');
    } else if (kind === NEARLY) {
      high = Math.max(0, b - 1);
      low = Math.min(boundScale(a, t, -1, 'floor'), high);
    } else if (kind === JUST_OVER) {
      low = a + 1;
      high = Math.max(low, boundScale(b, t, 1, 'ceil'));
    } else if (kind === AT_LEAST || kind === MORE_THAN) {
      low = kind === AT_LEAST ? a : a + 1;
      high = null;
    } else if (kind >= AT_MOST) {
      low = 0;
      high = kind === FEWER_THAN ? Math.max(0, b - 1) : b;
    }
    // A one-sided hedge states the end on its side; the others state a number, not a range.
    stated = kind >= AT_LEAST ? (kind >= AT_MOST ? b : a) : number ? a : null;
    if (number || kind >= AT_LEAST) hedge = HEDGE_NAMES[kind] as Hedge;
  }
  // Numbers beyond MAX_COUNT are no counts: a double cannot hold them exactly, and near the largest
  // double ("about 1e308" in digits) a bound overflows.
  return beyondCount(low) || beyondCount(high) || beyondCount(stated) ? null : { low, high, stated, hedge, text };
}

// The quantity of one figure starting at token i, with its hedge, or undefined.
function quantityAt(tokens: Tokens, i: number, options: FigureOptions): Quantity | undefined {
  const prefix = matchPhrase(tokens, i, PREFIX_INDEX);
  if (prefix !== undefined) {
    const kind = prefix.value;
    const after = i + prefix.ids.length;
    return kind >= BETWEEN ? readJoinedRange(tokens, after, kind === BETWEEN ? W.and : W.to) : readQuantity(tokens, after, options, kind);
  }
  const zero = readZero(tokens, i, options);
  return zero >= 0 ? { type: 'exact', a: 0, b: 0, kind: EXACT, next: zero } : readQuantity(tokens, i, options, -1);
}

// A number glued after a hyphen to another number is the second half of "10-15" or "3-1", which
// only the first half can start.
function isSecondHalf(tokens: Tokens, i: number): boolean {
  return isGluedDash(tokens, i - 1) && tokens.kind(i - 2) === NUM;
}

// A quantity with a minus sign is no count: "-5", "−5" (a dash glued to it, not to a word before it,
// as in "F-16"), "minus 5", "negative five".
function isSigned(tokens: Tokens, i: number): boolean {
  const before = tokens.id(i - 1);
  if (before === W.minus || before === W.negative) return true;
  if (tokens.kind(i - 1) !== DASH || tokens.spaced(i)) return false;
  const glued = tokens.kind(i - 2);
  return tokens.spaced(i - 1) || (glued !== WORD && glued !== NUM);
}

function checkOptions(options: FigureOptions, caller: string): number {
  // One message shape for every option, so that the bundle holds its wording once.
  const fail = (name: string, must: string, got: unknown): never => {
    throw new RangeError(`${caller}: options${name} must be ${must}, got ${String(got)}`);
  };
  if (typeof options !== 'object' || options === null) fail('', 'an object', options);
  const { tolerance = 0.1, vague, isTerm } = options;
  if (typeof tolerance !== 'number' || !(tolerance >= 0 && tolerance < 1)) fail('.tolerance', 'a number from 0 up to (not including) 1', tolerance);
  if (isTerm !== undefined && typeof isTerm !== 'function') fail('.isTerm', 'a function', typeof isTerm);
  if (vague === undefined) return tolerance;
  if (typeof vague !== 'object' || vague === null) fail('.vague', 'an object', vague);
  for (const [key, interval] of Object.entries(vague)) {
    if (!Object.hasOwn(DEFAULT_VAGUE, key)) {
      throw new RangeError(`${caller}: options.vague.${key} is not a vague word (${Object.keys(DEFAULT_VAGUE).join(', ')})`);
    }
    const [low, high] = Array.isArray(interval) ? (interval as unknown[]) : [];
    if (!(Number.isSafeInteger(low) && Number.isSafeInteger(high) && (low as number) >= 0 && (low as number) <= (high as number))) {
      fail(`.vague.${key}`, '[low, high], whole numbers with 0 <= low <= high', JSON.stringify(interval));
    }
  }
  return tolerance;
}

const LOOK_BACK = 64;

/**
 * Scans text for figures left to right and hands each to `found` with its span, until `found`
 * returns false. Each token is the start of at most one attempt, and an attempt reads a bounded
 * number of tokens, so the cost is linear; tokens after the last figure wanted are never read.
 *
 * @throws {RangeError} for invalid options, prefixed with `caller`.
 * @example
 * ```ts
 * let count = 0;
 * scanFigures('at least seven soldiers and 9 militants', {}, 'findFigures', () => ++count > 0);
 * count
 * //=> 2
 * ```
 */
export function scanFigures(
  text: string,
  options: FigureOptions,
  caller: string,
  found: (figure: Figure, start: number, end: number) => boolean,
): void {
  const t = checkOptions(options, caller);
  if (typeof text !== 'string') return;
  const tokens = tokenize(text);
  for (let i = 0; ; ) {
    // Figures read a few tokens back (a month before a day, a number before a dash), never more
    // than this many: the tokens before are let go, so that a long text is read through a window.
    tokens.forget(i - LOOK_BACK);
    const kind = tokens.kind(i);
    if (kind === END) break;
    // Only numbers and known words can start a figure.
    if (kind === NUM ? isSecondHalf(tokens, i) : STARTS[tokens.id(i)] !== 1) {
      i++;
      continue;
    }
    // A figure never spans a paragraph break: "at least\n\n7" is the 7 of a new paragraph.
    tokens.fence(i);
    const q = quantityAt(tokens, i, options);
    tokens.fence(-1);
    if (q === undefined) {
      i++;
      continue;
    }
    const figure = figureOf(q, t, tokens.slice(i, q.next));
    // A quantity too large or signed is skipped whole, so that no part of it reads as a count.
    if (figure !== null && !isSigned(tokens, i) && !found(figure, tokens.start(i), tokens.end(q.next - 1))) break;
    i = q.next;
  }
  tokens.release();
}
