import type { Token } from './tokenize.js';

/** A number read from tokens: its value and the index of the first token after it. */
export interface NumberRead {
  readonly value: number;
  readonly next: number;
  /** The multiplier word that ended it ("million" in "1.5 million"), or 1. */
  readonly magnitude: number;
}

const UNITS = new Map<string, number>([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19],
]);

const TENS = new Map<string, number>([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Words that multiply what precedes them, largest first. */
export const MAGNITUDES = new Map<string, number>([
  ['billion', 1e9], ['bn', 1e9], ['million', 1e6], ['thousand', 1e3], ['hundred', 100], ['dozen', 12],
]);

const word = (t: Token | undefined): string | undefined => (t !== undefined && t.kind === 'word' ? t.text : undefined);

// 0–99 in words: "seven", "seventeen", "seventy", "seventy-seven", "seventy seven".
function readSmall(tokens: readonly Token[], i: number): NumberRead | undefined {
  const w = word(tokens[i]);
  if (w === undefined) return undefined;
  const unit = UNITS.get(w);
  if (unit !== undefined) return { value: unit, next: i + 1, magnitude: 1 };
  const tens = TENS.get(w);
  if (tens === undefined) return undefined;
  const dash = tokens[i + 1];
  if (dash?.kind === 'dash' && !dash.spaced) {
    const after = tokens[i + 2];
    const u = UNITS.get(word(after) ?? '');
    if (after !== undefined && !after.spaced && u !== undefined && u >= 1 && u <= 9) {
      return { value: tens + u, next: i + 3, magnitude: 1 };
    }
  }
  const u = UNITS.get(word(tokens[i + 1]) ?? '');
  if (u !== undefined && u >= 1 && u <= 9) return { value: tens + u, next: i + 2, magnitude: 1 };
  return { value: tens, next: i + 1, magnitude: 1 };
}

// The leading part of a number: digits, a word number below 100, or "a"/"an" before a magnitude.
function readLead(tokens: readonly Token[], i: number): NumberRead | undefined {
  const t = tokens[i];
  if (t === undefined) return undefined;
  if (t.kind === 'num') {
    // Digits glued to a preceding word ("G20", "F16") are names, not counts.
    // So are digits after a hyphen glued to a word ("F-16", "COVID-19").
    const before = tokens[i - 1];
    if (!t.spaced && before !== undefined) {
      if (before.kind === 'word') return undefined;
      if (before.kind === 'dash' && !before.spaced && tokens[i - 2]?.kind === 'word') return undefined;
    }
    return Number.isFinite(t.value) ? { value: t.value, next: i + 1, magnitude: 1 } : undefined;
  }
  if (t.kind !== 'word') return undefined;
  if (t.text === 'a' || t.text === 'an') {
    const m = word(tokens[i + 1]);
    if (m !== undefined && MAGNITUDES.has(m) && m !== 'bn') return { value: 1, next: i + 1, magnitude: 1 };
    return undefined;
  }
  return readSmall(tokens, i);
}

// Multiplies exactly: 1.5 × 1,000,000 is 15 × 100,000, where floating point could give 1499999.99….
function scale(t: Token, m: number): number {
  if (t.decimals === 0) return t.value * m;
  const shift = 10 ** t.decimals;
  return m % shift === 0 ? Number(t.text.replace('.', '')) * (m / shift) : t.value * m;
}

/**
 * Reads a cardinal number at token `i`: digits with separators and decimals ("1,200", "7.5"),
 * words ("twenty-five", "one hundred and twenty", "a dozen"), or both ("1.5 million").
 * Large magnitudes must fall as the number goes on ("two thousand three hundred"), which bounds how
 * many tokens one number can take.
 *
 * @example
 * ```ts
 * readNumber(tokenize('one hundred and twenty people'), 0)
 * //=> { value: 120, next: 4, magnitude: 1 }
 * ```
 */
export function readNumber(tokens: readonly Token[], i: number): NumberRead | undefined {
  const lead = readLead(tokens, i);
  if (lead === undefined) return undefined;
  const first = tokens[i];
  if (first?.kind === 'num') {
    // Digits take at most one magnitude word: "1.5 million", "200 thousand", "two dozen".
    const m = MAGNITUDES.get(word(tokens[lead.next]) ?? '');
    if (m === undefined) return lead;
    const value = scale(first, m);
    return Number.isFinite(value) ? { value, next: lead.next + 1, magnitude: m } : undefined;
  }
  let total = 0;
  let group = lead.value;
  let next = lead.next;
  let lastBig = Number.POSITIVE_INFINITY;
  let magnitude = 1;
  for (;;) {
    const m = MAGNITUDES.get(word(tokens[next]) ?? '');
    if (m === 12) {
      // "a dozen", "two dozen": dozen ends a number.
      if (group === 0 || total > 0) break;
      return { value: group * 12, next: next + 1, magnitude: 12 };
    }
    if (m === 100) {
      if (group === 0 || group >= 100) break;
      group *= 100;
    } else if (m !== undefined) {
      if (m >= lastBig || group === 0) break;
      total += group * m;
      group = 0;
      lastBig = m;
    } else {
      break;
    }
    magnitude = m;
    next++;
    // After a magnitude, a smaller number may follow, with or without "and": "a hundred and twenty".
    const k = word(tokens[next]) === 'and' ? next + 1 : next;
    const small = readSmall(tokens, k);
    if (small === undefined || small.value === 0) continue;
    const following = MAGNITUDES.get(word(tokens[small.next]) ?? '');
    // "one thousand five hundred" keeps going; "a hundred and two thousand" does not parse as one.
    if (following !== undefined && following !== 100 && following >= lastBig) break;
    if (following === 100 && group % 1000 !== 0) break;
    group += small.value;
    next = small.next;
    magnitude = 1;
  }
  return { value: total + group, next, magnitude };
}
