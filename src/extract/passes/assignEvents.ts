import { areIntervalsOverlapping } from 'date-fns/areIntervalsOverlapping';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { subDays } from 'date-fns/subDays';
import type { Event } from '../../claims/schemas.js';
import { CUE_WORDS, HAVE_FORMS } from '../lexicon/cues.js';
import { INCIDENT_NOUNS } from '../lexicon/incidents.js';
import { COUNT_NOUNS } from '../lexicon/outcomes.js';
import { capitalOf, COUNTRY_NAMES } from '../lexicon/places.js';
import { DOCUMENT_NOUNS, ESTIMATE_HEADS, OCCASIONS, WORK_NOUNS } from '../lexicon/sources.js';
import { initials, nameParts } from './initials.js';
import { isoDay } from './isoDay.js';
import { setAgainst } from './setAgainst.js';
import type { ClaimDraft, DaySpan, DocumentContext, PlaceMention, Sentence, TimeAnchor, TimeMention, Words } from '../types.js';

/** What the events pass reads besides the drafts. */
export interface EventInput {
  readonly words: Words;
  readonly sentences: readonly Sentence[];
  readonly places: readonly (readonly PlaceMention[])[];
  /** Each sentence's time mentions, for a time that opens a sentence and dates those after it. */
  readonly times: readonly (readonly TimeMention[])[];
  /** Sentences that count nothing but name what befell people, by index, with that outcome. */
  readonly incidents: ReadonlyMap<number, string>;
  readonly context: DocumentContext;
  readonly anchor: TimeAnchor;
  readonly prefix: string;
  /** The article's own voice (the outlet, or `unattributed`): its figures over years are background. */
  readonly ownVoices: ReadonlySet<string>;
  /** Whether token k is part of a figure. */
  readonly isFigure: (k: number) => boolean;
}

interface EventDraft {
  readonly id: string;
  place: readonly string[];
  /** Whether its place was named as a region, so that a town named later is a scene within it. */
  region: boolean;
  period: DaySpan | undefined;
  /** The period comes from the text, not from the publication date. */
  explicit: boolean;
  partOf?: string;
  /** The place is the article's most named one, which the incident's own sentence did not name. */
  guessed?: boolean;
  /** A crowd counted across the whole country opened the story: its towns' crowds and arrests are parts of it. */
  countrywide?: boolean;
  readonly key: string;
}

// Openers that set a sentence's incident apart from the one before.
const SEPARATE: readonly (readonly string[])[] = [
  ['in', 'a', 'separate'], ['in', 'an', 'unrelated'], ['in', 'another'], ['separately'], ['elsewhere'], ['in', 'a', 'similar'], ['in', 'an', 'earlier'],
  ['earlier', 'this', 'month'], ['earlier', 'this', 'year'], ['earlier', 'in', 'the', 'month'], ['earlier', 'in', 'the', 'year'],
];
// "The day before, …": the day before the incident told, another one ("The next day" may go on with
// the same toll).
const DAY_BEFORE: readonly (readonly string[])[] = [['the', 'day', 'before'], ['the', 'previous', 'day'], ['a', 'day', 'earlier'], ['the', 'night', 'before'], ['the', 'previous', 'night']];
// "Days before the attack, …", "A week earlier, …": further back, with no day to date it by.
const DAYS_BEFORE: readonly (readonly string[])[] = [['days', 'before'], ['days', 'earlier'], ['a', 'week', 'earlier'], ['a', 'week', 'before'], ['weeks', 'before'], ['weeks', 'earlier']];
// Spans of time before "after" or "before": "a day after", "two weeks before", "hours after".
const SPANS = new Set(['day', 'days', 'night', 'nights', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hours']);
// A period at least this long is a running total ("since 2017", "in recent months"), not the incident.
const CUMULATIVE_DAYS = 21;
// Background: the article's own figure over a year or more ("an insurgency that has killed thousands since 2012").
const BACKGROUND_DAYS = 300;
const CLAUSE_BREAKS = new Set([';', 'while', 'whereas', 'but']);
const CLAUSE_REACH = 40;
// "an attack on another army post", "in another village": a second incident of the same kind.
const ANOTHER_KINDS = new Set(['post', 'attack', 'village', 'town', 'city', 'district', 'camp', 'base', 'area', 'incident', 'region', 'province', 'checkpoint', 'blast', 'bombing', 'raid', 'ambush', 'clash', 'assault', 'school', 'church', 'mosque', 'market', 'hospital', 'prison', 'boat', 'vessel', 'ship']);

// "rallies in other cities", "in other parts of the country": places besides the incident's.
const OTHER_PLACES = new Set(['cities', 'towns', 'villages', 'districts', 'provinces', 'regions', 'areas', 'parts', 'camps', 'countries']);

// Whether a sentence names places besides the incident's; with a figure's token, only in that
// figure's clause, read at most CLAUSE_REACH tokens each way so that a run-on sentence stays linear
// ("150,000 gathered in the capital, while demonstrations also took place in other cities" is still
// the capital's count).
function mentionsOtherPlaces(words: Words, sentence: Sentence, token: number | undefined): boolean {
  const from = token === undefined ? sentence.first : Math.max(sentence.first, token - CLAUSE_REACH);
  const to = token === undefined ? sentence.last : Math.min(sentence.last, token + CLAUSE_REACH);
  for (let k = from; k < to; k++) if (words.low(k) === 'other' && OTHER_PLACES.has(words.low(k + 1)) && (token === undefined || sameClause(words, token, k))) return true;
  return false;
}

// Unlike a scene's clause (`sceneOf`), which any "while" or "but" ends, a figure's clause for other
// places ends only at a semicolon or a comma before its "while", "whereas" or "but": "not only in
// Dorvo but also in other cities", "3,000, who gathered while police watched, marched in other towns"
// are one clause. The two points are at most CLAUSE_REACH apart.
function sameClause(words: Words, a: number, b: number): boolean {
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (words.low(k) === ';' || (CLAUSE_BREAKS.has(words.low(k)) && words.low(k - 1) === ',')) return false;
  return true;
}

// How far after its figure the figure's own clause is read ("elsewhere", "alone"), and where it ends.
const FIGURE_CLAUSE_REACH = 10;
const FIGURE_CLAUSE_STOPS = new Set([',', ';', 'and', 'while', 'whereas', 'but']);

// "about 40 elsewhere", "four deaths during that incident alone": a word in the figure's own clause,
// after it, up to a comma, "and", "while", "but" or another number.
function saidOfFigure(words: Words, sentence: Sentence, token: number, end: number, word: string): number {
  let after = token;
  while (after < sentence.last && words.start(after) < end) after++;
  for (let k = after; k < sentence.last && k < after + FIGURE_CLAUSE_REACH; k++) {
    if (words.isNum(k) || FIGURE_CLAUSE_STOPS.has(words.low(k))) return -1;
    if (words.low(k) === word) return k;
  }
  return -1;
}

// Prepositions that open a fronted phrase of place: "In her street alone, …".
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'among', 'inside']);
// The token of `word` before the figure at `token`, in its clause, or -1.
function saidBeforeFigure(words: Words, sentence: Sentence, token: number, word: string): number {
  for (let k = token - 1; k >= sentence.first && k >= token - FIGURE_CLAUSE_REACH; k--) {
    // ("In the capital alone, 30 died": the comma of a fronted phrase of place, not "fighting alone,".)
    if (words.low(k) === ',' && words.low(k - 1) === word) {
      for (let n = k - 2; n >= sentence.first && n >= k - 5 && words.isWord(n); n--) if (PLACE_PREPOSITIONS.has(words.low(n))) return k - 1;
      return -1;
    }
    if (words.isNum(k) || FIGURE_CLAUSE_STOPS.has(words.low(k))) return -1;
    if (words.low(k) === word) return k;
  }
  return -1;
}

// How far into a sentence an occasion named as a day may open it ("In contrast, on Labour Day, …").
const NAMED_DAY_REACH = 6;

// "For Independence Day, the ministry counted …", "By contrast, on Labour Day, …": an occasion named
// as a day that opens the sentence is another incident than the one told before.
function opensWithNamedDay(words: Words, sentence: Sentence): boolean {
  for (let k = sentence.first + 2; k < sentence.first + NAMED_DAY_REACH && k < sentence.last; k++) {
    if ((words.low(k) !== 'day' && words.low(k) !== 'eve') || !words.cap(k)) continue;
    let n = k - 1;
    while (n > sentence.first && k - n <= 3 && words.cap(n)) n--;
    if (n < k - 1 && (words.low(n) === 'for' || words.low(n) === 'on')) return true;
  }
  return false;
}

// "In an earlier post, he had said three were killed", "In another tally released by a news agency, …": another
// statement or count, of the same incident.
function anotherStatement(words: Words, sentence: Sentence): boolean {
  const k = sentence.first;
  if (words.low(k) !== 'in') return false;
  const noun = words.low(k + 1) === 'another' ? k + 2 : words.low(k + 2) === 'earlier' ? k + 3 : -1;
  const low = words.low(noun);
  return noun > 0 && (DOCUMENT_NOUNS.has(low) || WORK_NOUNS.has(low) || OCCASIONS.has(low) || (noun === k + 2 && ESTIMATE_HEADS.has(low)));
}

// Reporting verbs before "separately": "said separately that …" reports another matter.
const CUE_BEFORE_SEPARATELY = new Set(['said', 'says', 'reported', 'announced', 'told', 'claimed']);

// How far after "Separately," its speaker's verb may come.
const SEPARATE_SPEAKER_REACH = 8;

// Nouns by which a statement gives a toll without telling an act: "he was sure of 36 deaths".
const TOLL_WORDS = new Set(['deaths', 'dead', 'toll', 'casualties', 'fatalities']);

// "The official death toll stood at 1,774": a toll noun before the figure, in its clause, with no
// phrase after it that narrows it ("the toll from the strike", "the toll in the village", "the toll
// on Friday"; "the toll at 31" is the link's "at").
const NARROWING = new Set(['from', 'in', 'on', 'among', 'for', 'at']);
const TOLL_REACH = 8;
function wholeToll(words: Words, sentence: Sentence, token: number, isFigure: (k: number) => boolean): boolean {
  let noun = -1;
  for (let k = token - 1; k >= sentence.first && k >= token - TOLL_REACH && noun < 0 && words.low(k) !== ','; k--) if (COUNT_NOUNS.has(words.low(k)) || words.low(k) === 'toll') noun = k;
  if (noun < 0) return false;
  // ("The number of dead stood at 1,774" is whole; "the toll of the latest strike" is not.)
  const after = words.low(noun + 1) === 'of' && words.low(noun + 2) !== 'the' ? noun + 3 : noun + 1;
  const low = words.low(after);
  return !(NARROWING.has(low) && !(low === 'at' && isFigure(after + 1))) && low !== 'of';
}

// "Separately, a police officer said he was sure of 36 deaths": a statement made apart that gives a
// toll, naming no place, time or act of its own, is another source's count of the same incident (but
// "Separately, the Foreign Office says a national was arrested in Nairobi" and "Separately, police
// said gunmen shot dead three people" are other matters).
function separateStatement(words: Words, sentence: Sentence, places: readonly PlaceMention[], times: readonly TimeMention[]): boolean {
  if (words.low(sentence.first) !== 'separately' || words.low(sentence.first + 1) !== ',' || places.length > 0 || times.length > 0) return false;
  let cue = false;
  let toll = false;
  for (let k = sentence.first + 2; k < sentence.last; k++) {
    const low = words.low(k);
    if (k <= sentence.first + SEPARATE_SPEAKER_REACH && CUE_BEFORE_SEPARATELY.has(low)) cue = true;
    else if (TOLL_WORDS.has(low)) toll = true;
    // A verb in the past other than the cue tells an act: "shot", "killed", "were injured".
    else if (cue && words.isWord(k) && (low.endsWith('ed') || low === 'shot' || low === 'hit')) return false;
  }
  return cue && toll;
}

// "another attack", "another post", or a report made "separately": the sentence is about another incident.
function mentionsAnother(words: Words, sentence: Sentence): boolean {
  for (let k = sentence.first; k < sentence.last; k++) {
    // "The rebels … said separately that 23 troops had been killed": another matter.
    if (words.low(k) === 'separately' && CUE_BEFORE_SEPARATELY.has(words.low(k - 1))) return true;
    if (words.low(k) !== 'another') continue;
    for (let n = k + 1; n <= k + 3 && n < sentence.last; n++) if (ANOTHER_KINDS.has(words.low(n))) return true;
  }
  return false;
}

// Whether a time in the possessive ending before token k names an incident: "Saturday's quake",
// "last month's post-election protests".
function namesIncident(words: Words, k: number): boolean {
  if (!words.poss(k - 1)) return false;
  for (let n = k; n < k + 4 && (words.isWord(n) || words.low(n) === '-'); n++) if (INCIDENT_NOUNS.has(words.low(n))) return true;
  return false;
}
// Whether a sentence opens "At the time, …".
function atTheTime(words: Words, sentence: Sentence): boolean {
  return ['at', 'the', 'time', ','].every((w, k) => words.low(sentence.first + k) === w);
}

// Adverbs that mark a value given before the one that stands: "initially said", "originally reported".
const REVISED = new Set(['initially', 'originally']);

// Where a sentence first says a value was given first ("initially said that 20 had died"), or
// Infinity: a figure after it is such a value. Read once per sentence, so that a run-on sentence of
// figures stays linear.
function revisedAt(words: Words, sentence: Sentence): number {
  for (let k = sentence.first; k < sentence.last; k++) if (REVISED.has(words.low(k)) && words.isWord(k + 1)) return k;
  return Number.POSITIVE_INFINITY;
}

// Whether a time names its year ("in 2004", "May 3, 1988"), which no publication date moves.
function namesYear(words: Words, time: TimeMention): boolean {
  for (let k = time.first; k < time.last; k++) if (words.isNum(k) && /^(19|20)\d\d$/.test(words.low(k))) return true;
  return false;
}

// How many days a lead's day may follow the incident it reports on.
const LEAD_LAG_DAYS = 3;
// How many days before publication a day may fall and still be a dateless lead's incident.
const STALE_DAYS = 14;
const WARS = new Set(['conflict', 'war', 'insurgency', 'uprising', 'rebellion']);

// Where the clause of the figure at token p goes on in the perfect ("110,000 people have been
// displaced", "17 had died"), or -1.
function perfectAfter(words: Words, sentence: Sentence, p: number): number {
  for (let k = p + 1; k < sentence.last && k < p + CLAUSE_REACH; k++) {
    const low = words.low(k);
    if (CLAUSE_BREAKS.has(low) || low === '.') return -1;
    if (HAVE_FORMS.has(low) && (words.low(k + 1) === 'been' || words.low(k + 1).endsWith('ed'))) return k;
  }
  return -1;
}

// Perfect verbs with which a war counts its toll: "the conflict has killed", "has resulted in".
const WAR_VERBS = new Set(['killed', 'left', 'claimed', 'resulted', 'caused', 'displaced', 'uprooted', 'forced']);
const WAR_REACH = 4;

// Where a sentence's war first has a verb of its own ("the conflict has resulted in", "the brief war
// left"), or Infinity: a figure after that verb counts over the whole war. Read once per sentence.
function warVerbAt(words: Words, sentence: Sentence): number {
  let at = Number.POSITIVE_INFINITY;
  for (let k = sentence.first; k < sentence.last && k < at; k++) {
    if (!WARS.has(words.low(k))) continue;
    // The war's own verb, with or without "has".
    const aux = words.low(k + 1) === 'has' || words.low(k + 1) === 'have' ? k + 1 : k;
    if (aux === k && WAR_VERBS.has(words.low(k + 1))) at = Math.min(at, k + 1);
    for (let v = aux + 1; aux > k && v <= aux + WAR_REACH && v < at; v++) if (WAR_VERBS.has(words.low(v))) at = v;
  }
  return at;
}

// "up to 2,000 people have been killed … in the conflict", "the conflict has resulted in over 24,850
// deaths", "the brief war left more than 6,000 people dead": a count over a whole war, whatever the
// day. `warVerb` is the sentence's `warVerbAt`.
function wholeWar(words: Words, sentence: Sentence, p: number, warVerb: number): boolean {
  if (warVerb < p) return true;
  const perfect = perfectAfter(words, sentence, p);
  if (perfect < 0) return false;
  for (let k = perfect + 2; k < sentence.last && k < p + CLAUSE_REACH; k++) {
    const low = words.low(k);
    if (CLAUSE_BREAKS.has(low) || low === '.') return false;
    if (['in', 'during', 'throughout'].includes(low) && words.low(k + 1) === 'the' && WARS.has(words.low(k + 2))) return true;
  }
  return false;
}

// "India reported 360 killed" in a story about Pakistan: a country that counts, with no scene named,
// counts in its own land (but "Jordan said 41 Jordanian pilgrims died" counts its people abroad).
function ownCountry(claimant: string, country: string | undefined): PlaceMention | undefined {
  const name = claimant.replace(/-/g, ' ');
  if (country === undefined || !COUNTRY_NAMES.has(name) || name === country.toLowerCase()) return undefined;
  return { first: -1, last: -1, path: [name.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())], rooted: true, same: false };
}

const fold = (path: readonly string[]): string[] => path.map((p) => p.toLowerCase());
const overlaps = (a: DaySpan, b: DaySpan): boolean => areIntervalsOverlapping(a, b, { inclusive: true });
const contains = (outer: DaySpan | undefined, inner: DaySpan | undefined): boolean => outer !== undefined && inner !== undefined && outer.start <= inner.start && inner.end <= outer.end;
const days = (p: DaySpan): number => differenceInCalendarDays(p.end, p.start) + 1;

function startsWith(words: Words, sentence: Sentence, phrase: readonly string[]): boolean {
  for (let s = sentence.first; s < sentence.first + 3 && s < sentence.last; s++) {
    if (phrase.every((w, k) => words.low(s + k) === w)) return true;
  }
  return false;
}

// "the attack in Saam village", "the attack on the school in Al-Nuseirat": a place in a definite
// noun phrase headed by an incident noun, read at most four words back.
function namesTheIncident(words: Words, at: number): boolean {
  for (let k = at - 1; k >= at - 4 && k >= 0 && words.isWord(k); k--) {
    if (INCIDENT_NOUNS.has(words.low(k)) && words.low(k - 1) === 'the') return true;
  }
  return false;
}

// Words before a count that add it to another: "another 28", "a further 12".
const ADDED = new Set(['another', 'further']);

// "In Montreal, similar numbers turned out. Organisers said 200,000 massed": a place that opens an
// earlier sentence of the paragraph is the scene of the sentences after it that name none. Reads at
// most OPENER_REACH sentences back.
const OPENER_REACH = 3;
function paragraphOpener(sentences: readonly Sentence[], places: readonly (readonly PlaceMention[])[], index: number): PlaceMention | undefined {
  const paragraph = sentences[index]?.paragraph;
  for (let k = index - 1; k >= 0 && k >= index - OPENER_REACH; k--) {
    const sentence = sentences[k] as Sentence;
    if (sentence.paragraph !== paragraph) return undefined;
    const opener = (places[k] ?? []).find((place) => place.first <= sentence.first + 2 && place.scope === undefined && place.path.length > 0);
    if (opener !== undefined) return opener;
  }
  return undefined;
}

// The time that opens an earlier sentence of the paragraph ("Earlier this month, …"), read back at most
// OPENER_REACH sentences and no further than a sentence with a time of its own.
function timeOpener(sentences: readonly Sentence[], times: readonly (readonly TimeMention[])[], index: number): TimeMention | undefined {
  const paragraph = sentences[index]?.paragraph;
  for (let k = index - 1; k >= 0 && k >= index - OPENER_REACH; k--) {
    const sentence = sentences[k] as Sentence;
    const list = times[k] ?? [];
    if (sentence.paragraph !== paragraph) return undefined;
    if (list.length > 0) return (list[0] as TimeMention).first <= sentence.first + 1 ? list[0] : undefined;
  }
  return undefined;
}

// The place of the figure at token p: the one named in its clause, nearest after it, else before;
// else a place that opens the sentence ("In the western city of Cologne, …").
function sceneOf(words: Words, sentence: Sentence, places: readonly PlaceMention[], p: number, isFigure: (k: number) => boolean): PlaceMention | undefined {
  if (places.length === 0) return undefined;
  // A clause is read at most CLAUSE_REACH tokens each way: a run-on sentence stays linear.
  let from = p;
  while (from > sentence.first && p - from < CLAUSE_REACH && !CLAUSE_BREAKS.has(words.low(from - 1))) from--;
  let to = p;
  while (to < sentence.last && to - p < CLAUSE_REACH && !CLAUSE_BREAKS.has(words.low(to))) to++;
  // "killed 17 people, five in Kesh and three in Dorvo": a place after a count set off by a comma is that count's.
  let parts = to;
  for (let k = p + 1; k < to - 1 && parts === to; k++) if (words.low(k) === ',' && isFigure(k + 1)) parts = k;
  let best: PlaceMention | undefined;
  let distance = Number.POSITIVE_INFINITY;
  for (const place of places) {
    if (place.first < from || place.first >= to || (place.first > p && place.first >= parts) || (place.part !== undefined && p < place.part)) continue;
    const d = place.first >= p ? place.first - p : (p - place.last) * 2;
    if (d < distance) {
      distance = d;
      best = place;
    }
  }
  // "Security forces in Syria shot dead 11 people across the country": the country is named as the
  // whole of it, of which a town named later is a part, not the scene the lead narrows to.
  if (best !== undefined && best.rooted && best.path.length === 1) {
    const national = places.find((place) => place.scope === 'national' && place.first >= from && place.first < to);
    if (national !== undefined) return national;
  }
  return best ?? places.find((place) => place.first <= sentence.first + 2);
}

// "400,000 in the capital alone": the capital of the article's country, when the city table knows it;
// else no place at all, as if "the capital" named none.
function ofCapital(places: readonly (readonly PlaceMention[])[], country: string | undefined): readonly (readonly PlaceMention[])[] {
  if (!places.some((list) => list.some((p) => p.capital === true))) return places;
  const capital = country === undefined ? undefined : capitalOf(country);
  return places.map((list) => list.flatMap((p) => (p.capital !== true ? [p] : capital === undefined ? [] : [{ ...p, path: [capital] }])));
}

// A sentence's mark (`read` of it), read once and remembered in `memo` by the sentence's first token.
function sentenceMark(memo: Map<number, number>, words: Words, sentence: Sentence, read: (words: Words, sentence: Sentence) => number): number {
  let at = memo.get(sentence.first);
  if (at === undefined) {
    at = read(words, sentence);
    memo.set(sentence.first, at);
  }
  return at;
}

// "across the Line of Control …, across the LoC": a place named by its initials is the place the text
// spelled out, so the two name one scene.
function spelledOut(places: readonly (readonly PlaceMention[])[]): readonly (readonly PlaceMention[])[] {
  const full = new Map<string, readonly string[]>();
  for (const list of places) {
    for (const p of list) {
      const name = p.path[p.path.length - 1] ?? '';
      if (name.split(/[\s-]+/).length < 2) continue;
      // "LoC" keeps the small words, "DRC" leaves them out.
      for (const keep of [true, false]) {
        const letters = initials(nameParts(name, keep));
        if (!full.has(letters)) full.set(letters, p.path);
      }
    }
  }
  if (full.size === 0) return places;
  return places.map((list) =>
    list.map((p) => {
      const name = p.path[p.path.length - 1] ?? '';
      const path = /^(?=(?:.*\p{Lu}){2})[\p{L}]{2,5}$/u.test(name) ? full.get(name.toLowerCase()) : undefined;
      return path === undefined ? p : { ...p, path };
    }),
  );
}

/**
 * Gives every draft its incident. An article reports one incident unless its text separates
 * another: a sentence that opens "In a separate incident" or "Elsewhere"; a figure whose clause
 * names another place as its scene (another city, not a place within the one before); a day that
 * does not overlap the incident's; a running total ("since Saturday", "in recent months") or a
 * national figure beside a city's ("nationwide", "across the country"), of which the incident is
 * a part; a single day inside a stated longer period ("the first day of the battle"), which is a
 * part of it. A headline names its scene loosely: the lead's district within the headline's region
 * is the incident's own place, not a part of it. A draft tied to another (a denial and what it denies) takes that one's event. The
 * article's own figures over a year or more are background and get none. Compares each draft
 * with a bounded number of events, so it is linear in the drafts; place paths come from one
 * sentence each and never grow.
 */
export function assignEvents(input: EventInput, drafts: readonly ClaimDraft[]): Event[] {
  const { words, sentences, context, anchor, prefix } = input;
  const places = spelledOut(ofCapital(input.places, input.context.country));
  const events: EventDraft[] = [];
  const byKey = new Map<string, EventDraft>();
  const country = context.country;
  const rooted = (path: readonly string[]): string[] => (country === undefined || path[0]?.toLowerCase() === country.toLowerCase() ? [...path] : [country, ...path]);
  const fallback = (d: ClaimDraft): DaySpan | undefined => {
    const day = d.statedAt ?? anchor.today;
    return day === undefined ? undefined : { start: subDays(day, 1), end: day };
  };
  const make = (key: string, place: readonly string[], period: DaySpan | undefined, explicit: boolean, partOf?: string): EventDraft => {
    const found = byKey.get(key);
    if (found !== undefined) return found;
    const event: EventDraft = { id: `${prefix}e${events.length + 1}`, place, region: false, period, explicit, key, ...(partOf === undefined ? {} : { partOf }) };
    events.push(event);
    byKey.set(key, event);
    return event;
  };
  // Per sentence (by its first token), where its war's verb and its revising adverb stand.
  const warVerbs = new Map<number, number>();
  const revisions = new Map<number, number>();
  // Whether a sentence sets its incident apart, or names places besides the incident's (then it is
  // not at the incident's place): each read once per sentence, except the places of a figure's own
  // clause, read per figure within a bounded window.
  const separates = new Map<number, 'incident' | false>();
  const otherPlaces = new Map<number, boolean>();
  const placesBeside = (index: number, sentence: Sentence, token: number | undefined): boolean => {
    if (token !== undefined) return mentionsOtherPlaces(words, sentence, token);
    let known = otherPlaces.get(index);
    if (known === undefined) {
      known = mentionsOtherPlaces(words, sentence, undefined);
      otherPlaces.set(index, known);
    }
    return known;
  };
  const separating = (index: number, sentence: Sentence, token?: number): 'incident' | 'places' | false => {
    if (placesBeside(index, sentence, token)) return 'places';
    let known = separates.get(index);
    if (known === undefined) {
      const opened = [...SEPARATE, ...DAY_BEFORE, ...DAYS_BEFORE].some((phrase) => startsWith(words, sentence, phrase)) && !anotherStatement(words, sentence) && !separateStatement(words, sentence, places[index] ?? [], input.times[index] ?? []);
      known = opened || mentionsAnother(words, sentence) || opensWithNamedDay(words, sentence) ? 'incident' : false;
      separates.set(index, known);
    }
    return known;
  };
  let main: EventDraft | undefined;
  // The main incident's day by name, for articles with no publication date to resolve it.
  let mainKey: string | undefined;
  let last: { event: EventDraft; paragraph: number } | undefined;
  // The outcomes the national count counts ("1.2 million marched nationwide": attended).
  const nationalOutcomes = new Set<string>();
  // A headline names the scene loosely ("in Paktika"); the lead's town within it is the incident's own.
  let headlined = false;
  // The last running total and what it counts.
  let total: { event: EventDraft; outcome: string } | undefined;

  // Sentences with a draft: one without tells its scene to the figures after it.
  const drafted = new Set(drafts.map((d) => d.sentence));
  let previous: ClaimDraft | undefined;
  // The largest count each party gave of each outcome at the main incident, read as the drafts go.
  const mainCounts = new Map<string, number>();
  const countKey = (d: ClaimDraft): string => `${d.claimant}\u0000${d.measure.outcome}`;
  // The largest toll a party gave of each outcome and subject at the main incident.
  const tolls = new Map<string, number>();
  const measureKey = (d: ClaimDraft): string => `${d.measure.outcome}\u0000${d.measure.subject}`;
  for (const draft of drafts) {
    const before = previous;
    previous = draft;
    if (before !== undefined && main !== undefined && before.event === main.id && before.stance === 'asserts') {
      mainCounts.set(countKey(before), Math.max(mainCounts.get(countKey(before)) ?? 0, before.figure.low));
      if (before.measure.toll && !input.ownVoices.has(before.claimant)) tolls.set(measureKey(before), Math.max(tolls.get(measureKey(before)) ?? 0, before.figure.low));
    }
    if (draft.sameEventAs !== undefined && draft.sameEventAs.event !== undefined) {
      draft.event = draft.sameEventAs.event;
      continue;
    }
    const sentence = sentences[draft.sentence] as Sentence;
    // Where a speaker is names the scene only until the incident has one: "Police in Belwa said 5 died",
    // but not "The Interior Ministry in Kabul said" in a story about Kandahar.
    const here = places[draft.sentence] ?? [];
    // "A mass abduction took place in Borno State last month. The U.N. put the number at more than
    // 200": the sentence before, which counts nothing but names the same outcome, tells the incident.
    const told = draft.sentence - 1;
    const incident = input.incidents.get(told) === draft.measure.outcome && sentences[told]?.paragraph === sentence.paragraph ? told : -1;
    // "In June, militants attacked a base in the northern town of Dorvo. The army said nine soldiers
    // died": the sentence before, which drafts nothing, opens with a time and names a scene
    // by its kind ("the town of X", "X district"), tells when and where the figures after it are.
    const opening = (input.times[told] ?? [])[0];
    const staged = incident < 0 && opening !== undefined && opening.first <= (sentences[told] as Sentence).first + 1 && !drafted.has(told) && sentences[told]?.paragraph === sentence.paragraph ? places[told]?.find((p) => p.level !== undefined && p.scope === undefined && p.speaker !== true && p.part === undefined) : undefined;
    const found =
      sceneOf(words, sentence, main === undefined ? here : here.filter((p) => p.speaker !== true), draft.token, input.isFigure) ??
      (incident < 0 ? undefined : places[incident]?.find((p) => p.scope === undefined && p.speaker !== true && p.part === undefined)) ??
      staged ??
      paragraphOpener(sentences, places, draft.sentence) ??
      (draft.measure.subject === 'people' ? ownCountry(draft.claimant, country) : undefined);
    // "Earlier this month, the group seized the camp. At least 400 civilians were killed": a time that
    // opens an earlier sentence of the paragraph dates one that names neither time nor place.
    const onStage = staged !== undefined && found === staged;
    const named = draft.time ?? (incident < 0 ? undefined : input.times[incident]?.[0]) ?? (onStage ? opening : found === undefined ? timeOpener(sentences, input.times, draft.sentence) : undefined);
    // "… had died by Friday evening": a count up to a day is a running count as of that day, which
    // sets no incident apart by its day.
    const asOf = named !== undefined && words.low(named.first) === 'by';
    const time = asOf ? undefined : named;
    const period = time?.resolve(anchor);
    // "last month's protests", "Saturday's quake", "the crackdown on protests in October": the
    // incident's own time, however long.
    // "protests in 2004" as "protests in October": a year's mention begins at its "in".
    const opensIn = time !== undefined && words.low(time.first) === 'in' ? time.first + 1 : (time?.first ?? -1);
    // ("a 2017 ambush in which five soldiers died": a time before an incident noun is that incident's.)
    const ownTime = time !== undefined && (namesIncident(words, time.last) || INCIDENT_NOUNS.has(words.low(time.last)) || (words.low(opensIn - 1) === 'in' && INCIDENT_NOUNS.has(words.low(opensIn - 2))));
    // The time of the sentence that set the scene is that of the incident it tells, not a running total.
    const staging = onStage && time === opening && draft.time === undefined;
    const cumulative = period !== undefined && !ownTime && !staging && (days(period) >= CUMULATIVE_DAYS || words.low(time?.first ?? -1) === 'since');
    const war = wholeWar(words, sentence, draft.token, sentenceMark(warVerbs, words, sentence, warVerbAt));
    if ((cumulative && input.ownVoices.has(draft.claimant) && draft.via.length === 0 && days(period) >= BACKGROUND_DAYS) || (input.ownVoices.has(draft.claimant) && draft.via.length === 0 && war)) {
      draft.event = undefined;
      continue;
    }
    // A party's count over the whole war is a running total of its own, which the incident is a part of.
    if (war && period === undefined) {
      const event = make('war', rooted([]), undefined, false);
      if (main !== undefined && main.partOf === undefined && main !== event) main.partOf = event.id;
      draft.event = event.id;
      continue;
    }
    // "outside the capital" in a story about one city is outside that city.
    const top = main === undefined ? 0 : main.place[0]?.toLowerCase() === country?.toLowerCase() ? 1 : 0;
    const city = main?.place[top];
    const scene = found?.scope === 'outside' && found.path[0] === 'outside the capital' && city !== undefined ? { ...found, path: [`outside ${city}`] } : found;
    // "In India, 360 died" in a story about Pakistan: another country is another scene, not a part of this one.
    const foreign = scene?.rooted === true && country !== undefined && scene.path[0]?.toLowerCase() !== country.toLowerCase();
    const scenePath = scene === undefined ? [] : foreign ? [...scene.path] : rooted(scene.path);
    const specific = scene !== undefined && (foreign || scene.path.length > (scene.rooted ? 1 : 0));
    // A sentence dated by the one before it is set apart as that one is.
    let timed = draft.sentence;
    while (time !== undefined && timed > 0 && time.first < (sentences[timed] as Sentence).first) timed--;
    // "37,000 marched, against 48,000 last Saturday": the compared count is of another day, told
    // after it (in "300,000 marched on Tuesday, compared with 90,000 according to police" the day is
    // the rival count's too).
    const against = setAgainst(words, draft.token) && time !== undefined && time.first > draft.token ? 'incident' : false;
    // "causing the deaths of four individuals during that incident alone": a part of the incident (but
    // "in the city of Derna alone" is a place's count, which its place sets apart or not).
    // ("In her street alone, six were taken": so is "alone" before the figure, in its clause.)
    const aloneAfter = saidOfFigure(words, sentence, draft.token, draft.end, 'alone');
    const alone = aloneAfter >= 0 ? aloneAfter : saidBeforeFigure(words, sentence, draft.token, 'alone');
    // "… 33 troops died. Another 28 soldiers were killed in that fight": a count added to one of the
    // same outcome before it is a part of the incident, never its whole ("Five died. Another 30 were
    // wounded" adds nothing to a count of the wounded).
    const added = ADDED.has(words.low(draft.token - 1)) && before?.measure.outcome === draft.measure.outcome;
    // "Officials raised the toll to 40 … Four bodies were found overnight": the article's own smaller
    // count, at no place of its own, under a party's toll of the same people is a piece of it, not a rival;
    // not when it is a toll of its own with nothing to narrow it ("The official death toll stood at
    // 1,774", not "The death toll from the latest strike was 31").
    const underToll = !specific && !(draft.measure.toll && wholeToll(words, sentence, draft.token, input.isFigure) && alone < 0) && input.ownVoices.has(draft.claimant) && draft.via.length === 0 && draft.figure.high !== null && draft.figure.high < (tolls.get(measureKey(draft)) ?? 0);
    const saidAlone = (!specific && alone >= 0 && !words.cap(alone - 1)) || added || underToll;
    // "The storm also killed about 170 people elsewhere in the country": the figure's own clause sets its
    // count apart from the incident's place (a sentence that opens with "Elsewhere" is read as a whole),
    // and "… died in Belwa, and 40 elsewhere" is not at the place its sentence named before it.
    const away = saidOfFigure(words, sentence, draft.token, draft.end, 'elsewhere') >= 0 && (scene === undefined || scene.first < draft.token);
    // "… bigger than the protest of 2006. At the time, organizers reported 90,000": "At the time," is a
    // time told before, another incident's, unless the party counted this one's outcome (its own
    // earlier value). It is never the article's incident, even as its first count.
    const then = atTheTime(words, sentence) && !mainCounts.has(countKey(draft));
    // "12 died on Sunday, a day after militants killed seven soldiers": a count in a clause set a
    // span of time after or before an incident counted before it in the sentence is another
    // incident's (not "called for protests, a day after five died": that is the incident told; nor a
    // fronted "Hours after the blast,", which is not in the figure's clause).
    // (Not when the clause reports a count, "a day after the army said 10 had died", nor names the
    // incident told, "two days after the quake killed 18": those are the incident's own counts.)
    const spanAway = (['after', 'before'] as const).some((word) => {
      const at = saidBeforeFigure(words, sentence, draft.token, word);
      if (!SPANS.has(words.low(at - 1))) return false;
      // ("a day after the attack on a market in Kesh killed 16" names another incident by its place.)
      const placed = (k: number): boolean => ['on', 'in', 'at', 'near'].includes(words.low(k + 2));
      for (let k = at + 1; k < draft.token; k++) if (CUE_WORDS.has(words.low(k)) || (words.low(k) === 'the' && INCIDENT_NOUNS.has(words.low(k + 1)) && !placed(k))) return false;
      for (let k = sentence.first; k < at; k++) if (input.isFigure(k)) return true;
      return false;
    });
    const separate = (then || spanAway ? 'incident' : false) || separating(draft.sentence, sentence, draft.token) || (timed !== draft.sentence && separating(timed, sentences[timed] as Sentence)) || against || (away ? 'places' : false);

    // "Nationwide, the organizers claimed 286,000": the country's total, of which the city's is a part.
    // A story whose scene is already the whole country has no wider total: "hospitals throughout the country" are its own.
    if (scene?.scope === 'national' && !cumulative && main !== undefined && main.place.length <= rooted([]).length && period === undefined) {
      draft.event = main.id;
      continue;
    }
    if (scene?.scope === 'national' && !cumulative) {
      const national = make('national', rooted([]), period ?? main?.period ?? fallback(draft), period !== undefined);
      if (main !== undefined && main !== national && main.partOf === undefined && main.place.length > national.place.length) main.partOf = national.id;
      draft.event = national.id;
      nationalOutcomes.add(draft.measure.outcome);
      last = { event: national, paragraph: sentence.paragraph };
      continue;
    }
    // "… brought together 30,400 people throughout France. The union claimed more than 100,000.": a
    // sentence with no place or time goes on with the national figure before it.
    if (main === undefined && !cumulative && !specific && period === undefined && last !== undefined && last.paragraph === sentence.paragraph) {
      draft.event = last.event.id;
      continue;
    }
    // "… forced 250,000 from their homes since early March. The government says 110,000 have been
    // displaced": a count in the perfect with no day of its own goes on with the running total before it.
    // "… had died by Friday evening" after a running total of the same outcome: that total's, as of the day.
    if (main === undefined && !cumulative && !specific && total !== undefined && total.outcome === draft.measure.outcome && ((period === undefined && perfectAfter(words, sentence, draft.token) >= 0) || asOf) && separating(draft.sentence, sentence, draft.token) === false) {
      draft.event = total.event.id;
      continue;
    }
    // "1.2 million marched across France, including 80,000 in Paris": a breakdown's city under the
    // national count is a part of it, not the story's incident.
    const nationalEvent = byKey.get('national');
    if (main === undefined && scene?.part !== undefined && nationalEvent !== undefined && !cumulative && !foreign) {
      const place = [...nationalEvent.place, scene.path[scene.path.length - 1] as string];
      draft.event = make(`within\u0000${fold(place).join('/')}`, place, period ?? nationalEvent.period, nationalEvent.explicit, nationalEvent.id).id;
      continue;
    }
    if (main === undefined && then) {
      draft.event = make(`then\u0000${draft.sentence}`, specific ? scenePath : rooted([]), period, period !== undefined).id;
      continue;
    }
    if (main === undefined && !cumulative) {
      // "Tens of thousands took to the streets in France": a crowd counted in the country is counted
      // in all of it, not in the city the article names most.
      const countrywide = scene?.rooted === true && scene.path.length === 1 && draft.measure.outcome === 'attended';
      const place = specific || countrywide ? scenePath : rooted([context.mainPlace].filter((p): p is string => p !== undefined));
      const national = byKey.get('national');
      // "1.28 million joined a nationwide strike, the ministry said. ¶ The union put the number at
      // 3.5 million": a count with no scene of its own, in a story with no narrower place, is of
      // the national count's incident, not a second one at the same place.
      // (Only a count of what the national count counted, and none the text sets apart: "In a separate
      // incident", "Elsewhere", "in Kesh alone".)
      if (national !== undefined && nationalOutcomes.has(draft.measure.outcome) && !specific && period === undefined && separate === false && alone < 0 && place.length <= national.place.length) {
        draft.event = national.id;
        last = { event: national, paragraph: sentence.paragraph };
        continue;
      }
      // A town's count after the country's, with no day of its own, is of the country's day.
      main = make('main', place, period ?? (national?.explicit === true ? national.period : undefined) ?? fallback(draft), period !== undefined || national?.explicit === true);
      main.region = specific && scene?.level === 'region';
      main.guessed = !(specific || countrywide);
      main.countrywide = countrywide;
      if (national !== undefined && main.place.length > national.place.length) main.partOf = national.id;
      // "Since November, 900 have been detained … Seven were detained on Saturday": a day within the
      // running total told before is a part of it.
      if (total !== undefined && main.partOf === undefined && !foreign && contains(total.event.period, main.period)) main.partOf = total.event.id;
      mainKey = time?.key;
      headlined = sentence.role !== 'body';
      // A lead counted "alone" is already a part of the incident it opens.
      draft.event = saidAlone ? make(`alone\u0000${draft.sentence}`, main.place, main.period, main.explicit, main.id).id : main.id;
      last = { event: main, paragraph: sentence.paragraph };
      continue;
    }
    const at = main;
    if (cumulative) {
      const event = make(`total\u0000${fold(scenePath).join('/')}\u0000${period === undefined ? '' : isoDay(period.start)}`, specific ? scenePath : (at?.place ?? rooted([])), period, true);
      // "a march which drew 500,000 in 2006", "a protest two years ago": a period that does not hold
      // the incident's, dated by the text or by publication, holds no part of it.
      const holds = period === undefined || at?.period === undefined || contains(period, at.period);
      if (at !== undefined && at.partOf === undefined && at !== event && holds) at.partOf = event.id;
      draft.event = event.id;
      total = { event, outcome: draft.measure.outcome };
      continue;
    }
    if (at === undefined) continue;
    // "22 people were killed in the protests in Kenya … 19 had died in the capital Nairobi": a party's
    // smaller count at a place in the country where it counted more is a part of its total, and the
    // total is the country's, not that of the town the article names most (which stood in for a
    // scene the lead did not name).
    const sameTime = period === undefined || at.period === undefined || overlaps(period, at.period);
    const guessedHere = at.guessed === true && fold(scenePath).at(-1) === fold(at.place).at(-1);
    const ownPart = specific && !foreign && sameTime && separating(draft.sentence, sentence, draft.token) === false && country !== undefined && (at.place.length === 1 || guessedHere) && (mainCounts.get(countKey(draft)) ?? 0) > draft.figure.low;
    if (ownPart && at.guessed === true) {
      at.place = rooted([]);
      at.guessed = false;
    }
    const mainNames = new Set(fold(at.place));
    const sceneNames = fold(scenePath);
    const mainSpecific = at.place.length > (country === undefined ? 0 : 1);
    // "claimed responsibility for the attack in Saam village": the incident already told, placed more closely.
    const theIncident = scene !== undefined && namesTheIncident(words, scene.first);
    const elsewhereNamed = specific && mainSpecific && !mainNames.has(sceneNames[sceneNames.length - 1] as string) && !sceneNames.includes(fold(at.place)[at.place.length - 1] as string);
    const elsewhere = !theIncident && elsewhereNamed;
    const key = time?.key;
    // Against a period that only the publication date gave, a day the text names is the incident's own.
    // Without a publication date, days and months compare by name; a month named against an incident
    // whose month is not ("at October's rally" in a story about this weekend's march) is another.
    const monthly = key?.startsWith('month') === true && mainKey === undefined && !at.explicit;
    // So is a year named against an incident no date places ("a 2017 ambush" after "on Thursday").
    const yearly = key?.startsWith('year') === true && at.period === undefined && key !== mainKey;
    // "in Saturday's quake" names the incident's own day: a lead dated by the day after (the search on
    // Sunday) is the same incident, which began the day before.
    const incidentDay = ownTime;
    if (incidentDay && period !== undefined && at.period !== undefined && at.explicit && period.end < at.period.start && differenceInCalendarDays(at.period.start, period.end) <= LEAD_LAG_DAYS) {
      at.period = { start: period.start, end: at.period.end };
    }
    // A lead with no day of its own is news: a day weeks before publication at another place is another
    // incident, even as "the attack" ("27 soldiers were killed on March 4 in the attack on their camp in Mondoro").
    const stale = elsewhereNamed && period !== undefined && at.period !== undefined && !at.explicit && differenceInCalendarDays(at.period.start, period.end) > STALE_DAYS;
    // "since 100,000 attended a funeral on May 3, 1988", "protests in 2004": a time that names its
    // year, weeks before a lead with no day of its own, is another incident unless at the lead's own place.
    const samePlace = specific && fold(scenePath).at(-1) === fold(at.place).at(-1);
    const earlier = !samePlace && time !== undefined && namesYear(words, time) && period !== undefined && at.period !== undefined && !at.explicit && differenceInCalendarDays(at.period.start, period.end) > STALE_DAYS;
    // "The ministry now says 90 died last week … It initially said that 20 had died last Tuesday":
    // the earlier value of a count the party gave at the incident is of that incident, whatever day
    // its clause names (a weekday read as this week's against "last week").
    const revision = mainCounts.has(countKey(draft)) && sentenceMark(revisions, words, sentence, revisedAt) < draft.token;
    // "70,000 will attend tomorrow's march": a time after publication is a forecast's, another incident.
    const ahead = period !== undefined && anchor.today !== undefined && period.start > anchor.today;
    const otherDay = !revision && (stale || earlier || ahead || (period !== undefined && at.period !== undefined && at.explicit && !overlaps(period, at.period)) || (period === undefined && key !== undefined && ((mainKey !== undefined && key !== mainKey) || monthly)) || yearly);
    if (mainKey === undefined && key !== undefined && !otherDay) mainKey = key;
    // A crowd counted across a country, then in one of its cities: the city's march is a part of the
    // national day ("107,000 demonstrated, according to the Interior … In Paris, 13,000"), not its place;
    // so is an arrest in a city of a story that opened with the country's crowd ("17 were arrested in
    // Lyon"), but not a bombing there.
    const nationalCrowd = specific && !mainSpecific && country !== undefined && (draft.measure.outcome === 'attended' || (at.countrywide === true && draft.measure.outcome === 'arrested')) && at.place.length === 1 && !foreign;
    // A town's count of another kind in a story of a country's crowd ("A bomb in Valparaiso killed
    // four") is another incident there, and never moves the crowd's place.
    const awayFromCrowd = specific && at.countrywide === true && !nationalCrowd && !foreign && !ownPart;
    if (specific && !mainSpecific && !separate && !otherDay && !foreign && !nationalCrowd && !ownPart && !awayFromCrowd) {
      at.place = scenePath;
      at.guessed = false;
      at.region = scene?.level === 'region';
    }
    if (period !== undefined && !at.explicit && !otherDay && separate === false) {
      at.period = period;
      at.explicit = true;
    }
    let event: EventDraft;
    // A town in a region's story is a scene within the incident: "clashes south of the town of Mir
    // Ali", "a convoy at Hassukhel in North Waziristan".
    const mainLast = fold(at.place)[at.place.length - 1] as string;
    const beneath = specific && mainSpecific && sceneNames.includes(mainLast) && sceneNames[sceneNames.length - 1] !== mainLast;
    // A town whose own region the text names ("Rubo, a town in the Kesh region") lies within that region, not the main one.
    const ownRegion = scene !== undefined && !scene.rooted && scene.path.length > 1 && !fold(scene.path).includes(mainLast);
    const within = ((elsewhere && at.region && scene?.level === 'local' && !ownRegion) || beneath || nationalCrowd || ownPart) && !theIncident && !separate && !otherDay && !foreign;
    const refined = headlined && sentence.role === 'body' && beneath && !separate && !otherDay;
    if (sentence.role === 'body') headlined = false;
    if (saidAlone && !separate && !otherDay && !foreign) {
      event = make(`alone\u0000${draft.sentence}`, at.place, period ?? at.period, at.explicit, at.id);
    } else if (refined) {
      at.place = scenePath;
      at.region = scene?.level === 'region';
      event = at;
    } else if (within && scene !== undefined) {
      const place = [...at.place, scene.path[scene.path.length - 1] as string];
      event = make(`within\u0000${fold(place).join('/')}`, place, period ?? at.period, at.explicit, at.id);
    } else if (separate !== false || elsewhere || otherDay || foreign || awayFromCrowd) {
      const place = specific && !away ? scenePath : separate === 'places' ? rooted([]) : at.place;
      const dayBefore = period === undefined && at.explicit && at.period !== undefined && days(at.period) === 1 && DAY_BEFORE.some((phrase) => startsWith(words, sentences[timed] as Sentence, phrase));
      const dated = dayBefore && at.period !== undefined ? { start: subDays(at.period.start, 1), end: subDays(at.period.start, 1) } : period;
      // "Days before the attack, …": earlier, on no day the text gives.
      const longBefore = DAYS_BEFORE.some((phrase) => startsWith(words, sentences[timed] as Sentence, phrase));
      event = make(`other\u0000${fold(place).join('/')}\u0000${dated === undefined ? (key ?? '') : isoDay(dated.start)}\u0000${separate ? timed : ''}`, place, dated ?? (otherDay || longBefore ? undefined : at.period), dated !== undefined);
    } else if (!specific && last !== undefined && last.event !== at && last.paragraph === sentence.paragraph && period === undefined) {
      // A sentence with no place or time goes on in the incident its paragraph was about.
      event = last.event;
    } else if (!incidentDay && period !== undefined && at.explicit && at.period !== undefined && days(period) < days(at.period) && period.start >= at.period.start && period.end <= at.period.end) {
      event = make(`part\u0000${isoDay(period.start)}/${isoDay(period.end)}`, at.place, period, true, at.id);
    } else {
      event = at;
    }
    draft.event = event.id;
    // A breakdown's part ("including 80,000 in Paris") is not what the paragraph goes on about.
    if (scene?.part === undefined) last = { event, paragraph: sentence.paragraph };
  }

  return events.map((e) => {
    const day = e.period === undefined ? undefined : days(e.period) === 1 ? isoDay(e.period.start) : `${isoDay(e.period.start)} to ${isoDay(e.period.end)}`;
    const label = [e.place[e.place.length - 1], day].filter((p) => p !== undefined).join(', ');
    return {
      id: e.id,
      ...(label === '' ? {} : { label }),
      ...(e.place.length === 0 ? {} : { place: [...e.place] }),
      ...(e.period === undefined ? {} : { period: { start: isoDay(e.period.start), end: isoDay(e.period.end) } }),
      ...(e.partOf === undefined ? {} : { partOf: e.partOf }),
    };
  });
}
