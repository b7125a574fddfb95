import { isValid } from 'date-fns/isValid';
import type { ClaimSet } from '../claims/schemas.js';
import { IsoDateSchema } from '../claims/schemas.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { assembleClaimSet } from './passes/assembleClaimSet.js';
import { assignEvents } from './passes/assignEvents.js';
import { assignSides } from './passes/assignSides.js';
import { attributeFigures, UNATTRIBUTED } from './passes/attributeFigures.js';
import { createSourceBook } from './passes/createSourceBook.js';
import { findCues } from './passes/findCues.js';
import { findDocumentParts } from './passes/findDocumentParts.js';
import { findEscapes } from './passes/findEscapes.js';
import { findFigureMentions } from './passes/findFigureMentions.js';
import { findPlaces } from './passes/findPlaces.js';
import { findQuotes } from './passes/findQuotes.js';
import { findSentences } from './passes/findSentences.js';
import { findSpeakers } from './passes/findSpeakers.js';
import { findTimes } from './passes/findTimes.js';
import { lookupTerm } from './passes/lookupTerm.js';
import { joinSpacedThousands } from './passes/joinSpacedThousands.js';
import { mergeRestatements } from './passes/mergeRestatements.js';
import { onePopulation } from './passes/onePopulation.js';
import { readDocument } from './passes/readDocument.js';
import { DEFINITE_ONLY, readMeasures, type SubjectMemory } from './passes/readMeasures.js';
import { readTokens } from './passes/readTokens.js';
import { firstTermIn } from './passes/termAt.js';
import { findFigures } from '../figures/findFigures.js';
import { CASUALTY_WORDS, MISSING_WORDS } from './lexicon/outcomes.js';
import type { FigureItem, Sentence, TimeAnchor, Words } from './types.js';

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

// A number counted again without its noun keeps the noun ("left 71 soldiers dead … killing 71"),
// but small numbers recur by chance ("one other wounded" twice in a story counts different people).
const SAME_NUMBER_MIN = 10;

// Callers pass the same few dates again and again; validating with the schema costs more than
// extracting a short article, so the last answer is kept.
let lastChecked: { readonly value: string; readonly valid: boolean } | undefined;

// How far after a figure the word for an unknown fate may stand: "90,000 villagers are trapped".
const MISSING_REACH = 5;

// Whether a figure of the sentence counts people whose fate is unknown ("90,000 are trapped",
// "12 still missing"), not merely a sentence that names the missing somewhere.
function countsMissing(words: Words, sentence: Sentence, figures: readonly FigureItem[]): boolean {
  return figures.some((f) => {
    for (let k = f.last; k < f.last + MISSING_REACH && k < sentence.last; k++) if (MISSING_WORDS.has(words.low(k))) return true;
    return false;
  });
}

function anchorOf(publishedAt: string | undefined): Date | undefined {
  if (publishedAt === undefined) return undefined;
  if (lastChecked?.value !== publishedAt) lastChecked = { value: publishedAt, valid: typeof publishedAt === 'string' && IsoDateSchema.safeParse(publishedAt).success };
  if (!lastChecked.valid) {
    throw new RangeError(`extractClaims: options.publishedAt must be an ISO 8601 date or date-time, got ${JSON.stringify(publishedAt)}`);
  }
  // The calendar date as written: the newsroom's day, whatever the offset.
  const [y, m, d] = publishedAt.slice(0, 10).split('-').map(Number) as [number, number, number];
  // setFullYear, since the constructor reads years 0–99 as 1900–1999.
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m - 1, d);
  return isValid(date) ? date : undefined;
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
  // As the figure scanner's own test: "casualties" (killed and injured) and "losses" ("suffered no
  // losses") are no outcome, yet counts.
  const isTerm = (w: string): boolean => CASUALTY_WORDS.has(w) || lookupTerm(vocabulary, 's', w).known || lookupTerm(vocabulary, 'o', w).known;

  // The passes, in order; each reads the layers before it.
  const words = readTokens(text);
  const parts = findDocumentParts(words, findSentences(words));
  const sentences = parts.sentences;
  // "12 000 to 15 000": figures read where spaces group digits, quoted as the text writes them.
  const grouped = joinSpacedThousands(text);
  const matches = findFigures(grouped, { isTerm });
  const figures = findFigureMentions(words, sentences, grouped === text ? matches : matches.map((m) => ({ ...m, figure: { ...m.figure, text: text.slice(m.start, m.end) } })), isTerm);
  const places = sentences.map((s) => findPlaces(words, s));
  const times = sentences.map((s) => findTimes(words, s));
  // A breakdown's places are its parts' scenes, never the article's.
  const context = readDocument(words, sentences, places.map((list) => list.filter((p) => p.part === undefined)), times, { today, launch: undefined }, vocabulary, parts.dateline);
  const anchor: TimeAnchor = { today, launch: context.launch };
  const figureTokens = new Uint8Array(words.count);
  for (const list of figures) for (const f of list) figureTokens.fill(1, f.first, f.last);
  const isFigure = (i: number): boolean => figureTokens[i] === 1;
  const cues = sentences.map((s, si) => findCues(words, s, times[si] ?? [], isFigure));
  const book = createSourceBook(vocabulary, context.armedNames, context.country);
  const outletName = options.outlet ?? parts.dateline?.outlet;
  const outlet = outletName === undefined ? undefined : book.outlet(outletName);
  const speakers = findSpeakers(words, sentences, cues, book);
  // Count nouns ("put the figure at 50") take the outcome of the last figure before them.
  let lastOutcome: string | undefined;
  const counted = new Map<string, { subject: string; term: string }>();
  const memory: SubjectMemory = {};
  let measuredNothing = false;
  const incidents = new Map<number, string>();
  const measures = sentences.map((s, si) => {
    const list = figures[si] ?? [];
    const values = list.map((f) => f.figure.stated ?? f.figure.low);
    // "Others" and "of them" reach back to the last people the story named, across paragraphs
    // (a quotation may run on into the next), but not from the headline into the body.
    if (s.role !== 'body') {
      delete memory.subject;
      delete memory.term;
      delete memory.latest;
      delete memory.told;
    }
    // "A mass abduction took place … The U.N. estimated the number to be more than 200": a sentence
    // that counts nothing but names what befell people says what a count noun after it counts.
    const before = sentences[si - 1];
    if (list.length > 0 && before !== undefined && before.role === 'body' && measuredNothing) {
      const named = firstTermIn(words, before, vocabulary, 'o');
      if (named !== undefined) {
        lastOutcome = named.id;
        incidents.set(si - 1, named.id);
      }
    }
    const read = readMeasures(words, s, list, vocabulary, lastOutcome, counted, values, memory, context.missing);
    measuredNothing = read.every((m) => m === undefined);
    // "90,000 villagers are trapped. The government says the number is closer to 30,000": a count of
    // people whose fate is unknown leaves a count noun after it no outcome to take.
    if (measuredNothing && countsMissing(words, s, list)) lastOutcome = undefined;
    read.forEach((m, k) => {
      if (m === undefined) return;
      lastOutcome = m.outcome;
      // (A small number is kept for "the two dead", which points back to it.)
      const small = (values[k] ?? 0) < SAME_NUMBER_MIN ? DEFINITE_ONLY : '';
      if (!m.defaulted && m.subject !== 'people' && counted.size < 1024) counted.set(`${small}${m.outcome}\u0000${values[k] ?? ''}`, { subject: m.subject, term: m.term });
    });
    return read;
  });
  const escapes = sentences.map((s) => findEscapes(words, s, vocabulary));
  const quotes = findQuotes(words, sentences, cues);
  const { drafts, unattributed } = attributeFigures({ words, sentences, figures, measures, escapes, times, cues, speakers, quotes, anchor, book, outlet, vocabulary });
  const ownVoices = new Set([outlet ?? UNATTRIBUTED.id]);
  // "The Interior Ministry in Kabul said": a place after a speaker's head, in its phrase, is where the
  // speaker is ("Nationwide, the organizers claimed" opens the phrase and stays a scope).
  const scenes = places.map((list, si) => list.map((p) => (p.scope === undefined && (cues[si] ?? []).some((c) => c.phrase !== undefined && c.phrase.first < p.first && p.last <= c.phrase.last) ? { ...p, speaker: true } : p)));
  const events = assignEvents({ words, sentences, places: scenes, times, incidents, context, anchor, prefix, ownVoices, isFigure }, drafts);
  const sided = assignSides(book.sources, onePopulation(drafts, vocabulary, text), context, book.countryOf, vocabulary, events);
  const kept = mergeRestatements(sided.drafts, sentences, figures, ownVoices, sided.sources, vocabulary, events);

  return assembleClaimSet({
    drafts: kept,
    sources: sided.sources,
    extraSources: unattributed ? [UNATTRIBUTED] : [],
    events,
    text,
    sentences,
    prefix,
    document: options.document,
  });
}
