import { MAX_COUNT } from './maxCount.js';
import type { Figure, Hedge } from './schemas.js';
import { inDefaultVocabulary } from '../vocabulary/inDefaultVocabulary.js';
import { singular } from '../vocabulary/singular.js';
import { detachText } from '../internal/detachText.js';
import { boundScale } from './boundScale.js';
import { DEFAULT_VAGUE } from './figureOptions.js';
import type { FigureOptions, VagueWord } from './types.js';
import { numberRead, readNumber, startsNumber } from './readNumber.js';
import { DASH, END, ID_SHIFT, KIND, NUM, PLUS, SPACED, WORD } from './lexToken.js';
import { attemptAt, beginScan, end, id, isGluedDash, kind, lower, restoreTokens, saveTokens, slice, spaced, start, tokenAt } from './figureTokens.js';
import { W, WORD_COUNT, type KnownWord } from './knownWords.js';
import type { FigureMatch } from './types.js';

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
  'about,around,approximately,roughly,some,an estimated,estimated,more or less',
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
function matchPhrase<T>(i: number, index: readonly (readonly Phrase<T>[] | undefined)[]): Phrase<T> | undefined {
  const candidates = index[id(i)];
  if (candidates === undefined) return undefined;
  outer: for (const phrase of candidates) {
    const { ids } = phrase;
    for (let k = 1; k < ids.length; k++) if (id(i + k) !== ids[k]) continue outer;
    return phrase;
  }
  return undefined;
}

// What a quantity expression read, in one object written over by each reader that succeeds: the
// interval [a, b] of a range or a vague word, or a number n as [n, n]; `type` is the hedge of the
// quantity alone (NUMBER for a number), `kind` the prefix's hedge, else a suffix's ("300 or more"),
// EXACT for none; `next` the token after it.
const NUMBER = 0;
const RANGE = 1;
const VAGUE = 2;
const TYPE_NAMES: readonly Hedge[] = ['exact', 'range', 'vague'];
const q = { type: NUMBER, a: 0, b: 0, kind: EXACT, next: 0 };

function quantity(type: number, a: number, b: number, hedge: number, next: number): true {
  q.type = type;
  q.a = a;
  q.b = b;
  q.kind = hedge;
  q.next = next;
  return true;
}

// The multipliers after "several", "a few" and "a handful" ("several hundred", "a few dozen"): one
// of these words, or "hundred" with one of a thousand or more after it ("hundred thousand").
const MULTIPLIERS = new Float64Array(WORD_COUNT);
for (const [word, m] of [[W.dozen, 12], [W.dozens, 12], [W.hundreds, 100], [W.thousand, 1e3], [W.thousands, 1e3], [W.million, 1e6], [W.millions, 1e6], [W.billion, 1e9]] as const) {
  MULTIPLIERS[word] = m;
}

// Readers of a vague count or a range take `hedge`, the kind of the prefix before it (EXACT for none).
function readVague(i: number, options: FigureOptions, hedge: number): boolean {
  const match = matchPhrase(i, VAGUE_INDEX);
  if (match === undefined) return false;
  const { key, interval } = match.value;
  const after = i + match.ids.length;
  const [low, high] = options.vague === undefined ? interval : (options.vague[key] ?? interval);
  if (key !== 'a few' && key !== 'several' && key !== 'a handful') return quantity(VAGUE, low, high, hedge, after);
  // "several hundred" is [300, 900]: the vague word counts the hundreds.
  let next = after;
  let m = 1;
  if (id(next) === W.hundred) {
    m = 100;
    next++;
  }
  const word = MULTIPLIERS[id(next)] ?? 0;
  if (word > 0 && (m === 1 || word >= 1e3)) {
    m *= word;
    next++;
  }
  return quantity(VAGUE, low * m, high * m, hedge, next);
}

// What `readRange` finds: a range, no second number (the words may still be read otherwise), or
// words that are no figure at all ("3-1", "10-15-year-olds").
const NO_SECOND = 0;
const NOT_A_FIGURE = -1;

/**
 * The range whose first number (`a`, of magnitude `m`) starts at token i and is followed by the
 * joiner at token `joiner` ("to", "or", "and", a dash).
 */
function readRange(i: number, a: number, m: number, joiner: number, hedge: number): number {
  const glued = kind(joiner) === DASH && !spaced(joiner + 1);
  if (!readNumber(joiner + 1)) return glued ? NOT_A_FIGURE : NO_SECOND;
  const { value: b, magnitude, next } = numberRead;
  // "2 to 3 million": the magnitude of the second number applies to a bare first one.
  if (magnitude >= 100 && m === 1 && a < b / magnitude && readNumber(i, magnitude)) a = numberRead.value;
  // A hyphen between a larger and a smaller number is a score or a shortened span, not a range.
  if (!Number.isInteger(a) || !Number.isInteger(b) || (glued && a > b)) return NOT_A_FIGURE;
  return +quantity(RANGE, Math.min(a, b), Math.max(a, b), hedge, next);
}

// `hedge` is the kind of the prefix before the quantity, or -1 for none.
function readQuantity(i: number, options: FigureOptions, hedge: number): boolean {
  const prefixed = Math.max(hedge, EXACT);
  if (readVague(i, options, prefixed)) return true;
  if (!readNumber(i)) return false;
  const { value: n, magnitude, next: k } = numberRead;
  const after = kind(k);
  const word = id(k);
  // Suffix hedges: "300+", "300-plus", "300 plus", "300-odd", "a 3,000-strong force", "300 or so",
  // "300 or more", "300 or fewer", "20,000 at most".
  let suffix = EXACT;
  let next = k;
  if (after === PLUS && !spaced(k)) {
    suffix = AT_LEAST;
    next = k + 1;
  } else if (isGluedDash(k)) {
    const glued = id(k + 1);
    if (glued === W.plus) suffix = AT_LEAST;
    else if (glued === W.odd) suffix = ABOUT;
    if (glued === W.plus || glued === W.odd || glued === W.strong) next = k + 2;
  } else if (word === W.plus && !readNumber(k + 1)) {
    suffix = AT_LEAST;
    next = k + 1;
  } else if (word === W.or || (word === W.at && !readNumber(k + 2))) {
    // ("at least" before a number is the next figure's: "in Ward 5 at least 30".)
    const glued = id(k + 1);
    if (word === W.at) suffix = glued === W.most ? AT_MOST : glued === W.least ? AT_LEAST : EXACT;
    else if (glued === W.so) suffix = ABOUT;
    else if (glued === W.more) suffix = AT_LEAST;
    else if (glued === W.fewer || glued === W.less) suffix = AT_MOST;
    if (suffix !== EXACT) next = k + 2;
  }
  if (next === k && (word === W.to || word === W.or || after === DASH)) {
    // Ranges: "10 to 15", "10-15", "10–15", "two or three".
    const range = readRange(i, n, magnitude, k, prefixed);
    if (range !== NO_SECOND) return range > 0;
  }
  // Counts are whole numbers: "1.5" alone is a measurement, "1.5 million" a count.
  // A prefix's hedge wins over a suffix's.
  return Number.isInteger(n) && quantity(NUMBER, n, n, hedge < 0 ? suffix : hedge, next);
}
// "between N and M", "from N to M", and with a dash, "between 10-15".
function readJoinedRange(i: number, joiner: number): boolean {
  if (!readNumber(i)) return false;
  const { value, magnitude, next } = numberRead;
  return (id(next) === joiner || kind(next) === DASH) && readRange(i, value, magnitude, next, EXACT) > 0;
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
function readZero(i: number, options: FigureOptions): number {
  const word = id(i);
  if (word === W.nobody || word === W.none || word === W.zero) return i + 1;
  if (word !== W.no) return -1;
  if (kind(i + 1) === DASH && !spaced(i + 1) && id(i + 2) === W.one) return i + 3;
  if (id(i + 1) === W.one) return i + 2;
  if (kind(i + 1) !== WORD) return -1;
  const isTerm = options.isTerm ?? isDefaultTerm;
  const after = lower(i + 1);
  if (isTerm(after)) return i + 1;
  return kind(i + 2) === WORD && isTerm(`${after} ${lower(i + 2)}`) ? i + 1 : -1;
}

const beyondCount = (n: number | null): boolean => n !== null && !(n <= MAX_COUNT);

// The figure the quantity read last makes with its wording, or null for one too large for a count.
// Before a number or a range, a one-sided hedge keeps the end on its side and states it ("at least
// 10 to 15" is at least 10, "up to 10 to 15" at most 15); "about", "nearly" and "just over" move
// both ends, below N for "nearly" and above N for "just over" whatever the tolerance (with t = 0,
// "nearly 100" is [99, 99]). Before a vague word, a one-sided hedge opens the interval on its side,
// and the others keep it.
function figureOf(t: number, text: string): Figure | null {
  const { type, a, b, kind: hedgeKind } = q;
  const number = type === NUMBER;
  let low = a;
  let high: number | null = b;
  let stated: number | null = null;
  let hedge = TYPE_NAMES[type] as Hedge;
  if (type === VAGUE) {
    if (hedgeKind >= JUST_OVER && hedgeKind <= MORE_THAN) high = null;
    if (hedgeKind >= AT_MOST) low = 0;
    if (hedgeKind !== EXACT) hedge = HEDGE_NAMES[hedgeKind] as Hedge;
  } else {
    if (hedgeKind === ABOUT) {
      low = boundScale(a, t, -1, 'floor');
      high = boundScale(b, t, 1, 'ceil');
    } else if (hedgeKind === NEARLY) {
      high = Math.max(0, b - 1);
      low = Math.min(boundScale(a, t, -1, 'floor'), high);
    } else if (hedgeKind === JUST_OVER) {
      low = a + 1;
      high = Math.max(low, boundScale(b, t, 1, 'ceil'));
    } else if (hedgeKind === AT_LEAST || hedgeKind === MORE_THAN) {
      low = hedgeKind === AT_LEAST ? a : a + 1;
      high = null;
    } else if (hedgeKind >= AT_MOST) {
      low = 0;
      high = hedgeKind === FEWER_THAN ? Math.max(0, b - 1) : b;
    }
    // A one-sided hedge states the end on its side; the others state a number, not a range.
    stated = hedgeKind >= AT_LEAST ? (hedgeKind >= AT_MOST ? b : a) : number ? a : null;
    if (number || hedgeKind >= AT_LEAST) hedge = HEDGE_NAMES[hedgeKind] as Hedge;
  }
  // Numbers beyond MAX_COUNT are no counts: a double cannot hold them exactly, and near the largest
  // double ("about 1e308" in digits) a bound overflows.
  return beyondCount(low) || beyondCount(high) || beyondCount(stated) ? null : { low, high, stated, hedge, text };
}

// The quantity of one figure starting at token i, with its hedge, into `q`.
function quantityAt(i: number, options: FigureOptions): boolean {
  const prefix = matchPhrase(i, PREFIX_INDEX);
  if (prefix !== undefined) {
    const hedge = prefix.value;
    const after = i + prefix.ids.length;
    return hedge >= BETWEEN ? readJoinedRange(after, hedge === BETWEEN ? W.and : W.to) : readQuantity(after, options, hedge);
  }
  const zero = readZero(i, options);
  return zero >= 0 ? quantity(NUMBER, 0, 0, EXACT, zero) : readQuantity(i, options, -1);
}

// A quantity with a minus sign is no count: "-5", "−5" (a dash glued to it, not to a word before it,
// as in "F-16"), "minus 5", "negative five".
function isSigned(i: number): boolean {
  const before = id(i - 1);
  if (before === W.minus || before === W.negative) return true;
  if (kind(i - 1) !== DASH || spaced(i)) return false;
  const glued = kind(i - 2);
  return spaced(i - 1) || (glued !== WORD && glued !== NUM);
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

// Whether a scan is under way: a call made while another runs (from a caller's `isTerm`) keeps the
// outer scan's tokens aside.
let running = false;

/**
 * Scans text for figures left to right: pushes each, with its span, onto `matches`, or returns the
 * first when there is no `matches` (then `null` when there is none). Reads the text one token at a
 * time and tries a figure only at a number or at a word that can start one; an attempt reads a
 * bounded number of tokens, so the cost is linear, and the text after the first figure is not read
 * when only the first is wanted.
 *
 * @throws {RangeError} for invalid options, prefixed with `caller`.
 * @example
 * ```ts
 * const matches: FigureMatch[] = [];
 * scanFigures('at least seven soldiers and 9 militants', {}, 'findFigures', matches);
 * matches.length
 * //=> 2
 * ```
 */
export function scanFigures(text: string, options: FigureOptions, caller: string, matches?: FigureMatch[]): Figure | null {
  const t = checkOptions(options, caller);
  if (typeof text !== 'string') return null;
  const saved = running ? saveTokens() : undefined;
  running = true;
  beginScan(text);
  try {
    // `previous` and `beforeThat` are the two tokens before token i, for the second half of "10-15".
    let previous = END;
    let beforeThat = END;
    let skipTo = 0;
    for (let i = 0; ; i++) {
      const meta = tokenAt(i);
      if (meta === END) return null;
      const kindOf = meta & KIND;
      // Only numbers and known words can start a figure; a number glued after a hyphen to another
      // number is the second half of "10-15" or "3-1", which only the first half can start.
      const starts =
        kindOf === NUM
          ? !((previous & KIND) === DASH && (previous & SPACED) === 0 && (meta & SPACED) === 0 && (beforeThat & KIND) === NUM)
          : STARTS[meta >>> ID_SHIFT] === 1;
      beforeThat = previous;
      previous = meta;
      if (i < skipTo || !starts) continue;
      attemptAt(i);
      if (!quantityAt(i, options)) continue;
      skipTo = q.next;
      const figure = figureOf(t, slice(i, q.next));
      // A quantity too large or signed is skipped whole, so that no part of it reads as a count.
      if (figure === null || isSigned(i)) continue;
      if (matches === undefined) return figure;
      matches.push({ figure, start: start(i), end: end(q.next - 1) });
    }
  } finally {
    running = saved !== undefined;
    if (saved !== undefined) restoreTokens(saved);
  }
}
