import type { Vocabulary } from '../../vocabulary/types.js';
import { cityAt, countryAt } from '../lexicon/places.js';
import { lookupTerm } from './lookupTerm.js';
import type { DocumentContext, PlaceMention, Sentence, Span, TimeAnchor, TimeMention, Words } from '../types.js';
import { openingToken } from './openingToken.js';
import { termAt } from './termAt.js';

// The headline, standfirst and lead, where a story says what it is about.
const OPENING_SENTENCES = 3;
const ABDUCTED = 'abducted';
// The words of a kidnapping itself ("kidnapped", "abduction"), not "hostage talks".
const TAKING = /^(?:kidnap|abduct)/;
const LAUNCH = new Set(['launched', 'began', 'begun', 'started', 'launch', 'erupted', 'opened']);
// A country after these is a party, a destination or a neighbour, not the scene: "the war between
// Israel and Hamas", "protests against war on Iraq", "aid to Ukraine", "diverted from neighbouring
// Afghanistan", "a tribal region bordering Afghanistan".
const PARTY_BEFORE = new Set(['between', 'against', 'on', 'with', 'versus', 'vs', 'from', 'to', 'toward', 'towards', 'by', 'neighboring', 'neighbouring', 'bordering', 'borders']);
// "told reporters in Geneva", "a briefing in Nairobi": where a speaker spoke, not the scene.
const AUDIENCE_BEFORE = new Set(['reporters', 'journalists', 'told', 'said', 'briefing', 'conference', 'speaking']);
const AUDIENCE_PREPOSITIONS = new Set(['in', 'at']);

// A country name that runs on into a capitalised name is a body's, not a place: "the United States
// Geological Survey", "Agence France-Presse".
function inName(words: Words, next: number): boolean {
  if (words.isWord(next)) return words.cap(next);
  return words.low(next) === '-' && !words.spaced(next) && !words.spaced(next + 1) && words.cap(next + 1);
}

// Whether the word at k, just before a country or a place naming one, makes it no scene: a party's
// word, or a preposition after whom a speaker spoke to.
function notScene(words: Words, k: number): boolean {
  return PARTY_BEFORE.has(words.low(k)) || (AUDIENCE_PREPOSITIONS.has(words.low(k)) && AUDIENCE_BEFORE.has(words.low(k - 1)));
}

// The country the span names first, by its name, its people's adjective or one of its cities, as a
// scene ("a region bordering Afghanistan" names a neighbour).
function firstCountry(words: Words, span: Span): string | undefined {
  for (let i = span.first; i < span.last; i++) {
    const country = notScene(words, i - 1) ? undefined : (countryAt(words, i)?.country ?? cityAt(words, i)?.country);
    if (country !== undefined) return country;
  }
  return undefined;
}

/**
 * Reads the article-wide context in one pass over its sentences, their places and their times:
 * the country, the main place, the day the main event began, armed groups named by their
 * fighters, and what a count of the missing counts.
 */
export function readDocument(
  words: Words,
  sentences: readonly Sentence[],
  places: readonly (readonly PlaceMention[])[],
  times: readonly (readonly TimeMention[])[],
  anchor: TimeAnchor,
  vocabulary: Vocabulary,
  dateline?: Span,
): DocumentContext {
  let country: string | undefined;
  // "NAIROBI (Reuters) -": where the story was filed, the country of a lead that names it.
  const filedIn = dateline === undefined ? undefined : firstCountry(words, dateline);
  // The first country named in any way (by name, adjective or city), for an article no place roots:
  // "Over 70 militants, including Uzbek fighters, … a Peshawar-based official" is about Pakistan.
  let mentioned: string | undefined;
  const counts = new Map<string, { n: number; order: number }>();
  for (const list of places) {
    for (const mention of list) {
      const name = mention.rooted ? mention.path[1] : mention.path[0];
      // A scope ("outside the capital", "nationwide") is where, relative to the scene; never the scene.
      if (name === undefined || mention.scope !== undefined) continue;
      const seen = counts.get(name);
      counts.set(name, { n: (seen?.n ?? 0) + 1, order: seen?.order ?? counts.size });
    }
  }
  let mainPlace: string | undefined;
  let best = { n: 0, order: Number.POSITIVE_INFINITY };
  for (const [name, c] of counts) {
    if (c.n > best.n || (c.n === best.n && c.order < best.order)) {
      best = c;
      mainPlace = name;
    }
  }

  let launch: Date | undefined;
  const armedNames = new Set<string>();
  let leadRead = false;
  let missing: string | undefined;
  sentences.forEach((sentence, index) => {
    if (index < OPENING_SENTENCES && missing === undefined) {
      for (let i = sentence.first; i < sentence.last && missing === undefined; i++) {
        if (words.isWord(i) && TAKING.test(words.low(i)) && termAt(words, i, vocabulary, 'o')?.id === ABDUCTED) missing = ABDUCTED;
      }
    }
    let launched = false;
    if (country === undefined && sentence.role === 'body') country = (places[index] ?? []).find((p) => p.rooted && !notScene(words, p.first))?.path[0];
    // "An earthquake struck northern Pakistan": the lead names its country without "in"; a country
    // that opens the sentence speaks ("Ukraine rejected …") and one with "'s" owns something.
    if (country === undefined && sentence.role === 'body' && !leadRead) {
      leadRead = true;
      // Only a lead that names that country first: a bureau files stories about others ("LONDON
      // (Reuters) - Six soldiers died in an ambush", "NAIROBI (Reuters) - Somali troops killed …").
      if (filedIn !== undefined && firstCountry(words, sentence) === filedIn) country = filedIn;
      for (let i = sentence.first + 1; i < sentence.last && country === undefined; i++) {
        const named = countryAt(words, i);
        if (named !== undefined && !named.adjective && !words.poss(named.next - 1) && !notScene(words, i - 1) && !inName(words, named.next)) country = named.country;
      }
    }
    if (mentioned === undefined && sentence.role === 'body') {
      for (let i = sentence.first; i < sentence.last && mentioned === undefined; i++) {
        if (notScene(words, i - 1)) continue;
        const mention = countryAt(words, i);
        // "including Uzbek fighters": foreign fighters' origin is not where they fight, nor is the
        // country in a body's name ("the United States Geological Survey") where anything happened.
        const fighters = mention?.adjective === true && lookupTerm(vocabulary, 's', words.low(mention.next)).id === 'militants';
        const named = mention !== undefined && !mention.adjective && inName(words, mention.next);
        mentioned = fighters || named ? undefined : (mention?.country ?? cityAt(words, i)?.country);
      }
    }
    const opening = openingToken(words, sentence);
    for (let i = sentence.first; i < sentence.last; i++) {
      const low = words.low(i);
      if (LAUNCH.has(low)) launched = true;
      // "Boko Haram fighters", "TTP fighters": the capitalised words name an armed group.
      if (words.cap(i) && !words.cap(i - 1) && countryAt(words, i) === undefined) {
        let k = i;
        while (k < sentence.last && k - i < 3 && (words.cap(k) || (words.low(k) === '-' && words.cap(k + 1)))) k++;
        const after = words.low(k);
        if (k > i && words.isWord(k) && !words.cap(k) && after.length > 3 && lookupTerm(vocabulary, 's', after).id === 'militants') {
          const name: string[] = [];
          for (let n = i; n < k; n++) if (words.isWord(n)) name.push(words.low(n));
          // A people's adjective ("Kurdish rebels", "Tigrayan forces") describes; it does not name a group.
          const adjective = name.length === 1 && !words.upper(i) && /(?:ish|ian|ese|ean)$/.test(name[0] as string);
          if (name.length > 0 && i > opening && !adjective) armedNames.add(name.join(' '));
        }
      }
    }
    if (launched && launch === undefined) {
      for (const t of times[index] ?? []) {
        const span = t.resolve(anchor);
        if (span !== undefined) {
          launch = span.start;
          break;
        }
      }
    }
  });
  // A country named as a place beats one named by its people's adjective ("two Egyptian diplomats").
  return { country: country ?? mentioned, mainPlace, launch, armedNames, missing };
}
