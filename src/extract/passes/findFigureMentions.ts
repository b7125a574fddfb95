import type { Figure } from '../../figures/schemas.js';
import { parseFigure } from '../../figures/parseFigure.js';
import type { FigureMatch } from '../../figures/types.js';
import { EXCEEDING_VERBS, NEARING_VERBS, RAISING, RISING, TOLL_CARRYING } from '../lexicon/outcomes.js';
import { CONJUNCTIONS } from '../lexicon/cues.js';
import { DASHES } from '../lexicon/page.js';
import { isNotCount } from './isNotCount.js';
import type { FigureItem, Sentence, Words } from '../types.js';

const ESTIMATE_NOUNS = new Set(['figure', 'estimate', 'number', 'toll', 'total', 'count']);
const MAYBE = new Set(['possibly', 'perhaps', 'maybe', 'potentially']);
const RISEN = new Set(['rose', 'risen', 'climbed', 'jumped', 'increased', 'grew', 'grown']);
const UP_MOVERS = new Set([...TOLL_CARRYING, 'took', 'sent', 'pushes', 'brings', 'takes']);

const moreThan = (f: Figure): Figure => ({ ...f, low: f.low + 1, high: null, hedge: 'more-than' });
const zero = (f: Figure): Figure => ({ ...f, low: 0, high: 0, stated: 0, hedge: 'exact' });

// What the words around a figure do to it, beyond the figure's own words: "surpassed the 1.03
// million" is more than it, "an estimated figure of 280" is about it, "not a single one" is none,
// "5.000" in European copy is five thousand; "not 287" and "than the 10,000" are someone else's
// figure, restated, and are dropped (`undefined`).
function refine(words: Words, first: number, figure: Figure): Figure | undefined {
  const w = (k: number): string => words.low(k);
  const text = figure.text ?? '';
  let f = figure;
  if (/\d\.\d{3}(?!\d)/.test(text) && !/\d\.\d{3}\s*(million|billion|thousand|bn|m)\b/i.test(text)) {
    f = { ...(parseFigure(text.replace(/(\d)\.(\d{3})(?!\d)/g, '$1$2')) ?? f), text };
  }
  if (w(first - 1) === 'single' && w(first - 2) === 'a' && w(first - 3) === 'not') return zero(f);
  if (w(first - 1) === 'not' && f.low === 1 && f.high === 1 && /^one$/i.test(text)) return zero(f);
  // ("than the 50,000 counted by police" names whose they are, as "not 170 (people) as earlier
  // stated by the police" does.)
  const owned = [1, 2, 3].some((d) => w(first + d) === 'by' && w(first + d - 1).endsWith('ed'));
  const as = w(first + 1) === 'as' ? first + 1 : w(first + 2) === 'as' ? first + 2 : -1;
  const ownedAs = as > 0 && [2, 3].some((d) => w(as + d) === 'by' && w(as + d - 1).endsWith('ed'));
  if ((w(first - 1) === 'not' && !ownedAs) || (w(first - 1) === 'the' && w(first - 2) === 'than' && !owned)) return undefined;
  if (f.hedge !== 'exact') return f;
  if (w(first - 1) === 'than' || w(first - 1) === 'above' || (w(first - 1) === 'more' && !words.isNum(first - 2) && words.isWord(first - 2))) return moreThan(f);
  if (EXCEEDING_VERBS.has(w(first - 1)) || (w(first - 1) === 'the' && EXCEEDING_VERBS.has(w(first - 2)))) return moreThan(f);
  // ("The toll neared 100", "put the figure closer to two million": nearly it, as the contract
  // reads "nearly" and "close to"; "closer to 2,000 than the 10,000" compares, and hedges nothing.)
  if ((NEARING_VERBS.has(w(first - 1)) || (w(first - 1) === 'to' && w(first - 2) === 'closer' && ![1, 2, 3].some((d) => w(first + d) === 'than'))) && f.low > 0) {
    const nearly = parseFigure(`nearly ${f.low}`);
    return nearly === null ? f : { ...nearly, text };
  }
  // ("was estimated at 40,000" gives the estimate itself, as the contract's "an estimated N" does not.)
  const estimated = w(first - 1) === 'of' && ESTIMATE_NOUNS.has(w(first - 2)) && w(first - 3) === 'estimated';
  if (estimated) {
    const about = parseFigure(`about ${f.low}`);
    return about === null ? f : { ...about, text };
  }
  return f;
}


// "rose from 40 to 65", "raised the death toll from 40 to 65", "raised the number of wounded from 42
// to 67", "raised the death toll from the attack at the station from four to 18": a verb that moves a
// toll before "from", with no mark, number or clause's conjunction between ("Protests grew in the
// north and from 40 to 65 were hurt" is a range).
const MOVER_REACH = 14;
function movesBefore(words: Words, first: number): boolean {
  for (let k = first - 1; k >= first - MOVER_REACH && k >= 0 && (words.isWord(k) || words.low(k) === "'") && words.low(k) !== 'and' && words.low(k) !== 'or' && !CONJUNCTIONS.has(words.low(k)); k--) if (RISING.has(words.low(k)) || RAISING.has(words.low(k))) return true;
  return false;
}

// A verb that moves a toll, with its object between it and the "up" at `up`: "bringing the toll up
// to 45" (not "bringing up to 300 people", where "up to" hedges the object).
function movedUp(words: Words, up: number): boolean {
  // ("put the toll at up to 25": after "at", "up to" hedges the figure the toll was put at.)
  if (words.low(up - 1) === 'at') return false;
  // ("the death toll had climbed up to 63": a toll that rose, in the past, is the figure it reached.)
  if (RISEN.has(words.low(up - 1))) return !MAYBE.has(words.low(up - 2));
  for (let k = up - 2; k >= up - 8 && k >= 0 && words.isWord(k); k--) if (UP_MOVERS.has(words.low(k)) || RAISING.has(words.low(k))) return !MAYBE.has(words.low(k - 1));
  return false;
}

// "scaling down their figures of the dead from 50 to 35": a range is written from its low end, so
// "from" a larger number "to" a smaller one is a count that moved, whatever the verb. `to` is the
// figure's "to".
function descends(words: Words, first: number, to: number, last: number): boolean {
  if (to <= first + 1 || to + 1 >= last) return false;
  const from = parseFigure(words.text.slice(words.start(first + 1), words.end(to - 1)));
  const into = parseFigure(words.text.slice(words.start(to + 1), words.end(last - 1)));
  return from !== null && into !== null && from.low > into.low;
}

// "put the toll at 380 – 70 percent of them children": a range runs up, so a spaced dash between
// a number and a smaller one opens an aside, and the figure is the number before it.
function dashAside(words: Words, first: number, last: number, match: FigureMatch): { last: number; match: FigureMatch } | undefined {
  if (match.figure.hedge !== 'range') return undefined;
  let dash = first + 1;
  while (dash < last && !(DASHES.has(words.low(dash)) && words.spaced(dash) && words.spaced(dash + 1))) dash++;
  if (dash >= last) return undefined;
  const end = words.end(dash - 1);
  const before = parseFigure(words.text.slice(match.start, end));
  const after = parseFigure(words.text.slice(words.start(dash + 1), match.end));
  if (before === null || after === null || before.low <= after.low) return undefined;
  return { last: dash, match: { figure: before, start: match.start, end } };
}

// A hedge of up to three words ending right before the word at `w` ("at least", "nearly", "an"
// before "additional" aside) read with the number after it, or undefined: the figure's text runs
// from the hedge. The longest hedge first: "no fewer than" is not "fewer than".
function hedgeBefore(words: Words, w: number, match: FigureMatch): { figure: Figure; start: number } | undefined {
  const last = words.low(w - 1) === 'an' ? w - 2 : w - 1;
  for (let k = last - 2; k <= last; k++) {
    if (![k, k + 1, k + 2].every((j) => j > last || words.isWord(j))) continue;
    const hedge = words.text.slice(words.start(k), words.end(last));
    const number = parseFigure(`${hedge} ${match.figure.text}`);
    if (number !== null && number.hedge !== 'exact' && number.stated === match.figure.stated && number.text?.startsWith(hedge)) {
      return { figure: { ...number, text: words.text.slice(words.start(k), match.end) }, start: words.start(k) };
    }
  }
  return undefined;
}

/**
 * Makes the function that hands out the figures of each sentence in turn, on their tokens, without
 * the numbers that are not counts (`isNotCount`). Figures and sentences are both in text order,
 * so one sweep over the two lists serves the whole text; sentences must be asked for in order.
 */
export function findFigureMentions(words: Words, sentences: readonly Sentence[], matches: readonly FigureMatch[], isTerm: (word: string) => boolean): FigureItem[][] {
  let m = 0;
  let token = 0;
  return sentences.map((sentence) => {
    const items: FigureItem[] = [];
    while (m < matches.length && (matches[m] as FigureMatch).start < sentence.end) {
      let match = matches[m++] as FigureMatch;
      if (match.start < sentence.start) continue;
      while (token < sentence.last && words.start(token) < match.start) token++;
      const first = token;
      let last = first;
      while (last < sentence.last && words.end(last) <= match.end) last++;
      if (last === first || words.start(first) !== match.start) continue;
      const cut = dashAside(words, first, last, match);
      if (cut !== undefined) {
        last = cut.last;
        match = cut.match;
      }
      if (sentence.role === 'byline' || sentence.role === 'caption' || isNotCount(words, first, last, match.figure, isTerm)) continue;
      // "Police estimated 1.2 million": the verb, not the hedge of "an estimated 1.2 million".
      let at = first;
      let found = match.figure;
      let begin = match.start;
      if (words.low(first) === 'estimated' && !['an', 'a', 'the'].includes(words.low(first - 1)) && first + 1 < last) {
        at = first + 1;
        begin = words.start(at);
        found = parseFigure(words.text.slice(begin, match.end)) ?? found;
      }
      // "bringing the death toll up to 45", "pushed the number of dead up to 31": "up" goes with the
      // verb that moved the toll, and the figure is the toll itself, not a ceiling.
      // (Not "the toll to up to 45", nor "possibly bringing the toll up to 45": a ceiling still.)
      if (words.low(first) === 'up' && words.low(first + 1) === 'to' && first + 2 < last && words.low(first - 1) !== 'to' && movedUp(words, first)) {
        at = first + 2;
        begin = words.start(at);
        found = parseFigure(words.text.slice(begin, match.end)) ?? found;
      }
      // "revised the toll by more than 100 to 253", "rose by 5 to 30", "rose from 40 to 65": a change,
      // then the figure itself.
      // ("raised the toll from at least four to 18": "from" before a hedged old value.)
      const by = words.low(first - 1) === 'by' || (words.low(first - 1) === 'from' && movesBefore(words, first - 1));
      if (by || words.low(first) === 'from') {
        let to = last - 1;
        while (to > first && words.low(to) !== 'to') to--;
        if ((by || movesBefore(words, first) || descends(words, first, to, last)) && to > first && to + 1 < last) {
          at = to + 1;
          begin = words.start(at);
          found = parseFigure(words.text.slice(begin, match.end)) ?? found;
        }
      }
      // "at least another 1,353", "nearly another 300": the hedge before "another" bounds the number.
      if (at === first && (words.low(first - 1) === 'another' || words.low(first - 1) === 'additional')) {
        const hedged = hedgeBefore(words, first - 1, match);
        if (hedged !== undefined) {
          found = hedged.figure;
          begin = hedged.start;
        }
      }
      const figure = refine(words, at, found);
      if (figure === undefined) continue;
      const previous = items[items.length - 1];
      // "seventeen (17) people", "at least seventeen (17)": the number restated in brackets is the
      // figure before it, whose noun follows the closing bracket.
      if (previous !== undefined && previous.last === first - 1 && words.low(first - 1) === '(' && words.low(last) === ')' && figure.hedge === 'exact' && (previous.figure.stated ?? previous.figure.low) === figure.low) {
        items[items.length - 1] = { ...previous, last: last + 1 };
        continue;
      }
      // "at least 60,000 people and possibly as many as 100,000": one figure from 60,000 to 100,000.
      if (previous !== undefined && previous.figure.hedge === 'at-least' && figure.hedge === 'at-most' && first - previous.last <= 5 && MAYBE.has(words.low(first - 1))) {
        const text = words.text.slice(previous.start, match.end);
        // Its noun comes after the second number: "at least 12 and maybe as many as 15 people".
        items[items.length - 1] = { ...previous, figure: { low: previous.figure.low, high: figure.high, stated: null, hedge: 'range', text }, end: match.end, last };
        continue;
      }
      items.push({ first: at, last, figure, start: begin, end: match.end });
    }
    return items;
  });
}
