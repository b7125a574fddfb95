import { partitionPoint } from '../../internal/partitionPoint.js';
import type { Cue, Quote, Sentence, Words } from '../types.js';
import { closesSingleQuote, opensSingleQuote } from './singleQuotes.js';

const OPEN = new Set(['\u201c', '\u2018']);
const CLOSE = new Set(['\u201d', '\u2019']);
const STRAIGHT = new Set(['"']);
// A quote runs at most this many tokens: an unbalanced mark in a long text must not swallow it.
const MAX_QUOTE = 400;
// How many cues on either side of a quotation may speak it.
const QUOTE_CUE_REACH = 8;
const PUNCTUATION = new Set([',', '.', ':', ';', '!', '?', '\u2014', '\u2013', '-']);

// A closing single quote is also an apostrophe ("Lily’s"); one that closes is followed by no letter.
const closes = (words: Words, k: number): boolean => !words.isWord(k + 1) || words.spaced(k + 1);
const opens = (words: Words, k: number): boolean => (k === 0 || words.spaced(k) || PUNCTUATION.has(words.low(k - 1)) || words.lineBefore(k)) && !words.spaced(k + 1);

/**
 * Finds quotations and who speaks them: the cue right after the closing mark ("…,” colonel Badjeck
 * said") or right before the opening one ("Commander Stuart Cundy said: ‘…’"), found in the
 * sentences that hold the marks. A quotation with no cue of its own that opens the paragraph after
 * a quoted speaker's, or the sentence after the speaker's cue, goes on in that speaker's words. Curly marks nest; straight ones pair up, a
 * single one only where it cannot be an apostrophe, within a paragraph. One pass over the tokens.
 */
export function findQuotes(words: Words, sentences: readonly Sentence[], cues: readonly (readonly Cue[])[]): Quote[] {
  const quotes: Quote[] = [];
  const sentenceOf = new Int32Array(words.count).fill(-1);
  sentences.forEach((s, si) => sentenceOf.fill(si, s.first, s.last));
  const stack: number[] = [];
  let straight = -1;
  // A straight single quote pairs only where it cannot be an apostrophe.
  let single = -1;
  const close = (open: number, at: number): void => {
    if (at - open > MAX_QUOTE || at - open < 2) return;
    quotes.push({ first: open + 1, last: at, speaker: undefined });
  };
  for (let k = 0; k < words.count; k++) {
    const low = words.low(k);
    // A single quote left open at a paragraph's end was an apostrophe ("a 'known' commander").
    if (single >= 0 && words.lineBefore(k)) single = -1;
    // "“They came …¶“For now …”": a quotation running on into the next paragraph opens it again
    // and was left open; it ended with its paragraph.
    if (OPEN.has(low) && words.lineBefore(k) && stack.length > 0) close(stack.pop() as number, k);
    if (OPEN.has(low) && opens(words, k)) stack.push(k);
    else if (CLOSE.has(low) && stack.length > 0 && closes(words, k)) close(stack.pop() as number, k);
    else if (STRAIGHT.has(low)) {
      // "“Five were killed," the group said": a straight mark glued after the words, with a curly
      // one open and no straight one, closes the curly one.
      if (straight < 0 && stack.length > 0 && !words.spaced(k) && closes(words, k)) close(stack.pop() as number, k);
      else if (straight < 0) straight = k;
      else {
        close(straight, k);
        straight = -1;
      }
    } else if (single < 0 && opensSingleQuote(words, k)) {
      single = k;
    } else if (single >= 0 && closesSingleQuote(words, k)) {
      close(single, k);
      single = -1;
    }
    if (single >= 0 && k - single > MAX_QUOTE) single = -1;
    if (stack.length > 0 && k - (stack[0] as number) > MAX_QUOTE) stack.length = 0;
    if (straight >= 0 && k - straight > MAX_QUOTE) straight = -1;
  }
  quotes.sort((a, b) => a.first - b.first);

  // The cue that speaks each quotation, looked for among the few cues next to it (cues stand in
  // order of their words), so that a run-on sentence of quotations and cues stays linear.
  const speakerOf = (quote: Quote): { sentence: number; cue: number } | undefined => {
    const after = sentenceOf[quote.last] ?? -1;
    const list = cues[after] ?? [];
    const next = partitionPoint(list.length, (c) => (list[c] as Cue).at <= quote.last);
    for (let c = next; c < list.length && c < next + QUOTE_CUE_REACH; c++) {
      const cue = list[c] as Cue;
      if (cue.phrase !== undefined && !cue.leading && cue.zone.first > quote.last && cue.zone.first <= quote.last + 2) return { sentence: after, cue: c };
    }
    const before = sentenceOf[quote.first - 1] ?? -1;
    const leading = cues[before] ?? [];
    const last = partitionPoint(leading.length, (c) => (leading[c] as Cue).at < quote.first) - 1;
    for (let c = Math.max(0, last - QUOTE_CUE_REACH); c <= last; c++) {
      const cue = leading[c] as Cue;
      if (cue.zone.last >= quote.first - 3 && cue.zone.last <= quote.first) return { sentence: before, cue: c };
    }
    // "The group said it had killed "five …": a quotation opened inside what a cue says is the cue's.
    for (let c = last; c >= 0 && c > last - QUOTE_CUE_REACH; c--) {
      const cue = leading[c] as Cue;
      if (cue.leading && cue.phrase !== undefined && cue.scope.first <= quote.first && quote.first < cue.scope.last) return { sentence: before, cue: c };
    }
    return undefined;
  };
  // "Police chief X confirmed the attack. “So far nine bodies were collected.”": a quotation that
  // opens a sentence with no cue, after a sentence of the same paragraph whose subject spoke, is the
  // subject's.
  const speakerBefore = (quote: Quote): { sentence: number; cue: number } | undefined => {
    const si = sentenceOf[quote.first - 1] ?? -1;
    const sentence = sentences[si];
    const before = sentences[si - 1];
    if (sentence === undefined || before === undefined || sentence.first !== quote.first - 1 || (cues[si]?.length ?? 0) > 0) return undefined;
    // "… the local official said the cause was the crowd.¶"The organizers had sought …"": a quotation
    // that opens the next paragraph is the speaker's whose paragraph ended on what they said.
    const nextParagraph = before.paragraph === sentence.paragraph - 1 && words.lineBefore(quote.first - 1);
    if (before.paragraph !== sentence.paragraph && !nextParagraph) return undefined;
    const list = cues[si - 1] ?? [];
    const c = list.findIndex((cue) => cue.leading && !cue.deny && cue.phrase !== undefined && (nextParagraph || cue.phrase.first <= before.first + 1));
    return c < 0 ? undefined : { sentence: si - 1, cue: c };
  };
  let previous: { quote: Quote; paragraph: number } | undefined;
  return quotes.map((quote) => {
    let speaker = speakerOf(quote);
    const paragraph = sentences[sentenceOf[quote.first] ?? 0]?.paragraph ?? -1;
    // A quotation that opens the next paragraph goes on in the same voice.
    if (speaker === undefined && previous?.quote.speaker !== undefined && paragraph === previous.paragraph + 1 && words.lineBefore(quote.first - 1)) speaker = previous.quote.speaker;
    // "“The boat sank,” Ali Musa said. “We were able to recover 23 bodies.”": a quotation that opens
    // the sentence after its speaker's cue, in the same paragraph, goes on in the same voice.
    const si = sentenceOf[quote.first - 1] ?? -1;
    if (speaker === undefined && previous?.quote.speaker !== undefined && previous.paragraph === paragraph && previous.quote.speaker.sentence === si - 1 && sentences[si]?.first === quote.first - 1) speaker = previous.quote.speaker;
    speaker ??= speakerBefore(quote);
    const done: Quote = { ...quote, speaker };
    previous = { quote: done, paragraph: sentences[sentenceOf[quote.last] ?? 0]?.paragraph ?? paragraph };
    return done;
  });
}

/** The innermost quotation holding token p, by binary search over quotations in order. */
export function quoteAt(quotes: readonly Quote[], p: number): Quote | undefined {
  const lo = partitionPoint(quotes.length, (k) => (quotes[k] as Quote).first <= p);
  // Quotations nest at most a few deep; the nearest ones that start before p are checked.
  for (let k = lo - 1; k >= 0 && k >= lo - 4; k--) {
    const quote = quotes[k] as Quote;
    if (quote.first <= p && p < quote.last && quote.speaker !== undefined) return quote;
  }
  return undefined;
}
