import type { Figure, Hedge } from '../claims/schemas.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import { boundScale } from './boundScale.js';
import { DEFAULT_VAGUE, type FigureOptions, type VagueWord } from './figureOptions.js';
import { MAGNITUDES, readNumber } from './readNumber.js';
import { tokenize, type Token } from './tokenize.js';

/** A figure found in text, with the character span of its wording (`end` exclusive). */
export interface FigureMatch {
  readonly figure: Figure;
  readonly start: number;
  readonly end: number;
}

// How a prefix hedges what follows. `just-over` is a more-than with an upper bound; `between` and
// `from` only introduce ranges.
type PrefixKind = Exclude<Hedge, 'range' | 'vague'> | 'just-over' | 'between' | 'from';

const PREFIXES: readonly (readonly [string, PrefixKind])[] = [
  ['only', 'exact'], ['just', 'exact'], ['exactly', 'exact'],
  ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'], ['a minimum of', 'at-least'],
  ['more than', 'more-than'], ['over', 'more-than'], ['upwards of', 'more-than'], ['in excess of', 'more-than'],
  ['just over', 'just-over'],
  ['at most', 'at-most'], ['up to', 'at-most'], ['no more than', 'at-most'], ['as many as', 'at-most'], ['a maximum of', 'at-most'],
  ['fewer than', 'fewer-than'], ['less than', 'fewer-than'], ['under', 'fewer-than'],
  ['about', 'about'], ['around', 'about'], ['approximately', 'about'], ['roughly', 'about'], ['some', 'about'],
  ['an estimated', 'about'], ['estimated', 'about'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just under', 'nearly'],
  ['between', 'between'], ['from', 'from'],
];

// Prefixes by first word, longest first, so "just over" wins over "just".
const PREFIX_INDEX = new Map<string, { words: readonly string[]; kind: PrefixKind }[]>();
for (const [phrase, kind] of PREFIXES) {
  const words = phrase.split(' ');
  const head = words[0] as string;
  const list = PREFIX_INDEX.get(head) ?? [];
  list.push({ words, kind });
  list.sort((a, b) => b.words.length - a.words.length);
  PREFIX_INDEX.set(head, list);
}

const word = (tokens: readonly Token[], i: number): string | undefined => {
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' ? t.text : undefined;
};

function matchWords(tokens: readonly Token[], i: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) if (word(tokens, i + k) !== words[k]) return -1;
  return i + words.length;
}

// What a quantity expression read after any prefix.
type Quantity =
  | { type: 'number'; n: number; suffix: 'at-least' | 'at-most' | 'about' | undefined; next: number }
  | { type: 'range'; a: number; b: number; next: number }
  | { type: 'vague'; low: number; high: number; next: number };

const VAGUE_HEADS: readonly (readonly [string, VagueWord])[] = [
  ['a few', 'a few'], ['a handful', 'a handful'], ['several', 'several'], ['dozens', 'dozens'],
  ['scores', 'scores'], ['hundreds of thousands', 'hundreds of thousands'], ['hundreds', 'hundreds'],
  ['tens of thousands', 'tens of thousands'], ['thousands', 'thousands'], ['millions', 'millions'],
];
const VAGUE_INDEX = new Map<string, { words: readonly string[]; key: VagueWord }[]>();
for (const [phrase, key] of VAGUE_HEADS) {
  const words = phrase.split(' ');
  const head = words[0] as string;
  const list = VAGUE_INDEX.get(head) ?? [];
  list.push({ words, key });
  VAGUE_INDEX.set(head, list);
}

function readVague(tokens: readonly Token[], i: number, options: FigureOptions): Quantity | undefined {
  const candidates = VAGUE_INDEX.get(word(tokens, i) ?? '');
  if (candidates === undefined) return undefined;
  for (const { words, key } of candidates) {
    const next = matchWords(tokens, i, words);
    if (next < 0) continue;
    const [low, high] = options.vague?.[key] ?? DEFAULT_VAGUE[key];
    if (key === 'a few' || key === 'several' || key === 'a handful') {
      // "several hundred", "a few thousand", "several hundred thousand": the vague word multiplies.
      let m = 1;
      let k = next;
      let last = Number.POSITIVE_INFINITY;
      for (;;) {
        const mag = MAGNITUDES.get(word(tokens, k) ?? '');
        if (mag === undefined || mag >= last) break;
        m *= mag;
        last = mag;
        k++;
        if (mag === 12) break;
      }
      if (m > 1) return { type: 'vague', low: low * m, high: high * m, next: k };
    }
    return { type: 'vague', low, high, next };
  }
  return undefined;
}

function readQuantity(tokens: readonly Token[], i: number, options: FigureOptions): Quantity | undefined {
  const vague = readVague(tokens, i, options);
  if (vague !== undefined) return vague;
  const first = readNumber(tokens, i);
  if (first === undefined) return undefined;
  const k = first.next;
  const t = tokens[k];
  const w = word(tokens, k);
  // Ranges: "10 to 15", "10-15", "10–15", "two or three".
  const isDash = t?.kind === 'dash';
  if (w === 'to' || w === 'or' || isDash) {
    const secondAt = k + 1;
    const second = readNumber(tokens, secondAt);
    // A hyphen between digits ranges only when nothing else is glued around it ("10-15", not "F-16").
    const dashOk = !isDash || (tokens[i]?.kind === 'num' && tokens[secondAt]?.kind === 'num') || t.text !== '-';
    if (second !== undefined && dashOk) {
      let a = first.value;
      const b = second.value;
      // "2 to 3 million": the magnitude of the second number applies to a bare first one.
      if (second.magnitude >= 100 && first.magnitude === 1 && a < second.value / second.magnitude) {
        a *= second.magnitude;
      }
      return { type: 'range', a: Math.min(a, b), b: Math.max(a, b), next: second.next };
    }
  }
  // Suffix hedges: "300-plus", "300+", "300 or so", "300 or more", "300 or fewer".
  if (t?.kind === 'plus' && !t.spaced) return { type: 'number', n: first.value, suffix: 'at-least', next: k + 1 };
  if (isDash && !t.spaced && word(tokens, k + 1) === 'plus' && tokens[k + 1]?.spaced === false) {
    return { type: 'number', n: first.value, suffix: 'at-least', next: k + 2 };
  }
  if (w === 'or') {
    const w2 = word(tokens, k + 1);
    if (w2 === 'so') return { type: 'number', n: first.value, suffix: 'about', next: k + 2 };
    if (w2 === 'more') return { type: 'number', n: first.value, suffix: 'at-least', next: k + 2 };
    if (w2 === 'fewer' || w2 === 'less') return { type: 'number', n: first.value, suffix: 'at-most', next: k + 2 };
  }
  return { type: 'number', n: first.value, suffix: undefined, next: k };
}

function isDefaultTerm(w: string): boolean {
  const vocabulary = getDefaultVocabulary();
  return w === 'casualties' || vocabulary.subject(w).known || vocabulary.outcome(w).known;
}

// "no one", "nobody", "none", "zero", "no soldiers": zero, exact. Returns the index after the zero word.
function readZero(tokens: readonly Token[], i: number, options: FigureOptions): number {
  const w = word(tokens, i);
  if (w === 'nobody' || w === 'none' || w === 'zero') return i + 1;
  if (w !== 'no') return -1;
  const next = tokens[i + 1];
  if (next?.kind === 'dash' && !next.spaced && word(tokens, i + 2) === 'one') return i + 3;
  const after = word(tokens, i + 1);
  if (after === undefined) return -1;
  if (after === 'one') return i + 2;
  const isTerm = options.isTerm ?? isDefaultTerm;
  return isTerm(after) ? i + 1 : -1;
}

const exact = (n: number): Figure => ({ low: n, high: n, stated: n, hedge: 'exact' });

function numberFigure(kind: PrefixKind | undefined, n: number, t: number): Figure {
  switch (kind) {
    case 'at-least':
      return { low: Math.ceil(n), high: null, stated: n, hedge: 'at-least' };
    case 'more-than':
      return { low: Math.floor(n) + 1, high: null, stated: n, hedge: 'more-than' };
    case 'just-over': {
      const low = Math.floor(n) + 1;
      return { low, high: Math.max(low, boundScale(n, t, 1, 'ceil')), stated: n, hedge: 'more-than' };
    }
    case 'at-most':
      return { low: 0, high: Math.floor(n), stated: n, hedge: 'at-most' };
    case 'fewer-than':
      return { low: 0, high: Math.max(0, Math.ceil(n) - 1), stated: n, hedge: 'fewer-than' };
    case 'about':
      return { low: boundScale(n, t, -1, 'floor'), high: boundScale(n, t, 1, 'ceil'), stated: n, hedge: 'about' };
    case 'nearly': {
      const low = boundScale(n, t, -1, 'floor');
      return { low, high: Math.max(low, Math.ceil(n) - 1), stated: n, hedge: 'nearly' };
    }
    default:
      return exact(n);
  }
}

function vagueFigure(kind: PrefixKind | undefined, low: number, high: number): Figure {
  switch (kind) {
    case 'at-least':
    case 'more-than':
    case 'just-over':
      return { low, high: null, stated: null, hedge: kind === 'at-least' ? 'at-least' : 'more-than' };
    case 'at-most':
    case 'fewer-than':
      return { low: 0, high, stated: null, hedge: kind };
    case 'about':
    case 'nearly':
      return { low, high, stated: null, hedge: kind };
    default:
      return { low, high, stated: null, hedge: 'vague' };
  }
}

function readPrefix(tokens: readonly Token[], i: number): { kind: PrefixKind; next: number } | undefined {
  const candidates = PREFIX_INDEX.get(word(tokens, i) ?? '');
  if (candidates === undefined) return undefined;
  for (const { words, kind } of candidates) {
    const next = matchWords(tokens, i, words);
    if (next >= 0) return { kind, next };
  }
  return undefined;
}

// One figure starting at token i, or undefined.
function figureAt(
  tokens: readonly Token[],
  i: number,
  options: FigureOptions,
  t: number,
): { figure: Figure; next: number } | undefined {
  const prefix = readPrefix(tokens, i);
  if (prefix !== undefined) {
    if (prefix.kind === 'between' || prefix.kind === 'from') {
      const a = readNumber(tokens, prefix.next);
      const joiner = prefix.kind === 'between' ? 'and' : 'to';
      if (a === undefined || word(tokens, a.next) !== joiner) return undefined;
      const b = readNumber(tokens, a.next + 1);
      if (b === undefined) return undefined;
      const low = Math.min(a.value, b.value);
      const high = Math.max(a.value, b.value);
      return { figure: { low, high, stated: null, hedge: 'range' }, next: b.next };
    }
    const q = readQuantity(tokens, prefix.next, options);
    if (q === undefined) return undefined;
    if (q.type === 'number') return { figure: numberFigure(prefix.kind, q.n, t), next: q.next };
    if (q.type === 'vague') return { figure: vagueFigure(prefix.kind, q.low, q.high), next: q.next };
    // Only the "about" family widens a range; other hedges before a range are left to the range.
    if (prefix.kind !== 'about') return undefined;
    return {
      figure: { low: boundScale(q.a, t, -1, 'floor'), high: boundScale(q.b, t, 1, 'ceil'), stated: null, hedge: 'range' },
      next: q.next,
    };
  }
  const zero = readZero(tokens, i, options);
  if (zero >= 0) return { figure: exact(0), next: zero };
  const q = readQuantity(tokens, i, options);
  if (q === undefined) return undefined;
  if (q.type === 'number') return { figure: numberFigure(q.suffix, q.n, t), next: q.next };
  if (q.type === 'vague') return { figure: vagueFigure(undefined, q.low, q.high), next: q.next };
  return { figure: { low: q.a, high: q.b, stated: null, hedge: 'range' }, next: q.next };
}

function checkOptions(options: FigureOptions, caller: string): number {
  const t = options.tolerance ?? 0.1;
  if (typeof t !== 'number' || !(t >= 0 && t < 1)) {
    throw new RangeError(`${caller}: options.tolerance must be a number from 0 up to (not including) 1, got ${String(t)}`);
  }
  for (const [key, interval] of Object.entries(options.vague ?? {})) {
    if (!Object.hasOwn(DEFAULT_VAGUE, key)) {
      throw new RangeError(`${caller}: options.vague.${key} is not a vague word (${Object.keys(DEFAULT_VAGUE).join(', ')})`);
    }
    const [low, high] = interval ?? [];
    if (!(typeof low === 'number' && typeof high === 'number' && low >= 0 && low <= high && Number.isFinite(high))) {
      throw new RangeError(`${caller}: options.vague.${key} must be [low, high] with 0 <= low <= high, got ${JSON.stringify(interval)}`);
    }
  }
  return t;
}

/**
 * Scans text for figures left to right, at most `limit` of them. Each token is the start of at most
 * one attempt, and an attempt reads a bounded number of tokens, so the cost is linear.
 *
 * @example
 * ```ts
 * scanFigures('at least seven soldiers and 9 militants', {}, 'findFigures', Infinity).length
 * //=> 2
 * ```
 */
export function scanFigures(text: string, options: FigureOptions, caller: string, limit: number): FigureMatch[] {
  const t = checkOptions(options, caller);
  const matches: FigureMatch[] = [];
  if (typeof text !== 'string') return matches;
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length && matches.length < limit; ) {
    const found = figureAt(tokens, i, options, t);
    if (found === undefined) {
      i++;
      continue;
    }
    const start = (tokens[i] as Token).start;
    const end = (tokens[found.next - 1] as Token).end;
    matches.push({ figure: { ...found.figure, text: text.slice(start, end) }, start, end });
    i = found.next;
  }
  return matches;
}
