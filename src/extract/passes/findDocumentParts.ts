import { CAPTION_WORDS, CREDIT_PHRASES, DATELINE_MARKS, FURNITURE_LABELS } from '../lexicon/page.js';
import { CALENDAR_NAMES, MONTH_INDEX } from '../../internal/calendarWords.js';
import { cityCountry } from '../lexicon/places.js';
import type { Dateline, Sentence, SentenceRole, Words } from '../types.js';

const ARTICLES = new Set(['the', 'a', 'an']);

/** The page around the story: each sentence's role, and the dateline that opens the body. */
export interface DocumentParts {
  /** The sentences again, each with its role; the dateline is cut from the sentence it opens. */
  readonly sentences: Sentence[];
  readonly dateline: Dateline | undefined;
}

const TERMINALS = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']']);
const BULLETS = new Set(['*', '\u2022', '-', '\u2013', '\u2014']);
// A headline is short; a longer line without a full stop is body copy that lost its punctuation.
const MAX_HEADLINE = 40;
const MAX_SUBHEAD = 14;
// A caption line is at most this many tokens, and its credit within the last CREDIT_REACH of them.
const MAX_CAPTION = 80;
const CREDIT_REACH = 8;
// How far into the first body sentence a dateline may run ("MOSUL, Iraq, Oct. 28 (UPI) --").
const MAX_DATELINE = 30;

// Whether a line (tokens first–last) ends without a full stop, question or exclamation mark.
function unpunctuated(words: Words, first: number, last: number): boolean {
  let k = last - 1;
  while (k > first && CLOSERS.has(words.low(k))) k--;
  return !TERMINALS.has(words.low(k));
}

// Every word of four letters or more capitalised, and at least three of them: a headline's style,
// whatever mark ends it ("Was It 8,222 People or Just 36?").
const TITLE_WORDS = 3;
function titleCase(words: Words, first: number, last: number): boolean {
  let capitals = 0;
  for (let k = first; k < last; k++) {
    if (!words.isWord(k) || words.low(k).length < 4) continue;
    if (!words.cap(k)) return false;
    capitals++;
  }
  return capitals >= TITLE_WORDS;
}

// "READ MORE: …", "Also read | …", "Related: …": a link to another story, however long its headline.
const LINK_LABELS = new Set(['read', 'also', 'related', 'watch']);
function linksElsewhere(words: Words, first: number): boolean {
  if (!LINK_LABELS.has(words.low(first))) return false;
  const mark = LABEL_MARKS.has(words.low(first + 1)) ? first + 1 : first + 2;
  return LABEL_MARKS.has(words.low(mark));
}

// A line of page furniture: "By Samir Ali - Trend:", "Source:Xinhua Published: …", a bare date line.
function isFurniture(words: Words, first: number, last: number): boolean {
  const opener = words.low(first);
  // ("By Tuesday, 40 had died" opens a sentence of the story: a day or a month is no one's name.)
  // (A name after it stays one: "By June Okafor".)
  // (Nor is a possessive: "By Ana Petrovic's count, 40 died" opens a sentence.)
  if (opener === 'by' && words.cap(first) && words.cap(first + 1) && (!CALENDAR_NAMES.has(words.low(first + 1)) || words.cap(first + 2)) && !words.poss(first + 1) && !words.poss(first + 2)) return true;
  // "Source:", "READ MORE:", "Also Read |": a label of one or two words, then its mark.
  if (FURNITURE_LABELS.has(opener) && (LABEL_MARKS.has(words.low(first + 1)) || (words.isWord(first + 1) && FURNITURE_LABELS.has(words.low(first + 1)) || words.low(first + 1) === 'more') && LABEL_MARKS.has(words.low(first + 2)))) return true;
  if (words.low(last - 1) === ':' && last - first <= 8) return true;
  // A date, a time zone, a place line: no lower-case word of three letters or more, and few words
  // at all (a headline in title case has more).
  let named = 0;
  for (let k = first; k < last; k++) {
    if (!words.isWord(k)) continue;
    if (!words.cap(k) && words.low(k).length >= 3) return false;
    named++;
  }
  return named <= 3;
}

// Where a byline that opens a sentence of the story ends: after "By" and a name in capitalised
// words, at a place in capitals ("By Ana Petrovic KESA (Reuters) -"); -1 for none.
function bylineEnd(words: Words, sentence: Sentence): number {
  if (words.low(sentence.first) !== 'by' || !words.cap(sentence.first)) return -1;
  let k = sentence.first + 1;
  while (k < sentence.last && k - sentence.first <= 5 && words.cap(k) && !words.upper(k)) k++;
  return k > sentence.first + 1 && words.upper(k) && k + 2 < sentence.last && datelineAt(words, { ...sentence, first: k }) !== undefined ? k : -1;
}

const LABEL_MARKS = new Set([':', '|']);

function isCaption(words: Words, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (CAPTION_WORDS.has(words.low(k))) return true;
  return false;
}

// "… in Dorvo on May 3. PHOTO | Kesh Times": a labelled picture credit that ends a short line makes the
// whole line a caption, however many sentences it has (a credit inside long scraped copy does not).
function endsWithPictureCredit(words: Words, first: number, last: number): boolean {
  if (last - first > MAX_CAPTION) return false;
  for (let k = Math.max(first, last - CREDIT_REACH); k + 1 < last; k++) if (CAPTION_WORDS.has(words.low(k)) && LABEL_MARKS.has(words.low(k + 1))) return true;
  return false;
}

// The credit phrases by their first word, so that a sentence is read once, not once per phrase.
const CREDITS_BY_HEAD = new Map<string, (readonly string[])[]>();
for (const phrase of CREDIT_PHRASES) CREDITS_BY_HEAD.set(phrase[0] as string, [...(CREDITS_BY_HEAD.get(phrase[0] as string) ?? []), phrase]);

function isCredit(words: Words, first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const phrases = CREDITS_BY_HEAD.get(words.low(k));
    if (phrases !== undefined && phrases.some((phrase) => phrase.every((w, n) => words.low(k + n) === w))) return true;
  }
  return false;
}

// Where a known city written in capitals that opens the sentence ends, when a capitalised word of
// the sentence follows it ("CAIRO Egypt's", "NEW DELHI The"); -1 for none.
function shoutedCity(words: Words, sentence: Sentence): number {
  for (let n = 1; n <= 2 && sentence.first + n < sentence.last; n++) {
    const last = sentence.first + n;
    let upper = true;
    for (let k = sentence.first; k < last; k++) upper &&= words.isWord(k) && words.upper(k) && words.low(k).length >= 3;
    if (!upper) return -1;
    const name = words.text.slice(words.start(sentence.first), words.end(last - 1));
    if (cityCountry(name) !== undefined && words.isWord(last) && words.cap(last) && !words.upper(last)) return last;
  }
  return -1;
}

// The dateline at the start of a body sentence: capitalised place words, commas, a date and an
// outlet in brackets, up to a dash or a colon. A run of lower-case words means it is prose.
function datelineAt(words: Words, sentence: Sentence): Dateline | undefined {
  let k = sentence.first;
  const end = Math.min(sentence.last, sentence.first + MAX_DATELINE);
  if (!words.cap(k)) return undefined;
  // "CAIRO Egypt's health ministry said": a city in capitals run into the sentence with no mark
  // (with a mark or an outlet in brackets near, the dateline is read in full below).
  let marked = false;
  for (let n = k; n < end && !marked; n++) marked = (DATELINE_MARKS.has(words.low(n)) && (words.low(n) === ':' || words.spaced(n))) || words.low(n) === '(';
  const shouted = marked ? -1 : shoutedCity(words, sentence);
  if (shouted > 0) return { first: sentence.first, last: shouted, place: words.text.slice(words.start(sentence.first), words.end(shouted - 1)), outlet: undefined };
  let placeEnd = k;
  while (placeEnd < end && (words.cap(placeEnd) || (words.low(placeEnd) === '.' && !words.spaced(placeEnd)))) placeEnd++;
  if (placeEnd === k) return undefined;
  const shouting = words.upper(k) || words.low(k).length <= 2;
  let outlet: string | undefined;
  let sawBracket = false;
  let sawDate = false;
  const cut = (last: number): Dateline => {
    const place = words.text.slice(words.start(sentence.first), words.end(placeEnd - 1)).replace(/[,\s]+$/, '');
    return { first: sentence.first, last, place, outlet: outlet === '' ? undefined : outlet };
  };
  for (k = placeEnd; k < end; k++) {
    const low = words.low(k);
    if (low === '(') {
      let close = k + 1;
      while (close < end && words.low(close) !== ')') close++;
      if (close >= end) return undefined;
      outlet = words.text.slice(words.start(k + 1), words.end(close - 1)).split(/\s+[/\u2013\u2014-]\s+|\s*\/\s*/)[0]?.trim();
      sawBracket = true;
      k = close;
      // "New Delhi, Aug 29 (IANS) The Bihar government says": a place, a date and an agency's
      // initials run into the sentence with no mark between.
      if (sawDate && /^[A-Z]{2,6}$/.test(outlet ?? '') && words.cap(k + 1) && words.isWord(k + 1) && k + 1 < sentence.last) return cut(k + 1);
      continue;
    }
    if (DATELINE_MARKS.has(low) && (low === ':' || words.spaced(k))) {
      // "BANGKOK:", "KABUL (AP) —": a colon after a place alone, or any mark after capitals or an outlet.
      if (low !== ':' && !sawBracket && !shouting) return undefined;
      let last = k + 1;
      while (last < sentence.last && DATELINE_MARKS.has(words.low(last))) last++;
      if (last >= sentence.last) return undefined;
      return cut(last);
    }
    sawDate ||= words.isNum(k);
    // "Port Sudan, Nov 18 The army said": a place and a month's day run into the sentence's article.
    if (words.isNum(k) && MONTH_INDEX.has(words.low(words.low(k - 1) === '.' ? k - 2 : k - 1)) && ARTICLES.has(words.low(k + 1)) && words.cap(k + 1) && k + 1 < sentence.last) return cut(k + 1);
    if (low === ',' || words.isNum(k) || words.cap(k) || (low === '.' && !words.spaced(k))) continue;
    return undefined;
  }
  return undefined;
}

/**
 * Tells the story from the page around it. Lines at the top without a full stop are the headline
 * block (title, deck, bullets), as are short unpunctuated lines between paragraphs (subheads);
 * "By …" and labelled lines ("Source:", "Published:") and bare date lines are page furniture;
 * sentences with "pictured" or "Photo" are captions; "contributed to this report" is a credit. A
 * dateline ("KABUL (AP) —", "BANGKOK:") opening the first body sentence is cut from it: it names
 * where the report was filed and, in brackets, the outlet.
 */
export function findDocumentParts(words: Words, sentences: readonly Sentence[]): DocumentParts {
  const out: Sentence[] = [];
  let top = true;
  let dateline: Dateline | undefined;
  // Each line's tokens and sentence count, in one pass: sentences come in order of their lines.
  const lines = new Map<number, { first: number; last: number; count: number; credited: boolean }>();
  for (const sentence of sentences) {
    const line = lines.get(sentence.paragraph);
    if (line === undefined) lines.set(sentence.paragraph, { first: sentence.first, last: sentence.last, count: 1, credited: false });
    else {
      line.last = sentence.last;
      line.count++;
    }
  }
  for (const line of lines.values()) line.credited = endsWithPictureCredit(words, line.first, line.last);
  for (let s = 0; s < sentences.length; s++) {
    let sentence = sentences[s] as Sentence;
    const line = lines.get(sentence.paragraph) as { first: number; last: number; count: number; credited: boolean };
    const lineFirst = line.first;
    const lineLast = line.last;
    const alone = line.count === 1;
    let role: SentenceRole = 'body';
    const bare = unpunctuated(words, lineFirst, lineLast) || (top && titleCase(words, lineFirst, lineLast));
    const bullet = BULLETS.has(words.low(lineFirst)) && words.lineBefore(lineFirst);
    // "By Ana Petrovic KESA (Reuters) - A local official said …": a byline run into the first
    // paragraph ends where the dateline's place begins; the rest is the story.
    const byline = top && sentence.first === lineFirst ? bylineEnd(words, sentence) : -1;
    if (byline > 0) {
      out.push({ ...sentence, last: byline, end: words.end(byline - 1), role: 'byline' });
      sentence = { ...sentence, first: byline, start: words.start(byline) };
    } else if (isFurniture(words, lineFirst, lineLast) && (top || lineLast - lineFirst <= 12 || linksElsewhere(words, lineFirst))) role = 'byline';
    else if (top && (bullet || (bare && lineLast - lineFirst <= MAX_HEADLINE))) role = 'headline';
    else if (!top && alone && bare && lineLast - lineFirst <= MAX_SUBHEAD && words.cap(lineFirst) && s + 1 < sentences.length) role = 'headline';
    else if (isCaption(words, sentence.first, sentence.last) || line.credited) role = 'caption';
    else if (isCredit(words, sentence.first, sentence.last)) role = 'byline';
    if (role === 'body' && top) {
      top = false;
      dateline = datelineAt(words, sentence);
      if (dateline !== undefined) {
        out.push({ ...sentence, last: dateline.last, end: words.end(dateline.last - 1), role: 'byline' });
        out.push({ ...sentence, first: dateline.last, start: words.start(dateline.last), role });
        continue;
      }
    }
    out.push({ ...sentence, role });
  }
  return { sentences: out, dateline };
}
