import { singular } from '../vocabulary/singular.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { BODY_NOUNS, OWN_LOSS_VERBS, TOLL_NOUNS } from './outcomeCues.js';
import { lookupTerm } from './lookupTerm.js';
import type { Span } from './readClaimant.js';
import type { Words } from './readWords.js';
import { termAt, type TermRead } from './termAt.js';

/** What a figure counts, as the sentence around it says. */
export interface MeasureRead {
  readonly outcome: string;
  /** The outcome's words when they differ from its id ("wounded"). */
  readonly outcomeTerm: string;
  readonly subject: string;
  /** The subject's words as written ("terrorists", "soldiers and paramilitary troopers"), or '' when none was written. */
  readonly term: string;
  /** The subject was not written: "lost none of their own", "left 20 wounded" after nothing to inherit from. */
  readonly defaulted: boolean;
  /** Counts the claimant's own losses ("lost", "suffered"). */
  readonly ownLoss: boolean;
  /** A toll ("put the toll at 19"): its dates date the statement, not the incident. */
  readonly toll: boolean;
}

const QUOTES = new Set(['"', "'", '\u201c', '\u201d', '\u2018', '\u2019']);
// Words that end a subject phrase after a figure.
const NP_STOP = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'being', 'be', 'and', 'or', 'but', 'in', 'on', 'at',
  'to', 'from', 'by', 'with', 'for', 'who', 'which', 'that', 'as', 'when', 'after', 'before', 'during', 'while',
  'including', 'of', 'into', 'across', 'near', 'than', 'since', 'managed', 'remain', 'remained', 'still', 'also',
]);
// Words between a subject and its outcome: "were also killed", "had been killed", "said to have died".
const AUX = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'being', 'be', 'also', 'reportedly', 'allegedly',
  'all', 'later', 'subsequently', 'confirmed', 'believed', 'feared', 'thought', 'said', 'to', 'apparently',
  'both', 'either', 'each', 'initially', 'already', 'just', 'reported', 'known', 'then', 'now', 'eventually',
  'got', 'get', 'among', 'those', 'left',
]);
const BEFORE_SKIP = new Set(['had', 'have', 'has', 'reportedly', 'also', 'allegedly']);
const TOLL_LINKS = new Set(['at', 'to', 'of', 'was', 'is', 'stood', 'stands', 'reached', 'hit', 'exceeded', 'surpassed', 'topped', ':']);
// How far back a toll noun may stand: "the death toll from a gas explosion at a coal mine in … rose to 13".
const TOLL_WINDOW = 16;
const OF_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'those', 'these']);
const ROOT = 'people';

/** A figure's place in the sentence: tokens `first` to `last` (exclusive). */
export type FigureSpan = Span;

interface SubjectRead {
  readonly subject: TermRead | undefined;
  readonly inherit: boolean;
  readonly increment: boolean;
  readonly end: number;
}

function commonBroader(vocabulary: Vocabulary, a: string, b: string): string {
  const up = (id: string): string[] => {
    const chain = [id];
    for (let s = vocabulary.broader(id); s !== undefined && chain.length < 16; s = vocabulary.broader(s)) chain.push(s);
    return chain;
  };
  const ofB = new Set(up(b));
  return up(a).find((id) => ofB.has(id)) ?? ROOT;
}

function looksPlural(word: string): boolean {
  return /^[a-z]+$/.test(word) && singular(word) !== word;
}

/**
 * Reads what each figure of a sentence counts: the subject after it ("60 'terrorists'", "three of
 * the kidnapped soldiers", "12 others"), and the outcome from the verb before it ("killing 13"),
 * the verb after its subject ("were killed", "had died"), a coordinated figure's verb ("five
 * soldiers and 12 militants were killed"), or a toll ("put the death toll at 19"). A figure with no
 * outcome is not a count of what happened and gets `undefined`; so do increments ("four more
 * bodies") and breakdowns ("including three women"). Each figure reads a bounded window of tokens.
 *
 * @example
 * ```ts
 * const words = readWords('Five soldiers and 12 militants were killed.');
 * readMeasures(words, { first: 0, last: words.count }, [{ first: 0, last: 1 }, { first: 3, last: 4 }], createVocabulary()).map((m) => m && `${m.outcome} ${m.subject}`)
 * //=> ['killed soldiers', 'killed militants']
 * ```
 */
export function readMeasures(words: Words, sentence: Span, figures: readonly FigureSpan[], vocabulary: Vocabulary): (MeasureRead | undefined)[] {
  if (figures.length === 0) return [];
  // Index of the figure starting at a token: a search for the few figures of a normal sentence, a
  // map for a run-on sentence of numbers.
  const byStart = figures.length > 8 ? new Map<number, number>(figures.map((f, k) => [f.first, k])) : undefined;
  const figureAt = (i: number): number => (byStart === undefined ? figures.findIndex((f) => f.first === i) : (byStart.get(i) ?? -1));
  const starts = { has: (i: number): boolean => figureAt(i) >= 0 };
  const inside = (i: number): boolean => i >= sentence.first && i < sentence.last;
  const outcomeAt = (i: number, dir: 1 | -1 = 1): TermRead | undefined => {
    if (!inside(i) || !words.isWord(i)) return undefined;
    const term = termAt(words, i, vocabulary, 'o', dir);
    return term !== undefined && term.first >= sentence.first && term.next <= sentence.last ? term : undefined;
  };

  const subjectAfter = (p: number): SubjectRead => {
    let i = p;
    while (QUOTES.has(words.low(i))) i++;
    const low = words.low(i);
    if (low === 'more' || low === 'additional') return { subject: undefined, inherit: false, increment: true, end: i };
    if (low === 'others') return { subject: undefined, inherit: true, increment: false, end: i + 1 };
    if (low === 'members' && words.low(i + 1) === 'of') i++;
    if (words.low(i) === 'of') {
      i++;
      if (words.low(i) === 'them') return { subject: undefined, inherit: true, increment: false, end: i + 1 };
      if (OF_DETERMINERS.has(words.low(i))) i++;
      // "two of the wounded had died": people counted by an earlier outcome.
      const earlier = outcomeAt(i);
      if (earlier !== undefined && !(words.isWord(earlier.next) && termAt(words, earlier.next, vocabulary, 's') !== undefined)) {
        return { subject: { id: ROOT, term: '', known: true, loaded: false, first: i, next: earlier.next }, inherit: false, increment: false, end: earlier.next };
      }
    }
    let best: TermRead | undefined;
    let modifiers = 0;
    let lastModifier = -1;
    while (modifiers <= 4 && inside(i)) {
      if (QUOTES.has(words.low(i)) || (words.low(i) === '-' && !words.spaced(i))) {
        i++;
        continue;
      }
      if (!words.isWord(i)) break;
      const w = words.low(i);
      if (BODY_NOUNS.has(w) && best === undefined) {
        best = { id: ROOT, term: w, known: true, loaded: false, first: i, next: i + 1 };
        i++;
        break;
      }
      const s = termAt(words, i, vocabulary, 's');
      if (s !== undefined && s.next <= sentence.last) {
        best = s;
        i = s.next;
        const joiner = words.low(i);
        if ((joiner === 'and' || joiner === 'or') && !starts.has(i + 1)) {
          let j = i + 1;
          for (let n = 0; n < 2 && words.isWord(j) && termAt(words, j, vocabulary, 's') === undefined && !NP_STOP.has(words.low(j)); n++) j++;
          const other = words.isWord(j) ? termAt(words, j, vocabulary, 's') : undefined;
          if (other !== undefined) {
            const id = other.id === best.id ? best.id : commonBroader(vocabulary, best.id, other.id);
            const term = words.text.slice(words.start(best.first), words.end(other.next - 1)).toLowerCase();
            best = { id, term, known: true, loaded: best.loaded || other.loaded, first: best.first, next: other.next };
            i = other.next;
          }
        }
        continue;
      }
      if (best !== undefined || NP_STOP.has(w)) break;
      // "three of the kidnapped soldiers": an outcome word before a subject is a modifier.
      const asOutcome = outcomeAt(i);
      if (asOutcome !== undefined && !(words.isWord(asOutcome.next) && termAt(words, asOutcome.next, vocabulary, 's') !== undefined)) break;
      lastModifier = i;
      modifiers++;
      i++;
    }
    if (best === undefined && lastModifier >= 0 && looksPlural(words.low(lastModifier))) {
      const match = lookupTerm(vocabulary, 's', words.low(lastModifier));
      best = { id: match.id, term: words.low(lastModifier), known: false, loaded: false, first: lastModifier, next: lastModifier + 1 };
    }
    return { subject: best, inherit: false, increment: false, end: best === undefined ? p : i };
  };

  const outcomeBefore = (f: FigureSpan): { term: TermRead | undefined; own: boolean } => {
    let j = f.first - 1;
    for (let n = 0; n < 2 && j > sentence.first && BEFORE_SKIP.has(words.low(j)); n++) j--;
    if (j < sentence.first) return { term: undefined, own: false };
    if (OWN_LOSS_VERBS.has(words.low(j))) return { term: outcomeAt(j) ?? lossTerm(j), own: true };
    return { term: outcomeAt(j, -1), own: false };
  };
  const lossTerm = (j: number): TermRead | undefined => {
    const match = lookupTerm(vocabulary, 'o', 'killed');
    return match.known ? { id: match.id, term: words.low(j), known: true, loaded: false, first: j, next: j + 1 } : undefined;
  };

  const tollBefore = (f: FigureSpan): TermRead | undefined => {
    const link = words.low(f.first - 1);
    if (!TOLL_LINKS.has(link)) return undefined;
    for (let k = f.first - 2; k >= f.first - TOLL_WINDOW && k >= sentence.first; k--) {
      const low = words.low(k);
      if (low === ',' || low === ';' || low === '.' || words.isNum(k)) return undefined;
      const toll = TOLL_NOUNS.get(low);
      if (toll !== undefined) {
        const kind = words.low(k - 1) === 'injury' || words.low(k - 1) === 'injuries' ? 'injured' : toll;
        const match = lookupTerm(vocabulary, 'o', kind);
        const term = words.low(k - 1) === 'death' ? `death ${low}` : low;
        return match.known ? { id: match.id, term, known: true, loaded: false, first: k, next: k + 1 } : undefined;
      }
      // "the number of dead at 30", "the deaths of three soldiers".
      if (low === 'number' && words.low(k + 1) === 'of') return outcomeAt(k + 2);
      if (k === f.first - 2 && link === 'of') {
        const noun = outcomeAt(k, -1);
        if (noun !== undefined) return noun;
      }
    }
    return undefined;
  };

  const outcomeAfter = (end: number): { term?: TermRead; coordinated?: number } => {
    let i = end;
    // A parenthesis between subject and verb: "four civilians, including three women and a child, were
    // killed", "two civilians, a woman and a child, had been killed".
    if (words.low(i) === ',' && !starts.has(i + 1)) {
      let k = i + 1;
      while (k < i + 16 && k < sentence.last && words.low(k) !== ',' && words.low(k) !== '.') k++;
      const after = words.low(k + 1);
      if (words.low(k) === ',' && (AUX.has(after) || outcomeAt(k + 1) !== undefined)) i = k + 1;
    }
    if ((words.low(i) === 'and' || words.low(i) === ',') && starts.has(i + 1)) return { coordinated: i + 1 };
    for (let n = 0; n < 6; n++) {
      const low = words.low(i);
      if (!words.isWord(i) || !(AUX.has(low) || (low.endsWith('ly') && low.length > 4 && !words.cap(i)))) break;
      i++;
    }
    const term = outcomeAt(i);
    return term === undefined ? {} : { term };
  };

  // Right to left, so that a coordinated figure can take the outcome of the one after it.
  interface Partial {
    readonly outcome: TermRead;
    readonly subject: SubjectRead;
    readonly own: boolean;
    readonly toll: boolean;
  }
  const partial: (Partial | undefined)[] = new Array<Partial | undefined>(figures.length).fill(undefined);
  for (let k = figures.length - 1; k >= 0; k--) {
    const f = figures[k] as FigureSpan;
    const w1 = words.low(f.first - 1);
    if (w1 === 'including' || (words.low(f.first - 2) === 'including' && !words.isNum(f.first - 1))) continue;
    const subject = subjectAfter(f.last);
    if (subject.increment) continue;
    const before = outcomeBefore(f);
    let outcome = before.term;
    let toll = false;
    if (outcome === undefined) {
      const after = outcomeAfter(subject.end);
      if (after.coordinated !== undefined) outcome = partial[figureAt(after.coordinated)]?.outcome;
      else outcome = after.term;
    }
    if (outcome === undefined) {
      outcome = tollBefore(f);
      toll = outcome !== undefined;
    }
    if (outcome === undefined && subject.subject !== undefined && BODY_NOUNS.has(subject.subject.term)) {
      const match = lookupTerm(vocabulary, 'o', 'killed');
      if (match.known) outcome = { id: match.id, term: subject.subject.term, known: true, loaded: false, first: f.first, next: f.last };
    }
    if (outcome !== undefined) partial[k] = { outcome, subject, own: before.own, toll };
  }

  // Left to right: "12 others", "three injured" take the subject of the figure before them.
  const result: (MeasureRead | undefined)[] = [];
  let previous: { subject: string; term: string; last: number } | undefined;
  for (let k = 0; k < figures.length; k++) {
    const p = partial[k];
    const f = figures[k] as FigureSpan;
    if (p === undefined) {
      result.push(undefined);
      continue;
    }
    const written = p.subject.subject;
    let defaulted = written === undefined || (p.own && !written.known);
    let subject = defaulted ? ROOT : (written?.id ?? ROOT);
    let term = defaulted ? '' : (written?.term ?? '');
    const near = previous !== undefined && f.first - previous.last <= 12;
    if (written === undefined && previous !== undefined && !p.toll && (p.subject.inherit || near) && !p.own) {
      subject = previous.subject;
      term = previous.term;
      defaulted = false;
    }
    const outcomeTerm = p.outcome.term === p.outcome.id ? '' : p.outcome.term;
    result.push({ outcome: p.outcome.id, outcomeTerm, subject, term, defaulted, ownLoss: p.own, toll: p.toll });
    if (!defaulted) previous = { subject, term, last: f.last };
  }
  return result;
}
