import { parseFigure } from '../../figures/parseFigure.js';
import type { Figure } from '../../figures/schemas.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../../internal/calendarWords.js';
import { BODY_NOUNS, COMPARATIVES, LIKELIHOOD, TOLL_NOUN_QUALIFIERS } from '../lexicon/outcomes.js';
import { ESTIMATE_HEADS } from '../lexicon/sources.js';
import type { Words } from '../types.js';

// Words after a number that make it a duration, an age, a distance, money, a share or a temperature
// (as the degree signs do).
const UNITS = new Set([
  'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'minute', 'minutes',
  'second', 'seconds', 'decade', 'decades', 'century', 'centuries', 'km', 'kilometres', 'kilometers',
  'kilometre', 'kilometer', 'mile', 'miles', 'metres', 'meters', 'metre', 'meter', 'feet', 'foot', 'kg',
  'kilograms', 'tonnes', 'tons', 'tonne', 'ton', 'percent', 'per', 'pc', 'acres', 'hectares', 'dollars',
  'dollar', 'rupees', 'euros', 'pounds', 'yuan', 'naira', 'shillings', 'cents', 'points', 'times', 'am', 'pm',
  "o'clock", 'degrees', 'storeys', 'lanes', 'mph', 'kph', 'sq', 'square', 'litres', 'liters', 'barrels',
  'afghanis', 'lira', 'dinars', 'riyals', 'rubles', 'roubles', 'hryvnias', 'pesos', 'rand', 'taka',
]);
// Nouns for what is told of a count rather than the count: "no casualty figures", "no death toll".
const DATA_NOUNS: ReadonlySet<string> = new Set([...ESTIMATE_HEADS, 'number', 'toll', 'tolls', 'details', 'breakdown', 'report', 'reports']);
// Words between a count's noun and a unit of time or area that make it a rate: "per square metre",
// "a day", "every hour".
const RATE_WORDS = new Set(['per', 'a', 'an', 'each', 'every']);
const RATE_UNITS = new Set(['day', 'night', 'week', 'month', 'year', 'hour', 'minute', 'square', 'sq']);
const RATE_ADVERBS = new Set(['daily', 'weekly', 'monthly', 'nightly', 'hourly', 'annually', 'yearly']);
// Words after such an adverb that leave it an adverb: a preposition of when or where, "since".
const SPAN_AFTER_ADVERB = new Set(['in', 'on', 'at', 'since', 'during', 'until', 'over', 'across', 'from', 'for', 'and', 'or', 'but']);
// Prepositions before "a day" that make it how long something took: "300 in a month", "within a week".
const SPAN_PREPOSITIONS = new Set(['in', 'within', 'over']);
const MONTHS = new Set<string>([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);
// How far into its clause a rate's unit may follow the count: "15 deaths occur at the centre every day".
const RATE_REACH = 8;
const RATE_CLAUSE_ENDS = new Set([',', '.', ';', ':', 'and', 'but', 'while', 'whereas', 'who', 'which', 'when', 'where']);
// Prepositions after which "that" points ("on that coast"); elsewhere it opens a relative clause.
const BEFORE_POINTING = new Set(['on', 'in', 'at', 'from', 'to', 'of', 'for', 'with', 'by', 'near', 'along']);
// Nouns for the dead that a year before them dates: "the 1998 martyrs".
const YEAR_NOUNS = new Set(['dead', 'deaths', 'death', 'martyrs', 'victims', 'fatalities', 'casualties', 'killings', 'killing', 'murder', 'massacre']);
const AGE_ENDS = new Set([',', '.', ')', ';']);
const CURRENCY = new Set(['$', '\u00a3', '\u20ac', '\u00a5', '\u20b9', 'rs', 'usd', 'eur', 'gbp', 'inr', 'pkr']);
// Words before a number that make it a name or a label: "No. 3", "flight 17", "aged 25".
const LABELS = new Set(['no', 'number', 'flight', 'route', 'highway', 'page', 'article', 'chapter', 'resolution', 'aged', 'age', 'ages', 'room', 'platform', 'gate', 'phase', 'level', 'grade', 'category', 'class', 'section', 'paragraph', 'rule', 'unit', 'bus', 'train']);

const CALENDAR = new Set([...MONTHS, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'at', 'least', 'about', 'some', 'nearly', 'almost', 'over', 'only', 'just', 'around', 'than']);
// Words capitalised only to open a sentence, which name nothing: "Another 17 were injured", "The 17 were freed".
const OPENERS = new Set(['another', 'all', 'the', 'those', 'these', 'and', 'but', 'roughly', 'approximately', 'exactly', 'up', 'as']);
const SELECTORS = new Set(['several', 'many', 'few', 'dozens', 'hundreds', 'thousands', 'scores', 'two', 'three', 'four', 'five', 'six']);

// A count moving ahead of what happened, after a modal or a "to" of expectation, makes a forecast:
// "the toll risks reaching 25,000", "could rise to 50", "is expected to reach 1,000".
const MOVES = new Set(['reach', 'reaching', 'rise', 'rising', 'climb', 'climbing', 'exceed', 'exceeding', 'top', 'hit', 'surpass', 'pass', 'double']);
const MODALS = new Set(['could', 'may', 'might', 'will', 'would', 'risks', 'risk', 'threatens', 'threaten']);
const EXPECTING = new Set(['expected', 'likely', 'set', 'projected', 'forecast', 'predicted', 'poised', 'bound', 'going']);
const FORECAST_REACH = 6;
const SETTLEMENTS = new Set(['city', 'town', 'village', 'country', 'nation', 'island', 'province', 'district', 'municipality', 'community']);
const KIN_OF = new Set(['mother', 'father', 'parent', 'parents', 'grandmother', 'grandfather']);
const HEDGING_ADVERBS = new Set([...LIKELIHOOD, 'well', 'soon', 'eventually', 'easily', 'even', 'still', 'further']);
// Words before an "if" that opens a condition: "said that if", ", if", "but if".
const CONDITION_OPENERS = new Set([',', 'that', 'but', 'and', '"', '\u201c', '(', ';']);
const FUTURE = new Set(['would', 'will', "'ll"]);
const POSSIBLE = new Set(['could', 'may', 'might', 'can']);
const RECORD_ADJECTIVES = new Set(['previous', 'prior', 'past']);
const RECORDS = new Set(['arrests', 'arrest', 'convictions', 'conviction', 'offences', 'offenses', 'charges']);
// Verbs of a flight or a loss that a modal puts ahead: "could flee", "might lose their homes".
const FLIGHT_AHEAD = new Set(['flee', 'leave', 'lose', 'die', 'starve', 'need', 'face']);
const FORCED = new Set(['forced', 'displaced', 'evacuated', 'uprooted', 'affected', 'made']);
// A count a party looks ahead to, as the object of a verb of expecting: "were expecting one million
// to attend", "had hoped for 50,000", "an anticipated 10,000".
const LOOKING_AHEAD = new Set(['expecting', 'expect', 'expects', 'expected', 'anticipating', 'anticipate', 'anticipates', 'anticipated', 'hoping', 'hope', 'hopes', 'hoped', 'predicting', 'predict', 'predicts', 'projecting']);

function isForecast(words: Words, first: number, next: number, isTerm: (word: string) => boolean): boolean {
  // "estimated that 7,000 people would gather", "50,000 will march": what is to come.
  const verb = isTerm(words.low(next)) ? next + 1 : next;
  if (FUTURE.has(words.low(verb)) && words.isWord(verb + 1)) return true;
  // "5 million people could flee", "could be forced to flee": a flight that may yet come (not "may
  // have drowned", "may be dead", said of what has happened).
  if (POSSIBLE.has(words.low(verb)) && (FLIGHT_AHEAD.has(words.low(verb + 1)) || (words.low(verb + 1) === 'be' && FORCED.has(words.low(verb + 2))))) return true;
  const object = words.low(first - 1) === 'for' ? first - 2 : first - 1;
  if (LOOKING_AHEAD.has(words.low(object)) && words.isWord(object)) return true;
  // "if more than 100,000 demonstrated, he would go": a condition opening its clause, not a count
  // (not "as if", "asked if", "not sure if": a question or a likeness).
  if (words.low(first - 1) === 'if' && (words.cap(first - 1) || CONDITION_OPENERS.has(words.low(first - 2)))) return true;
  for (let j = first - 1; j >= first - FORECAST_REACH && words.isWord(j); j--) {
    if (!MOVES.has(words.low(j))) continue;
    // ("could possibly reach 90", "will probably rise to 90": an adverb of likelihood after the modal.)
    const b = HEDGING_ADVERBS.has(words.low(j - 1)) ? j - 2 : j - 1;
    const before = words.low(b);
    return MODALS.has(before) || (before === 'to' && EXPECTING.has(words.low(b - 1)));
  }
  return false;
}

const AVERAGES = new Set(['average', 'mean', 'median', 'norm']);
// "The population stands at …": the verb between a toll noun and its value.
const STANDING = new Set(['stands', 'stood']);
// A name after one of these is the one told, and a count can follow it at once: "told AFP 12 had died".
const GROUPED = /\d[,\u202f\u2009\u00a0]\d{3}/;
const TELLING = new Set(['told', 'tells', 'telling', 'tell', 'informed']);
// The verbs that open what was told after such a count.
const CLAUSE_VERBS = new Set(['were', 'was', 'had', 'have', 'are', 'died', 'remain', 'remained']);


// "20 patients die there each day", "300 people die on the roads every year": the count's own clause
// (up to a relative pronoun: "farmers who tend fields every day") says it happens every so often, a
// rate and no incident's count ("a day" only at the clause's end: "12 died a day after the attack"
// is when).
function rateInClause(words: Words, next: number): boolean {
  for (let k = next; k < next + RATE_REACH && k < words.count && !RATE_CLAUSE_ENDS.has(words.low(k)) && !(words.low(k) === 'that' && !BEFORE_POINTING.has(words.low(k - 1))); k++) {
    // ("630 people crossing the border daily": an adverb of frequency says so in a word; not an
    // adjective before its noun, "in weekly clashes", "the daily rally".)
    if (RATE_ADVERBS.has(words.low(k)) && !words.cap(k) && !(words.isWord(k + 1) && !SPAN_AFTER_ADVERB.has(words.low(k + 1)))) return true;
    if (!RATE_UNITS.has(words.low(k + 1)) || !words.isWord(k + 1)) continue;
    const w = words.low(k);
    if (w === 'every' || w === 'each' || w === 'per') return true;
    // ("killed 40 people in a day" is how fast, not how often.)
    if ((w === 'a' || w === 'an') && words.low(k - 1) !== 'in' && RATE_CLAUSE_ENDS.has(words.low(k + 2))) return true;
  }
  return false;
}

// Whether "<part> in <whole> …" at `part` and `whole` is a proportion: the part less than the
// whole, and people after it ("one in five residents", "1 in 3 Central Africans", "one in ten."),
// not "15 in 24 hours", "40 in 2019", "two in three raids".
function proportion(words: Words, part: number, whole: number, isTerm: (word: string) => boolean): boolean {
  const value = (k: number): number => parseFigure(words.text.slice(words.start(k), words.end(k)))?.low ?? Number.NaN;
  // (A whole in four digits is a year: "killed 40 in 2019.")
  if (!(value(part) < value(whole)) || (words.isNum(whole) && value(whole) >= 1000)) return false;
  let k = whole + 1;
  while (k < whole + 3 && words.isWord(k) && words.cap(k)) k++;
  return !words.isWord(k) || isTerm(words.low(k)) || (k > whole + 1 && words.low(k - 1).endsWith('s'));
}

/**
 * Whether a figure the scanner found is not a count of what happened: a year or a span of years
 * ("1979-1989"), a date ("May 14"), a time ("10:30"), money ("$7.5 billion"), an age ("25-year-old"),
 * a duration or distance ("24 hours", "five years"), a share ("30 percent"), a rate ("four people per
 * square metre", "200 a day"), a proportion ("one in five"), a label ("flight 17"), or a fraction. A
 * four-digit number followed by a term (`isTerm`: "2000 protesters") stays a count. Looks at a few
 * tokens around the figure only.
 */
export function isNotCount(words: Words, first: number, next: number, figure: Figure, isTerm: (word: string) => boolean): boolean {
  if (!Number.isInteger(figure.low) || (figure.high !== null && !Number.isInteger(figure.high))) return true;
  // "gauging it at 7.0": a whole number written with decimals is a measurement (but "1.0 million"
  // counts, and "5.000" is five thousand written with a full stop for a separator).
  if (next === first + 1 && words.isNum(first) && /\.(?:\d{1,2}|\d{4,})$/.test(words.text.slice(words.start(first), words.end(first)))) return true;
  const before = words.low(first - 1);
  const after = words.low(next);
  if (CURRENCY.has(before) || CURRENCY.has(words.low(first))) return true;
  if (before === '.' && LABELS.has(words.low(first - 2))) return true;
  // ("put the number at least 800,000": "at" opens the hedge, and "number" is the count's noun.)
  if (LABELS.has(before) && before !== 'no' && words.isWord(first - 1) && !(before === 'number' && words.low(first) === 'at')) return true;
  if (UNITS.has(after) || after === '%' || after === '\u00b0' || after === '\u00ba') return true;
  // "one in five residents", "1 in 3 children": a proportion, no count, on either side of "in".
  if (after === 'in' && proportion(words, next - 1, words.low(next + 1) === 'every' ? next + 2 : next + 1, isTerm)) return true;
  if (next === first + 1 && ((before === 'in' && proportion(words, first - 2, first, isTerm)) || (before === 'every' && words.low(first - 2) === 'in' && proportion(words, first - 3, first, isTerm)))) return true;
  // "in the city of 80,000", "a mother of three": how many live in a place or a family, no count of
  // what happened.
  if (before === 'of' && (SETTLEMENTS.has(words.low(first - 2)) || KIN_OF.has(words.low(first - 2))) && !isTerm(after)) return true;
  // "State television, the only one allowed to broadcast": "the (only) one" is a pronoun, no count
  // (not "the one soldier killed", "the only one killed": a noun or an outcome after it counts).
  const one = words.low(first) === 'only' ? first + 1 : first;
  if (words.low(one) === 'one' && next === one + 1 && before === 'the' && !isTerm(words.low(next))) return true;
  // "bring the first two bodies to the surface": bodies told in the order they came, no toll.
  if (before === 'first' && words.low(first - 2) === 'the' && (BODY_NOUNS.has(after) || after === 'victims')) return true;
  // "the 1998 martyrs", "the 2017 dead": four plain digits of a year between an article and a noun
  // for the dead name when they died ("the 2000 protesters outside" are a crowd).
  const year = next === first + 1 && /^(?:18|19|20)\d\d$/.test(words.text.slice(words.start(first), words.end(first)));
  if (year && (before === 'the' || before === 'a') && YEAR_NOUNS.has(after)) return true;
  // "released no casualty figures", "no death toll was given": no figure given, not none dead.
  if (figure.high === 0 && [next, next + 1].some((k) => DATA_NOUNS.has(words.low(k)) && words.isWord(k) && (k === next || words.isWord(next)))) return true;
  // "four people per square metre", "200 people a day": a rate, with its noun before the unit (but
  // "12 villagers a kilometre from the border" is where they were, and "300 in a month" how fast).
  if (words.isWord(next) && !SPAN_PREPOSITIONS.has(words.low(next)) && RATE_WORDS.has(words.low(next + 1)) && RATE_UNITS.has(words.low(next + 2)) && words.isWord(next + 2)) return true;
  if (rateInClause(words, next)) return true;
  if (isForecast(words, first, next, isTerm)) return true;
  // "the total population of more than 7 million", "the country's population is 138 million": who
  // lives somewhere (but "a camp population of 40,000" counts the displaced).
  const noun = before === 'of' || before === 'is' || before === 'was' ? first - 2 : before === 'at' && STANDING.has(words.low(first - 2)) ? first - 3 : -1;
  const qualifiers = noun < 0 ? undefined : TOLL_NOUN_QUALIFIERS.get(words.low(noun));
  if (qualifiers !== undefined && !qualifiers.has(words.low(noun - 1))) return true;
  // "the daily average of seven bodies": what is usual, the yardstick of a count.
  if (before === 'of' && AVERAGES.has(words.low(first - 2))) return true;
  // "at least 700 higher than the officials' tally": a difference between counts, not a count.
  if (COMPARATIVES.has(after) && words.low(next + 1) === 'than') return true;
  // "11 p.m.", "6 a.m.": a time.
  if ((after === 'a' || after === 'p') && words.low(next + 1) === '.' && words.low(next + 2) === 'm') return true;
  // "Channel 13", "Flight 17": a number after a name is part of it, unless the name is who was told
  // and the number opens what they were told ("told CNN 68 were killed").
  // A number with thousands separators is never part of a name: "In Barcelona 500,000 came out".
  if (words.isNum(first) && words.cap(first - 1) && words.isWord(first - 1) && !words.lineBefore(first - 1) && words.spaced(first) && !CALENDAR.has(before) && !OPENERS.has(before) && !GROUPED.test(words.text.slice(words.start(first), words.end(first))) && (words.cap(next) || (words.isWord(next) && !isTerm(after) && !(TELLING.has(words.low(first - 2)) && CLAUSE_VERBS.has(after))))) return true;
  // "one of several": the vague count after "one of" counts nothing either.
  if (words.low(first - 1) === 'of' && words.low(first - 2) === 'one' && figure.hedge === 'vague') return true;
  // "one of several", "one of dozens": picks one from a count, counts nothing itself.
  if (figure.low === 1 && figure.high === 1 && after === 'of' && (words.isNum(next + 1) || SELECTORS.has(words.low(next + 1)))) return true;
  // "a man with four previous arrests": a record, not a count of this incident's.
  if (RECORD_ADJECTIVES.has(after) && RECORDS.has(words.low(next + 1))) return true;
  if (words.isWord(next) && (after === 'million' || after === 'billion') && UNITS.has(words.low(next + 1))) return true;
  // "25-year-old", "a 12-hour siege".
  if (after === '-' && !words.spaced(next) && UNITS.has(words.low(next + 1))) return true;
  if (after === ':' && words.isNum(next + 1)) return true;
  if (before === ':' && words.isNum(first - 2)) return true;
  // "said one demonstrator, Ana Petrovic, 53.": a small bare number set off after a person's name
  // of two capitalised words is an age.
  if (before === ',' && figure.hedge === 'exact' && figure.low < 120 && words.isNum(first) && next === first + 1 && AGE_ENDS.has(after) && words.cap(first - 2) && words.cap(first - 3) && words.isWord(first - 2) && words.isWord(first - 3)) return true;
  if ((MONTHS.has(before) && words.cap(first - 1)) || (MONTHS.has(after) && words.cap(next))) return true;
  // Years: four digits with no thousands separator, from 1800 to 2100.
  const text = words.text.slice(words.start(first), words.end(next - 1));
  const years = text.match(/\d+/g) ?? [];
  const yearLike = years.length > 0 && years.every((y) => /^(1[89]|20)\d\d$/.test(y) || y === '2100') && !/,/.test(text);
  // "2000 protesters" is a count all the same.
  if (yearLike && !(words.isWord(next) && isTerm(after))) return true;
  return false;
}
