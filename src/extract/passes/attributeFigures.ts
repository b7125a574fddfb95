import type { Source } from '../../claims/schemas.js';
import type { Figure } from '../../figures/schemas.js';
import { partitionPoint } from '../../internal/partitionPoint.js';
import { broaderTerms } from '../../vocabulary/broaderTerms.js';
import type { Vocabulary } from '../../vocabulary/types.js';
import { createDenialPicker } from './createDenialPicker.js';
import type { SourceBook } from './createSourceBook.js';
import { countedBySpeaker, pickCue } from './findCues.js';
import { OWN_DETERMINERS } from '../lexicon/outcomes.js';
import { countryIn } from '../lexicon/places.js';
import { lookupTerm } from './lookupTerm.js';
import { namesParty } from './namesParty.js';
import { readClaimant } from './readClaimant.js';
import { readDenial } from './readDenial.js';
import { setAgainst } from './setAgainst.js';
import { slug } from './slug.js';
import { quoteAt } from './findQuotes.js';
import type { ClaimDraft, Cue, DenialRead, Escape, FigureItem, MeasureRead, Quote, Sentence, Span, Speaker, TimeAnchor, TimeMention, Words } from '../types.js';

/** What attribution reads: the layers before it. */
export interface AttributionInput {
  readonly words: Words;
  readonly sentences: readonly Sentence[];
  readonly figures: readonly (readonly FigureItem[])[];
  readonly measures: readonly (readonly (MeasureRead | undefined)[])[];
  readonly escapes: readonly (readonly Escape[])[];
  readonly times: readonly (readonly TimeMention[])[];
  readonly cues: readonly (readonly Cue[])[];
  readonly speakers: readonly (readonly Speaker[])[];
  readonly quotes: readonly Quote[];
  readonly anchor: TimeAnchor;
  readonly book: SourceBook;
  readonly outlet: string | undefined;
  readonly vocabulary: Vocabulary;
}

/** The drafts, in reading order, and whether any figure fell to no one. */
export interface Attribution {
  readonly drafts: ClaimDraft[];
  readonly unattributed: boolean;
}

interface Item extends FigureItem {
  readonly measure: MeasureRead | undefined;
}

/** The source of figures no one is quoted for when the outlet is not known. */
export const UNATTRIBUTED: Source = { id: 'unattributed', name: 'Unattributed (the article itself)', kind: 'media' };

const zero = (text: string): Figure => ({ low: 0, high: 0, stated: 0, hedge: 'exact', text });

// Whether span `inner` lies inside span `outer`.
const within = (inner: Span, outer: Span): boolean => inner.first >= outer.first && inner.last <= outer.last;

const FIRST_PERSON = new Set(['we', 'i']);
const DEFINITE = new Set(['the', 'all', 'both', 'these', 'those']);
// Between two figures of one noun phrase: the first one's noun (up to three words), then "and"; not
// a place ("12,000 in Lyon and 6,500 in Nice" counts two crowds).
const JOINED_NOUN = /^\s+(?!(?:in|at|on|near|inside|outside|across)\s)(?:[\p{L}'\u2019-]+\s+){1,3}and\s+$/iu;
// The same before a comma, in a list that "and" ends: "nine women, four children and six men".
const LISTED_NOUN = /^\s+(?!(?:in|at|on|near|inside|outside|across)\s)(?:[\p{L}'\u2019-]+\s+){0,2}[\p{L}'\u2019-]+,\s+$/iu;
// Subjects a breakdown by sex and age gives ("women", "children", "men"): their sum is people.
const AT_LARGE = new Set(['people', 'civilians']);
// How far back from a time "than" may stand: "more than the last day of mobilization on Saturday".
const THAN_REACH = 8;
// Verbs that move the dead and hurt after the incident, and how far before a time they date it.
const TRANSPORT_VERBS = new Set(['brought', 'taken', 'rushed', 'admitted', 'transported', 'transferred', 'airlifted', 'buried']);
const TRANSPORT_REACH = 6;
// How many tokens after a compared figure its own time may start: "against 48,000 demonstrators last Saturday".
const COMPARED_REACH = 3;
// How far back from a time its breakdown's "including" is read.
const INCLUDING_REACH = 12;
// Sentences with more cues or times than this date each figure by the nearest time alone.
const SCOPED_TIMES = 8;

// Words that set a toll's people apart from a count before it: a breakdown, another incident.
const APART_WORDS = new Set(['including', 'among', 'separate', 'separately', 'another', 'other', 'elsewhere']);

// Whether a word of `set` is in the sentence.
function sentenceHas(words: Words, sentence: Sentence, set: ReadonlySet<string>): boolean {
  for (let k = sentence.first; k < sentence.last; k++) if (set.has(words.low(k))) return true;
  return false;
}

// The time nearest token p; times are in order, so a binary search finds its neighbours.
function nearestTime(times: readonly TimeMention[], p: number): TimeMention | undefined {
  const lo = partitionPoint(times.length, (k) => (times[k] as TimeMention).first <= p);
  const after = times[lo];
  const before = times[lo - 1];
  if (before === undefined) return after;
  if (after === undefined) return before;
  return after.first - p < p - before.last ? after : before;
}

const BACK_REFERENCES = new Set(['this', 'that', 'it']);
// How many of its sentence's claims before it a denial of "what was said" reads: a run-on sentence stays linear.
const MAX_SAID = 32;
// Openers that add to the count of the sentence before: "Another 17 were injured", "A further 12 are missing".
const CONTINUING = new Set(['another', 'further']);
// "Of those, …", "Among them, …": a sentence that opens on the people the one before counted.
const PART_OPENERS = new Set(['of', 'among']);
const THOSE = new Set(['those', 'these', 'them']);
const SPEAKER_REACH = 5;
const FIGURE_BACK = new Set(['the', 'this', 'that', 'these', 'those']);
const GIVEN_COUNTS = new Set(['figure', 'figures', 'toll', 'tally', 'number', 'numbers', 'count', 'total', 'casualties']);
const REPORTED = new Set(['reported', 'confirmed', 'announced', 'stated', 'said', 'disclosed', 'revealed', 'claimed']);
// Words before such a verb that make no party of the words before them: an auxiliary or a negation
// ("has not confirmed"); and words that open no party ("It was not clear", "No one has confirmed").
const NOT_PARTY_WORDS = new Set(['has', 'have', 'had', 'not', 'never', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'did', 'does']);
const NO_PARTY = new Set(['it', 'no', 'nobody', 'there', 'this', 'that', 'what', 'who']);
// Words after "the toll" that tell something of it rather than point back to it: "the toll of …",
// "the toll from an earlier attack was 19".
const TOLD_OF = new Set(['of', 'from', 'was', 'is', 'were', 'would', 'will', 'had', 'has', 'rose', 'stood', 'reached']);

// "… arrested 11 people. This was reported by the BBC citing ERT", "This is according to X": a
// sentence that says who said the one before it. The speaker, and the outlet that relays it when one cites the other.
function reportedBelow(words: Words, sentence: Sentence | undefined): { speaker: Span; relay: Span | undefined; outcome?: string } | undefined {
  if (sentence === undefined) return undefined;
  // "State television reported the figure …": a speaker who opens the next sentence giving "the
  // figure" or "the toll" gave the count before. (A noun phrase: not "Officials said the ministry
  // had announced …", "The ministry has not confirmed …", "It was not clear who …".)
  if (!NO_PARTY.has(words.low(sentence.first))) {
    for (let v = sentence.first + 1; v <= sentence.first + SPEAKER_REACH && v < sentence.last; v++) {
      if (!words.isWord(v - 1) || words.low(v - 1) === ',' || NOT_PARTY_WORDS.has(words.low(v - 1)) || REPORTED.has(words.low(v - 1))) break;
      // ("… said the number of people killed rose to 135" gives a count of its own, and "the toll
      // from an earlier attack was 19" another count.)
      // ("announced the death toll": one word may name the count, after a verb that gives it out; "X
      // said the death toll was expected to rise" says something of the toll. "The death toll" is
      // of the dead only.)
      const named = words.low(v) !== 'said' && words.low(v) !== 'stated' && words.isWord(v + 2) && !words.cap(v + 2) && GIVEN_COUNTS.has(words.low(v + 3));
      const count = GIVEN_COUNTS.has(words.low(v + 2)) ? v + 2 : named ? v + 3 : -1;
      if (REPORTED.has(words.low(v)) && FIGURE_BACK.has(words.low(v + 1)) && count > 0 && !TOLD_OF.has(words.low(count + 1))) {
        return { speaker: { first: sentence.first, last: v }, relay: undefined, ...(words.low(count - 1) === 'death' ? { outcome: 'killed' } : {}) };
      }
    }
  }
  if (!BACK_REFERENCES.has(words.low(sentence.first))) return undefined;
  let k = sentence.first + 1;
  if (words.low(k) === 'has' || words.low(k) === 'had') k++;
  // ("This is according to the state's information commissioner, …": as "reported by".)
  const according = words.low(k + 1) === 'according' && words.low(k + 2) === 'to';
  if (!['was', 'is', 'been'].includes(words.low(k)) || !(according || (REPORTED.has(words.low(k + 1)) && words.low(k + 2) === 'by'))) return undefined;
  const first = k + 3;
  let last = first;
  let citing = -1;
  while (last < sentence.last && words.low(last) !== '.' && words.low(last) !== ',' && words.low(last) !== ';') {
    if (words.low(last) === 'citing' || words.low(last) === 'quoting') citing = last;
    last++;
  }
  if (last === first) return undefined;
  // The cited party speaks and the one citing relays; the one citing alone when the cited names no
  // one ("the BBC citing preliminary reports"); no one for "according to plan", "to him".
  const teller = { first, last: citing < 0 ? last : citing };
  if (citing >= 0 && namesParty(words, { first: citing + 1, last })) return { speaker: { first: citing + 1, last }, relay: teller };
  return namesParty(words, teller) ? { speaker: teller, relay: undefined } : undefined;
}

// How many sentences back a denial that names no count ("rejected the report") may reach.
const DENIAL_REACH = 3;

/**
 * Gives every counted figure its claimant: the speaker of the cue that governs it, or the outlet
 * when no one is quoted. Denials give the denier a claim of zero, and the report they deny a claim
 * of its own source; "rejected the claim" denies the counts of the sentence before. Each draft
 * keeps the time nearest its figure, which the event pass reads.
 */
export function attributeFigures(input: AttributionInput): Attribution {
  const { words, sentences, anchor, book, outlet, vocabulary } = input;
  const text = words.text;
  const drafts: ClaimDraft[] = [];
  let unattributed = false;
  let previous: ClaimDraft[] = [];
  // A report denied in one sentence, whose source's figures in the next two belong to the denial's incident.
  let lastDenial: { reporter: string; sentence: number; denial: ClaimDraft | undefined } | undefined;
  const ownSubject = (claimant: string): string => {
    const source = book.sources.get(claimant);
    const id = source === undefined ? '' : `${source.id} ${source.name.toLowerCase()}`;
    const wanted = /polic/.test(id) ? 'police' : source?.kind === 'military' ? 'soldiers' : source?.kind === 'armed-group' ? 'militants' : 'people';
    const term = lookupTerm(vocabulary, 's', wanted);
    return term.known ? term.id : 'people';
  };

  // "six women and three children", "seven local and five foreign soldiers" (not "five soldiers in
  // Belwa and three soldiers": one noun written twice counts two groups); "nine women, four children
  // and six men", when b already joins the list's last two. Women and men are civilians and people
  // at large: such a breakdown counts people, not parts that stand against each other.
  const jointParts = (a: ClaimDraft, b: ClaimDraft, listed: boolean): boolean => {
    if (a.claimant !== b.claimant || a.stance !== 'asserts' || b.stance !== 'asserts' || a.measure.outcome !== b.measure.outcome) return false;
    const subjects = a.measure.subject === b.measure.subject || (AT_LARGE.has(a.measure.subject) && AT_LARGE.has(b.measure.subject));
    if (!subjects || a.figure.hedge !== 'exact' || b.figure.hedge !== 'exact' || a.via.join() !== b.via.join()) return false;
    const between = text.slice(a.end, b.start);
    // ("640 died and 9,000 people were sickened": a verb of an outcome between ends the first count.)
    const verb = between.toLowerCase().split(/[\s,]+/).some((w) => w !== '' && vocabulary.outcome(w).known);
    return !verb && (JOINED_NOUN.test(between) || (listed && LISTED_NOUN.test(between))) && (a.measure.term !== b.measure.term || !between.toLowerCase().includes(b.measure.term));
  };

  // A denier that gives its own figure for the same count, or for some of the same people ("disputed
  // the claim and said … killing one child"), asserts it; a denial would say the same again.
  const ownFigure = (drafts: readonly ClaimDraft[], denier: string, measure: MeasureRead): boolean =>
    drafts.some((d) => d.claimant === denier && d.stance === 'asserts' && d.measure.outcome === measure.outcome && (broaderTerms(vocabulary, d.measure.subject).includes(measure.subject) || broaderTerms(vocabulary, measure.subject).includes(d.measure.subject)));

  // "The rebels said four of their fighters died" and "… four rebel fighters died" alike count the
  // claimant's own side, which its enemy's denial of "the claims" does not deny.
  // "The Kremlin said Ukraine had lost 1,200 troops" tells another state's loss, which that state may deny.
  // "… said 165 Cambodian soldiers died": the counted people's own nationality names the loser too.
  const countedState = (claim: ClaimDraft): string | undefined => countryIn((claim.measure.owner ?? claim.measure.term).split(' '));
  const ofState = (claimant: string, state: string): boolean => claimant.includes(slug(state)) || book.countryOf(claimant) === state;
  const lostByAnother = (claim: ClaimDraft): boolean => {
    const state = countedState(claim);
    return state !== undefined && !ofState(claim.claimant, state);
  };
  const ownForce = (claim: ClaimDraft, claimant: string): boolean => claim.measure.subject !== 'people' && claim.measure.subject === ownSubject(claimant);
  // Whether a count is of the claimant's own people: its nationality's state, else its own force.
  const lostBy = (claim: ClaimDraft, claimant: string): boolean => {
    const state = countedState(claim);
    return state !== undefined ? ofState(claimant, state) : ownForce(claim, claimant);
  };
  const isOwnLoss = (claim: ClaimDraft): boolean =>
    !lostByAnother(claim) && (claim.measure.ownLoss || OWN_DETERMINERS.has(claim.measure.term.split(' ')[0] ?? '') || ownForce(claim, claim.claimant));

  // The numbers of the sentences read so far.
  const told = new Set<number>();

  sentences.forEach((sentence, si) => {
    const found = input.figures[si] ?? [];
    const measures = input.measures[si] ?? [];
    const items: Item[] = found.map((f, k) => ({ ...f, measure: measures[k] }));
    const killed = lookupTerm(vocabulary, 'o', 'killed');
    for (const escape of input.escapes[si] ?? []) {
      if (!killed.known) continue;
      const start = words.start(escape.first);
      const end = words.end(escape.last - 1);
      const measure: MeasureRead = { outcome: killed.id, outcomeTerm: words.low(escape.last - 1), subject: escape.subject.id, term: escape.subject.term, defaulted: false, ownLoss: true, toll: false };
      items.push({ first: escape.first, last: escape.last, figure: zero(text.slice(start, end)), start, end, measure });
    }
    items.sort((a, b) => a.first - b.first);
    const claimed = items.filter((item) => item.measure !== undefined);
    const cues = input.cues[si] ?? [];
    const speakers = input.speakers[si] ?? [];

    const picks = claimed.map((item) => pickCue(cues, item.first, (cue) => countedBySpeaker(words, cue, item.first)));
    // A trailing cue by an outlet that governs nothing relays the cue before it ("…, SPA reported").
    const governed = new Uint8Array(cues.length);
    for (const k of picks) if (k >= 0) governed[k] = 1;
    cues.forEach((cue, k) => {
      const speaker = speakers[k]?.source;
      if (cue.leading || governed[k] === 1 || k === 0 || speaker === undefined || book.sources.get(speaker)?.kind !== 'media') return;
      speakers[k - 1]?.via.push(speaker);
    });

    const statedOf = (k: number): Date | undefined => cues[k]?.statedAt?.resolve(anchor)?.start;
    const sentenceTimes = input.times[si] ?? [];
    const usedTimes = new Set<TimeMention>();
    if (sentenceTimes.length > 0) for (const cue of cues) if (cue.statedAt !== undefined) usedTimes.add(cue.statedAt);
    // "The rebels, who have been fighting since 2012, said …": a time inside who speaks dates no figure
    // (read in sentences of a few cues and times, as timeOf is, so a run-on sentence stays linear).
    if (cues.length <= SCOPED_TIMES && sentenceTimes.length <= SCOPED_TIMES) {
      for (const t of sentenceTimes) if (cues.some((cue) => cue.phrase !== undefined && within(t, cue.phrase))) usedTimes.add(t);
    }
    // "577 people had died as of Tuesday": the day of the count, not of the deaths.
    for (const t of sentenceTimes) if ((words.low(t.first - 1) === 'of' && words.low(t.first - 2) === 'as') || (words.low(t.first) === 'as' && words.low(t.first + 1) === 'of')) usedTimes.add(t);
    // A toll's day dates the count, not the incident ("the toll rose to 13 on Wednesday").
    const tollItem = claimed.find((item) => item.measure?.toll === true && /toll|tally/.test(item.measure.outcomeTerm));
    let tollDay: TimeMention | undefined;
    if (tollItem !== undefined) {
      let distance = Number.POSITIVE_INFINITY;
      // "… on Friday, as the opposition said the toll has risen to 40,000": a day outside what the
      // toll's cue governs is not the toll's.
      const scope = cues.find((cue) => tollItem.first >= cue.scope.first && tollItem.first < cue.scope.last)?.scope;
      for (const t of sentenceTimes) {
        const d = Math.abs(t.first - tollItem.first);
        const inScope = scope === undefined || within(t, scope);
        if (t.day && inScope && !usedTimes.has(t) && d < distance) {
          distance = d;
          tollDay = t;
        }
      }
    }
    if (tollDay !== undefined) usedTimes.add(tollDay);
    // "the remains of 17 people, including an infant whose body was retrieved on Thursday": a time in a
    // breakdown that counts nothing dates that part, not the count before it.
    // (Figures are in order: the one that could hold token k is the first that ends after it.)
    const inFigure = (k: number): boolean => (found[partitionPoint(found.length, (n) => (found[n] as Item).last <= k)]?.first ?? Number.POSITIVE_INFINITY) <= k;
    for (const t of sentenceTimes) {
      for (let k = t.first - 1; k >= sentence.first && t.first - k <= INCLUDING_REACH && words.low(k) !== ',' && words.low(k) !== ';' && !inFigure(k); k--) {
        if (words.low(k) !== 'including') continue;
        if ((found[0]?.last ?? Number.POSITIVE_INFINITY) <= k) usedTimes.add(t);
        break;
      }
    }
    // "the dead were taken to the morgue on Sunday": the day of the transport, not of the deaths.
    for (const t of sentenceTimes) {
      for (let k = t.first - 1; k >= sentence.first && t.first - k <= TRANSPORT_REACH && words.isWord(k) && !inFigure(k); k--) {
        // (Only where it says where to: "taken into custody", "taken hostage", "brought down" are the incident.)
        if (!TRANSPORT_VERBS.has(words.low(k)) || (words.low(k + 1) !== 'to' && words.low(k) !== 'buried')) continue;
        usedTimes.add(t);
        break;
      }
    }
    // "450,000, more than the last day of mobilization on Saturday": a time in what a count is
    // compared with dates no count here.
    for (const t of sentenceTimes) {
      for (let k = t.first - 1; k >= sentence.first && t.first - k <= THAN_REACH && words.low(k) !== ',' && !found.some((f) => f.first <= k && k < f.last); k--) {
        if (words.low(k) !== 'than') continue;
        usedTimes.add(t);
        break;
      }
    }
    // "37,000 demonstrated, against 48,000 last Saturday": a time right after a figure set against
    // another dates the compared figure alone.
    const compared = new Map<Item, TimeMention>();
    for (const item of claimed) {
      if (!setAgainst(words, item.first)) continue;
      const t = sentenceTimes.find((x) => x.first >= item.last && x.first - item.last <= COMPARED_REACH);
      if (t === undefined) continue;
      compared.set(item, t);
      usedTimes.add(t);
    }
    const eventTimes = usedTimes.size === 0 ? sentenceTimes : sentenceTimes.filter((t) => !usedTimes.has(t));
    // "… killed dozens, as the opposition said the toll in the 21-month conflict has risen to 40,000":
    // a time in what another cue governs dates that cue's figures (and those of cues inside it), not a
    // figure outside it. Read per cue (k = -1: no cue), and only in sentences of a few cues and times,
    // so that a run-on sentence stays linear.
    const timesByCue = new Map<number, readonly TimeMention[]>();
    const timeOf = (k: number, p: number): TimeMention | undefined => {
      if (cues.length > SCOPED_TIMES || eventTimes.length > SCOPED_TIMES) return nearestTime(eventTimes, p);
      let list = timesByCue.get(k);
      if (list === undefined) {
        const own = cues[k]?.scope;
        // "Troops arrested five leaders on Saturday and the prime minister said four had died": a time
        // in the clause before the speaker's "and" is that clause's.
        const phrase = cues[k]?.leading === true ? cues[k]?.phrase : undefined;
        const clause = phrase !== undefined && words.low(phrase.first - 1) === 'and' ? phrase.first : -1;
        list = eventTimes.filter((t) => t.last >= clause && !cues.some((cue, j) => j !== k && within(t, cue.scope) && !(own !== undefined && within(own, cue.scope))));
        timesByCue.set(k, list);
      }
      return nearestTime(list, p);
    };

    const here: ClaimDraft[] = [];
    const add = (draft: ClaimDraft): void => {
      here.push(draft);
      drafts.push(draft);
    };
    const via = (claimant: string, k: number): string[] => {
      const list = [...(speakers[k]?.via ?? [])];
      if (outlet !== undefined) list.push(outlet);
      return [...new Set(list)].filter((id) => id !== claimant);
    };
    const denied = new Set<string>();
    let firstDenial: ClaimDraft | undefined;
    const denyOnce = (claimant: string, measure: MeasureRead, cue: Cue, k: number, position: number): ClaimDraft | undefined => {
      const key = `${claimant}\u0000${measure.outcome}\u0000${measure.subject}`;
      // "a figure organisers dismissed as laughable": a turnout disputed is said to be larger, never none.
      if (denied.has(key) || vocabulary.interest(measure.outcome) === 'higher') return undefined;
      denied.add(key);
      const start = words.start(cue.at);
      const end = words.end(cue.at);
      const draft: ClaimDraft = { claimant, via: via(claimant, k), measure, figure: zero(text.slice(start, end)), stance: 'denies', statedAt: statedOf(k), start, end, time: nearestTime(eventTimes, position), sentence: si, token: cue.at, event: undefined };
      add(draft);
      firstDenial ??= draft;
      return draft;
    };

    // Claims a denial around them rejects, denied once the sentence's own figures are read.
    const rejected: { denier: string; measure: MeasureRead; k: number; position: number }[] = [];
    // The denial cue whose scope holds cue k's zone, by k: read once per cue, over the denials only,
    // so that a run-on sentence of cues stays near linear.
    const denials = cues.flatMap((c, j) => (c.deny ? [j] : []));
    // What each denial cue denies, read once per cue whatever number of figures asks.
    const denialReads = new Map<number, DenialRead>();
    const denialRead = (k: number): DenialRead => {
      let read = denialReads.get(k);
      if (read === undefined) {
        read = readDenial(words, (cues[k] as Cue).content, sentence, vocabulary);
        denialReads.set(k, read);
      }
      return read;
    };
    const denialAround = new Map<number, number>();
    const denialOf = (k: number, cue: Cue): number => {
      let j = denialAround.get(k);
      if (j === undefined) {
        j = denials.find((d) => d !== k && (cues[d] as Cue).scope.first <= cue.zone.first && cue.zone.last <= (cues[d] as Cue).scope.last) ?? -1;
        denialAround.set(k, j);
      }
      return j;
    };
    claimed.forEach((item, n) => {
      const measure = item.measure as MeasureRead;
      const k = picks[n] as number;
      if (k === -2) return;
      const cue = cues[k];
      let claimant = k >= 0 ? speakers[k]?.source : undefined;
      // Inside a quotation, its speaker speaks, unless a cue within the quotation governs the figure;
      // "we" or "I" there is the speaker too ("'We have found 92 bodies. …,' the commandant told AFP").
      const quote = quoteAt(input.quotes, item.first);
      const firstPerson = cue?.phrase !== undefined && cue.phrase.last - cue.phrase.first === 1 && FIRST_PERSON.has(words.low(cue.phrase.first));
      if (quote?.speaker !== undefined && (cue === undefined || firstPerson || cue.zone.last <= quote.first || cue.zone.first >= quote.last)) {
        const spoken = input.speakers[quote.speaker.sentence]?.[quote.speaker.cue];
        const quoted = input.cues[quote.speaker.sentence]?.[quote.speaker.cue];
        const speaker = spoken?.source;
        // A denial's quotation may give the speaker's own count before the words that deny: "'Five
        // of our fighters were killed. The number in the statement is false,' the group said."
        const ownWords = quoted !== undefined && (!quoted.deny || item.first < quoted.scope.first || item.first >= quoted.scope.last);
        if (speaker !== undefined && ownWords) {
          const relays = [...new Set([...(spoken?.via ?? []), ...(outlet === undefined ? [] : [outlet])])].filter((id) => id !== speaker);
          const own = measure.ownLoss && measure.defaulted ? { ...measure, subject: ownSubject(speaker) } : measure;
          add({ claimant: speaker, via: relays, measure: own, figure: item.figure, stance: 'asserts', statedAt: quoted.statedAt?.resolve(anchor)?.start, start: item.start, end: item.end, time: nearestTime(eventTimes, item.first), sentence: si, token: item.first, event: undefined });
          return;
        }
      }
      // "Kenya rejected the Kesh Front's claim that it had killed 40 soldiers": the figure is the
      // Front's, and the rejection around the claim denies it.
      if (cue !== undefined && !cue.deny && claimant !== undefined) {
        const j = denialOf(k, cue);
        // (A denial of the act around the count, "denied it carried out the strike, which killed 40", denies no count.)
        const blamed = j >= 0 && denialRead(j).blame === true;
        const denier = j >= 0 && !blamed ? speakers[j]?.source : undefined;
        if (denier !== undefined && denier !== claimant) rejected.push({ denier, measure, k: j, position: item.first });
      }
      if (k >= 0 && claimant === undefined && speakers[k]?.unowned !== true) return;
      const read = cue?.deny === true ? denialRead(k) : undefined;
      // ("rejected an appeal for the release of 20 seized fishermen": the count is told by the
      // article, neither denied nor given by whoever refused.)
      // ("denied it had shelled a clinic, killing 16": the act is denied; the count is the article's.)
      const requested = (read?.notCount === true && item.first > read.clause.first) || read?.blame === true;
      if (requested) claimant = undefined;
      if (cue?.deny === true && read !== undefined && !requested) {
        const reporter = read.reporter === undefined ? undefined : book.resolve(readClaimant(words, read.reporter), si);
        if (reporter !== undefined && reporter !== claimant) {
          add({ claimant: reporter, via: via(reporter, -1), measure, figure: item.figure, stance: 'asserts', statedAt: undefined, start: item.start, end: item.end, time: nearestTime(eventTimes, item.first), sentence: si, token: item.first, event: undefined });
        }
        if (claimant !== undefined) denyOnce(claimant, measure, cue, k, item.first);
        return;
      }
      let relays: string[] = [];
      const reported = claimant === undefined || cue?.actor === true ? reportedBelow(words, sentences[si + 1]) : undefined;
      const below = reported?.outcome === undefined || reported.outcome === measure.outcome ? reported : undefined;
      if (below !== undefined) {
        claimant = book.resolve(readClaimant(words, below.speaker), si + 1);
        const relay = below.relay === undefined ? undefined : book.relay(readClaimant(words, below.relay));
        relays = [...new Set([relay, outlet].filter((id): id is string => id !== undefined && id !== claimant))];
      }
      // "Home Ministry spokesman X said 48 bodies had been recovered. Another 17 were injured.": a
      // sentence that opens by adding to the one before goes on in its speaker's words; so does one
      // that opens on its people ("Of those, 12 were injured") or counts "others" first ("Two others
      // were injured").
      const last = previous[previous.length - 1];
      // (Only after a sentence with a speaker: "Police arrested 40. 20 others were injured" is the
      // article's, the police no speaker.)
      const carriesOn = (): boolean => {
        const spoke = (): boolean => (input.cues[si - 1] ?? []).some((c) => c.actor !== true && !c.deny);
        if (PART_OPENERS.has(words.low(sentence.first)) && THOSE.has(words.low(sentence.first + 1)) && words.low(sentence.first + 2) === ',') return spoke();
        if (item.first > sentence.first + 3) return false;
        return CONTINUING.has(words.low(sentence.first)) || (words.low(item.last) === 'others' && !words.isNum(item.first - 1) && spoke());
      };
      if (claimant === undefined && last !== undefined && last.sentence === si - 1 && sentences[si - 1]?.paragraph === sentence.paragraph && last.claimant !== outlet && last.claimant !== UNATTRIBUTED.id && carriesOn()) {
        claimant = last.claimant;
        relays = [...last.via];
      }
      if (claimant === undefined) {
        // "All eight deaths resulted from gunshot wounds": a number the story gave before, made
        // definite in the article's own words, points back to that count.
        if (DEFINITE.has(words.low(item.first - 1)) && item.figure.stated !== null && told.has(item.figure.stated)) return;
        unattributed ||= outlet === undefined;
        claimant = outlet ?? UNATTRIBUTED.id;
      }
      const own = measure.ownLoss && measure.defaulted ? { ...measure, subject: ownSubject(claimant) } : measure;
      add({
        claimant,
        via: k >= 0 && below === undefined ? via(claimant, k) : relays,
        measure: own,
        figure: item.figure,
        stance: 'asserts',
        statedAt: (k >= 0 ? statedOf(k) : undefined) ?? (item === tollItem ? tollDay?.resolve(anchor)?.start : undefined),
        start: item.start,
        end: item.end,
        time: compared.get(item) ?? timeOf(k, item.first),
        sentence: si,
        token: item.first,
        event: undefined,
      });
    });

    // "The bodies of six women and three children were recovered": exact counts of different words
    // for the same people, joined by "and", are one count of them all.
    let list: ClaimDraft | undefined;
    for (let n = here.length - 1; n > 0; n--) {
      const a = here[n - 1] as ClaimDraft;
      const b = here[n] as ClaimDraft;
      if (!jointParts(a, b, b === list)) continue;
      const sum = a.figure.low + b.figure.low;
      const measure = a.measure.subject === b.measure.subject ? a.measure : { ...a.measure, subject: 'people', term: '' };
      const joined: ClaimDraft = { ...a, measure, figure: { low: sum, high: sum, stated: sum, hedge: 'exact', text: text.slice(a.start, b.end) }, end: b.end };
      list = joined;
      here.splice(n - 1, 2, joined);
      // The sentence's drafts are the last ones pushed: found from the end, in time linear in the sentence.
      drafts[drafts.lastIndexOf(a)] = joined;
      drafts.splice(drafts.lastIndexOf(b), 1);
    }

    // "rejected a claim that 600 died, saying no one was killed".
    for (const r of rejected) if (!ownFigure(here, r.denier, r.measure)) denyOnce(r.denier, r.measure, cues[r.k] as Cue, r.k, r.position);

    // Denials with no figure of their own: "dismissed reports that … kidnapped some soldiers", "rejected the claim".
    // The first denial cue and a binary search of the claims (in order of `first`) keep a run-on
    // sentence of denials linear.
    const firstDenialCue = cues.findIndex((cue) => cue.deny);
    // (Only counts near enough to be "the report" or "this information": of this paragraph, or of
    // the last few sentences, not of an earlier part of the story. Read only for such a denial.)
    let nearPicker: ReturnType<typeof createDenialPicker> | undefined;
    let farPicker: ReturnType<typeof createDenialPicker> | undefined;
    const near = (d: ClaimDraft): boolean => si - d.sentence <= DENIAL_REACH || sentences[d.sentence]?.paragraph === sentence.paragraph;
    const denialTargets = (claimant: string): ReturnType<ReturnType<typeof createDenialPicker>> => {
      nearPicker ??= createDenialPicker(previous.filter(near), isOwnLoss);
      const picked = nearPicker(claimant);
      if (picked.length > 0) return picked;
      // "Moscow said 600 Ukrainian troops died. It said an earlier strike killed 57 of its own. Kyiv
      // rejected the claim": past a sentence of nothing the denier could deny, to those before it.
      farPicker ??= createDenialPicker(drafts.filter((d) => d.sentence < si && near(d)), isOwnLoss);
      return farPicker(claimant);
    };
    const deniedBack = new Set<string>();
    const claimedFrom = (p: number): Item | undefined => claimed[partitionPoint(claimed.length, (k) => (claimed[k] as Item).first < p)];
    let denialReporter: string | undefined;
    // The sentence's claims before its denials, in reading order, for "…, which the army denied".
    const asserted = here.slice();
    cues.forEach((cue, k) => {
      const claimant = speakers[k]?.source;
      if (!cue.deny || claimant === undefined) return;
      // "dismissed reports …, describing them as false": the participle denies the same thing again.
      if (cue.participle && firstDenialCue < k) return;
      const read = denialRead(k);
      if ((read.anaphoric || cue.refersBack === true) && read.blame !== true) {
        // A claimant's second anaphoric denial in a sentence would deny the same counts again.
        if (deniedBack.has(claimant)) return;
        deniedBack.add(claimant);
        // "…, but the army denied it": what this sentence said before the denial, else the sentence
        // before; "…, which Bamako denies" refers to its own sentence only.
        const end = partitionPoint(asserted.length, (j) => (asserted[j] as ClaimDraft).token < cue.at);
        const said = asserted.slice(Math.max(0, end - MAX_SAID), end).filter((d) => d.claimant !== claimant);
        for (const target of said.length > 0 || cue.refersBack === true ? createDenialPicker(said, isOwnLoss)(claimant) : denialTargets(claimant)) {
          // ("The mayor said 5 people were hurt. Police denied any casualties": not losses of the police's own.)
          if (read.losses !== undefined && (!read.losses.includes(target.measure.outcome) || !lostBy(target, claimant))) continue;
          if (ownFigure(here, claimant, target.measure)) {
            // "The government denied the figure, saying 8 people died": its own count of the people
            // the denied figure counted, named more broadly.
            here.forEach((d, at) => {
              if (d.claimant !== claimant || d.stance !== 'asserts' || d.measure.outcome !== target.measure.outcome || d.measure.subject === target.measure.subject) return;
              if (!broaderTerms(vocabulary, target.measure.subject).includes(d.measure.subject)) return;
              const narrowed: ClaimDraft = { ...d, measure: { ...d.measure, subject: target.measure.subject, term: target.measure.term } };
              here[at] = narrowed;
              drafts[drafts.lastIndexOf(d)] = narrowed;
            });
            continue;
          }
          const made = denyOnce(claimant, target.measure, cue, k, cue.at);
          if (made !== undefined) made.sameEventAs = target;
        }
        return;
      }
      const inClause = claimedFrom(read.clause.first);
      if (read.outcome === undefined || (inClause !== undefined && inClause.first < read.clause.last)) return;
      const subject = read.subject ?? { id: 'people', term: '' };
      const measure: MeasureRead = { outcome: read.outcome.id, outcomeTerm: read.outcome.term === read.outcome.id ? '' : read.outcome.term, subject: subject.id, term: subject.term, defaulted: read.subject === undefined, ownLoss: false, toll: false };
      denyOnce(claimant, measure, cue, k, cue.at);
      const reporter = read.reporter === undefined ? undefined : book.resolve(readClaimant(words, read.reporter), si);
      if (reporter !== undefined) denialReporter = reporter;
    });
    // "The army said five Afghan soldiers were killed. Its spokesman initially put the toll at six or
    // seven": a party's toll that names no one counts whom its count in the sentence before did, when
    // that counted one kind of people (another party's toll may count more people than that).
    // (Not a toll with a breakdown or another incident in its sentence: "at seven, including two
    // civilians", "the toll from a separate attack".)
    const bare = (d: ClaimDraft): boolean => d.measure.toll && d.measure.term === '' && d.measure.subject === 'people' && d.stance === 'asserts';
    if (here.some(bare) && previous[0]?.sentence === si - 1 && sentences[si - 1]?.paragraph === sentence.paragraph && !sentenceHas(words, sentence, APART_WORDS)) {
      // Each party's count of each outcome in the sentence before, or null where it counted several kinds.
      const counts = new Map<string, ClaimDraft | null>();
      for (const b of previous) {
        if (b.stance !== 'asserts') continue;
        const key = `${b.claimant}\u0000${b.measure.outcome}`;
        const seen = counts.get(key);
        counts.set(key, seen === undefined || seen?.measure.subject === b.measure.subject ? (seen ?? b) : null);
      }
      here.forEach((d, at) => {
        const from = bare(d) ? counts.get(`${d.claimant}\u0000${d.measure.outcome}`) : undefined;
        if (from === undefined || from === null || from.measure.subject === 'people') return;
        const inherited: ClaimDraft = { ...d, measure: { ...d.measure, subject: from.measure.subject, term: from.measure.term } };
        here[at] = inherited;
        drafts[drafts.lastIndexOf(d)] = inherited;
      });
    }
    if (denialReporter !== undefined) lastDenial = { reporter: denialReporter, sentence: si, denial: firstDenial };
    // The denied source's figures in the next two sentences are what it denied.
    if (lastDenial !== undefined && lastDenial.sentence < si && si - lastDenial.sentence <= 2 && lastDenial.denial !== undefined) {
      for (const draft of here) if (draft.claimant === lastDenial.reporter && draft.sameEventAs === undefined) draft.sameEventAs = lastDenial.denial;
    }
    if (here.length > 0) previous = here;
    for (const f of found) if (f.figure.stated !== null) told.add(f.figure.stated);
  });
  return { drafts, unattributed };
}
