import { NUM, WORD, tokenize } from '../tokenize.js';

/**
 * The tokens of an article as extraction reads them, in parallel arrays: the figure scanner's
 * tokens (so figure spans fall on token boundaries), with the letter case, possessives and line
 * breaks that attribution needs. Reads past the end give `''`, `false` and the text's length.
 */
export interface Words {
  readonly text: string;
  readonly count: number;
  /** Lower-cased token text; a possessive "'s" is dropped ("Pakistan's" → "pakistan"). */
  low(i: number): string;
  /** A word (letters). */
  isWord(i: number): boolean;
  /** A number written in digits. */
  isNum(i: number): boolean;
  /** A word that starts with a capital letter. */
  cap(i: number): boolean;
  /** A word of two or more letters, all capitals ("TTP", "NDMA"). */
  upper(i: number): boolean;
  /** A word that ended in a possessive "'s". */
  poss(i: number): boolean;
  /** Whether a line break comes before the token. */
  lineBefore(i: number): boolean;
  /** Whether whitespace comes before the token. */
  spaced(i: number): boolean;
  start(i: number): number;
  /** Exclusive. */
  end(i: number): number;
}

const CAP = 1;
const UPPER = 2;
const POSS = 4;
const LINE = 8;
const SPACED = 16;

function isUpperLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

// "'s" or "’s" at the end of a word.
function possessiveAt(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const a = word.charCodeAt(n - 2);
  const s = word.charCodeAt(n - 1);
  return (a === 39 || a === 0x2019) && (s === 115 || s === 83);
}

/**
 * Reads every token of `text` once, in time linear in its length.
 *
 * @example
 * ```ts
 * const words = readWords("Pakistan's army said.");
 * [words.count, words.low(0), words.poss(0), words.cap(0), words.low(3)]
 * //=> [4, 'pakistan', true, true, '.']
 * ```
 */
export function readWords(text: string): Words {
  const lows: string[] = [];
  const flags: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: number[] = [];
  const tokens = tokenize(text);
  let previousEnd = 0;
  for (let i = 0; ; i++) {
    const kind = tokens.kind(i);
    if (kind === 0) break;
    const start = tokens.start(i);
    const end = tokens.end(i);
    let flag = tokens.spaced(i) ? SPACED : 0;
    for (let k = previousEnd; k < start; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
        flag |= LINE;
        break;
      }
    }
    previousEnd = end;
    let low = text.slice(start, end);
    if (kind === WORD) {
      if (possessiveAt(low)) {
        flag |= POSS;
        low = low.slice(0, -2);
      }
      if (isUpperLetter(low.charCodeAt(0))) {
        flag |= CAP;
        if (low.length >= 2 && low === low.toUpperCase() && low !== low.toLowerCase()) flag |= UPPER;
      }
      low = low.toLowerCase();
    }
    lows.push(low);
    flags.push(flag);
    starts.push(start);
    ends.push(end);
    kinds.push(kind);
  }
  tokens.release();
  const count = lows.length;
  const has = (i: number, bit: number): boolean => ((flags[i] ?? 0) & bit) !== 0;
  return {
    text,
    count,
    low: (i) => lows[i] ?? '',
    isWord: (i) => kinds[i] === WORD,
    isNum: (i) => kinds[i] === NUM,
    cap: (i) => has(i, CAP),
    upper: (i) => has(i, UPPER),
    poss: (i) => has(i, POSS),
    lineBefore: (i) => has(i, LINE),
    spaced: (i) => has(i, SPACED),
    start: (i) => starts[i] ?? text.length,
    end: (i) => ends[i] ?? text.length,
  };
}
