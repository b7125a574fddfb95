import type { TimeMention } from './findTimes.js';
import type { Span } from './readClaimant.js';
import type { Words } from './readWords.js';

/** A reporting or denial cue in a sentence, with the phrase that names who speaks. */
export interface Cue {
  /** The cue word ("said", "according"). */
  readonly at: number;
  /** Whether it denies ("denied", "dismissed", or a report cue in a sentence that calls something "baseless"). */
  readonly deny: boolean;
  /** "adding", "dismissing": the speaker of the cue before it in the sentence. */
  readonly participle: boolean;
  /** Whether what is said follows the cue ("X said that …") rather than precedes it ("…, X said."). */
  readonly leading: boolean;
  /** The claimant phrase; absent for participles. */
  readonly phrase: Span | undefined;
  /** Outcomes the words were told to ("told CNN by phone"). */
  readonly relays: readonly Span[];
  /** A single-day time right at the cue ("said Sunday", "on Wednesday said"): when it was said. */
  readonly statedAt: TimeMention | undefined;
  /** Tokens that belong to the cue and its phrase, not to what is said. */
  readonly zone: Span;
  /** Where what is said begins, for a leading cue. */
  readonly content: number;
  /** "said in a statement", "In a statement, X said": later "the statement" is this speaker's. */
  readonly statement: boolean;
  /** "on condition of anonymity" right at the cue. */
  readonly anonymous: boolean;
}

const REPORT = new Set([
  'said', 'says', 'say', 'told', 'tells', 'claimed', 'claims', 'claim', 'added', 'adds', 'stated', 'states',
  'reported', 'announced', 'announces', 'confirmed', 'confirms', 'estimated', 'estimates', 'insisted', 'insists',
  'maintained', 'maintains', 'alleged', 'alleges', 'acknowledged', 'admitted', 'conceded', 'according', 'quoted',
  'put', 'puts', 'putting', 'placed', 'tweeted', 'wrote', 'counted', 'recorded', 'registered', 'reports',
]);
const DENY = new Set(['denied', 'denies', 'deny', 'dismissed', 'dismisses', 'rejected', 'rejects', 'refuted', 'refutes', 'disputed', 'disputes', 'denying', 'dismissing', 'rejecting']);
const PARTICIPLES = new Set(['adding', 'saying', 'claiming', 'insisting', 'dismissing', 'denying', 'rejecting', 'describing', 'calling', 'noting', 'putting']);
const DENIAL_WORDS = new Set(['baseless', 'propaganda', 'untrue', 'fabricated', 'lies', 'unfounded', 'false', 'fake', 'groundless']);
const CALLING = new Set(['called', 'described', 'termed', 'branded', 'describing', 'calling']);
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'these', 'those', 'such', 'official', 'earlier', 'initial', 'latest', 'conservative', 'our', 'your', 'my', 'of', 'other', 'some', 'many', 'unconfirmed', 'media', 'news', 'press']);
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'to', 'not', "n't"]);
const NOT_AFTER_CLAIM = new Set(['responsibility', 'credit', 'lives', 'life', 'victory', 'control', 'ownership', 'asylum']);
const TOLL_OBJECTS = new Set(['toll', 'turnout', 'number', 'figure', 'tally', 'crowd', 'casualties', 'count', 'death', 'dead']);
const AUX_BEFORE = new Set(['had', 'has', 'have', 'also', 'earlier', 'previously', 'again', 'later', 'then', 'reportedly', 'initially', 'separately', 'subsequently', 'further', 'officially', 'first', 'publicly', 'would']);
const HARD_MARKS = new Set([';', ':', '"', '\u201c', '\u201d', '[', ']']);
const HARD_WORDS = new Set(['that', 'while', 'but', 'as', 'when', 'after', 'because', 'although', 'though', 'whereas', 'and', 'if', 'since', 'so', 'where', 'whom', 'whose']);
const CLOSING = new Set(['"', '\u201d', "'", '\u2019']);
const RELAY_STOPS = new Set(['by', 'that', 'on', 'in', 'via', 'over', 'from', 'late', 'earlier', 'as', 'after']);
const END_MARKS = new Set(['.', '!', '?', ',', ';']);
const MAX_PHRASE = 15;
const ANY_CUE = new Set([...REPORT, ...DENY, ...PARTICIPLES, ...CALLING]);

// `denialWord`: the sentence calls something "baseless" or "propaganda"; `denialVerb`: it has a
// denial verb or "calling"/"describing". A plain "said" denies only with the first and without
// the second ("said the reports were baseless").
function isCue(words: Words, i: number, sentence: Span, isFigure: (i: number) => boolean, denialWord: boolean, denialVerb: boolean): 'report' | 'deny' | 'participle' | 'denying' | undefined {
  const low = words.low(i);
  if (!ANY_CUE.has(low) || !words.isWord(i) || isFigure(i)) return undefined;
  const before = i > sentence.first ? words.low(i - 1) : '';
  const after = words.low(i + 1);
  if (PARTICIPLES.has(low) && (before === ',' || before === 'and' || before === 'before' || before === 'while')) {
    if (low === 'describing' || low === 'calling') return denialWord ? 'denying' : undefined;
    return DENY.has(low) ? 'denying' : 'participle';
  }
  if (DENY.has(low)) return PASSIVE.has(before) ? undefined : 'deny';
  if (CALLING.has(low) && denialWord && !PASSIVE.has(before)) return 'deny';
  if (!REPORT.has(low)) return undefined;
  if (PASSIVE.has(before) && low !== 'quoted') return undefined;
  // "claimed responsibility", "claimed the lives of": not a report of figures.
  const claimWord = low === 'claimed' || low === 'claims' || low === 'claim';
  if (claimWord && (NOT_AFTER_CLAIM.has(after) || (after === 'the' && NOT_AFTER_CLAIM.has(words.low(i + 2))))) return undefined;
  if ((low === 'claims' || low === 'claim' || low === 'reports' || low === 'estimates' || low === 'says' || low === 'states') && (NOUN_BEFORE.has(before) || words.poss(i - 1) || i === sentence.first)) return undefined;
  if ((low === 'estimated' || low === 'estimates') && (NOUN_BEFORE.has(before) || words.isNum(i + 1))) return undefined;
  if (low === 'according' && after !== 'to') return undefined;
  if (low === 'quoted' && after !== 'as') return undefined;
  if (low === 'put' || low === 'puts' || low === 'putting' || low === 'placed') {
    let found = false;
    for (let k = i + 1; k <= i + 5 && k < sentence.last; k++) if (TOLL_OBJECTS.has(words.low(k))) found = true;
    if (!found) return undefined;
  }
  if ((low === 'counted' || low === 'recorded' || low === 'registered') && !words.isNum(i + 1)) return undefined;
  const cueDeny = denialWord && !denialVerb && (low === 'said' || low === 'says');
  return cueDeny ? 'deny' : 'report';
}

/**
 * Finds the reporting and denial cues of a sentence ("said", "told CNN by phone", "according to",
 * "put the toll at", "denied", "dismissed … as false propaganda") with the phrase naming each
 * speaker: before the cue ("Pakistan's army said"), with appositives ("A spokesman for the state
 * government, Isa Gusau, said"), or after it ("said Gen. Athar Abbas, the military spokesman",
 * "according to the UN"). "Claimed responsibility" and "claimed the lives of" are not cues. Each
 * cue reads at most a few dozen tokens, so a sentence of repeated cue words stays linear.
 *
 * @example
 * ```ts
 * const words = readWords('Five soldiers were killed, the military said.');
 * findCues(words, { first: 0, last: words.count }, [], () => false).map((c) => [c.at, c.leading, c.phrase])
 * //=> [[7, false, { first: 5, last: 7 }]]
 * ```
 */
export function findCues(words: Words, sentence: Span, times: readonly TimeMention[], isFigure: (i: number) => boolean): Cue[] {
  // One pass finds the cue words and whether the sentence calls something "baseless".
  let denialWord = false;
  let denialVerb = false;
  const candidates: number[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const low = words.low(i);
    if (ANY_CUE.has(low)) {
      candidates.push(i);
      if (DENY.has(low) || CALLING.has(low)) denialVerb = true;
    } else if (DENIAL_WORDS.has(low)) {
      denialWord = true;
    }
  }
  if (candidates.length === 0) return [];
  // "In a statement, the BLF said …": the statement is the speaker's.
  const f = sentence.first;
  const prefaced = words.low(f) === 'in' && (words.low(f + 2) === 'statement' || words.low(f + 3) === 'statement');
  // Most sentences have a time or two, where a search beats building maps; a run-on sentence full
  // of times gets the maps, which keeps it linear.
  const few = times.length <= 8;
  const ending = few ? undefined : new Map(times.map((t) => [t.last, t]));
  const starting = few ? undefined : new Map(times.map((t) => [t.first, t]));
  const timeEndingAt = { get: (k: number) => (ending === undefined ? times.find((t) => t.last === k) : ending.get(k)) };
  const timeStartingAt = {
    get: (k: number) => (starting === undefined ? times.find((t) => t.first === k) : starting.get(k)),
    has: (k: number) => (starting === undefined ? times.some((t) => t.first === k) : starting.has(k)),
  };
  const cues: Cue[] = [];
  for (const i of candidates) {
    const type = isCue(words, i, sentence, isFigure, denialWord, denialVerb);
    if (type === undefined) continue;
    const low = words.low(i);
    let statedAt: TimeMention | undefined;
    let statement = prefaced;
    let anonymous = false;
    const relays: Span[] = [];

    // What follows the cue before the content: "Sunday", "CNN by phone", "in a statement", "that".
    let c = i + 1;
    if (low === 'according') c = i + 2;
    if (low === 'quoted') c = i + 3;
    for (let guard = 0; guard < 6 && c < sentence.last; guard++) {
      const t = timeStartingAt.get(c);
      if (t !== undefined && t.day) {
        statedAt ??= t;
        c = t.last;
        continue;
      }
      const w = words.low(c);
      if ((low === 'told' || low === 'tells') && relays.length === 0 && words.isWord(c) && !RELAY_STOPS.has(w)) {
        let e = c;
        while (e < sentence.last && e - c < 6 && (words.isWord(e) || (words.low(e) === '.' && !words.spaced(e))) && !RELAY_STOPS.has(words.low(e)) && !timeStartingAt.has(e)) e++;
        relays.push({ first: c, last: e });
        c = e;
        continue;
      }
      if (w === 'by' && ['phone', 'telephone', 'email', 'satellite'].includes(words.low(c + 1))) {
        c += words.low(c + 1) === 'satellite' ? 3 : 2;
        continue;
      }
      if (w === 'in' && ['a', 'an', 'its', 'their'].includes(words.low(c + 1))) {
        let e = c + 2;
        while (e < c + 5 && words.isWord(e) && words.low(e) !== 'statement' && words.low(e) !== 'interview') e++;
        if (words.low(e) === 'statement' || words.low(e) === 'interview') {
          statement ||= words.low(e) === 'statement';
          c = e + 1;
          if (words.low(c) === 'with' || words.low(c) === 'to') {
            let r = c + 1;
            while (r < sentence.last && r - c < 6 && words.isWord(r) && !RELAY_STOPS.has(words.low(r))) r++;
            relays.push({ first: c + 1, last: r });
            c = r;
          }
          continue;
        }
      }
      if (w === 'on' && words.low(c + 1) === 'condition' && words.low(c + 3) === 'anonymity') {
        anonymous = true;
        c += 4;
        continue;
      }
      if (w === 'that') c++;
      break;
    }

    if (type === 'participle' || type === 'denying') {
      const zone = { first: i, last: c };
      cues.push({ at: i, deny: type === 'denying', participle: true, leading: true, phrase: undefined, relays, statedAt, zone, content: c, statement, anonymous });
      continue;
    }

    let phrase: Span | undefined;
    let leading: boolean;
    const before = words.low(i - 1);
    const afterWord = words.low(c);
    if (low === 'according') {
      let e = c;
      while (e < sentence.last && e - c < MAX_PHRASE && !END_MARKS.has(words.low(e))) e++;
      phrase = e > c ? { first: c, last: e } : undefined;
      leading = i - sentence.first <= 1;
      c = e;
      if (leading && words.low(c) === ',') c++;
    } else if ((before === ',' || CLOSING.has(before)) && i > sentence.first && (words.cap(c) || ['the', 'a', 'an'].includes(afterWord)) && invertedEnd(words, c, sentence, isFigure) > c) {
      // Inverted: "…," said Gen. Athar Abbas, the Pakistan military spokesman.
      let e = invertedEnd(words, c, sentence, isFigure);
      if (words.low(e) === ',' && ['the', 'a', 'an'].includes(words.low(e + 1))) {
        e++;
        while (e < sentence.last && e - c < 2 * MAX_PHRASE && !END_MARKS.has(words.low(e))) e++;
      }
      phrase = { first: c, last: e };
      leading = false;
      c = e;
    } else {
      // The phrase before the cue, past auxiliaries and a time: "Pakistan military officials on Wednesday said".
      let j = i - 1;
      for (let guard = 0; guard < 4 && j >= sentence.first; guard++) {
        const t = timeEndingAt.get(j + 1);
        if (t !== undefined && t.first >= sentence.first) {
          if (t.day) statedAt ??= t;
          j = t.first - 1;
        } else if (AUX_BEFORE.has(words.low(j)) || (low === 'quoted' && PASSIVE.has(words.low(j)))) {
          j--;
        } else {
          break;
        }
      }
      const end = j + 1;
      let k = j;
      while (k >= sentence.first && end - k <= MAX_PHRASE) {
        const w = words.low(k);
        if (w === ',' || HARD_MARKS.has(w) || (words.isWord(k) && HARD_WORDS.has(w) && k < end - 0) || (w === '-' && words.spaced(k))) break;
        k--;
      }
      if (end - k > MAX_PHRASE) phrase = undefined;
      else if (k + 1 < end) phrase = { first: k + 1, last: end };
      else if (words.low(end - 1) === ',') {
        // Appositives: "The militant group, commonly known as the Pakistani Taliban, claimed …".
        let s = end - 2;
        while (s >= sentence.first && end - s <= 2 * MAX_PHRASE && !HARD_MARKS.has(words.low(s))) s--;
        phrase = s < sentence.first || HARD_MARKS.has(words.low(s)) ? (end - 1 > s + 1 ? { first: s + 1, last: end - 1 } : undefined) : undefined;
        if (phrase !== undefined && words.low(phrase.first) === ',') phrase = undefined;
      }
      const next = words.low(c);
      const quoteFollows = (next === ',' || next === ':') && ['"', '\u201c'].includes(words.low(c + 1));
      leading = type === 'deny' || (c < sentence.last && (!END_MARKS.has(next) || quoteFollows));
    }
    if (phrase === undefined) continue;
    const zone = { first: Math.min(phrase.first, i), last: Math.max(phrase.last, leading ? c : i + 1) };
    cues.push({ at: i, deny: type === 'deny', participle: false, leading, phrase, relays, statedAt, zone, content: leading ? c : zone.last, statement, anonymous });
  }
  return cues;
}

// The end of a speaker phrase after an inverted cue ("said Gen. Athar Abbas,"), or `c` when what
// follows is a clause with a figure ("said the toll rose to 13") rather than a name.
function invertedEnd(words: Words, c: number, sentence: Span, isFigure: (i: number) => boolean): number {
  let e = c;
  while (e < sentence.last && e - c < MAX_PHRASE && !END_MARKS.has(words.low(e))) {
    if (isFigure(e)) return c;
    e++;
  }
  return e;
}
