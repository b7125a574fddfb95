import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../../internal/calendarWords.js';
import { cityCountry, countryAt } from '../lexicon/places.js';
import { BODY_HEADS, PLATFORMS } from '../lexicon/platforms.js';
import { OCCASIONS } from '../lexicon/sources.js';
import type { PlaceLevel, PlaceMention, Sentence, Span, Words } from '../types.js';


const PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'across', 'through', 'on', 'inside', 'around', 'throughout']);
const DESCRIPTORS = new Set([
  'the', 'a', 'an', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern',
  'southeastern', 'southwestern', 'restive', 'remote', 'mountainous', 'tribal', 'troubled', 'volatile', 'nearby',
  'neighbouring', 'neighboring', 'border', 'coastal', 'capital', 'rural', 'southernmost', 'northernmost', 'war-torn',
  'besieged', 'embattled', 'predominantly', 'downtown',
]);
const PLACE_TYPES = new Set([
  'town', 'city', 'village', 'villages', 'district', 'province', 'region', 'state', 'area', 'county', 'capital',
  'camp', 'island', 'valley', 'agency', 'governorate', 'prefecture', 'municipality', 'neighbourhood',
  'neighborhood', 'suburb', 'tribal', 'border', 'territory', 'zone', 'department', 'oblast', 'division', 'areas',
]);
// Participles after a hyphen that say who holds a place: "rebel-held", "Houthi-controlled".
const HOLDING = new Set(['held', 'controlled', 'occupied', 'run', 'dominated', 'administered', 'besieged', 'ruled']);
// Parts of a place that name it after "of": "the streets of Los Angeles", "the outskirts of Kabul".
const PLACE_PARTS = new Set(['streets', 'outskirts', 'centre', 'center', 'heart', 'suburbs']);
// Places within a town that its possessive names: "Kandara's main square", "Belwa's central market".
const SITES = new Set(['square', 'market', 'marketplace', 'bazaar', 'quarter', 'airport', 'port', 'harbour', 'harbor', 'downtown']);
// Heads of the names of sites within a town ("Liberty Square", "Harbour Road"): where in the scene,
// not a scene of their own, so a march that "ended in Liberty Square" stays the city's.
const SITE_HEADS = new Set(['square', 'street', 'avenue', 'road', 'boulevard', 'park', 'bridge', 'stadium', 'mosque', 'church', 'cathedral', 'temple', 'market', 'bazaar', 'airport', 'station', 'plaza', 'palace']);
// How many modifiers may stand between a town's possessive and its site: "Kandara's crowded main square".
const SITE_MODIFIERS = 3;
// Place types by size: a town named inside a region's story is a scene within it; a city beside a
// city is another scene.
const NATIONS = new Set(['country', 'nation']);
const REGION_TYPES = new Set(['district', 'province', 'region', 'state', 'county', 'agency', 'governorate', 'prefecture', 'tribal', 'territory', 'zone', 'department', 'oblast', 'division', 'valley']);
const LOCAL_TYPES = new Set(['town', 'village', 'villages', 'camp', 'neighbourhood', 'neighborhood', 'suburb', 'city', 'capital', 'island']);

// The size a mention gives its place, from the type word within it ("the town of Mir Ali", "North Waziristan region").
function levelOf(words: Words, first: number, last: number): PlaceLevel | undefined {
  for (let k = first; k < last; k++) {
    const low = words.low(k);
    if (REGION_TYPES.has(low)) return 'region';
    if (LOCAL_TYPES.has(low)) return 'local';
  }
  return undefined;
}

// Lower-case words that may follow a place name without making it an adjective ("Taliban attack").
const AFTER_PLACE = new Set([
  'on', 'in', 'at', 'and', 'or', 'that', 'which', 'where', 'when', 'after', 'before', 'during', 'as', 'while',
  'late', 'early', 'last', 'this', 'over', 'since', 'until', 'till', 'to', 'from', 'for', 'near', 'with',
  'by', 'of', 'killing', 'leaving', 'but', 'earlier', 'yesterday', 'today', 'overnight',
  'against', 'amid', 'despite', 'into', 'through', 'toward', 'towards', 'across', 'around',
  // Verbs that do not end in -ed: "Police in Belwa said …".
  'said', 'says', 'say', 'told', 'tells', 'put', 'puts', 'gave', 'spoke', 'wrote', 'were', 'was', 'are', 'is', 'have', 'has', 'had',
]);
const NOT_PLACES = new Set([
  ...WEEKDAY_NAMES, ...MONTH_NAMES, ...MONTH_ABBREVIATIONS, 'i', 'he', 'she', 'they', 'we', 'it', 'the', 'a', 'an', 'muslim', 'muslims', 'christian', 'english', 'arabic', 'french', 'islamic', 'shi\'ite', 'sunni',
  'shiite', 'hajj', 'ramadan', 'eid', 'christmas', 'easter', 'attack', 'attacks', 'port',
]);

// Last words of a capitalised name for a day: "New Year's Day", "Independence Day", "Christmas Eve".
const DAY_HEADS = new Set(['day', 'eve', 'year']);

interface Run extends Span {
  readonly name: string;
}

const NAME_ABBREVIATIONS = new Set(['st', 'ste', 'mt', 'ft', 'pt']);

// A capitalised run at token k: "North Waziristan", "Mohmand Agency", "Tarik Khel".
function capitalRun(words: Words, k: number, end: number): Run | undefined {
  if (k >= end || !words.cap(k) || NOT_PLACES.has(words.low(k))) return undefined;
  let last = k + 1;
  while (last < end && last - k < 5 && !words.poss(last - 1)) {
    if (words.cap(last) && !NOT_PLACES.has(words.low(last))) last++;
    else if (words.low(last) === '-' && !words.spaced(last) && words.cap(last + 1) && !words.spaced(last + 1)) last += 2;
    // "St. Petersburg", "Mt. Kenya": an abbreviation's stop inside the name.
    else if (words.low(last) === '.' && !words.spaced(last) && NAME_ABBREVIATIONS.has(words.low(last - 1)) && words.cap(last + 1)) last += 1;
    // "the Line of Control", "the Gulf of Aden": "of" inside a name (not a body's: "Ministry of Health").
    else if (words.low(last) === 'of' && last + 1 < end && !words.lineBefore(last) && !words.lineBefore(last + 1) && words.cap(last + 1) && !NOT_PLACES.has(words.low(last + 1)) && !BODY_HEADS.has(words.low(last - 1)) && !SITE_HEADS.has(words.low(last - 1)) && countryAt(words, last + 1) === undefined) last += 2;
    // "Washington D.C.": an initialism of single letters, its stops glued.
    else if (last + 2 < end && words.low(last) === '.' && !words.spaced(last) && words.low(last - 1).length === 1 && words.low(last + 2) === '.' && !words.spaced(last + 1) && words.low(last + 1).length === 1 && words.cap(last + 1)) {
      last += 3;
      break;
    } else break;
  }
  if (last - k === 1 && words.upper(k)) return undefined;
  // "K41", "G7": letters glued to a number are a code (an armed group, a summit), not a name.
  if (last < end && !words.spaced(last) && /^\d/.test(words.low(last))) return undefined;
  const name = words.text.slice(words.start(k), words.end(last - 1)).replace(/['\u2019]s$/, '').replace(/\s+/g, ' ');
  return { first: k, last, name };
}

// Whether what follows a run leaves it a name rather than an adjective ("Taliban attack").
function endsAsPlace(words: Words, k: number, end: number): boolean {
  if (k >= end || !words.isWord(k)) return true;
  const low = words.low(k);
  // A verb after the name leaves it a name: "a protest in Berlin attracted …".
  return PLACE_TYPES.has(low) || AFTER_PLACE.has(low) || words.cap(k) || low.endsWith('ed');
}

// The token after a site of a town named in the possessive ("'s main square"), or undefined.
function siteEnd(words: Words, k: number, end: number): number | undefined {
  for (let j = k; j < end && j <= k + SITE_MODIFIERS; j++) {
    const low = words.low(j);
    // A named site: "Moscow's central Triumfalnaya Square".
    if (words.cap(j)) {
      let e = j;
      while (e < end && e - j < SITE_MODIFIERS && words.cap(e) && words.isWord(e)) e++;
      return SITE_HEADS.has(words.low(e - 1)) ? e : undefined;
    }
    // The site's modifiers run up to it; a preposition or article ends the phrase ("attack on the town").
    if (!words.isWord(j) || AFTER_PLACE.has(low) || low === 'the' || low === 'a' || low === 'an') return undefined;
    if (SITES.has(low) || PLACE_PARTS.has(low) || PLACE_TYPES.has(low)) return j + 1;
  }
  return undefined;
}

// "the Iraqi capital" and "Serbia's capital" are in their country, and "the Afghan capital Kabul" or
// "…, Kabul," names it; `k` is the token "capital".
function capitalAt(words: Words, k: number, end: number, depth: number, country: string): { path: string[]; rooted: boolean; last: number } {
  const comma = words.low(k + 1) === ',';
  const named = placeAt(words, k + (comma ? 2 : 1), end, depth + 1);
  const closed = named !== undefined && (!comma || named.last >= end || [',', '.'].includes(words.low(named.last)));
  // A city the table already places ("Nairobi") must be in the same country.
  const own = named !== undefined && (!named.rooted || named.path[0] === country);
  if (named !== undefined && closed && own) return { path: [country, ...named.path.filter((p) => p !== country)], rooted: true, last: named.last };
  return { path: [country], rooted: true, last: k + 1 };
}

// A place at token k after any descriptors and "the town of": a country, "Pakistan's … region",
// or a capitalised run, with a parent given by "in X" or "area of X".
function placeAt(words: Words, k: number, end: number, depth: number): { path: string[]; rooted: boolean; last: number } | undefined {
  let j = k;
  for (let n = 0; n < 4 && j < end && DESCRIPTORS.has(words.low(j)); n++) j++;
  // "in Houthi-controlled Sanaa", "in rebel-held areas of Dorvo": who holds a place is no place.
  if (words.isWord(j) && words.low(j + 1) === '-' && !words.spaced(j + 1) && HOLDING.has(words.low(j + 2))) {
    j += 3;
    for (let n = 0; n < 4 && j < end && DESCRIPTORS.has(words.low(j)); n++) j++;
  }
  // A preposition that ends the sentence names nothing: the next line is another sentence.
  if (j >= end) return undefined;
  if (PLACE_TYPES.has(words.low(j)) && words.low(j + 1) === 'of') j += 2;
  else if (DESCRIPTORS.has(words.low(j - 1)) && PLACE_TYPES.has(words.low(j)) && words.low(j + 1) === 'of') j += 2;
  let country = countryAt(words, j);
  // "the German city of Munich", "the Iraqi capital": a country's adjective before a place type roots it.
  if (country !== undefined && country.adjective && depth === 0 && PLACE_TYPES.has(words.low(country.next))) {
    const inner = words.low(country.next + 1) === 'of' ? placeAt(words, country.next + 2, end, depth + 1) : undefined;
    if (inner !== undefined) return { path: [country.country, ...inner.path.filter((p) => p !== country?.country)], rooted: true, last: inner.last };
    // The country's border or region without a name may lie on either side of it.
    return words.low(country.next) === 'capital' ? capitalAt(words, country.next, end, depth, country.country) : undefined;
  }
  if (country !== undefined && country.adjective) country = undefined;
  if (country !== undefined) {
    if (words.poss(country.next - 1) && depth === 0 && words.low(country.next) === 'capital') return capitalAt(words, country.next, end, depth, country.country);
    if (words.poss(country.next - 1) && depth === 0) {
      const inner = placeAt(words, country.next, end, depth + 1);
      if (inner !== undefined) return { path: [country.country, ...inner.path.filter((p) => p !== country.country)], rooted: true, last: inner.last };
    }
    return { path: [country.country], rooted: true, last: country.next };
  }
  const run = capitalRun(words, j, end);
  if (run === undefined) return undefined;
  // A platform, an outlet or a body is never a place: "on Telegram", "in the Tehran Times", "at Ider Hospital".
  const head = words.low(run.last - 1);
  if (PLATFORMS.has(words.low(run.first)) || BODY_HEADS.has(head) || SITE_HEADS.has(head) || countryAt(words, run.first)?.adjective === true) return undefined;
  // "on New Year's Day", "on Independence Day", "on Christmas Eve": a day, not a place.
  if (DAY_HEADS.has(head) || (words.poss(run.last - 1) && DAY_HEADS.has(words.low(run.last)) && words.cap(run.last))) return undefined;
  // "in Kandara's main square": the town whose site it is; a name's possessive before anything
  // else ("in Hamas's attack") is no place.
  const site = words.poss(run.last - 1) && !words.cap(run.last) ? siteEnd(words, run.last, end) : undefined;
  if (site !== undefined) return { path: [run.name], rooted: false, last: site };
  let after = run.last;
  while (after < end && PLACE_TYPES.has(words.low(after)) && !words.cap(after)) after++;
  if (!endsAsPlace(words, after, end)) return undefined;
  // "North and South Waziristan": two places, no one path.
  if (words.low(run.last) === 'and' && words.cap(run.last + 1)) return undefined;
  if (depth === 0) {
    let link = words.low(after) === 'in' || (after > run.last && words.low(after) === 'of') ? after + 1 : -1;
    // "in Rubo, a town in the eastern Kesh region": the appositive names the place it lies in.
    if (words.low(after) === ',' && (words.low(after + 1) === 'a' || words.low(after + 1) === 'the')) {
      for (let t = after + 2; t <= after + 4 && t < end; t++) {
        if (PLACE_TYPES.has(words.low(t)) && words.low(t + 1) === 'in') link = t + 2;
        if (!words.isWord(t) || link > 0) break;
      }
    }
    if (link > 0) {
      const parent = placeAt(words, link, end, depth + 1);
      if (parent !== undefined) return { path: [...parent.path, run.name], rooted: parent.rooted, last: parent.last };
    }
  }
  // A city named alone places itself; inside another place's path ("Kandara in London") it stays a
  // name, so that paths keep at most two names.
  const home = depth === 0 ? cityCountry(run.name) : undefined;
  return home === undefined ? { path: [run.name], rooted: false, last: after } : { path: [home, run.name], rooted: true, last: after };
}

// How many words before "in the capital" a count may end ("400,000 protesters in the capital").
const CAPITAL_COUNT_REACH = 3;

// "400,000 in the capital alone": the capital of a country the sentence may not name, said of a count
// just before it (not "taken to hospitals in the capital"), or of the sentence it opens ("In the
// capital, police counted 55,000"), but not "the capital Kabul" or "the capital, Kabul", which name it.
function bareCapital(words: Words, k: number, sentence: Sentence): boolean {
  if (words.low(k) !== 'the' || words.low(k + 1) !== 'capital' || words.cap(k + 2) || words.low(k + 2) === 'city' || (words.low(k + 2) === ',' && words.cap(k + 3) && words.low(k + 4) === ',')) return false;
  if (k - 1 === sentence.first && words.low(k + 2) === ',') return true;
  if (words.low(k + 2) === ',' && words.cap(k + 3)) return false;
  for (let j = k - 2; j >= k - 1 - CAPITAL_COUNT_REACH; j--) if (words.isNum(j)) return true;
  return false;
}

// Counts that "national" before them makes the whole country's: "the national turnout", "a national toll".
const NATIONAL_COUNTS = new Set(['turnout', 'figure', 'figures', 'total', 'count', 'tally', 'toll', 'estimate', 'attendance', 'participation']);

// "said at a news conference in Manila", "told reporters in Kabul": where a speaker spoke, which is
// never the scene. "Reporters" and "journalists" take the verb right before them ("30 journalists in
// Herat were detained" are counted there); an occasion ("a news conference", "a briefing") takes the
// verb nearest before its "at" ("a bomb exploded at a news conference in Dorvo" is a scene). A clause
// may make it the scene all the same ("told reporters in Dorvo, where five were wounded").
const AUDIENCES = new Set(['reporters', 'journalists']);
const SPEAKING = new Set(['told', 'tells', 'telling', 'said', 'says', 'saying', 'speaking', 'spoke', 'addressing', 'addressed', 'briefed', 'briefing', 'announced', 'confirmed', 'stated', 'reported']);
const OCCASION_PREPOSITIONS = new Set(['at', 'during', 'in']);
// ("what was said by the agency's spokesperson at today's Palais des Nations press briefing in Geneva")
const OCCASION_REACH = 8;
const VERB_REACH = 6;
const OPENING_REACH = 4;
function spokenAt(words: Words, sentence: Sentence, i: number, last: number): boolean {
  const venue = words.low(i - 1);
  if (words.low(i) !== 'in' || !(AUDIENCES.has(venue) || OCCASIONS.has(venue)) || (words.low(last) === ',' && words.low(last + 1) === 'where')) return false;
  if (AUDIENCES.has(venue)) return SPEAKING.has(words.low(i - 2));
  // "At a briefing in Dorvo, officials said": the phrase that opens the sentence says where they spoke.
  if (words.low(sentence.first) === 'at' && i - sentence.first <= OPENING_REACH && words.low(last) === ',') return true;
  // ("told a news briefing in Geneva": the verb may take the occasion as its object.)
  let at = i - 2;
  while (at > sentence.first && i - at <= OCCASION_REACH && !OCCASION_PREPOSITIONS.has(words.low(at))) {
    if (SPEAKING.has(words.low(at))) return true;
    at--;
  }
  if (!OCCASION_PREPOSITIONS.has(words.low(at))) return false;
  for (let k = at - 1; k >= sentence.first && at - k <= VERB_REACH; k--) {
    const low = words.low(k);
    if (SPEAKING.has(low)) return true;
    if (words.isWord(k) && low.endsWith('ed')) return false;
  }
  return false;
}

// Where casualties are taken: a place after "to (a|the|his …) hospital in" is the facility's, not the scene's.
const FACILITIES = new Set(['hospital', 'hospitals', 'morgue', 'morgues', 'mortuary', 'clinic', 'clinics']);
function takenTo(words: Words, i: number): boolean {
  if (!FACILITIES.has(words.low(i - 1))) return false;
  return words.low(i - 2) === 'to' || (words.low(i - 3) === 'to' && words.isWord(i - 2) && !words.cap(i - 2));
}

/**
 * Finds the places a sentence names after "in", "at", "near", "on" and the like, each as a path
 * broad to narrow: "at Hassukhel in North Waziristan" is North Waziristan, Hassukhel; "in the Spin
 * Wam area of North Waziristan" is North Waziristan, Spin Wam. A capitalised word followed by a
 * common noun ("in an overnight Taliban attack") is an adjective, not a place, and a place inside an
 * "including …" clause is a breakdown's, marked `part`: the scene of the figures after "including"
 * only. Linear in the sentence's length.
 */
export function findPlaces(words: Words, sentence: Sentence): PlaceMention[] {
  const found: PlaceMention[] = [];
  // A headline's capitals are style, not names.
  if (sentence.role !== 'body') return found;
  // Where the "including" of a breakdown the scan is in opened, or -1.
  let including = -1;
  let quoted = false;
  for (let i = sentence.first; i < sentence.last; i++) {
    const low = words.low(i);
    if (low === 'including') including = i;
    // "including 35 in Belwa, 5 in Kandara": a count in figures after the comma goes on with the list.
    else if ((low === ',' && !words.isNum(i + 1)) || low === ';') including = -1;
    // A place in a breakdown is its parts' only: "1.2 million, including 80,000 in Paris".
    if (including >= 0) {
      if (!PREPOSITIONS.has(low) || low === 'outside') continue;
      const place = placeAt(words, i + 1, sentence.last, 0);
      if (place !== undefined) {
        found.push({ first: i, last: place.last, path: place.path, rooted: place.rooted, same: false, level: levelOf(words, i, place.last), part: including });
        i = place.last - 1;
      } else if (bareCapital(words, i + 1, sentence)) {
        found.push({ first: i, last: i + 3, path: [], rooted: false, same: false, level: 'local', capital: true, part: including });
        i += 2;
      }
      continue;
    }
    // "south of the town of Mir Ali", "the streets of Los Angeles": a place type, or a part of a
    // place, with "of" names a place without a preposition.
    if ((PLACE_TYPES.has(low) || PLACE_PARTS.has(low)) && words.low(i + 1) === 'of' && words.cap(i + 2)) {
      const named = placeAt(words, i + 2, sentence.last, 0);
      if (named !== undefined) {
        found.push({ first: i, last: named.last, path: named.path, rooted: named.rooted, same: false, level: levelOf(words, i, named.last) });
        i = named.last - 1;
      }
      continue;
    }
    // Scopes: "nationwide", "across the country", "outside the capital", "outside of Seoul".
    // "the national turnout at 300,000": the count of the whole country.
    const nationalCount = low === 'national' && NATIONAL_COUNTS.has(words.low(i + 1));
    if (low === 'nationwide' || nationalCount || ((low === 'across' || low === 'throughout') && words.low(i + 1) === 'the' && NATIONS.has(words.low(i + 2)))) {
      const last = low === 'nationwide' || nationalCount ? i + 1 : i + 3;
      found.push({ first: i, last, path: [], rooted: false, same: false, scope: 'national' });
      i = last - 1;
      continue;
    }
    // "throughout France", "across Nigeria", "in Kenya as a whole": the whole of a country, not a scene in it.
    const country = (low === 'across' || low === 'throughout' || low === 'in') && i + 1 < sentence.last ? countryAt(words, i + 1) : undefined;
    const asAWhole = country !== undefined && words.low(country.next) === 'as' && words.low(country.next + 1) === 'a' && words.low(country.next + 2) === 'whole';
    const whole = low === 'in' && !asAWhole ? undefined : country;
    if (whole !== undefined && whole.next <= sentence.last && !whole.adjective && !words.poss(whole.next - 1)) {
      const last = asAWhole ? whole.next + 3 : whole.next;
      found.push({ first: i, last, path: [whole.country], rooted: true, same: false, scope: 'national' });
      i = last - 1;
      continue;
    }
    if (low === 'outside') {
      let k = i + 1;
      if (words.low(k) === 'of') k++;
      // "outside the capital", but "outside the city hall" is a building.
      if (words.low(k) === 'the' && k + 2 <= sentence.last && (words.low(k + 1) === 'capital' || words.low(k + 1) === 'city') && endsAsPlace(words, k + 2, sentence.last)) {
        found.push({ first: i, last: k + 2, path: ['outside the capital'], rooted: false, same: false, scope: 'outside' });
        i = k + 1;
        continue;
      }
      const run = capitalRun(words, k, sentence.last);
      if (run !== undefined) {
        found.push({ first: i, last: run.last, path: [`outside ${run.name}`], rooted: false, same: false, scope: 'outside', level: 'local' });
        i = run.last - 1;
        continue;
      }
    }
    if (low === '"' || low === '\u201c' || low === '\u201d') quoted = low === '"' ? !quoted : low === '\u201c';
    if (!PREPOSITIONS.has(low)) continue;
    // "bodies … were taken to a hospital in Kandara": where the dead or hurt were taken, not the scene.
    if (takenTo(words, i)) continue;
    // "the Permanent Commission on Human Rights": inside a body's name ("Police in Belwa" is where they are).
    if (low === 'on' && words.cap(i - 1) && BODY_HEADS.has(words.low(i - 1)) && words.cap(i + 1)) continue;
    // A title in quotes: "Women's March on Washington" names an event, not where a figure was.
    if (quoted && words.cap(i - 1) && words.isWord(i - 1) && i - 1 > sentence.first) continue;
    if (words.low(i + 1) === 'the' && words.low(i + 2) === 'same' && PLACE_TYPES.has(words.low(i + 3))) {
      found.push({ first: i, last: i + 4, path: [], rooted: false, same: true });
      i += 3;
      continue;
    }
    const place = placeAt(words, i + 1, sentence.last, 0);
    if (place === undefined) {
      if (bareCapital(words, i + 1, sentence)) {
        found.push({ first: i, last: i + 3, path: [], rooted: false, same: false, level: 'local', capital: true });
        i += 2;
      }
      continue;
    }
    // "on the FAMa (Malian Armed Forces) side": a party in a fight, not a place.
    let after = place.last;
    if (words.low(after) === '(') while (after < sentence.last && words.low(after) !== ')') after++;
    if (words.low(words.low(after) === ')' ? after + 1 : after) === 'side') continue;
    if (spokenAt(words, sentence, i, place.last)) {
      i = place.last - 1;
      continue;
    }
    found.push({ first: i, last: place.last, path: place.path, rooted: place.rooted, same: false, level: levelOf(words, i, place.last) });
    i = place.last - 1;
  }
  return found;
}
