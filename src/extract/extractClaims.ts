import { isValid } from 'date-fns';
import type { ClaimSet, Source } from '../claims/schemas.js';
import type { Figure } from '../figures/schemas.js';
import { IsoDateSchema } from '../claims/schemas.js';
import { partitionPoint } from '../internal/partitionPoint.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import { singular } from '../vocabulary/singular.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { assembleClaimSet, type ClaimDraft } from './assembleClaimSet.js';
import { createCuePicker } from './createCuePicker.js';
import { createDenialPicker } from './createDenialPicker.js';
import { createEventBook } from './createEventBook.js';
import { createFigureSweep, type FigureItem } from './createFigureSweep.js';
import { createSourceBook } from './createSourceBook.js';
import { findCues, type Cue } from './findCues.js';
import { findEscapes } from './findEscapes.js';
import { findPlaces } from './findPlaces.js';
import { findTimes, type TimeAnchor, type TimeMention } from './findTimes.js';
import { lookupTerm } from './lookupTerm.js';
import { markAnonymity } from './markAnonymity.js';
import { readClaimant } from './readClaimant.js';
import { readDenial } from './readDenial.js';
import { readDocument } from './readDocument.js';
import { readMeasures, type MeasureRead } from './readMeasures.js';
import { readWords, type Words } from './readWords.js';
import { splitSentences, type Sentence } from './splitSentences.js';
import { findFigures } from '../figures/findFigures.js';

/**
 * Options for {@link extractClaims}.
 *
 * @example
 * ```ts
 * const options: ExtractClaimsOptions = { outlet: 'CNN', document: 'cnn-1' };
 * extractClaims('Five soldiers were killed, the military said.', options).claims.map((c) => [c.id, c.claimant, c.via, c.evidence?.document])
 * //=> [['cnn-1#c1', 'military', ['cnn'], 'cnn-1']]
 * ```
 */
export interface ExtractClaimsOptions {
  /** When the article was published (ISO 8601): resolves "Sunday", "last week", "in the last 24 hours". */
  readonly publishedAt?: string;
  /** The publishing outlet: the claimant of unattributed figures, and the last relay of the others. */
  readonly outlet?: string;
  /** The article's id: prefixes event and claim ids and goes into every claim's evidence. */
  readonly document?: string;
  /** The vocabulary for outcomes and subjects; the default conflict vocabulary if absent. */
  readonly vocabulary?: Vocabulary;
}

interface Item extends FigureItem {
  readonly measure: MeasureRead | undefined;
}

const SEPARATE = [['in', 'a', 'separate'], ['in', 'another'], ['separately'], ['elsewhere'], ['the', 'latest', 'attack'], ['in', 'a', 'separate', 'incident']];
const FIGHTERS = new Set(['fighters', 'militants', 'men', 'gunmen', 'rebels', 'cadres', 'mujahideen', 'members']);
const UNATTRIBUTED: Source = { id: 'unattributed', name: 'Unattributed (the article itself)', kind: 'media' };

const zero = (text: string): Figure => ({ low: 0, high: 0, stated: 0, hedge: 'exact', text });

// Callers pass the same few dates again and again; validating with the schema costs more than
// extracting a short article, so the last answer is kept.
let lastChecked: { readonly value: string; readonly valid: boolean } | undefined;

function anchorOf(publishedAt: string | undefined): Date | undefined {
  if (publishedAt === undefined) return undefined;
  if (lastChecked?.value !== publishedAt) lastChecked = { value: publishedAt, valid: typeof publishedAt === 'string' && IsoDateSchema.safeParse(publishedAt).success };
  if (!lastChecked.valid) {
    throw new RangeError(`extractClaims: options.publishedAt must be an ISO 8601 date or date-time, got ${JSON.stringify(publishedAt)}`);
  }
  // The calendar date as written: the newsroom's day, whatever the offset.
  const [y, m, d] = publishedAt.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  return isValid(date) ? date : undefined;
}

function startsWith(words: Words, sentence: Sentence, phrase: readonly string[]): boolean {
  for (let s = sentence.first; s < sentence.first + 3 && s < sentence.last; s++) {
    if (phrase.every((w, k) => words.low(s + k) === w)) return true;
  }
  return false;
}



/**
 * Drafts a ClaimSet from English news text for a person to review: every figure someone asserts
 * or denies about a vocabulary outcome, with who claims it, who relayed it, what was counted, the
 * incident it belongs to and the words it came from. Rule-based and deterministic; no model.
 *
 * - **Figures** come from `findFigures`; years, dates, times, money, ages, durations, shares and
 *   labels are dropped, and so is any figure the sentence gives no outcome for ("One military
 *   official said", "the two sides").
 * - **What was counted**: the subject after the figure and the outcome from the verbs around it,
 *   through the vocabulary, across coordination ("five soldiers and 12 militants were killed"),
 *   participles ("killing 13 people and wounding 20"), tolls ("put the death toll at 19") and
 *   own losses ("lost none of their own" counts the claimant's own people).
 * - **Who claims it**: the phrase at a reporting cue (said, told, claimed, added, according to,
 *   quoted as saying, put the toll at, estimated), or the statement or person a later sentence
 *   refers back to ("the statement added", "He said"). Source ids: a person by name without
 *   titles (`azam-tariq`), an acronym when given (`ttp`), the army or military as `military`
 *   after its country (`pakistan-military`), otherwise the slug of the phrase's head words
 *   (`residents`, `interior-ministry`). Anonymity ("on condition of anonymity", "asked not to be
 *   identified") marks the source; `side` is left for the reviewer, since the text rarely names the
 *   party a source belongs to in a way that holds across articles.
 * - **Relays**: "told CNN by phone", "quoted by the Associated Press", "…, the state news agency
 *   SPA reported" go into `via`, nearest first, with `options.outlet` last. Figures no one is
 *   quoted for belong to the outlet, or to the source `unattributed` when no outlet is given.
 * - **Denials** (denied, dismissed, rejected, "baseless", "false propaganda") give the denier a
 *   claim with stance `denies` and figure zero; the report being denied is a claim of its own
 *   source ("reports that … at least 28 soldiers" → claimant `reports`). A denial is dropped when
 *   the denier itself gives a figure for the same count of the same incident (it denies the
 *   figure, not the event). "Rejected the claim" denies each count of the sentence before that
 *   another source asserted (at most 32 counts, which keeps a run-on sentence linear).
 * - **Events**: one per incident the article distinguishes, with its place (broad to narrow) and a
 *   period resolved from `publishedAt` (date-fns): see `createEventBook`.
 * - **Evidence**: `quote` is the sentence (a run-on sentence over 600 characters is quoted around
 *   the figure), `start`/`end` the figure's offsets in `text` (for a denial, the denial word's);
 *   `figure.text` is exactly `text.slice(start, end)`.
 *
 * Linear in the length of the text and safe on any string: it never throws for `text`.
 *
 * @throws {RangeError} when `options.publishedAt` is not an ISO 8601 date or date-time.
 * @example
 * ```ts
 * const set = extractClaims('Five soldiers were killed on Saturday, the military said.', { publishedAt: '2009-10-18' });
 * set.claims.map((c) => [c.claimant, c.measure.outcome, c.measure.subject, c.figure.low, c.statedAt ?? null])
 * //=> [['military', 'killed', 'soldiers', 5, null]]
 * set.events[0]
 * //=> { id: 'e1', label: '2009-10-17', period: { start: '2009-10-17', end: '2009-10-17' } }
 * ```
 */
export function extractClaims(text: string, options: ExtractClaimsOptions = {}): ClaimSet {
  const today = anchorOf(options.publishedAt);
  if (options.outlet !== undefined && typeof options.outlet !== 'string') throw new RangeError('extractClaims: options.outlet must be a string');
  if (options.document !== undefined && typeof options.document !== 'string') throw new RangeError('extractClaims: options.document must be a string');
  if (typeof text !== 'string' || text.length === 0) return { sources: [], events: [], claims: [] };
  const vocabulary = options.vocabulary ?? getDefaultVocabulary();
  const prefix = options.document === undefined || options.document === '' ? '' : `${options.document}#`;

  const words = readWords(text);
  const sentences = splitSentences(words);
  // As the figure scanner's own test: "casualties" (killed and injured) is no outcome, yet a count.
  const isTerm = (w: string): boolean => singular(w) === 'casualty' || lookupTerm(vocabulary, 's', w).known || lookupTerm(vocabulary, 'o', w).known;
  const matches = findFigures(text, { isTerm });
  const places = sentences.map((s) => findPlaces(words, s));
  const times = sentences.map((s) => findTimes(words, s));
  const base: TimeAnchor = { today, launch: undefined };
  const context = readDocument(words, sentences, places, times, base, vocabulary);
  const anchor: TimeAnchor = { today, launch: context.launch };
  const book = createSourceBook(vocabulary, context.armedNames);
  const outlet = options.outlet === undefined ? undefined : book.outlet(options.outlet);
  const events = createEventBook({ prefix, country: context.country, mainPlace: context.mainPlace });
  const drafts: ClaimDraft[] = [];
  let needsUnattributed = false;
  let previous: ClaimDraft[] = [];
  // The sentence's first denial stands for the rest: a report denied there belongs to its event.
  let lastDenial: { reporter: string; event: string | undefined; sentence: number; denial: ClaimDraft | undefined } | undefined;

  const figuresOf = createFigureSweep(words, matches, isTerm);
  const inFigure = new Uint8Array(words.count);
  const isFigure = (i: number): boolean => inFigure[i] === 1;
  const ownSubject = (claimant: string): string => {
    const source = book.sources.get(claimant);
    const id = source === undefined ? '' : `${source.id} ${source.name.toLowerCase()}`;
    const wanted = /polic/.test(id) ? 'police' : source?.kind === 'military' ? 'soldiers' : source?.kind === 'armed-group' ? 'militants' : 'people';
    return lookupTerm(vocabulary, 's', wanted).known ? lookupTerm(vocabulary, 's', wanted).id : 'people';
  };

  sentences.forEach((sentence, si) => {
    const found = figuresOf(sentence);
    for (const f of found) inFigure.fill(1, f.first, f.last);
    const measures = readMeasures(words, sentence, found, vocabulary);
    const items: Item[] = found.map((f, k) => ({ first: f.first, last: f.last, figure: f.figure, start: f.start, end: f.end, measure: measures[k] }));
    const escapes = findEscapes(words, sentence, vocabulary);
    for (const escape of escapes) {
      const killed = lookupTerm(vocabulary, 'o', 'killed');
      if (!killed.known) continue;
      const start = words.start(escape.first);
      const end = words.end(escape.last - 1);
      const measure: MeasureRead = { outcome: killed.id, outcomeTerm: words.low(escape.last - 1), subject: escape.subject.id, term: escape.subject.term, defaulted: false, ownLoss: true, toll: false };
      items.push({ first: escape.first, last: escape.last, figure: zero(text.slice(start, end)), start, end, measure });
    }
    if (escapes.length > 0) items.sort((a, b) => a.first - b.first);
    const claimed = items.filter((item) => item.measure !== undefined);
    // Every sentence's cues are read, with or without figures: later sentences refer back to their speakers.
    const cues = findCues(words, sentence, times[si] ?? [], isFigure);

    // Who speaks at each cue; "adding" and "dismissing" speak for the cue before them.
    const speakers: (string | undefined)[] = [];
    const relays: string[][] = [];
    cues.forEach((cue, k) => {
      const phrase = cue.phrase === undefined ? undefined : readClaimant(words, cue.phrase);
      const speaker = phrase === undefined ? speakers[k - 1] : book.resolve(phrase, si);
      speakers.push(speaker);
      const via: string[] = [];
      for (const span of [...(phrase?.relays ?? []), ...cue.relays]) {
        const id = book.relay(readClaimant(words, span));
        if (id !== undefined && id !== speaker) via.push(id);
      }
      relays.push(via.length === 0 && phrase === undefined ? [...(relays[k - 1] ?? [])] : via);
      if (speaker !== undefined && cue.anonymous) book.markAnonymous(speaker);
      if (speaker !== undefined && cue.statement) book.issuedStatement(speaker);
      if (speaker !== undefined && ['its', 'their'].includes(words.low(cue.content)) && FIGHTERS.has(words.low(cue.content + 1))) book.setKind(speaker, 'armed-group');
    });
    markAnonymity(words, sentence, si, cues, speakers, book);

    const pick = createCuePicker(cues);
    const picks = claimed.map((item) => pick(item.first));
    // A trailing cue by an outlet that governs nothing relays the cue before it ("…, SPA reported").
    const governed = new Uint8Array(cues.length);
    for (const k of picks) if (k >= 0) governed[k] = 1;
    cues.forEach((cue, k) => {
      const speaker = speakers[k];
      if (cue.leading || governed[k] === 1 || k === 0 || speaker === undefined || book.sources.get(speaker)?.kind !== 'media') return;
      relays[k - 1]?.push(speaker);
    });

    const statedOf = (k: number): Date | undefined => {
      const t = cues[k]?.statedAt?.resolve(anchor);
      return t?.start;
    };
    const sentenceTimes = times[si] ?? [];
    const usedTimes = new Set<TimeMention>();
    if (sentenceTimes.length > 0) for (const cue of cues) if (cue.statedAt !== undefined) usedTimes.add(cue.statedAt);
    // A toll's day dates the count, not the incident ("the toll rose to 13 on Wednesday").
    const tollItem = claimed.find((item) => item.measure?.toll === true && /toll|tally/.test(item.measure.outcomeTerm));
    let tollDay: TimeMention | undefined;
    if (tollItem !== undefined) {
      let distance = Number.POSITIVE_INFINITY;
      for (const t of sentenceTimes) {
        const d = Math.abs(t.first - tollItem.first);
        if (t.day && !usedTimes.has(t) && d < distance) {
          distance = d;
          tollDay = t;
        }
      }
    }
    if (tollDay !== undefined) usedTimes.add(tollDay);
    const eventTimes = usedTimes.size === 0 ? sentenceTimes : sentenceTimes.filter((t) => !usedTimes.has(t));
    // The time nearest a figure; times are in order, so a binary search finds its neighbours.
    const nearestTime = (p: number): TimeMention | undefined => {
      const lo = partitionPoint(eventTimes.length, (mid) => (eventTimes[mid] as TimeMention).first <= p);
      const after = eventTimes[lo];
      const before = eventTimes[lo - 1];
      if (before === undefined) return after;
      if (after === undefined) return before;
      return after.first - p < p - before.last ? after : before;
    };

    const here: ClaimDraft[] = [];
    const add = (draft: ClaimDraft): void => {
      here.push(draft);
      drafts.push(draft);
    };
    const via = (claimant: string, k: number): string[] => {
      const list = [...(relays[k] ?? [])];
      if (outlet !== undefined) list.push(outlet);
      return [...new Set(list)].filter((id) => id !== claimant);
    };
    const denied = new Set<string>();
    let firstDenial: ClaimDraft | undefined;
    const denyOnce = (claimant: string, measure: MeasureRead, cue: Cue, k: number, position: number): void => {
      const key = `${claimant}\u0000${measure.outcome}\u0000${measure.subject}`;
      if (denied.has(key)) return;
      denied.add(key);
      const start = words.start(cue.at);
      const end = words.end(cue.at);
      const draft: ClaimDraft = { claimant, via: via(claimant, k), measure, figure: zero(text.slice(start, end)), stance: 'denies', statedAt: statedOf(k), start, end, time: nearestTime(position), sentence: si, event: undefined };
      add(draft);
      firstDenial ??= draft;
    };

    claimed.forEach((item, n) => {
      const measure = item.measure as MeasureRead;
      const k = picks[n] as number;
      if (k === -2) return;
      const cue = cues[k];
      let claimant = k >= 0 ? speakers[k] : undefined;
      if (k >= 0 && claimant === undefined) return;
      if (cue?.deny === true) {
        const read = readDenial(words, cue.content, sentence, vocabulary);
        const reporter = read.reporter === undefined ? undefined : book.resolve(readClaimant(words, read.reporter), si);
        if (reporter !== undefined && reporter !== claimant) {
          add({ claimant: reporter, via: via(reporter, -1), measure, figure: item.figure, stance: 'asserts', statedAt: undefined, start: item.start, end: item.end, time: nearestTime(item.first), sentence: si, event: undefined });
        }
        if (claimant !== undefined) denyOnce(claimant, measure, cue, k, item.first);
        return;
      }
      if (claimant === undefined) {
        needsUnattributed ||= outlet === undefined;
        claimant = outlet ?? UNATTRIBUTED.id;
      }
      const own = measure.ownLoss && measure.defaulted ? { ...measure, subject: ownSubject(claimant) } : measure;
      add({
        claimant,
        via: k >= 0 ? via(claimant, k) : [],
        measure: own,
        figure: item.figure,
        stance: 'asserts',
        statedAt: (k >= 0 ? statedOf(k) : undefined) ?? (item === tollItem ? tollDay?.resolve(anchor)?.start : undefined),
        start: item.start,
        end: item.end,
        time: nearestTime(item.first),
        sentence: si,
        event: undefined,
      });
    });

    // Denials with no figure of their own: "dismissed reports that … kidnapped some soldiers", "rejected the claim".
    // The first denial cue and a binary search of the claims (in order of `first`) keep a run-on
    // sentence of denials linear.
    const firstDenialCue = cues.findIndex((cue) => cue.deny);
    const denialTargets = createDenialPicker(previous);
    const deniedBack = new Set<string>();
    const claimedFrom = (p: number): Item | undefined => claimed[partitionPoint(claimed.length, (mid) => (claimed[mid] as Item).first < p)];
    cues.forEach((cue, k) => {
      const claimant = speakers[k];
      if (!cue.deny || claimant === undefined) return;
      // "dismissed reports …, describing them as false": the participle denies the same thing again.
      if (cue.participle && firstDenialCue < k) return;
      const read = readDenial(words, cue.content, sentence, vocabulary);
      if (read.anaphoric) {
        // A claimant's second anaphoric denial in a sentence would deny the same counts again.
        if (deniedBack.has(claimant)) return;
        deniedBack.add(claimant);
        for (const target of denialTargets(claimant)) {
          const before = here.length;
          denyOnce(claimant, target.measure, cue, k, cue.at);
          const made = here[before];
          if (made !== undefined) made.event = target.event;
        }
        return;
      }
      const inClause = claimedFrom(read.clause.first);
      if (read.outcome === undefined || (inClause !== undefined && inClause.first < read.clause.last)) return;
      const subject = read.subject ?? { id: 'people', term: '' };
      const measure: MeasureRead = { outcome: read.outcome.id, outcomeTerm: read.outcome.term === read.outcome.id ? '' : read.outcome.term, subject: subject.id, term: subject.term, defaulted: read.subject === undefined, ownLoss: false, toll: false };
      denyOnce(claimant, measure, cue, k, cue.at);
      const reporter = read.reporter === undefined ? undefined : book.resolve(readClaimant(words, read.reporter), si);
      if (reporter !== undefined) lastDenial = { reporter, event: undefined, sentence: si, denial: firstDenial };
    });

    // Events: figures that share a time share an event.
    const separate = SEPARATE.some((phrase) => startsWith(words, sentence, phrase));
    const byTime = new Map<TimeMention | undefined, string>();
    for (const draft of here) {
      if (draft.event !== undefined) continue;
      if (lastDenial !== undefined && lastDenial.sentence < si && si - lastDenial.sentence <= 2 && draft.claimant === lastDenial.reporter && lastDenial.event !== undefined) {
        draft.event = lastDenial.event;
        continue;
      }
      let event = byTime.get(draft.time);
      if (event === undefined) {
        event = events.assign({ places: places[si] ?? [], period: draft.time?.resolve(anchor), separate, reported: draft.statedAt ?? today });
        byTime.set(draft.time, event);
      }
      draft.event = event;
    }
    if (lastDenial !== undefined && lastDenial.sentence === si) lastDenial.event = lastDenial.denial?.event;
    if (here.length > 0) previous = here;
  });

  return assembleClaimSet({
    drafts,
    sources: book.sources,
    extraSources: needsUnattributed ? [UNATTRIBUTED] : [],
    events: events.events,
    text,
    sentences,
    prefix,
    document: options.document,
  });
}

