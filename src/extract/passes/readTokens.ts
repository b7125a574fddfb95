import { END, KIND, lexed, lexToken, NUM, SPACED as SPACE_BEFORE, WORD } from '../../figures/lexToken.js';
import { MONTH_INDEX, WEEKDAY_NAMES } from '../../internal/calendarWords.js';
import { CLOSERS, TERMINALS } from '../lexicon/page.js';
import type { Words } from '../types.js';


const CAP = 1;
const UPPER = 2;
const POSS = 4;
const LINE = 8;
const SPACED = 16;

function isUpperLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

// "'s", "’s" or "`s" at the end of the word text[start, end).
function possessiveAt(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  const a = text.charCodeAt(end - 2);
  const s = text.charCodeAt(end - 1);
  return (a === 39 || a === 0x2019 || a === 96) && (s === 115 || s === 83);
}

// Every letter of text[start, end) a capital ("TTP"); apostrophes and the like are ignored.
function allCapitals(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7)) return false;
  }
  return true;
}

const APOSTROPHES = new Set([39, 0x2019, 96]);
// Words after which a line goes on even when the next opens with a number.
const WRAP_BEFORE_NUMBER = new Set(['and', 'or', 'of', 'to', 'between', 'than', 'at', 'about', 'some', 'nearly', 'least', 'over', 'from', 'by', 'with', 'the', 'another', 'only', 'just']);

// A line that goes on in lower case after a word or comma: three of them mark copy wrapped at a
// fixed width, where a line may go on with a name too ("the rights group Kesh\nWatch said").
const LOWER_WRAP = /[\p{Ll},][ \t]*\r?\n[ \t]*\p{Ll}/gu;
const HARD_WRAPPED_LINES = 3;
const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);
const opensWithDay = (word: string): boolean => MONTH_INDEX.has(word) || WEEKDAYS.has(word);
// Words no heading ends with: a line that ends with one goes on, wherever it stands.
const LINE_GOES_ON = new Set([',', 'and', 'or', 'but', 'of', 'the', 'a', 'an', 'to', 'in', 'for', 'with', 'by', 'that', 'on', 'at', 'as', 'from']);
// The fewest characters of a line that wraps copy: shorter lines are headings, bylines and datelines.
const WRAPPED_LINE = 40;

function hardWrapped(text: string): boolean {
  LOWER_WRAP.lastIndex = 0;
  for (let n = 0; LOWER_WRAP.exec(text) !== null; ) if (++n >= HARD_WRAPPED_LINES) return true;
  return false;
}

function grow<T extends Uint8Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Reads every token of `text` once, in time linear in its length.
 */
export function readTokens(text: string): Words {
  const lows: string[] = [];
  // Numbers live in typed arrays, which the garbage collector never walks: a 10 MB text has
  // millions of tokens.
  let capacity = 64;
  let flags = new Uint8Array(capacity);
  let kinds = new Uint8Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let count = 0;
  // One lower-casing pass for the whole text, sliced per token; where lower-casing changes the
  // length (a few Unicode letters), offsets would drift, so each token is lower-cased instead.
  const lowered = text.toLowerCase();
  const aligned = lowered.length === text.length;
  const wrappedCopy = hardWrapped(text);
  let previousEnd = 0;
  let lineStart = 0;
  // Whether the line being read opens the text or follows a blank line, where headings stand.
  let headingPlace = true;
  for (let pos = 0; ; ) {
    const meta = lexToken(text, pos);
    const kind = meta & KIND;
    if (kind === END) break;
    const { start, end } = lexed;
    pos = end;
    let flag = (meta & SPACE_BEFORE) !== 0 ? SPACED : 0;
    let breaks = 0;
    let lineEnd = -1;
    for (let k = previousEnd; k < start && breaks < 2; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || c === 0x2028 || c === 0x2029) breaks += c === 0x2029 ? 2 : 1;
      else if (c === 13 && text.charCodeAt(k + 1) !== 10) breaks++;
      else continue;
      if (lineEnd < 0) lineEnd = k;
    }
    // A line that goes on in lower case after no sentence's end, closing mark or blank line is one line
    // wrapped, not two: "… it is\napproximately 60 …".
    // So is a number after a word that cannot end a line of its own: "… between 50 and\n60 people".
    const before = count > 0 ? (lows[count - 1] ?? '') : '.';
    let low = aligned ? lowered.slice(start, end) : text.slice(start, end).toLowerCase();
    // (A short line is a heading, byline or dateline, even there: "By Ana Petrovic", "KESH CITY"; so
    // is the text's first line, or one after a blank line, whatever its length, unless it ends with a
    // word no heading ends with or the next line opens with a day or month: "… with Kesh forces\n
    // Thursday near …".)
    const longLine = lineEnd - lineStart >= WRAPPED_LINE && (!headingPlace || LINE_GOES_ON.has(before) || (kind === WORD && opensWithDay(low)));
    if (lineEnd >= 0) {
      lineStart = start;
      headingPlace = breaks > 1;
    }
    // In copy wrapped at a fixed width, any line goes on after a word or comma.
    const openEnded = !TERMINALS.has(before) && !CLOSERS.has(before);
    const wrapped = breaks === 1 && ((kind === WORD && !isUpperLetter(text.charCodeAt(start)) && openEnded) || (kind === NUM && WRAP_BEFORE_NUMBER.has(before)) || (wrappedCopy && longLine && openEnded && (kinds[count - 1] === WORD || before === ',')));
    if (breaks > 0 && !wrapped) flag |= LINE;
    previousEnd = end;
    // "M23", "G20": digits glued to a capitalised word are part of its name, and so is the
    // possessive after them ("M23’s military spokesman").
    if (kind === NUM && count > 0 && ends[count - 1] === start && kinds[count - 1] === WORD && ((flags[count - 1] ?? 0) & (CAP | POSS)) === CAP) {
      let last = end;
      if (possessiveAt(text, start, end + 2) && !/[\p{L}\p{N}]/u.test(text.charAt(end + 2))) {
        flags[count - 1] = (flags[count - 1] ?? 0) | POSS;
        last = end + 2;
        // The apostrophe and the "s" are tokens of their own: read on after the "s".
        lexToken(text, end + 1);
        pos = lexed.end;
      }
      ends[count - 1] = last;
      lows[count - 1] += low;
      previousEnd = last;
      continue;
    }
    if (kind === WORD) {
      let last = end;
      if (possessiveAt(text, start, end)) {
        flag |= POSS;
        low = low.slice(0, -2);
        last -= 2;
      } else if (low.endsWith('s') && APOSTROPHES.has(text.charCodeAt(end)) && !/\p{L}/u.test(text.charAt(end + 1))) {
        // The plural possessive: "organisers' estimate" (the apostrophe stays a token of its own).
        flag |= POSS;
      }
      if (isUpperLetter(text.charCodeAt(start))) {
        flag |= CAP;
        if (last - start >= 2 && allCapitals(text, start, last)) flag |= UPPER;
      }
    }
    if (count === capacity) {
      capacity *= 2;
      flags = grow(flags, new Uint8Array(capacity));
      kinds = grow(kinds, new Uint8Array(capacity));
      starts = grow(starts, new Int32Array(capacity));
      ends = grow(ends, new Int32Array(capacity));
    }
    lows.push(low);
    flags[count] = flag;
    kinds[count] = kind;
    starts[count] = start;
    ends[count] = end;
    count++;
  }
  const inside = (i: number): boolean => i >= 0 && i < count;
  const has = (i: number, bit: number): boolean => inside(i) && ((flags[i] ?? 0) & bit) !== 0;
  return {
    text,
    count,
    // (Inside the bounds only: an index below 0 is a property lookup on the array, which the words
    // before a sentence's first and after its last, asked for everywhere, would pay for.)
    low: (i) => (i >= 0 && i < count ? (lows[i] as string) : ''),
    isWord: (i) => inside(i) && kinds[i] === WORD,
    isNum: (i) => inside(i) && kinds[i] === NUM,
    cap: (i) => has(i, CAP),
    upper: (i) => has(i, UPPER),
    poss: (i) => has(i, POSS),
    lineBefore: (i) => has(i, LINE),
    spaced: (i) => has(i, SPACED),
    start: (i) => (inside(i) ? (starts[i] as number) : text.length),
    end: (i) => (inside(i) ? (ends[i] as number) : text.length),
  };
}
