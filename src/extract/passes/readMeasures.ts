import { broaderTerms } from '../../vocabulary/broaderTerms.js';
import { singular } from '../../vocabulary/singular.js';
import type { Vocabulary } from '../../vocabulary/types.js';
import { INCIDENT_NOUNS } from '../lexicon/incidents.js';
import { ARTICLES, BODY_NOUNS, CASUALTY_WORDS, COMPARATIVES, COUNT_HEDGES, COUNT_NOUNS, CROWD_WORDS, EXTRA_OUTCOMES, GATHERINGS, HARMED, KNOWN_AS, LIKELIHOOD, MISSING_WORDS, OWN_DETERMINERS, OWN_LOSS_VERBS, RAISING, RELATIVE_PRONOUNS, RISING, THING_NOUNS, TOLL_CARRYING, TOLL_NOUN_QUALIFIERS, TOLL_NOUNS } from '../lexicon/outcomes.js';
import { COUNTRY_NAMES, countryAt, DEMONYMS, SCENE_PREPOSITIONS } from '../lexicon/places.js';
import { DOCUMENT_NOUNS, MILITARY_WORDS, NAME_PARTICLES } from '../lexicon/sources.js';
import { MONTH_INDEX, WEEKDAY_NAMES } from '../../internal/calendarWords.js';
import { CUE_WORDS, GAP_JOINERS, HAVE_FORMS, IRREGULAR_PAST, REPORT_NOUNS } from '../lexicon/cues.js';
import { DASHES } from '../lexicon/page.js';
import { isPluralApostrophe } from './isPluralApostrophe.js';
import { lookupTerm } from './lookupTerm.js';
import { sourceKind } from './sourceKind.js';
import { firstTermIn, termAt } from './termAt.js';
import type { MeasureRead, Span, TermRead, Words } from '../types.js';
import { openingToken } from './openingToken.js';
import { namesBody } from './namesBody.js';

// Nouns whose "of" counts a crowd as a crowd word's does: "the participation of 5,000 people", "a total of 5,000".
const PRESENCE = new Set(['participation', 'presence', 'attendance', 'total', 'estimate', 'figure', 'count', 'number']);

const QUOTES = new Set(['"', "'", '\u201c', '\u201d', '\u2018', '\u2019']);
// Words that end a subject phrase after a figure.
const NP_STOP = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'being', 'be', 'and', 'or', 'but', 'in', 'on', 'at',
  'to', 'from', 'by', 'with', 'for', 'who', 'which', 'that', 'as', 'when', 'after', 'before', 'during', 'while',
  'including', 'of', 'into', 'across', 'near', 'than', 'since', 'managed', 'remain', 'remained', 'still', 'also',
  // Prepositions that open what the figure followed: "rose to 22 following a rebel ambush".
  'following', 'amid', 'despite', 'over', 'among', 'amongst', 'under', 'against', 'through', 'around', 'inside', 'outside',
]);
// Words between a subject and its outcome: "were also killed", "had been killed", "said to have died".
const AUX = new Set([
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'being', 'be', 'also', 'reportedly', 'allegedly',
  'all', 'later', 'subsequently', 'confirmed', 'believed', 'feared', 'thought', 'said', 'to', 'apparently',
  'both', 'either', 'each', 'initially', 'already', 'just', 'reported', 'known', 'then', 'now', 'eventually',
  'got', 'get', 'among', 'amongst', 'those', 'left', 'either', 'likely', 'presumed', 'estimated', 'officially', 'who', 'that',
  'may', 'might', 'could', 'would', 'will', 'probably', 'possibly', 'still', 'more', 'forced', 'compelled', 'remain', 'remained',
  // "were nonetheless killed", "did manage to flee".
  'nonetheless', 'nevertheless', 'however', 'did', 'managed', 'manage',
]);
// Words between a verb and the figure it counts: "had killed", "killing all 12".
// ("killed 12 and injured another 40": "another" between the verb and its count.)
const BEFORE_SKIP = new Set(['had', 'have', 'has', 'reportedly', 'also', 'allegedly', 'the', 'some', 'about', 'all', 'another']);
// The copulas that give the number of the harmed as a group ("the wounded are 215").
const HARMED_LINKS = new Set(['are', 'were', 'is', 'was', 'numbered', 'totalled', 'totaled']);
const TOLL_LINKS = new Set(['at', 'to', 'of', 'was', 'is', 'stood', 'stands', 'ranged', 'ranges', 'reached', 'touched', 'crossed', 'hit', 'exceeded', 'surpassed', 'topped', ':', 'remain', 'stay', 'be', 'passed', 'rose', 'risen', 'climbed', 'increased', 'jumped', 'soared', 'above', 'as', 'reach', 'reaches', 'hits', 'tops', 'top', 'passes', 'exceeds', 'surpasses', 'crosses', 'neared', 'nears', 'approached', 'approaches', 'nearing', 'approaching']);
// How far back a toll noun may stand: "the death toll from a gas explosion at a coal mine in … rose to 13".
const TOLL_WINDOW = 24;
// The outcomes that "killed or wounded" joins into casualties.
const CASUALTY_PAIR = new Set(['killed', 'injured']);
// Words that make an outcome noun a possibility, not a count: "possible fatalities".
const UNSURE = new Set(['possible', 'potential', 'unconfirmed', 'suspected', 'probable', 'likely']);
// Words that open a phrase after a counted noun, and the verbs that end it.
const POST_MODIFIERS = new Set(['from', 'of', 'loyal', 'belonging', 'linked', 'affiliated', 'allied', 'aged', 'in', 'at', 'near', 'with', 'across', 'throughout', 'around', 'on', 'aboard', 'inside']);
const FINITE = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had']);
const COUNTING_VERBS = new Set(['monitor', 'monitored', 'document', 'documented', 'record', 'recorded', 'register', 'registered', 'verify', 'verified', 'identify', 'identified', 'count', 'counted']);
// Adjectives of a count as a whole: "the total number", "the overall toll".
const WHOLE_WORDS = new Set(['total', 'overall', 'cumulative', 'combined']);
// How far before "to N the toll" its verb may stand ("raised this Saturday to 23 the …").
const TOLL_AHEAD_REACH = 5;
const DIRECTIONS = new Set(['up', 'down', 'upward', 'downward', 'upwards', 'downwards']);
const OF_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'those', 'these', 'our']);
// Pronouns opening a relative clause between a subject and its verb: "137 hostages they seized died".
// How far back "two others" looks for the people it adds to.
const OTHERS_REACH = 8;
// How far a relative clause between a count and its verb is read.
const RELATIVE_REACH = 24;
const RELATIVE_SUBJECTS = new Set(['they', 'he', 'she', 'it', 'we', 'who', 'that', 'which']);
// Words whose endings mark a noun for people ("mercenaries", "assailants", "Egyptians").
const PERSON_ENDINGS = /(?:ers|ors|ists|ians|ants|ees|men|ites|ards|ives|aries|ren|ates)$/;
// People at a gathering to work at it, not to join it: "20 medics were present".
const ON_DUTY = new Set(['officials', 'medics', 'paramedics', 'nurses', 'doctors', 'journalists', 'reporters', 'staff', 'volunteers', 'stewards', 'monitors', 'observers']);
// Animals counted with a plural that is its own singular: "raiders slaughtered 300 cattle" count no people.
const ANIMALS = new Set(['cattle', 'livestock', 'sheep', 'poultry', 'deer', 'fish', 'swine']);
// Adverbs of time a toll's link may stand before: "the toll is now 86", "stands currently at 40".
const NOW_WORDS = new Set(['now', 'currently', 'already', 'still']);
// Nouns for people that those endings miss: "four youths were arrested".
const PEOPLE_NOUNS = new Set(['guests', 'youths', 'clerics', 'priests', 'monks', 'nuns', 'comrades', 'colleagues', 'friends', 'babies', 'kids', 'parents', 'orphans', 'officials', 'nurses', 'medics', 'paramedics', 'judges', 'diplomats', 'imams', 'athletes']);
// The plural of a noun for a person as `singular` undoes it: "monk" → "monks", "cameraman" → "cameramen".
const pluralOf = (word: string): string => (word.endsWith('man') ? `${word.slice(0, -3)}men` : `${word}s`);
const isPersonNoun = (word: string): boolean => PERSON_ENDINGS.test(word) || PEOPLE_NOUNS.has(word);
const SEVERITY = new Set(['critically', 'seriously', 'severely', 'gravely', 'badly']);
const SHARES = new Set(['fraction', 'half', 'third', 'quarter', 'tenth']);
const COMPARING = new Set(['versus', 'vs', 'than', 'against']);
const REPORTING = new Set(['saying', 'said', 'says', 'say', 'claiming', 'claimed', 'claim', 'claims', 'estimated', 'estimating', 'estimate', 'estimates', 'counted', 'putting', 'reported', 'reporting', 'report', 'reports', 'confirmed', 'confirms', 'recorded']);
// Words between "from" and a toll's old value: "from the earlier reported 61", "from a previous 40".
// Nouns and adverbs of a change before "from" and the old value: "an increase from 717", "up from 40".
const CHANGES = new Set(['increase', 'rise', 'jump', 'drop', 'fall', 'revision', 'up', 'down']);
// How many capitalised words a force's name may run to: "the Democratic Forces for the Liberation".
const NAME_REACH = 6;
// The fewest people a crowd word or a noun for protesters makes a turnout of, with no verb of coming.
const FEW_PEOPLE = 15;
// How far a list of names may run before its "and": "in Ha Tinh, Quang Binh and Quang Tri provinces".
const NAME_LIST_REACH = 12;
const SURVIVORS = new Set(['survivors', 'survivor']);
// Words for a body whose members a count may name, and how far after "members of" one may stand.
const MEMBER_GROUPS = new Set(['group', 'gang', 'militia', 'cell', 'outfit', 'formation', 'formations', 'network', 'organisation', 'organization', 'unit', 'squad', 'family', 'families', 'community', 'tribe', 'crew', 'team', 'band']);
const GROUP_REACH = 7;
// How many capitalised words a state's adjective may stand before its force: "Afghan National Army soldiers".
const STATE_NAME_REACH = 3;
const CITY_NOUNS = new Set(['capital', 'city']);
const OTHER_PLACES = new Set(['other', 'several', 'various', 'outlying']);
// Nouns for people that are plural without an "s": "12 police and three civilians" are two counts,
// where "10 Afghan and three foreign troops" share one noun.
const PLURAL_NOUNS = new Set(['police', 'people', 'personnel', 'staff', 'crew']);
const UNDER = new Set(['under', 'beneath', 'underneath']);
// What a clause of its own may say of people that no outcome counts: "are still missing".
// Verbs that send refugees home or on, which no count of the displaced is made with.
const HOMEWARD = /^(?:return|repatriat|resettl|deport)/;
// Past participles that open a phrase describing the people before them: "civilians caught in the
// fighting", "migrants stranded at sea", with the prepositions that go on with them.
const PARTICIPLES = new Set(['caught', 'held', 'hit', 'struck', 'stuck']);
const PARTICIPLE_PREPOSITIONS = new Set(['in', 'at', 'on', 'near', 'inside', 'under', 'from', 'by', 'during', 'across', 'along']);
// Outcomes whose active verb's object is whom they befell: "killed 12", "seized two".
const DONE_TO = new Set(['killed', 'injured', 'abducted', 'arrested']);
// Words that open a verb's object: "killed a policeman", "seized their weapons".
const OBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'two', 'three', 'several', 'dozens', 'scores', 'hundreds']);
// Plural nouns of an outcome that stand as a toll: "Deaths from the storm reached 31".
const PLURAL_TOLLS = new Set(['deaths', 'injuries', 'arrests']);
const RATE_UNITS = new Set(['day', 'hour', 'week', 'month', 'year']);
// Verbs that touch or spare lives rather than take them.
const LIVES_SPARED = new Set(['affected', 'affecting', 'affects', 'touched', 'changed', 'transformed', 'disrupted', 'upended', 'saved', 'saving', 'improved', 'endangered', 'risked', 'threatened', 'rebuild', 'rebuilt', 'rebuilding']);
// Nouns for incidents and gatherings in the plural: a figure they head counts events, not people
// ("the four general strikes", "two attacks", "12 rallies").
const EVENT_PLURALS: ReadonlySet<string> = new Set([
  ...[...INCIDENT_NOUNS, ...GATHERINGS].filter((w) => w.endsWith('s')),
  'strikes', 'walkouts', 'stoppages', 'shutdowns', 'rallies', 'marches', 'demonstrations', 'vigils', 'raids', 'ambushes', 'explosions', 'shootings', 'crashes', 'operations', 'incidents',
]);
// Verbs that take lives: "claimed 79 lives", "cost 12 lives".
const TAKING = new Set(['claimed', 'claiming', 'claims', 'claim', 'took', 'taken', 'taking', 'takes', 'cost', 'costing']);
// Nouns of what is expected, not what happened: "initial projections of 200,000".
const FORECASTS = new Set(['projection', 'projections', 'forecast', 'forecasts', 'prediction', 'predictions', 'expectations']);
// Those who escape when they flee: "forty prisoners fled".
const PRISONERS = new Set(['prisoners', 'prisoner', 'inmates', 'inmate', 'detainees', 'convicts']);
// "among the dead", "amongst the dead".
const AMONG = new Set(['among', 'amongst']);
const WEATHER = new Set(['rain', 'heat', 'sun', 'cold', 'snow', 'downpour', 'hail']);
// Words before "there were N people" that make it a count someone gave: "estimated that there were".
const SAID_THERE = new Set(['that', 'said', 'says', 'estimated', 'estimate', 'estimates', 'claimed', 'believed', 'reckoned', 'counted']);
// Plurals of collective nouns for people, which count groups: "eight militias".
const GROUP_PLURALS = new Set(['militias']);
// Verbs by which people were known to have met an outcome: "were found dead", "pronounced dead".
const FOUND_AS = new Set(['found', 'pronounced', 'declared']);
// Verbs of how people were killed, before "to death": "burned to death", "froze to death".
const DEATH_MANNERS = new Set([
  'burned', 'burnt', 'crushed', 'trampled', 'stabbed', 'beaten', 'beat', 'hacked', 'shot', 'stoned', 'starved', 'froze',
  'frozen', 'mauled', 'bludgeoned', 'clubbed', 'kicked', 'lynched', 'strangled', 'choked', 'suffocated', 'battered',
  'tortured', 'gored', 'dragged', 'whipped', 'flogged', 'knifed', 'axed', 'put', 'struck', 'roasted', 'scalded',
  'electrocuted', 'poisoned', 'crucified', 'shelled', 'bombed', 'gassed', 'pummelled', 'pummeled', 'bled', 'worked',
]);
// Words before such a verb that say it did not happen: "nearly crushed to death".
const NEAR_MISS = new Set(['nearly', 'almost', 'narrowly', 'not', 'never']);
const MODALS = new Set(['could', 'would', 'may', 'might', 'will', 'can', 'should', 'must']);
const SENTENCING = new Set(['sentenced', 'sentencing', 'sentences', 'sentence', 'condemned', 'condemning', 'condemns']);
// Why people are admitted to hospital when no one was hurt: "for observation", "for tests".
const ADMITTED_FOR = new Set(['observation', 'tests', 'checks', 'check-ups', 'checkups', 'surgery', 'routine']);
// Where the hurt are admitted: "admitted to hospital", "to local hospitals", "to a clinic".
const HOSPITALS = new Set(['hospital', 'hospitals', 'clinic', 'clinics', 'infirmary']);
// What is done with bodies already counted: identified, claimed; and the words before such a verb.
const BODY_HANDLING = new Set(['identified', 'unidentified', 'unclaimed', 'claimed']);
const KIN = new Set(['families', 'relatives', 'their', 'next']);
const BODY_AUXILIARIES = new Set(['have', 'has', 'had', 'been', 'were', 'was', 'are', 'is', 'being', 'remain', 'remained', 'so', 'far', 'now', 'already', 'yet', 'still', 'also', 'not']);
// "been held", "being held": a detention by the words after them (heldInCustody).
const DETAINED_HELD = new Set(['been held', 'being held']);
const HELD_AFTER = new Set(['for', 'without', 'overnight', 'since', 'until', 'after', 'during', 'following', 'pending', 'on', 'last', 'this', 'incommunicado', 'across', 'throughout', 'nationwide']);
const HELD_REACH = 10;
const CAPTORS = new Set(['rebels', 'rebel', 'gunmen', 'militants', 'militant', 'militia', 'militias', 'kidnappers', 'kidnapper', 'abductors', 'captors', 'pirates', 'gang', 'gangs', 'mob', 'insurgents', 'ransom', 'abducted', 'kidnapped', 'hostage', 'hostages', 'captivity', 'displaced']);
const CUSTODY_PLACES = new Set(['custody', 'detention', 'prison', 'prisons', 'jail', 'jails', 'police', 'cells', 'station', 'stations', 'camp', 'camps', 'centre', 'center', 'centres', 'centers', 'past', 'recent']);
const STATE_HOLDERS = new Set(['police', 'authorities', 'security', 'army', 'military', 'government', 'troops', 'officials', 'immigration', 'border', 'forces', 'soldiers', 'guard', 'guards']);
const CROSSING = new Set([...EXTRA_OUTCOMES.keys()].filter((phrase) => phrase.startsWith('cross')));
// Who flees across a border: people at large and civilians (a demonym's people too).
const FLEEING = new Set(['people', 'civilians', 'refugees', 'families', 'children', 'women', 'residents', 'villagers']);
const NEIGHBOURING = new Set(['neighbouring', 'neighboring']);
const FLIGHT_VERBS = new Set(['escape', 'flee', 'avoid', 'seek']);
// Those who bear arms: crossing a border, they invade it.
const ARMED = ['security-forces', 'militants'];
// Taking part ("took part in the operation") and what forces take part in.
const PARTAKING = new Set(['took part', 'taken part', 'taking part', 'take part', 'participated', 'participating', 'joined']);
const OPERATIONS = new Set(['operation', 'operations', 'offensive', 'raid', 'raids', 'search', 'exercise', 'exercises', 'drill', 'drills', 'crackdown', 'sweep', 'manhunt', 'assault', 'rescue', 'patrol', 'patrols', 'mission']);
// Words of a capture, which befalls a state's forces only at an armed group's hands.
const CAPTURE_WORDS = new Set(['captured', 'capturing', 'capture', 'taken prisoner']);
// Words for people by sex and age: "three children were among the dead" is a part of the dead, not a
// count of civilians another party's count of civilians competes with.
const DEMOGRAPHIC = new Set(['children', 'child', 'women', 'woman', 'men', 'man', 'minors', 'girls', 'boys', 'teenagers', 'babies', 'infants', 'elderly']);
// The outcomes whose counts a list of who they were breaks down ("12 were killed … 15 were soldiers").
const HARMS = new Set(['killed', 'injured', 'abducted', 'arrested']);
// "15 were soldiers": the copulas that say who a count's people were, and what ends that clause.
const COPULAS = new Set(['were', 'was']);
// "protesters were seen being dragged away", "people could be seen being detained": people taken
// from the crowd or kept from it, told of what a camera or a witness saw (not "being addressed",
// "being escorted along the route", "being tear-gassed at the rally": a crowd all the same).
const SEEN_BEING = new Set(['were', 'was', 'are', 'is', 'can', 'could', 'be', 'been', 'seen', 'shown', 'filmed', 'pictured', 'spotted', 'photographed']);
const TAKEN_FROM = new Set(['barred', 'blocked', 'prevented', 'stopped', 'kept', 'turned', 'carried', 'dragged', 'pulled', 'hauled', 'bundled', 'taken', 'led', 'detained', 'arrested', 'removed', 'loaded', 'rounded', 'beaten']);
const CLAUSE_ENDS = new Set([',', '.', ';', 'and', 'while', 'whereas', '"', '\u201d', ')']);
// Words of a comparison between a toll's "at" and its figure: "at a much lower 50", "at a revised 48";
// and words that weigh or qualify it: "reached a staggering 4,700", "at a provisional 340".
// ("record" and "new" describe too much else: "admitted patients at a record 300 a day".)
const COMPARING_WORDS = new Set([...COMPARATIVES, 'much', 'far', 'revised', 'slightly', 'significantly', 'considerably', 'updated', 'staggering', 'whopping', 'provisional', 'preliminary', 'official', 'confirmed']);
// Prepositions of a place after "including", which includes a place, not people.
const WHERE_PREPOSITIONS = new Set(['in', 'on', 'across', 'near', 'inside']);
// How far back from "missing" a word of a remainder may stand: "the remaining 50 are still missing".
const REMAINDER_REACH = 6;
const REMAINING = new Set(['remaining', 'rest', 'remainder', 'other']);
// The missing whom a story of a kidnapping counts as taken ("still unaccounted for"); never the trapped.
const TAKEN_MISSING = new Set(['missing', 'unaccounted']);
// Words between a count and "missing": "still missing", "reported missing", "listed as missing".
const MISSING_VERBS = new Set(['still', 'reported', 'feared', 'listed', 'declared', 'remain', 'remained', 'as']);
// People whom the count nouns' outcome did not befall: "the number of survivors", "of the missing".
const SPARED = new Set([...SURVIVORS, ...MISSING_WORDS]);
// Gerunds by which the subject of a clause revises its own count, and how far before the new count.
const REVISING = new Set(['revising', 'raising', 'lowering', 'updating', 'correcting']);
const REVISION_REACH = 8;
// Verbs before "away" or "off" of a part that leaves a crowd: "broke away", "split off".
const PARTING = new Set(['broke', 'break', 'breaking', 'split', 'splitting', 'splintered', 'peeled', 'peeling']);
// People a count names as harmed, never as a crowd's.
const VICTIM_WORDS = new Set(['victims', 'victim', 'casualties', 'survivors']);
// Words before "forces" that make them the state's own: "government forces", "regime forces".
const STATE_WORDS = new Set(['government', 'regime', 'state', 'junta']);
const ENEMY = 'enemy';
const SIDE_PREPOSITIONS = new Set(['on', 'from', 'of']);
// How far "side" may follow its preposition: "on the FAMa (Malian Armed Forces) side".
const SIDE_REACH = 9;
const ATTACKING = new Set(['attacking', 'assailing', 'attackers']);
// Nouns for a state's force that invades or holds land: "Russian invaders".
const INVADING = new Set(['invaders', 'occupiers', 'aggressors']);
// Adjectives that make a toll one told before and since replaced: "the previous death toll was four".
const FORMER = new Set(['previous', 'earlier', 'former', 'old']);
const PREVIOUS_WORDS = new Set(['earlier', 'previous', 'previously', 'initial', 'initially', 'reported', 'announced', 'given', 'a', 'an']);
const CAMPS = new Set(['camps', 'camp', 'shelters', 'tents']);
// Determiners of a second noun joined to a counted one, which it does not join in the count: "eight
// soldiers and a village guard", "five soldiers and both militants".
const UNCOUNTED_DETERMINERS = new Set(['a', 'an', 'both', 'all', 'his', 'her', 'some', 'several', 'many']);
// Words that open a relative clause between commas: ", which struck on Monday,".
const RELATIVE_OPENERS = new Set(['which', 'who', 'where', 'when']);
// Words that open a short aside on who were counted: ", mostly officers,".
const INCLUDING = new Set(['include', 'includes', 'included']);
const WHO_ASIDES = new Set(['mostly', 'mainly', 'largely', 'many', 'most', 'all', 'including']);
// How far an aside between a count and its verb reaches.
const ASIDE_REACH = 16;
// How far an "including" list reaches from its word to its verb.
const LIST_REACH = 16;
// Adjectives that make a count an old one: "the previous estimate of 384", "the initial count of 149".
const OLD_COUNT = new Set(['previous', 'earlier', 'prior', 'former', 'old', 'initial', 'original']);
// Verbs before a count of people held: "held dozens of guests hostage".
const HOLDING_HOSTAGE = new Set(['held', 'holding', 'holds', 'hold', 'took', 'taken', 'taking']);
// "there were", "there are": what there is.
const EXISTENTIAL = new Set(['were', 'are', 'remain', 'remained']);
// Words that join two counts with "with" as "and" does: "along with", "together with".
const JOINING_WITH = new Set(['along', 'together']);
// How many words the party after "for" may run to: "and 3,100 for the Ministry of the Interior".
const GAP_PARTY = 6;
// How many counts back from an aside its whole may stand: "116 people were injured — 70 … and 46 … —".
const ASIDE_WHOLE_REACH = 3;
const HOMES = new Set(['homes', 'home', 'villages', 'houses', 'land', 'lands']);
const DIED = new Set(['died', 'perished']);
// What stands between a verb and its count: "a total of", "a group of".
const SUMS = new Set(['total', 'group']);
const WEEKDAYS = new Set<string>(WEEKDAY_NAMES);
const DESCRIBED = new Set(['described', 'believed', 'thought', 'identified', 'said', 'reported', 'suspected']);
// Nouns for a country's people at large, whom "its" does not make a party's fighters.
const CITIZENS = new Set(['citizens', 'nationals', 'people', 'residents', 'population', 'inhabitants']);
/** The prefix of a small number's key in `earlier`: only "the two dead" may point back to it. */
export const DEFINITE_ONLY = 'the\u0000';
const POINTING_BACK = new Set(['the', 'those', 'these']);
// Past forms of outcomes that do not end in -ed: "died" does, "were shot" is in "shot".
const IRREGULAR_OUTCOMES = new Set(['shot', 'slain', 'hurt', 'drowned', 'fled', 'held', 'taken']);
// Marks that close an aside: a dash or a bracket.
const ASIDE_CLOSERS = new Set(['\u2014', '\u2013', ')']);
// Units of time that "last" or "this" makes a when: "last month", "this week".
const TIME_UNITS = new Set(['week', 'month', 'year', 'weekend', 'night', 'morning', 'evening', 'summer', 'winter', 'spring', 'autumn']);
// Verbs of carrying a load: "carrying more than 100".
const LOAD_VERBS = new Set(['carrying', 'carried', 'transporting', 'ferrying']);
// What people are held or sought for, with the preposition that follows: "accused of", "wanted for".
const HELD_FOR = new Map([['accused', 'of'], ['suspected', 'of'], ['charged', 'with'], ['wanted', 'for'], ['linked', 'to'], ['involved', 'in']]);
// How far a description after the noun may run before the clause's verb.
const DESCRIBED_REACH = 16;
// Those a gathering counts when no verb says they came: "there were 300,000 spectators at the festival".
const CROWD_GOERS = new Set(['spectators', 'pilgrims', 'worshippers']);
const CROWDED = new Set(['crowded', 'thronged']);
// Verbs that set people free, and how far after a count its verb may stand: "67 imprisoned men were freed".
const FREED = new Set(['freed', 'released', 'liberated']);
const FREED_REACH = 5;
// How many words may describe a noun for things after its count: "50 seized assault rifles".
const THING_MODIFIERS = 2;
// People a place holds rather than draws: "a ward crowded with 300 patients".
const HELD_PEOPLE = new Set(['patients', 'inmates', 'prisoners', 'suspects', 'staff', 'crew', 'victims']);
const HELD = new Set(['are', 'were', 'is', 'was', 'have', 'has', 'been', 'being', 'remain', 'remained', 'remaining', 'still', 'held', 'kept']);
const LEAVING = new Set(['leave', 'left', 'leaving', 'abandon', 'abandoned', 'abandoning']);
// Members of a named group: "three PIJ members", "Hamas operatives" are fighters.
const MEMBER_NOUNS = new Set(['members', 'operatives', 'cadres', 'elements', 'loyalists']);
const ROOT = 'people';
// Verbs that give a count of the noun before them: "protesters numbered 5,000".
const NUMBERING = new Set(['numbered', 'numbering', 'totalled', 'totaled', 'totalling', 'totaling', 'total', 'totals']);
// How far back an outcome tells "30 more were wounded" (others) from "five more had died" (an increment).
const MORE_WINDOW = 24;
// Words that end the clause of a "more" standing alone: "abducted 12 more and fled".
// (Or a preposition after it: "wounded six more in the attack", "inside the church".)
const MORE_CLAUSE_ENDS = new Set(['and', 'or', 'but', 'while', 'in', 'on', 'at', 'during', 'near', 'when', 'after', 'inside', 'outside', 'across']);
// Sentence adverbs that may stand between commas after an auxiliary: "were, however, injured".
const ASIDE_ADVERBS = new Set(['however', 'nonetheless', 'nevertheless', 'though', 'too', 'also', 'meanwhile', 'reportedly']);
const POPULATION_WORDS = new Set(['residents', 'locals', 'villagers', 'inhabitants']);
// Nouns for anyone: a nationality before them is the better name of whom a figure counts.
const NATIONALITY_NOUNS = new Set([ROOT, 'pilgrims', 'workers', 'migrants', 'passengers', 'tourists']);

/**
 * Whom the story counted last, carried from sentence to sentence: `subject` the last group other
 * than people at large (for "others", "of them"), `latest` the last group named at all, people too.
 */
export interface SubjectMemory {
  subject?: string;
  term?: string;
  latest?: { readonly subject: string; readonly term: string };
  /** The outcomes the story has counted so far. */
  told?: string[];
}

interface SubjectRead {
  readonly subject: TermRead | undefined;
  readonly inherit: boolean;
  /** A numeral standing alone before its verb ("287 were marched"): the people last named, whoever they were. */
  readonly bare: boolean;
  /** The figure is not a count of its own: an increment ("four more bodies") or a part ("288 of the dead"). */
  readonly increment: boolean;
  readonly end: number;
  /** An outcome word between figure and subject ("80 wounded terrorists"). */
  readonly outcome: TermRead | undefined;
  /** The figure counts bodies ("21 bodies", "17 bodies of missing personnel"). */
  readonly body: boolean;
  /** The speaker's own people, by a noun the vocabulary lacks ("12 of its members"). */
  readonly own?: boolean;
}

function commonBroader(vocabulary: Vocabulary, a: string, b: string): string {
  const ofB = new Set(broaderTerms(vocabulary, b));
  return broaderTerms(vocabulary, a).find((id) => ofB.has(id)) ?? ROOT;
}

/**
 * Reads what each figure of a sentence counts: the subject after it ("60 'terrorists'", "three of
 * the kidnapped soldiers", "12 others", "seven from the Malian army", "323 Egyptians"), and the
 * outcome from the verb before it ("killing 13", "claimed the lives of five"), an outcome word
 * before the subject ("80 wounded terrorists"), the verb after the subject ("were killed", "they
 * seized died"), a coordinated figure's verb, a toll ("put the death toll at 19", "the number of
 * foreigners killed has risen to 40"), a count noun that takes the outcome of the figure before
 * ("put the figure at 50"), or a crowd ("there were 100,000 people along the route of the march").
 * A figure with no outcome, or one counting things rather than people, is not a count of what
 * happened and gets `undefined`; so do increments ("four more bodies") and breakdowns ("including
 * three women"). `before` is the outcome of the last figure of the sentences before, for count
 * nouns; `earlier` the subjects the article gave before each outcome and number, with `values` the
 * figures' numbers, so that a number counted again without its noun keeps it. `missing` is what a
 * count of the missing counts in this story (`abducted` in a story of a kidnapping), if anything.
 */
export function readMeasures(
  words: Words,
  sentence: Span,
  figures: readonly Span[],
  vocabulary: Vocabulary,
  before: string | undefined = undefined,
  earlier: ReadonlyMap<string, { readonly subject: string; readonly term: string }> = new Map(),
  values: readonly number[] = [],
  memory: SubjectMemory = {},
  missing: string | undefined = undefined,
): (MeasureRead | undefined)[] {
  if (figures.length === 0) return [];
  // "clashes between Azerbaijani and Armenian troops": two states' forces face each other here, so a
  // count of security forces with no nationality of its own is of both.
  let mutual = false;
  // Whether the sentence names a crowd, or a verb that moves a count: read in the same pass.
  let crowdWords = false;
  let moves = false;
  for (let k = sentence.first; k < sentence.last; k++) {
    const low = words.low(k);
    crowdWords ||= CROWD_WORDS.has(low);
    moves ||= RISING.has(low) || RAISING.has(low);
    if (low !== 'and' || mutual || k === sentence.first || k === sentence.last - 1) continue;
    const a = countryAt(words, k - 1) ?? countryAt(words, k - 2);
    const b = countryAt(words, k + 1);
    mutual = a !== undefined && b !== undefined && a.country !== b.country;
  }
  const byStart = figures.length > 8 ? new Map<number, number>(figures.map((f, k) => [f.first, k])) : undefined;
  const figureAt = (i: number): number => (byStart === undefined ? figures.findIndex((f) => f.first === i) : (byStart.get(i) ?? -1));
  const starts = { has: (i: number): boolean => figureAt(i) >= 0 };
  const inside = (i: number): boolean => i >= sentence.first && i < sentence.last;
  const opening = openingToken(words, sentence);
  const outcomeAt = (i: number, dir: 1 | -1 = 1): TermRead | undefined => {
    if (!inside(i) || !words.isWord(i)) return undefined;
    // "120 girls are still missing", "40 missing pupils", in a story of a kidnapping: those taken
    // (but "found 3 missing pupils dead" names what befell them, and "the remaining 50 are still
    // missing" counts those not yet freed).
    if (missing !== undefined && TAKEN_MISSING.has(words.low(i)) && !fateAhead(i) && !remainder(i)) return known('o', missing, i, words.low(i));
    // "Eleven people were burned to death", "six climbers froze to death": how they died, before
    // "to death" (not an idiom, "scared to death", a near miss, "nearly crushed to death", or what
    // "could be"; "sentenced to death" is no such verb).
    if (DEATH_MANNERS.has(words.low(i)) && words.low(i + 1) === 'to' && words.low(i + 2) === 'death' && !words.cap(i) && i + 3 <= sentence.last) {
      const nearMiss = NEAR_MISS.has(words.low(i - 1)) || (words.low(i - 1) === 'be' && MODALS.has(words.low(i - 2)));
      const manner = nearMiss ? undefined : known('o', 'killed', i, `${words.low(i)} to death`);
      return manner === undefined ? undefined : { ...manner, next: i + 3 };
    }
    const term = termAt(words, i, vocabulary, 'o', dir);
    if (term === undefined || term.first < sentence.first || term.next > sentence.last) return undefined;
    // "150 people believed still buried under the rubble": the trapped, not the dead someone buried.
    if (term.term === 'buried' && (words.low(term.first - 1) === 'still' || UNDER.has(words.low(term.next)))) return undefined;
    return term;
  };
  // ("Two militias clashed": a plural of a collective noun counts groups, not their members.)
  const subjectAt = (i: number): TermRead | undefined => (inside(i) && words.isWord(i) && !GROUP_PLURALS.has(words.low(i)) ? termAt(words, i, vocabulary, 's') : undefined);
  // Past the capitalised words of a name or a people before a noun for people, up to `limit`: "Sri
  // Lankan soldiers", "Dorvo servicemen".
  const pastNameWords = (k: number, limit: number): number => {
    let n = k;
    while (n < limit && words.cap(n) && words.isWord(n) && subjectAt(n) === undefined) n++;
    return n;
  };
  // Whether another outcome follows the word at i within a few words: "3 missing pupils dead".
  const fateAhead = (i: number): boolean => {
    for (let k = i + 1; k <= i + 3 && k < sentence.last; k++) if (words.isWord(k) && termAt(words, k, vocabulary, 'o') !== undefined) return true;
    return false;
  };
  // Whether the clause before the word at i counts a remainder: "the remaining 50 are still missing".
  const remainder = (i: number): boolean => {
    for (let k = i - 1; k >= sentence.first && k >= i - REMAINDER_REACH; k--) if (REMAINING.has(words.low(k))) return true;
    return false;
  };
  // Whether the names from k run on, past commas, to "and" and one more name: "Kesh, Dorvo and Tamar".
  const nameListGoesOn = (k: number): boolean => {
    for (let j = k; j < k + NAME_LIST_REACH && inside(j); j++) {
      if (words.low(j) === 'and') return words.cap(j + 1);
      if (!(words.cap(j) && words.isWord(j)) && words.low(j) !== ',') return false;
    }
    return false;
  };
  const known = (kind: 'o' | 's', word: string, at: number, term = word): TermRead | undefined => {
    const match = lookupTerm(vocabulary, kind, word);
    return match.known ? { id: match.id, term, known: true, loaded: match.loaded, first: at, next: at + 1 } : undefined;
  };
  // The outcome a word at i names, the casualty words ("casualties", "the dead") counting the dead.
  const outcomeOrDead = (i: number, dir: 1 | -1 = 1): TermRead | undefined => outcomeAt(i, dir) ?? (CASUALTY_WORDS.has(words.low(i)) ? known('o', 'killed', i, words.low(i)) : undefined);
  // "Jordanian pilgrims", "Egyptian dead": a nationality before a noun for anyone names whom it counts,
  // so "41 Jordanian pilgrims" and "60 Jordanians" compete. Only adjectives with an -s plural.
  // "army", "military" as a modifier or after "from the": the state's soldiers.
  const forceAt = (i: number): TermRead | undefined => (inside(i) && ['army', 'military'].includes(words.low(i)) ? known('s', 'soldiers', i, words.low(i)) : undefined);
  // A named force at i: the state's soldiers when a country opens its name ("the Kenya Defence
  // Forces"), else an armed group's fighters ("the Rapid Support Forces", "the Kesh Liberation Front").
  const namedForceAt = (i: number, hops = 0): TermRead | undefined => {
    let end = i;
    // "al-Qaeda": a particle glued to the capitalised rest opens the name.
    if (NAME_PARTICLES.has(words.low(i)) && words.low(i + 1) === '-' && !words.spaced(i + 1) && !words.spaced(i + 2) && words.cap(i + 2)) end = i + 2;
    while (end < i + NAME_REACH && inside(end) && words.cap(end) && words.isWord(end)) end++;
    if (end === i) return undefined;
    // ("the Front-affiliated Dorvo group": a name glued to a participle describes the body after it.)
    // (One such hop: a run of glued names stays linear.)
    if (words.low(end) === '-' && !words.spaced(end) && words.low(end + 1).endsWith('ed')) return words.cap(end + 2) && hops === 0 ? namedForceAt(end + 2, 1) : undefined;
    const name = Array.from({ length: end - i }, (_, n) => words.low(i + n));
    const kind = sourceKind(name, vocabulary);
    if (kind !== 'armed-group' && kind !== 'military') return undefined;
    // "the Internal Security Forces", "the Central Reserve Police Force": a state's security forces
    // or police, by the words of the name.
    const state = name.includes('police') ? 'police' : name.includes('security') && kind === 'military' ? 'security-forces' : undefined;
    const named = known('s', state ?? (kind === 'military' && countryAt(words, i) !== undefined ? 'soldiers' : 'militants'), i, words.low(end - 1));
    // "22 members of Boko Haram terrorists": a noun for them after the name ends the phrase; so
    // does a word for a group ("members of the Dorvo Liberation Front group").
    return named === undefined ? undefined : { ...named, next: subjectAt(end)?.next ?? (MEMBER_GROUPS.has(words.low(end)) ? end + 1 : end) };
  };
  // "six members of the illegal armed formation", "members of a gang": a body of people named by a
  // word for a group, at i; its fighters when a word says it is armed, else people.
  const bodyOfMembers = (i: number): TermRead | undefined => {
    let armed = false;
    // ("the Front-affiliated Dorvo militant group": a compound glued by a hyphen is one modifier.)
    for (let k = i; k < i + GROUP_REACH && inside(k) && (words.isWord(k) || (words.low(k) === '-' && !words.spaced(k))); k++) {
      const low = words.low(k);
      if (sourceKind([low], vocabulary) === 'armed-group') armed = true;
      if (!MEMBER_GROUPS.has(low)) continue;
      const named = known('s', armed ? 'militants' : 'people', i, low);
      return named === undefined ? undefined : { ...named, next: k + 1 };
    }
    return undefined;
  };
  // "seven from the Malian army", "were from the M23 rebel movement": the force named after "from" at i.
  const forceFrom = (i: number): TermRead | undefined => {
    let k = i + 1;
    // A name may run on glued ("M23", "al-Shabab").
    while (k < i + 5 && (OF_DETERMINERS.has(words.low(k)) || ((words.cap(k) || (k > i + 1 && !words.spaced(k))) && !subjectAt(k)))) k++;
    return subjectAt(k) ?? forceAt(k);
  };
  // "seven from the attacking side", "five dead on the attackers' side", "two on the FAMa (Malian
  // Armed Forces) side": the people of the side named before "side", at i the preposition.
  const sideAt = (i: number): TermRead | undefined => {
    if (!SIDE_PREPOSITIONS.has(words.low(i)) || words.low(i + 1) !== 'the') return undefined;
    let end = i + 2;
    while (end < i + SIDE_REACH && inside(end) && words.low(end) !== 'side') end++;
    if (words.low(end) !== 'side') return undefined;
    for (let k = i + 2; k < end; k++) {
      const named = ATTACKING.has(words.low(k)) ? known('s', 'attackers', k, words.low(k)) : (subjectAt(k) ?? forceAt(k) ?? (words.low(k) === 'forces' ? known('s', 'soldiers', k, 'forces') : undefined));
      if (named !== undefined && named.id !== ROOT) return { ...named, next: end + 1 };
    }
    return undefined;
  };
  const nationalityAt = (i: number, noun: TermRead | undefined): TermRead | undefined => {
    const adjective = words.low(i);
    if (!inside(i) || !words.cap(i) || !DEMONYMS.has(adjective) || !/(?:an|i)$/.test(adjective)) return undefined;
    if (noun !== undefined && !NATIONALITY_NOUNS.has(noun.id)) return undefined;
    const plural = `${adjective}s`;
    return { id: lookupTerm(vocabulary, 's', plural).id, term: plural, known: false, loaded: false, first: i, next: noun?.next ?? i + 1 };
  };
  // "600 Ukrainian servicemen", "14 Russian soldiers", "three Pakistan Army soldiers": a state's
  // adjective or name before a security force stays in the term, which names whose forces they are.
  // "40 Russian invaders" are that state's soldiers; "800 Azerbaijani attackers" keep their state in the
  // term, for assignSides to tell an army's attack from assailants by who counts them.
  const forceOf = (i: number, noun: TermRead): TermRead | undefined => {
    const adjective = words.low(i);
    if (!inside(i) || !words.cap(i) || !(DEMONYMS.has(adjective) || COUNTRY_NAMES.has(adjective))) return undefined;
    const soldiers = INVADING.has(noun.term) ? known('s', 'soldiers', noun.first, noun.term) : undefined;
    if (soldiers === undefined && noun.term !== 'attackers' && noun.id !== 'security-forces' && !broaderTerms(vocabulary, noun.id).includes('security-forces')) return undefined;
    return { ...noun, ...(soldiers === undefined ? {} : { id: soldiers.id, known: true, loaded: false }), term: `${adjective} ${noun.term}`, first: i };
  };
  // "five Afghan National Army soldiers": a state's adjective a few capitalised words before the force
  // names whose it is, as one right before it does.
  const stateBefore = (noun: TermRead): TermRead | undefined => {
    for (let k = noun.first - 1; k >= noun.first - STATE_NAME_REACH && words.cap(k) && words.isWord(k); k--) {
      const named = forceOf(k, noun);
      if (named !== undefined) return { ...named, first: noun.first };
    }
    return undefined;
  };
  // "members of the Kenyan armed forces", "of the military": a state's own force in common nouns,
  // at i or after the state's adjective, names its soldiers.
  const stateForceAt = (i: number): TermRead | undefined => {
    let k = i;
    while (k < i + STATE_NAME_REACH && inside(k) && words.cap(k) && words.isWord(k)) k++;
    const armed = words.low(k) === 'armed' && words.low(k + 1) === 'forces' ? known('s', 'soldiers', k, 'armed forces') : undefined;
    const force = armed === undefined ? forceAt(k) : { ...armed, next: k + 2 };
    // (Not when the phrase goes on: "the military police", "the armed forces' families", "the army
    // of volunteers", "the military wing of the party".)
    const after = force?.next ?? k;
    if (force === undefined || words.low(after) === 'of' || QUOTES.has(words.low(after)) || words.poss(after - 1) || (words.isWord(after) && !NP_STOP.has(words.low(after)) && !FINITE.has(words.low(after)) && outcomeAt(after) === undefined)) return undefined;
    // (A name before it must be a state's: "the Tigray armed forces" are no state's soldiers.)
    return k > i ? forceOf(k - 1, force) : force;
  };
  // "25 AU soldiers", "two U.N. peacekeepers": a force of many states named by the words from first
  // to the noun stays in the term, so that no host state's side is given them; every word must name
  // it ("UN-backed government soldiers" are the state's).
  const multinational = (first: number, noun: TermRead): TermRead | undefined => {
    if (first < 0 || (noun.id !== 'security-forces' && !broaderTerms(vocabulary, noun.id).includes('security-forces'))) return undefined;
    const names: string[] = [];
    for (let k = first; k < noun.first; k++) if (words.isWord(k)) names.push(words.low(k));
    // An initialism's letters make one word: "u.n." is "un".
    const name = names.join(names.every((n) => n.length === 1) ? '' : ' ');
    const naming = names.every((w) => w.length === 1 || sourceKind([w], vocabulary) === 'international-org');
    return naming && sourceKind(names, vocabulary) === 'international-org' ? { ...noun, term: `${name} ${noun.term}`, first } : undefined;
  };
  // The outcome a toll noun counts: "the death toll", "the camp population" (but not a town's).
  const tollNounAt = (k: number): string | undefined => {
    // "the death count", "the body count": a count of the dead (a count alone is any count's).
    if (words.low(k) === 'count' && (words.low(k - 1) === 'death' || words.low(k - 1) === 'body')) return 'killed';
    const qualifiers = TOLL_NOUN_QUALIFIERS.get(words.low(k));
    return qualifiers === undefined || qualifiers.has(words.low(k - 1)) ? TOLL_NOUNS.get(words.low(k)) : undefined;
  };
  // "15 government forces", "regime forces": the forces of the state the story is about; "1,250 enemy
  // forces" those of whomever the claimant fights (assignSides tells whose).
  const stateForces = (i: number, noun: TermRead): TermRead | undefined =>
    inside(i) && (STATE_WORDS.has(words.low(i)) || words.low(i) === ENEMY) ? { ...noun, term: `${words.low(i)} ${noun.term}`, first: i } : undefined;
  // A count of people at a crowd: a crowd word just after the figure ("100,000 people along the route
  // of the march"), or "there were" before it.
  const crowdAround = (f: Span, end: number, subject: TermRead | undefined): boolean => {
    // In a sentence about a crowd, people counted as such are its turnout, but not "signed by four
    // million people", nor "demanding the release of thousands of prisoners" ("a crowd of 5,000" is).
    const ofOther = words.low(f.first - 1) === 'of' && !CROWD_WORDS.has(words.low(f.first - 2)) && !PRESENCE.has(words.low(f.first - 2));
    // "92 victims of abuse of force" in a story about protests were harmed, not counted in the crowd.
    if (subject !== undefined && VICTIM_WORDS.has(subject.term)) return false;
    // "around 200 people broke away and clashed with police": a part that left the crowd is no turnout.
    if (PARTING.has(words.low(end)) && (words.low(end + 1) === 'away' || words.low(end + 1) === 'off')) return false;
    if (crowdWords && subject !== undefined && subject.term !== '' && words.low(f.first - 1) !== 'by' && !ofOther) return true;
    return crowdNear(f, end);
  };
  // A gathering named right after the count: "there were 300,000 spectators at the festival",
  // "5,000 at the rally".
  const crowdNear = (f: Span, end: number): boolean => {
    // "reported a 21,000-strong crowd", "reported 20,000-strong crowds": the crowd a party counts (not
    // "hoped for" or "told" one).
    if (words.low(f.last - 1) === 'strong' && CROWD_WORDS.has(words.low(f.last)) && REPORTING.has(words.low(ARTICLES.has(words.low(f.first - 1)) ? f.first - 2 : f.first - 1))) return true;
    if (words.low(f.first - 1) === 'were' && words.low(f.first - 2) === 'there') {
      for (let k = end; k < end + 8 && k < sentence.last; k++) if (CROWD_WORDS.has(words.low(k)) || GATHERINGS.has(words.low(k))) return true;
    }
    for (let k = end; k < end + 6 && k < sentence.last; k++) {
      const low = words.low(k);
      if (low === ',' || low === ';' || low === '.') return false;
      if (CROWD_WORDS.has(low) && ['at', 'in', 'of', 'on', 'for', 'along', 'the', 'rally', 'march'].includes(words.low(k - 1))) return true;
      // "300,000 visitors at the festival", but not "volunteers who helped run the festival".
      const place = words.low(k - 1) === 'the' ? k - 2 : k - 1;
      if (GATHERINGS.has(low) && ['at', 'in', 'to'].includes(words.low(place))) return true;
    }
    return false;
  };

  // Whether a noun for people follows within three words ("U.S. Navy sailor"), the stops of an initialism aside.
  const nounAhead = (i: number): boolean => {
    for (let k = i, n = 0; n < 3 && inside(k); k++) {
      if (words.low(k) === '.' && !words.spaced(k)) continue;
      if (!words.isWord(k) || NP_STOP.has(words.low(k)) || FINITE.has(words.low(k))) return false;
      if (subjectAt(k) !== undefined) return true;
      n++;
    }
    return false;
  };

  // The outcome named last before token p, in this sentence (within MORE_WINDOW tokens) or else the sentences before.
  const outcomeBeforeAt = (p: number): string | undefined => {
    for (let k = p - 1; k >= sentence.first && k >= p - MORE_WINDOW; k--) {
      const term = outcomeAt(k);
      if (term !== undefined) return term.id;
    }
    return before;
  };

  // A plural noun the vocabulary does not know, with no verb or outcome in it: "boats", "vehicles".
  const isThings = (k: number): boolean => {
    const w = words.low(k);
    return inside(k) && words.isWord(k) && !words.cap(k) && singular(w) !== w && !NP_STOP.has(w) && !FINITE.has(w) && subjectAt(k) === undefined && outcomeAt(k) === undefined && !CASUALTY_WORDS.has(w) && !isPersonNoun(w);
  };

  // A verb of sentencing before "to death", around the count: "sentenced 29 people to death", "12
  // were sentenced to death".
  const sentenced = (f: Span, death: number): boolean => {
    for (let k = Math.max(sentence.first, f.first - 3); k < death; k++) if (SENTENCING.has(words.low(k))) return true;
    return false;
  };
  const subjectAfter = (p: number): SubjectRead => {
    let i = p;
    while (QUOTES.has(words.low(i))) i++;
    const none = { subject: undefined, inherit: false, bare: false, increment: false, end: i, outcome: undefined, body: false };
    const low = words.low(i);
    // "12 were killed and 30 more were wounded": "more" standing alone before another outcome's verb
    // counts others, as "others" does; before the same outcome ("five more had died") it adds to a count.
    if (low === 'more' && FINITE.has(words.low(i + 1))) {
      let k = i + 1;
      while (k < i + 4 && AUX.has(words.low(k))) k++;
      const verb = outcomeAt(k);
      if (verb !== undefined && verb.id !== outcomeBeforeAt(p)) return { ...none, inherit: true, end: i + 1 };
    }
    // "killed 14 soldiers and captured nine more": "more" ending its clause after a verb of another
    // outcome than the one before counts others of them too.
    if (low === 'more' && (!words.isWord(i + 1) || MORE_CLAUSE_ENDS.has(words.low(i + 1)))) {
      let verb = p - 1;
      while (verb > sentence.first && p - verb <= 3 && outcomeAt(verb) === undefined) verb--;
      const own = outcomeAt(verb)?.id;
      const earlier = own === undefined ? undefined : outcomeBeforeAt(verb);
      // (Not when the story has counted that outcome already: "The quake killed 120 and injured 300.
      // Aftershocks killed 15 more" adds to the dead.)
      let told = own !== undefined && memory.told?.includes(own) === true;
      for (let k = verb - 1; !told && k >= sentence.first; k--) told = outcomeAt(k)?.id === own;
      if (own !== undefined && earlier !== undefined && own !== earlier && !told) return { ...none, inherit: true, end: i + 1 };
    }
    // "four more bodies" adds to a count; "350,000 more rallied outside the capital" counts others;
    // "two more dead", "100 more fatalities", nouns of the outcome before, add to it.
    const next = words.low(i + 1);
    const sameNoun = low === 'more' && (next === 'dead' || !(next.endsWith('ed') || next.endsWith('ing'))) && outcomeAt(i + 1)?.id === outcomeBeforeAt(p);
    if ((low === 'more' || low === 'additional' || low === 'further' || low === 'new') && (outcomeAt(i + 1) === undefined || sameNoun)) return { ...none, increment: true };
    if (low === 'more') i++;
    // "one other wounded", "one other was hurt": "other" with no noun after it stands for one more of them.
    if (low === 'others' || (low === 'other' && (!words.isWord(i + 1) || NP_STOP.has(words.low(i + 1)) || (outcomeAt(i + 1) !== undefined && subjectAt(i + 2) === undefined)))) return { ...none, inherit: true, end: i + 1 };
    // "not a single one has been killed": "one" as a pronoun stands for the people just named.
    // But "one U.S. soldier", "one TTP fighter": modifiers before a noun for people make it a numeral;
    // so does a people's name, "one American was killed".
    // ("one monk was killed": a word of its own before the verb is a noun, known or not.)
    const nounThenVerb = words.isWord(i) && !words.cap(i) && !low.endsWith('ly') && !AUX.has(low) && FINITE.has(words.low(i + 1));
    if (words.low(p - 1) === 'one' && low !== 'of' && low !== 'member' && subjectAt(i) === undefined && !nounAhead(i) && !nounThenVerb && !(words.cap(i) && DEMONYMS.has(low))) return { ...none, inherit: true, end: i };
    // "said 287 were marched into the bush": a numeral standing alone before its verb names people already named.
    // So does one with a relative clause between commas before its verb: "Seven, who were missing, were killed".
    const close = low === ',' && words.low(i + 1) === 'who' ? asideClose(i) : -1;
    const verb = close >= 0 ? close + 1 : i;
    if (FINITE.has(words.low(verb)) && !words.isNum(p - 2) && words.low(p - 2) !== 'the' && subjectAt(i) === undefined) return { ...none, bare: true, end: i };
    if (low === 'other' || low === 'more') i++;
    if ((low === 'members' || low === 'member' || low === 'elements') && words.low(i + 1) === 'of') {
      // "30 members of the Rapid Support Forces", "one member of the security forces": the force they belong to names them.
      const of = OF_DETERMINERS.has(words.low(i + 2)) ? i + 3 : i + 2;
      const force = namedForceAt(of) ?? bodyOfMembers(of) ?? stateForceAt(of);
      if (force !== undefined) return { ...none, subject: force, end: force.next };
      i++;
    }
    // "five dead on the attackers' side": whom a side names, after the outcome or straight after the figure.
    const dead = outcomeAt(i);
    const side = sideAt(dead === undefined ? i : dead.next);
    if (side !== undefined) return { ...none, subject: side, end: side.next, outcome: dead };
    // "14 deaths among the security forces": whom the outcome's noun counts follows "among".
    if (dead !== undefined && AMONG.has(words.low(dead.next))) {
      const among = subjectAt(OF_DETERMINERS.has(words.low(dead.next + 1)) ? dead.next + 2 : dead.next + 1);
      // (Not "among soldiers' families", nor "among civilians and soldiers": people of the whole.)
      if (among !== undefined && among.known && !words.poss(among.next - 1) && words.low(among.next) !== 'and') return { ...none, subject: among, end: among.next, outcome: dead };
    }
    // "seven from the Malian army": the force they belong to names them.
    if (low === 'from') {
      const force = forceFrom(i);
      if (force !== undefined) return { ...none, subject: force, end: force.next };
    }
    if (words.low(i) === 'of') {
      i++;
      if (words.low(i) === 'them' || words.low(i) === 'others') return { ...none, inherit: true, end: i + 1 };
      // "At least 60 of us died": the speaker's own people.
      if (words.low(i) === 'us') return { ...none, own: true, end: i + 1 };
      const owned = OWN_DETERMINERS.has(words.low(i));
      if (OF_DETERMINERS.has(words.low(i))) i++;
      // "32 of those who died were troops": the relative clause names the outcome, as "those killed" does.
      if (words.low(i - 1) === 'those' && words.low(i) === 'who') {
        let k = i + 1;
        while (k < i + 4 && (FINITE.has(words.low(k)) || words.low(k) === 'been')) k++;
        if (outcomeAt(k) !== undefined) i = k;
      }
      // "12 of its members", "12 of his men": the speaker's own people, by a noun the vocabulary lacks
      // or one for anyone.
      const noun = owned && words.isWord(i) ? subjectAt(i) : undefined;
      // ("five of its citizens" are the country's people, not the speaker's fighters.)
      if (owned && words.isWord(i) && !CITIZENS.has(words.low(i)) && (noun === undefined ? isPersonNoun(words.low(i)) : noun.id === ROOT && noun.next === i + 1)) return { ...none, own: true, end: i + 1 };
      // "57 of its soldiers": a known noun keeps the possessive, which makes them the speaker's side.
      if (owned && noun !== undefined && noun.known && noun.id !== ROOT && !CITIZENS.has(words.low(i))) return { ...none, subject: { ...noun, term: `${words.low(i - 1)} ${noun.term}` }, end: noun.next };
      // "two of the wounded had died", "323 of the casualties": people counted by an earlier outcome.
      // "35 of the victims were foreign nationals": the victims a predicate names are the dead.
      const victims = words.low(i) === 'victims' && (words.low(i + 1) === 'were' || words.low(i + 1) === 'was');
      const earlier = outcomeOrDead(i) ?? (victims ? known('o', 'killed', i, words.low(i)) : undefined);
      // "prosecutors were investigating 24 of the deaths": a part of the toll something is done to.
      const doer = words.low(p - 2);
      if (earlier !== undefined && doer.endsWith('ing') && words.isWord(p - 2) && outcomeAt(p - 2) === undefined) return { ...none, increment: true };
      const named = earlier === undefined ? undefined : subjectAt(earlier.next);
      // "three of the kidnapped soldiers were killed", "two of the wounded soldiers were in critical
      // condition": a verb of their own says what befell them (or nothing countable); without one
      // ("500 of the detained protesters") the adjective's outcome is theirs.
      // ("Dozens of injured people were taken to hospital": with no article, the adjective describes
      // them all, whatever else their verb says, unless it names what befell them.)
      if (earlier !== undefined && named !== undefined) {
        const bare = words.low(earlier.first - 1) === 'of';
        let verb = !bare && FINITE.has(words.low(named.next));
        for (let k = named.next; k < named.next + 4 && !verb; k++) verb = outcomeAt(k) !== undefined;
        return { ...none, subject: named, end: named.next, outcome: verb ? undefined : earlier };
      }
      if (earlier !== undefined) {
        // "323 of the casualties were Egyptians": the predicate names them.
        const at = earlier.next + 1;
        const were = ['were', 'was'].includes(words.low(earlier.next)) && words.cap(at) ? words.low(at) : '';
        const named = were !== singular(were) && DEMONYMS.has(singular(were));
        // "19 of the dead were women and children", "most of the dead were all civilians": so does a noun for people.
        const linked = ['were', 'was'].includes(words.low(earlier.next)) ? (words.low(at) === 'all' ? at + 1 : at) : -1;
        // "a dozen of the dead were from the M23 movement": the force they belong to.
        let predicate = named || linked < 0 ? undefined : words.low(linked) === 'from' ? forceFrom(linked) : subjectAt(linked);
        // "One of the dead was a fighter", "Sixteen of the dead were suspected criminals": past an
        // article and adjectives to the noun; one the vocabulary does not know makes a part of the
        // toll, not a rival to it.
        if (!named && predicate === undefined && linked >= 0 && words.low(linked) !== 'from') {
          for (let k = linked; k < linked + 3 && predicate === undefined && words.isWord(k) && !NP_STOP.has(words.low(k)) && outcomeAt(k) === undefined; k++) {
            predicate = subjectAt(k);
            if (predicate === undefined && singular(words.low(k)) !== words.low(k) && !words.isWord(k + 1)) return { ...none, increment: true };
          }
        }
        // "288 of the dead were killed in the larger camp": a part of the toll, by place, not a rival to it.
        if (!named && earlier.id === 'killed' && outcomeAt(earlier.next + 1)?.id === 'killed') return { ...none, increment: true };
        const subject = named ? { id: lookupTerm(vocabulary, 's', were).id, term: were, known: false, loaded: false, first: at, next: at + 1 } : (predicate ?? { id: ROOT, term: '', known: true, loaded: false, first: i, next: earlier.next });
        // "about 500 of the detainees": with no verb of its own, the noun's outcome is the figure's;
        // "18 of the injured had been discharged" says something else of them.
        let verb = FINITE.has(words.low(subject.next));
        for (let k = subject.next; k < subject.next + 4 && !verb; k++) verb = outcomeAt(k) !== undefined;
        return { ...none, subject, end: subject.next, outcome: CASUALTY_WORDS.has(words.low(i)) || !verb ? earlier : undefined };
      }
    }
    let best: TermRead | undefined;
    let outcome: TermRead | undefined;
    let body = false;
    let modifiers = 0;
    let lastModifier = -1;
    let firstModifier = -1;
    // Two origins joined ("Afghan and Pakistani workers") name no single nationality.
    let joined = false;
    while (modifiers <= 4 && inside(i)) {
      // Quotes, hyphens and the stops of an initialism ("U.S. Navy ships") sit inside the noun phrase.
      if (QUOTES.has(words.low(i)) || (words.low(i) === '-' && !words.spaced(i)) || (words.low(i) === '.' && !words.spaced(i) && words.low(i - 1).length === 1 && words.cap(i - 1))) {
        i++;
        continue;
      }
      // "four Dorvo Army (DA) soldiers": a name's initialism in brackets, before the noun.
      if (best === undefined && words.low(i) === '(' && words.upper(i + 1) && words.low(i + 2) === ')' && words.cap(i - 1)) {
        i += 3;
        continue;
      }
      if (!words.isWord(i)) break;
      // "40 AK-47 rifles", "12 T-72 tanks", "two Mi-8": a model's name, a capital word glued to a number,
      // counts things, unless a noun for people follows it ("30 G-7 protesters").
      if (best === undefined && words.cap(i) && words.low(i + 1) === '-' && !words.spaced(i + 1) && words.isNum(i + 2) && !words.spaced(i + 2)) {
        if (subjectAt(i + 3) === undefined) return { ...none, end: i + 3, increment: true };
        i += 3;
        continue;
      }
      const w = words.low(i);
      // "four traffickers accused of …": what they are held for follows the noun and ends it.
      if (best === undefined && lastModifier === i - 1 && HELD_FOR.get(w) === words.low(i + 1)) break;
      // "9,787 possible fatalities" are not yet deaths anyone asserts ("12 suspected militants" are people).
      if (CASUALTY_WORDS.has(w) && UNSURE.has(words.low(i - 1))) return { ...none, end: i + 1, increment: true };
      // "suffered no casualties", "no casualties among law enforcement": the dead, counted.
      if (CASUALTY_WORDS.has(w) && best === undefined && w !== 'dead' && w !== 'deaths') {
        const killed = outcome ?? known('o', 'killed', i, w);
        const after = AMONG.has(words.low(i + 1)) ? (OF_DETERMINERS.has(words.low(i + 2)) ? i + 3 : i + 2) : -1;
        const among = after < 0 ? undefined : subjectAt(after);
        return { ...none, subject: among, end: among?.next ?? i + 1, outcome: killed };
      }
      if (BODY_NOUNS.has(w) && best === undefined) {
        best = { id: ROOT, term: w, known: true, loaded: false, first: i, next: i + 1 };
        body = true;
        i++;
        // "the bodies of eight soldiers" reads the other way; "17 bodies of missing personnel" this way.
        // ("12 bodies of Sri Lankan soldiers": past a state's name to its force.)
        if (words.low(i) === 'of') {
          const at = subjectAt(pastNameWords(OF_DETERMINERS.has(words.low(i + 1)) ? i + 2 : i + 1, i + STATE_NAME_REACH));
          const of = (at === undefined ? undefined : stateBefore(at)) ?? at ?? subjectAt(i + 2);
          if (of !== undefined) best = { ...of, first: best.first };
        }
        break;
      }
      // "holding 100 security personnel hostage": what they were held as, not who they are.
      if (best !== undefined && w === 'hostage') break;
      const s = subjectAt(i);
      // "two migrant boats", "three police vehicles": a noun for people in its singular before a
      // plural noun for things is a modifier, and the things are not counted.
      // ("people" is a plural its singular form leaves alone: "10 people this week".)
      if (s !== undefined && best === undefined && singular(s.term) === s.term && s.term !== 'people') {
        // "12 rebel bodies" are the bodies of 12 rebels.
        if (BODY_NOUNS.has(words.low(s.next))) {
          best = { ...s, next: s.next + 1 };
          body = true;
          i = s.next + 1;
          break;
        }
        if (isThings(s.next)) return { ...none, end: s.next + 1, increment: true };
      }
      if (s !== undefined && s.next <= sentence.last) {
        // "three army men": a force before a noun for anyone names whom it counts.
        const force = lastModifier === i - 1 && s.id === ROOT ? forceAt(i - 1) : undefined;
        // "300 enemy troops": whose they are is the claimant's to tell, so "enemy" stays in the term.
        const enemy = words.low(i - 1) === ENEMY ? stateForces(i - 1, s) : undefined;
        best = (lastModifier === i - 1 && !joined ? (nationalityAt(i - 1, s) ?? forceOf(i - 1, s) ?? enemy) : undefined) ?? multinational(firstModifier, s) ?? (force === undefined ? ((joined ? undefined : stateBefore(s)) ?? s) : { ...force, term: `${force.term} ${s.term}`, next: s.next });
        i = s.next;
        // "no civilian casualties", "12 military fatalities": the people named, counted dead.
        if (CASUALTY_WORDS.has(words.low(i)) && outcome === undefined) {
          const killed = known('o', 'killed', i, words.low(i));
          return { ...none, subject: best, end: i + 1, outcome: killed };
        }
        const joiner = words.low(i);
        // "soldiers and paramilitary troopers" is one count; "four terrorists and a soldier" two.
        // "five soldiers and both militants": a determiner of its own makes the second noun another count.
        if ((joiner === 'and' || joiner === 'or') && !starts.has(i + 1) && !UNCOUNTED_DETERMINERS.has(words.low(i + 1)) && !['one', 'the', 'their', 'its'].includes(words.low(i + 1))) {
          let j = i + 1;
          for (let n = 0; n < 2 && words.isWord(j) && subjectAt(j) === undefined && !NP_STOP.has(words.low(j)); n++) j++;
          const other = subjectAt(j);
          if (other !== undefined) {
            const id = other.id === best.id ? best.id : commonBroader(vocabulary, best.id, other.id);
            const term = words.text.slice(words.start(best.first), words.end(other.next - 1)).toLowerCase();
            best = { id, term, known: true, loaded: best.loaded || other.loaded, first: best.first, next: other.next };
            i = other.next;
          }
        }
        continue;
      }
      // "allied Ethiopian and Eritrean troops": two adjectives of origin joined before one noun.
      if (best === undefined && (w === 'and' || w === 'or') && lastModifier === i - 1 && words.cap(i - 1) && words.cap(i + 1) && words.isWord(i + 1) && subjectAt(i + 1) === undefined) {
        joined = true;
        i++;
        continue;
      }
      // ("16,000 Sudanese and foreign nationals": an origin joined to an adjective of a known noun
      // ("foreign nationals") leaves the noun alone, which counts them all.)
      if (best === undefined && (w === 'and' || w === 'or') && lastModifier === i - 1 && words.cap(i - 1) && DEMONYMS.has(words.low(i - 1)) && words.isWord(i + 1) && !words.cap(i + 1) && subjectAt(i + 1)?.next === i + 3 && subjectAt(i + 2) !== undefined) {
        joined = true;
        i += 2;
        continue;
      }
      // "30 Taliban members", "12 Hamas commanders": a noun for people after a group's name is
      // the head of the phrase, and the name says who they are.
      if (best !== undefined && i === best.next && !words.cap(i) && isPersonNoun(w) && singular(w) !== w && !NP_STOP.has(w) && !FINITE.has(w) && outcomeAt(i) === undefined) {
        // ("12 local officials": "local" before a noun is an adjective, and the noun says who they are.)
        best = best.term === 'local' ? { id: lookupTerm(vocabulary, 's', w).id, term: w, known: false, loaded: false, first: i, next: i + 1 } : { ...best, next: i + 1 };
        i++;
        continue;
      }
      // "two on-duty officers": a word glued to the next by a hyphen modifies, whatever word it is.
      const glued = words.low(i + 1) === '-' && !words.spaced(i + 1) && !words.spaced(i + 2) && words.isWord(i + 2);
      if (best !== undefined || (NP_STOP.has(w) && !glued)) break;
      // "three of the kidnapped soldiers", "80 wounded terrorists": an outcome word before a subject is a modifier.
      const asOutcome = outcomeAt(i);
      if (asOutcome !== undefined) {
        const next = asOutcome.next;
        // "12 dead bodies of Taliban": so is one before the bodies.
        const nextIsSubject = subjectAt(next) !== undefined || BODY_NOUNS.has(words.low(next)) || (words.isWord(next) && !NP_STOP.has(words.low(next)) && (subjectAt(next + 1) !== undefined || isPersonNoun(words.low(next))));
        // "3,428 killings of protesters": the outcome's noun, then whom it befell.
        const whom = !nextIsSubject && words.low(next) === 'of' ? subjectAt(OF_DETERMINERS.has(words.low(next + 1)) ? next + 2 : next + 1) : undefined;
        if (whom !== undefined) return { ...none, subject: whom, end: whom.next, outcome: outcome ?? asOutcome };
        // "17 military dead": a force right before the dead names whom they were.
        const force = !nextIsSubject && lastModifier === i - 1 && CASUALTY_WORDS.has(w) ? forceAt(i - 1) : undefined;
        if (force !== undefined) return { ...none, subject: force, end: next, outcome: outcome ?? asOutcome };
        if (!nextIsSubject) break;
        outcome ??= asOutcome;
        i = next;
        continue;
      }
      lastModifier = i;
      if (firstModifier < 0) firstModifier = i;
      modifiers++;
      i++;
    }
    if (best === undefined && lastModifier >= 0 && MEMBER_NOUNS.has(words.low(lastModifier)) && lastModifier > p && (words.upper(lastModifier - 1) || (words.cap(lastModifier - 1) && DEMONYMS.has(words.low(lastModifier - 1)) === false))) {
      const militants = known('s', 'militants', lastModifier, words.text.slice(words.start(lastModifier - 1), words.end(lastModifier)).toLowerCase());
      if (militants !== undefined) return { subject: militants, inherit: false, bare: false, increment: false, end: lastModifier + 1, outcome, body };
    }
    // "600 Ukrainian forces", "government forces": a state's forces.
    if (best === undefined && lastModifier > p && words.low(lastModifier) === 'forces') {
      const forces = known('s', 'security-forces', lastModifier, 'forces');
      const state = forces === undefined ? undefined : (forceOf(lastModifier - 1, forces) ?? stateForces(lastModifier - 1, forces));
      if (state !== undefined) return { ...none, subject: state, end: lastModifier + 1, outcome };
    }
    if (best === undefined && lastModifier >= 0) {
      // A word the vocabulary does not know: a nationality or a noun for people counts people;
      // anything else ("vehicles", "elements") is not counted.
      // ("one monk was killed": a singular after "one", before its verb, is counted as its plural, so
      // that "one monk" and "two monks" are one subject.)
      const single = words.low(p - 1) === 'one' && lastModifier === p && FINITE.has(words.low(lastModifier + 1)) && /^[a-z]+$/.test(words.low(lastModifier));
      const word = single ? pluralOf(words.low(lastModifier)) : words.low(lastModifier);
      const one = single ? words.low(lastModifier) : singular(word);
      // A capitalised plural names a people or a group's members ("180 Houthis"); joined to a known
      // noun ("180 Houthis and allied fighters") the known noun says what they all are.
      // Not a title ("March of a Million Hearts"), though a figure that opens the sentence has a capital too.
      const named = words.cap(lastModifier) && words.isWord(lastModifier) && (!words.cap(p - 1) || p - 1 === opening);
      // "60 Rohingya died", "12 Hazara were killed": a people's name that is its own plural, before what befell them.
      const verb = words.low(lastModifier + 1);
      const people = named && one === word && (FINITE.has(verb) || (verb.endsWith('ed') && outcomeAt(lastModifier + 1) !== undefined));
      if ((one !== word || people) && /^[a-z]+$/.test(word) && (DEMONYMS.has(one) || DEMONYMS.has(word.replace(/s$/, '')) || isPersonNoun(word) || named)) {
        // "three army men": a force before a noun for anyone names whom it counts.
        const force = forceAt(lastModifier - 1);
        // "six party members": members of no armed body are people.
        const own = { id: word === 'members' ? ROOT : lookupTerm(vocabulary, 's', word).id, term: word, known: false, loaded: false, first: lastModifier, next: lastModifier + 1 };
        best = force !== undefined ? { ...force, term: `${words.low(lastModifier - 1)} ${word}`, next: lastModifier + 1 } : (forceOf(lastModifier - 1, own) ?? own);
        // ("five adults and 15 boys": a noun with a count of its own is another count.)
        const joined = words.low(lastModifier + 1) === 'and' && !starts.has(lastModifier + 2) ? [lastModifier + 2, lastModifier + 3].map((k) => subjectAt(k)).find((t) => t !== undefined) : undefined;
        if (joined !== undefined) {
          best = { ...joined, first: lastModifier, term: words.text.slice(words.start(lastModifier), words.end(joined.next - 1)).toLowerCase() };
          // ("30 auxiliaries and villagers were killed": what befell them follows the second noun.)
          i = joined.next;
        }
      } else if ((one !== word || ANIMALS.has(word)) && /^[a-z]+$/.test(word) && !(CROWD_WORDS.has(word) && words.low(lastModifier - 1) === 'strong')) {
        // (But "20,000-strong crowds" count the people in them, as "a 20,000-strong crowd" does.)
        return { ...none, end: lastModifier + 1, increment: true };
      }
    }
    return { subject: best, inherit: false, bare: false, increment: false, end: best === undefined ? p : i, outcome, body };
  };

  // "Protesters numbered around 5,000", "a crowd numbering 10,000", "the dead totalled 40": the noun
  // before the verb says what the figure counts.
  const numberedBy = (f: Span): { outcome: TermRead | undefined; subject?: TermRead } | undefined => {
    for (let k = f.first - 2; k >= sentence.first && k >= f.first - 4; k--) {
      const low = words.low(k);
      const done = outcomeOrDead(k);
      if (done !== undefined) return { outcome: done };
      const who = subjectAt(k);
      if (CROWD_WORDS.has(low) || (who !== undefined && lookupTerm(vocabulary, 's', who.id).id === 'protesters')) return { outcome: known('o', 'attended', k, low), ...(who === undefined ? {} : { subject: who }) };
    }
    return undefined;
  };

  // The token before "a total of" or "a group of" that ends at j ("killed a total of 61", "out of a
  // total of 700"), else j.
  const pastSum = (j: number): number =>
    words.low(j) === 'of' && SUMS.has(words.low(j - 1)) && (words.low(j - 2) === 'a' || words.low(j - 2) === 'the') && j - 3 >= sentence.first ? j - 3 : j;
  // The verb of an outcome before the object that the word "and" (or "as well as") at `a` follows:
  // "killed the commander and …". Undefined for a verb with no object between; null for none.
  const verbBeforeObject = (a: number): TermRead | undefined | null => {
    for (let k = a - 1; a > 0 && k >= sentence.first && a - k <= 6 && words.isWord(k) && !starts.has(k); k--) {
      const verb = outcomeAt(k, -1);
      // "arrested the wounded suspect and 6 other men": an outcome after an article describes.
      if (verb === undefined || ARTICLES.has(words.low(verb.first - 1)) || OF_DETERMINERS.has(words.low(verb.first - 1))) continue;
      return k < a - 1 ? verb : undefined;
    }
    return null;
  };
  const outcomeBefore = (f: Span): { term: TermRead | undefined; own: boolean; owner?: string } => {
    let j = f.first - 1;
    while (j > sentence.first && QUOTES.has(words.low(j))) j--;
    for (let n = 0; n < 2 && j > sentence.first && BEFORE_SKIP.has(words.low(j)); n++) j--;
    // "had killed last month 19 soldiers", "killed on Sunday 12 people": when, between the verb and its count.
    if (TIME_UNITS.has(words.low(j)) && ['last', 'this', 'that'].includes(words.low(j - 1))) j -= 2;
    else if (WEEKDAYS.has(words.low(j)) && words.cap(j)) j -= words.low(j - 1) === 'on' ? 2 : 1;
    // "killed a total of 61 soldiers", "abducted a group of 15 tourists": the sum or the group stands
    // between the verb and its count.
    j = pastSum(j);
    if (j < sentence.first) return { term: undefined, own: false };
    if (OWN_LOSS_VERBS.has(words.low(j))) {
      // Whose loss: "the Armenian side has lost …" names the loser before the verb.
      let k = j - 1;
      while (k > sentence.first && BEFORE_SKIP.has(words.low(k))) k--;
      const ownerBefore = (last: number): { owner: string; stop: number } => {
        let owner = '';
        let n = last;
        // "Kenya's army said the rebels lost": the loser's phrase ends at the verb that reports it.
        for (; n >= sentence.first && n > last - 5 && (words.isWord(n) || (words.low(n) === '-' && !words.spaced(n))) && !NP_STOP.has(words.low(n)) && !REPORTING.has(words.low(n)); n--) owner = `${words.low(n)} ${owner}`;
        return { owner, stop: n };
      };
      let { owner, stop } = ownerBefore(k);
      // "Junta troops in the eastern hills have suffered": the loser is the noun the phrase modifies.
      if (POST_MODIFIERS.has(words.low(stop)) && stop > sentence.first) owner = ownerBefore(stop - 1).owner;
      // "Ukrainian army units and far-right paramilitaries have lost": both conjuncts lost.
      else if (words.low(stop) === 'and' && stop > sentence.first) owner = `${ownerBefore(stop - 1).owner}and ${owner}`;
      return { term: outcomeAt(j) ?? known('o', 'killed', j), own: true, owner: owner.trim() };
    }
    // "were joined by more than 700,000 people", "attended by 5,000".
    if (words.low(j) === 'by' && j - 1 >= sentence.first) {
      const passive = outcomeAt(j - 1, -1);
      if (passive !== undefined) return { term: passive, own: false };
    }
    // "The floods claimed 79 lives", "the blast cost 12 lives": lives taken are the dead.
    if (words.low(f.last) === 'lives' && TAKING.has(words.low(j))) return { term: known('o', 'killed', j, words.low(j)), own: false };
    // "the loss of 61 civilians", "claimed the lives of five", "the bodies of eight soldiers".
    // (Not lives a verb touched or spared: "affected the lives of 2.6 million", "saved the lives of 40".)
    const livesTaken = words.low(j - 1) === 'lives' && !LIVES_SPARED.has(words.low(j - 2)) && !(ARTICLES.has(words.low(j - 2)) && LIVES_SPARED.has(words.low(j - 3)));
    if (words.low(j) === 'of' && (words.low(j - 1) === 'loss' || livesTaken || BODY_NOUNS.has(words.low(j - 1)))) return { term: known('o', 'killed', j - 1, words.low(j - 1)), own: false };
    // "killed the group's commander as well as 14 other militants", "wounded the mayor and at least
    // nine other people": the verb before the one named first is the others' too.
    if (words.low(f.last) === 'other') {
      const a = words.low(j) === 'as' && words.low(j - 1) === 'well' && words.low(j - 2) === 'as' ? j - 2 : words.low(j) === 'and' ? j : -1;
      const verb = verbBeforeObject(a);
      if (verb !== null) return { term: verb, own: false };
    }
    const term = outcomeAt(j, -1);
    // "looking to arrest several members": an intention, not a count of what happened (but "in
    // addition to capturing 36" is a gerund after a preposition).
    if (term !== undefined && words.low(term.first - 1) === 'to' && !words.low(term.first).endsWith('ing')) return { term: undefined, own: false };
    // "had killed and injured dozens of soldiers": the dead and the hurt together, as after the figure.
    const joined = term === undefined || !['and', 'or'].includes(words.low(term.first - 1)) ? undefined : outcomeAt(term.first - 2, -1);
    if (term !== undefined && joined !== undefined && joined.id !== term.id && CASUALTY_PAIR.has(term.id) && CASUALTY_PAIR.has(joined.id)) return { term: undefined, own: false };
    return { term, own: false };
  };

  // The comma that opens a relative clause ending at the comma at token k, or -1.
  const relativeOpening = (k: number): number => {
    for (let j = k - 1; j > sentence.first && k - j < ASIDE_REACH; j--) {
      const low = words.low(j);
      // ", mostly officers,": a short aside on who they were stands there too.
      // ", according to the minister,": whose toll it is stands there too.
      if (low === ',') return RELATIVE_OPENERS.has(words.low(j + 1)) || words.low(j + 1) === 'according' || (WHO_ASIDES.has(words.low(j + 1)) && k - j <= 5) ? j : -1;
      if (low === '.' || low === ';' || starts.has(j)) return -1;
    }
    return -1;
  };
  // "the wounded are 215", "the dead were 31", "put the dead at 120": the harmed, named as a toll is, before a copula or "at".
  const harmedBefore = (f: Span): (TermRead & { counted?: TermRead | undefined }) | undefined => {
    const link = words.low(f.first - 1);
    const k = f.first - 2;
    const outcome = HARMED.get(words.low(k));
    // (Not a list of numbers or years: "the dead were 19, 21 and 34", "were 20 and 23 years old" are ages.)
    const listed = (words.low(f.last) === ',' || words.low(f.last) === 'and') && words.isNum(f.last + 1) && words.low(f.last + 2) !== 'of';
    const aged = words.low(f.last) === 'years' || words.low(f.last) === 'year' || (listed && ['years', 'year'].includes(words.low(f.last + 2)));
    // ("put the dead at more than 120": "at" after a verb that puts a count, not "buried the dead at 6".)
    const linked = HARMED_LINKS.has(link) || (link === 'at' && CUE_WORDS.get(words.low(k - 2)) === 'toll');
    return outcome !== undefined && linked && words.low(k - 1) === 'the' && !listed && !aged ? known('o', outcome, k, words.low(k)) : undefined;
  };
  // Whether tokens [first, last) are only words of a toll's verb: its auxiliaries, a verb that moves or
  // holds it, its link ("has risen to", "stood at"), or "now".
  const verbOnly = (first: number, last: number): boolean => {
    if (first >= last) return false;
    for (let k = first; k < last; k++) if (!(RISING.has(words.low(k)) || TOLL_LINKS.has(words.low(k)) || HAVE_FORMS.has(words.low(k)) || NOW_WORDS.has(words.low(k)))) return false;
    return true;
  };
  // The outcome a count noun at k followed by "of" names, before token `limit`, and whom it counts:
  // "the number of dead", "the number of foreigners killed", "the count of the dead", "the figure of
  // injured", "the number of attendees".
  const countOf = (k: number, limit: number): (TermRead & { counted?: TermRead | undefined }) | undefined => {
    const low = words.low(k);
    // ("the number of countries reporting deaths": a noun for no people before the outcome counts something else.)
    const start = OF_DETERMINERS.has(words.low(k + 2)) ? k + 3 : k + 2;
    const thing = words.isWord(start) && !words.cap(start) && outcomeOrDead(start) === undefined && subjectAt(start) === undefined && !POPULATION_WORDS.has(words.low(start)) && singular(words.low(start)) !== words.low(start);
    // "the number of foreigners killed": the noun between names whom it counts, but a place's
    // residents who died are everyone who died there.
    // ("the number of its soldiers killed": the claimant's own, past the determiner.)
    // ("the number of Dorvo servicemen wounded": past a name or people's word before the noun.)
    const noun = pastNameWords(start, start + 2);
    const head = POPULATION_WORDS.has(words.low(noun)) ? undefined : subjectAt(noun);
    const owner = words.low(k + 2);
    const owned = head !== undefined && start > k + 2 && OWN_DETERMINERS.has(owner) ? { ...head, term: `${owner} ${head.term}` } : head;
    // "the number of civilians and security forces killed": two kinds of people are people.
    const second = owned !== undefined && words.low(owned.next) === 'and' ? subjectAt(owned.next + 1) : undefined;
    const whom = second !== undefined && owned !== undefined && second.id !== owned.id ? undefined : owned;
    let implied: (TermRead & { counted?: TermRead | undefined }) | undefined;
    for (let n = k + 2, reach = k + 7; n < reach && n < limit; n++) {
      // "the number of people known to have been killed": how they were known stands between.
      if (words.low(n) === 'to' && words.low(n + 1) === 'have' && words.low(n + 2) === 'been') reach += 3;
      const o = thing ? undefined : outcomeOrDead(n);
      // ("the number of arrest warrants": an outcome word before a noun for no people names a thing.)
      // ("the number of dead bodies" are the dead.)
      if (o !== undefined && n === start && words.isWord(o.next) && !words.cap(o.next) && singular(words.low(o.next)) !== words.low(o.next) && subjectAt(o.next) === undefined && outcomeOrDead(o.next) === undefined && !BODY_NOUNS.has(words.low(o.next))) return undefined;
      const named = n > start ? whom : undefined;
      // "the number of dead soldiers": the noun after the outcome word names them.
      const after = o === undefined || named !== undefined ? undefined : subjectAt(o.next);
      const counted = named ?? after;
      // ("estimated the likely figure of injured at 1,600": any count noun right before its outcome.)
      if (o !== undefined && (low === 'number' || low === 'count' || (n === k + 2 && HARMED.has(words.low(n))))) return { ...o, counted: nationalityAt(n - 1, undefined) ?? (counted?.id === ROOT ? undefined : counted) };
      // "the number of attendees", "the number of participants": a turnout, unless an outcome
      // follows ("the number of protesters confirmed killed").
      const kind = implied === undefined ? lookupTerm(vocabulary, 's', words.low(n)).id : undefined;
      if (kind === 'protesters') implied = known('o', 'attended', n, words.low(n));
      // "the number of refugees crossing the border at 20,000": the displaced, unless an outcome follows.
      const displaced = kind === 'refugees' && !homeward(n + 1, n + 4) ? known('o', 'displaced', n, words.low(n)) : undefined;
      if (displaced !== undefined) implied = { ...displaced, counted: subjectAt(n) };
    }
    return implied;
  };
  // "bringing to 42 the death toll", "raised on Saturday to 23 the number of deaths", "lowered to 300
  // the confirmed death toll", "bringing to 96 the number killed": the toll comes after the figure it
  // moved to, and the verb may stand a short phrase of time before "to".
  const tollAhead = (f: Span): (TermRead & { counted?: TermRead | undefined }) | undefined => {
    // ("raised to 23 from 19 the number of soldiers killed": the old value between.)
    let the = f.last;
    if (words.low(the) === 'from') {
      the++;
      while (the < f.last + 4 && (words.isNum(the) || COUNT_HEDGES.has(words.low(the)))) the++;
    }
    if (words.low(f.first - 1) !== 'to' || words.low(the) !== 'the') return undefined;
    let v = f.first - 2;
    while (v > f.first - TOLL_AHEAD_REACH && v > sentence.first && !TOLL_CARRYING.has(words.low(v)) && !RAISING.has(words.low(v)) && words.isWord(v)) v--;
    if (!TOLL_CARRYING.has(words.low(v)) && !RAISING.has(words.low(v))) return undefined;
    let k = the + 1;
    // ("raising to 200 the total number of refugees killed": adjectives of the count.)
    while (k < the + 3 && (COMPARING_WORDS.has(words.low(k)) || WHOLE_WORDS.has(words.low(k)))) k++;
    const death = words.low(k) === 'death';
    if (death) k++;
    const toll = tollNounAt(k);
    if (toll !== undefined) return known('o', toll, k, death ? `death ${words.low(k)}` : words.low(k));
    if (death || (words.low(k) !== 'number' && words.low(k) !== 'count')) return undefined;
    // ("the number killed", "the number of deaths", "the number of soldiers killed".)
    return words.low(k + 1) === 'of' ? countOf(k, sentence.last) : outcomeAt(k + 1);
  };
  // The outcome a toll noun before the figure names and, for "the number of Egyptian dead", whom it counts.
  const tollBefore = (f: Span): (TermRead & { counted?: TermRead | undefined }) | undefined => {
    const ahead = tollAhead(f);
    if (ahead !== undefined) return ahead;
    let at = f.first - 1;
    // ("the death toll is now at least 86": an adverb of time between the link and the figure.)
    // ("the death toll was probably more than 90": how sure the speaker is stands between them too.)
    while (at > sentence.first && (QUOTES.has(words.low(at)) || words.low(at) === 'the' || words.low(at) === 'only' || words.low(at) === 'some' || words.low(at) === 'between' || NOW_WORDS.has(words.low(at)) || LIKELIHOOD.has(words.low(at)))) at--;
    // "put the death toll at a much lower 50", "at a revised 48": an article and a comparative before the figure.
    let c = at;
    while (c > sentence.first && c > at - 3 && COMPARING_WORDS.has(words.low(c))) c--;
    if (c < at && (words.low(c) === 'a' || words.low(c) === 'an')) at = c - 1;
    // "the toll was much higher, at least 80": a comparative and its comma link the toll to the figure.
    const compared = words.low(at) === ',' && COMPARATIVES.has(words.low(at - 1));
    if (compared) at--;
    const link = compared ? 'was' : words.low(at);
    if (!TOLL_LINKS.has(link)) return undefined;
    // Past a comma or another number, only "raised the death toll from … to N" still reaches its noun.
    const raised = (n: number): boolean => {
      let k = OF_DETERMINERS.has(words.low(n)) ? n - 1 : n;
      if (DIRECTIONS.has(words.low(k))) k--;
      return RAISING.has(words.low(k));
    };
    let blocked = false;
    // "rose from 40 to 65": the old value between the toll and "to" does not stand in the way.
    let from = link === 'to' && words.isNum(at - 1) && words.low(at - 2) === 'from' ? at - 3 : at - 1;
    // "placed the toll higher, at 40": a comparative and its comma between the toll and "at".
    if (link === 'at' && words.low(at - 1) === ',' && COMPARATIVES.has(words.low(at - 2))) {
      from = at - 3;
      while (from > sentence.first && COMPARING_WORDS.has(words.low(from))) from--;
    }
    for (let k = from; k >= at - TOLL_WINDOW && k >= sentence.first; k--) {
      const low = words.low(k);
      if (low === ';' || low === '.') return undefined;
      // "The crowd, which police estimated at 800,000, …": the noun the relative clause is about.
      if (low === 'which' && words.low(k - 1) === ',') {
        const toll = tollNounAt(k - 2);
        if (toll !== undefined) return known('o', toll, k - 2, words.low(k - 2));
      }
      // "The death toll from the quake, which struck on Monday, has been revised to 148": a relative
      // clause between commas stands between the toll and its verb.
      const open = low === ',' ? relativeOpening(k) : -1;
      if (open >= 0) {
        k = open;
        continue;
      }
      // A number in a compound ("Monday's 7.9-magnitude quake") modifies; it is no other figure.
      const compound = words.isNum(k) && words.low(k + 1) === '-' && !words.spaced(k + 1);
      // Nor is a day of a month ("since December 19").
      const day = words.isNum(k) && (MONTH_INDEX.has(words.low(k - 1)) || MONTH_INDEX.has(words.low(k + 1)));
      // "The death toll from the cyclone, has risen to 190": a stray comma between the toll and its verb.
      const stray = low === ',' && verbOnly(k + 1, at);
      if ((low === ',' && !stray) || (words.isNum(k) && !compound && !day)) {
        if (link !== 'to') return undefined;
        blocked = true;
      }
      // "put the estimated tally at around 60,000" after a rally's count: a tally without "death"
      // counts what the sentence does, not the dead.
      const toll = low === 'tally' && words.low(k - 1) !== 'death' && crowdWords ? undefined : tollNounAt(k);
      // "The toll of 25 was raised to 28": the verb after the toll noun moves it past the old value.
      const movedTo = link === 'to' && RAISING.has(words.low(at - 1));
      if (toll !== undefined && blocked && !movedTo && !raised(words.low(k - 1) === 'death' ? k - 2 : k - 1)) return undefined;
      // "Deaths reached 31": a plural outcome noun as a toll, but not "deaths and injuries rose to
      // 90" (two counts in one), "deaths rose to 12 a day" (a rate) or "deaths rose 14 to 212" (a
      // rise and the new total, read as a range).
      if (toll !== undefined && PLURAL_TOLLS.has(low)) {
        const joined = ['and', 'or', '&'].includes(words.low(k + 1)) || ['and', 'or', '&'].includes(words.low(k - 1));
        const rate = (words.low(f.last) === 'a' || words.low(f.last) === 'per' || words.low(f.last) === 'each') && RATE_UNITS.has(words.low(f.last + 1));
        const rise = RISING.has(link) && words.low(f.first - 1) === link && words.isNum(f.first) && (words.low(f.first + 1) === 'to' || DASHES.has(words.low(f.first + 1)));
        if (joined || rate || rise) return undefined;
      }
      if (toll !== undefined) {
        const kind = words.low(k - 1) === 'injury' || words.low(k - 1) === 'injuries' || words.low(k - 1) === 'casualty' ? 'injured' : toll;
        const term = words.low(k - 1) === 'death' ? `death ${low}` : low;
        const outcome = known('o', kind, k, term);
        // "put the army casualties at seven": the force before the toll noun is whom it counts, as
        // are the people after "among" ("the toll among his troops", "among civilians").
        const owner = words.low(k + 2);
        const among = AMONG.has(words.low(k + 1)) && k + 2 < at ? subjectAt(OF_DETERMINERS.has(owner) ? k + 3 : k + 2) : undefined;
        // "the civilian death toll", "the guerrilla death toll": so is a noun for people before it.
        const modifier = words.low(k - 1) === 'death' ? k - 2 : k - 1;
        const people = subjectAt(modifier);
        const named = people !== undefined && people.known && people.id !== ROOT && people.next === modifier + 1 ? people : undefined;
        const counted = forceAt(k - 1) ?? named ?? (among === undefined || among.next > at ? undefined : OWN_DETERMINERS.has(owner) ? { ...among, term: `${owner} ${among.term}` } : among);
        return outcome === undefined || counted === undefined ? outcome : { ...outcome, counted };
      }
      if (blocked) continue;
      // "The number hurt rose to 934": an outcome straight after "the number" names it.
      if (low === 'number' && words.low(k + 1) !== 'of') {
        const o = outcomeAt(k + 1);
        if (o !== undefined && o.first === k + 1) return o;
      }
      // "the number of dead at 30", "the number of foreigners killed has risen to 40", "the count of the
      // dead stood at 214"; any count of a crowd ("the figure of attendees at 300,000").
      if (COUNT_NOUNS.has(low) && words.low(k + 1) === 'of') {
        const read = countOf(k, at);
        if (read !== undefined || low === 'number') return read;
      }
      // "the killing of 37 civilians", and "the killing on Monday of 37 civilians" with its day between.
      const dayBetween = k === at - 3 && words.low(at - 2) === 'on' && WEEKDAYS.has(words.low(at - 1));
      if ((k === at - 1 || dayBetween) && link === 'of') {
        const noun = outcomeAt(k, -1);
        if (noun !== undefined) return noun;
      }
      // "put the number of injured at 60 and the dead at 45": "the dead" at a number, the verb shared
      // ("and wounded at 18" too, with no article).
      const joined = (j: number): boolean => words.low(j) === 'and' || words.low(j) === ',';
      if (k === at - 1 && link === 'at' && ((words.low(k - 1) === 'the' && joined(k - 2)) || joined(k - 1))) {
        const noun = outcomeOrDead(k, -1);
        if (noun !== undefined) return noun;
      }
    }
    return undefined;
  };

  // "were present", "were there", "were calling for …": people somewhere or at something, no outcome of their own.
  const doingThere = (i: number): boolean => {
    if (words.low(i) !== 'were' && words.low(i) !== 'was') return false;
    const next = words.low(i + 1);
    return (next === 'present' || next === 'there' || next.endsWith('ing')) && outcomeAt(i + 1) === undefined;
  };

  // Whether the word at `at` sets the figure after it against another count: "versus", "compared
  // to", "a fraction of".
  const setAgainst = (at: number): boolean =>
    COMPARING.has(words.low(at)) || ((words.low(at) === 'to' || words.low(at) === 'with') && words.low(at - 1) === 'compared') || (words.low(at) === 'of' && SHARES.has(words.low(at - 1)));

  // The verb before figure f, past a hedge of up to three words: "carrying more than 100".
  const verbAt = (f: Span): number => {
    let k = f.first - 1;
    while (k > sentence.first && k >= f.first - 3 && COUNT_HEDGES.has(words.low(k))) k--;
    return k;
  };
  // Whether figure f counts a vessel's load: "a boat carrying over 100 passengers".
  const carried = (f: Span): boolean => LOAD_VERBS.has(words.low(verbAt(f)));

  // "2,000 Keshis crossed into Dorvo": people at large, civilians or a people named by a demonym,
  // into a land named, with no purpose after it ("crossed into the stadium", "500 soldiers crossed
  // into Kesh", "tourists crossed into Dorvo", "crossed into Kesh to vote" are no flight).
  // "crossed the border" is a flight by the same tests, the border a land named enough, or the land
  // after "into" the one named ("4,000 Keshis crossed the border into Dorvo").
  const fledAcross = (land: number, who: TermRead | undefined, border = false): boolean => {
    // (Refugees flee wherever they cross to; "neighbouring countries" are lands named enough.)
    if (who?.id === 'refugees') return true;
    if (border) {
      if (words.low(land) === 'into') return fledAcross(land + 1, who);
      // ("crossed the border back into Kesh": a return; "in search of work": a purpose.)
      if (words.low(land) === 'back' || (words.low(land) === 'in' && words.low(land + 1) === 'search')) return false;
      return fledFor(land, who);
    }
    let named = words.low(land) === 'the' ? land + 1 : land;
    // ("crossed from Kesh into Dorvo": the land left, then the one reached.)
    if (words.low(land - 1) === 'from') {
      while (words.isWord(named) && words.cap(named)) named++;
      return named > land && (words.low(named) === 'into' || words.low(named) === 'to') && fledAcross(named + 1, who);
    }
    const neighbouring = NEIGHBOURING.has(words.low(named));
    if (neighbouring) named++;
    if ((!words.cap(named) && !neighbouring) || !words.isWord(named)) return false;
    let after = named + 1;
    while (words.isWord(after) && words.cap(after)) after++;
    // ("the Kesh embassy compound": a name that describes a place is no land.)
    if (named > land && words.low(land) === 'the' && words.isWord(after) && !words.cap(after) && !SCENE_PREPOSITIONS.has(words.low(after)) && !words.low(after).endsWith('ly')) return false;
    return fledFor(after, who);
  };
  // Whether the verb after a count of bodies ending at k, past auxiliaries, handles them.
  const handledBodies = (k: number): boolean => {
    let j = k;
    // ("31 bodies of the victims have been handed over": past what they are the bodies of.)
    if (words.low(j) === 'of') for (j++; j < k + 4 && words.isWord(j) && !BODY_AUXILIARIES.has(words.low(j)); ) j++;
    for (const end = j + 5; j < end && j < sentence.last && words.isWord(j); j++) {
      // ("handed over to families" is a part; "handed over" in an exchange may be every one of them.)
      if (BODY_HANDLING.has(words.low(j)) || (words.low(j) === 'handed' && KIN.has(words.low(j + 3)))) return true;
      if (!BODY_AUXILIARIES.has(words.low(j))) return false;
    }
    return false;
  };
  // Whether the words after "held" at k say a detention: none, a time, a place of custody or a
  // state's agent.
  const heldInCustody = (k: number): boolean => {
    // (Not when the clause names captors, a ransom or captivity: "held overnight by gunmen", "held
    // for a ransom", "in rebel captivity".)
    for (let j = k; j < k + HELD_REACH && j < sentence.last && words.isWord(j); j++) if (CAPTORS.has(words.low(j))) return false;
    const w = words.low(k);
    if (k >= sentence.last || !words.isWord(k) || w === 'and' || HELD_AFTER.has(w)) return true;
    // ("held in Kesh", "in the capital": a place named, as a detention is told.)
    if (w === 'in' && (words.cap(k + 1) || (words.low(k + 1) === 'the' && words.cap(k + 2)))) return true;
    if (w === 'in' || w === 'at' || w === 'by') {
      for (let j = k + 1; j <= k + 3 && words.isWord(j); j++) if ((w === 'by' ? STATE_HOLDERS : CUSTODY_PLACES).has(words.low(j))) return true;
    }
    return false;
  };
  // Whether `who`, crossing, fled, by what follows the land at `after`: not "illegally", nor for a
  // purpose other than flight ("to vote", "for the festival"; "to escape the bombing" is one).
  const fledFor = (after: number, who: TermRead | undefined): boolean => {
    if (words.low(after) === 'illegally') return false;
    if (words.low(after) === 'for' || (words.low(after) === 'to' && words.isWord(after + 1) && !words.cap(after + 1) && !FLIGHT_VERBS.has(words.low(after + 1)))) return false;
    // ("300 armed men": men alone, counted as such, are a force more often than a flight.)
    const people = FLEEING.has(who?.id ?? 'people') || (who !== undefined && (words.cap(who.first) || words.cap(who.first - 1)));
    const armed = who !== undefined && ARMED.some((side) => broaderTerms(vocabulary, who.id).includes(side));
    return people && !armed && (who === undefined || (who.term !== 'men' && !who.term.endsWith(' men')));
  };
  // Whether the count at k counts no people: the first noun after it, within three words, is none
  // ("two major opposition parties", "five factories").
  const countsThings = (k: number): boolean => {
    for (let m = k + 1; m < k + 4 && m < sentence.last && words.isWord(m); m++) {
      if (subjectAt(m) !== undefined || outcomeAt(m) !== undefined || FINITE.has(words.low(m))) return false;
      const low = words.low(m);
      if (low.endsWith('s') && !low.endsWith('ss')) return true;
    }
    return false;
  };
  // Whether figure f is what a noun of an action is done with: "the deployment of 600", "the
  // mobilisation of 600 officers" (the noun's own outcome aside: "the evacuation of 300").
  const actionOf = (f: Span): boolean => {
    const noun = words.low(f.first - 2);
    return words.low(f.first - 1) === 'of' && /(?:tion|sion|ment|ance|ence)$/.test(noun) && outcomeAt(f.first - 2) === undefined;
  };

  // Whether a verb that names no outcome comes between two figures: "… migrants had arrived, compared to …".
  const verbBetween = (a: Span, b: Span): boolean => {
    for (let k = a.last; k < b.first; k++) {
      const low = words.low(k);
      if (FINITE.has(low) || (low.endsWith('ed') && words.isWord(k) && !words.cap(k) && outcomeAt(k) === undefined && !REPORTING.has(low) && !COUNTING_VERBS.has(low))) return true;
    }
    return false;
  };

  // The word before figure f, past words that belittle or place it: "an official count of a mere 700,000".
  const leadingWord = (f: Span): number => {
    let at = f.first - 1;
    // ("estimated the turnout at between 30,000 to 60,000": "between" before a range's "to".)
    while (at > sentence.first && (QUOTES.has(words.low(at)) || ['the', 'only', 'some', 'approximately', 'about', 'mere', 'a', 'between'].includes(words.low(at)) || LIKELIHOOD.has(words.low(at)))) at--;
    return at;
  };
  // "put the figure at 50", "an estimate of thousands": a count noun takes the outcome in context.
  const countNounBefore = (f: Span): boolean => {
    const at = leadingWord(f);
    // "organizers spoke of about 70,000", "with organisers saying 20,000", "police estimate: 55,000":
    // the count a reporting verb or noun gives, right before it.
    if (words.low(at) === 'of' && (words.low(at - 1) === 'spoke' || words.low(at - 1) === 'speak')) return true;
    if (words.low(at) === ':' && COUNT_NOUNS.has(words.low(at - 1))) return true;
    // "100,000 protesters versus the 400,000 estimated by organizers", "far fewer than the 40,000
    // claimed", "compared to 312 reported by …": a bare count set against another counts the same.
    // "but police said there were 150,000": a bare count of what was there.
    if ((words.low(at) === 'were' || words.low(at) === 'was') && words.low(at - 1) === 'there' && subjectAfter(f.last).subject === undefined && !words.isWord(f.last)) return true;
    // "a fraction of the 250,000 claimed by the unions", "half of the 40,000 organisers counted".
    if (setAgainst(at) && subjectAfter(f.last).subject === undefined) return true;
    // "with organisers saying 20,000": only a bare number; "said 10,000 militants operate" counts no
    // one. So is one that was somewhere or doing something: "claimed more than 20,000 were present",
    // "… were calling for democracy".
    // "the ministry only confirmed six who include 2 in Kisumu": a relative clause about them may follow.
    if (REPORTING.has(words.low(at))) return subjectAfter(f.last).subject === undefined && (!words.isWord(f.last) || doingThere(f.last) || words.low(f.last) === 'who');
    // "could only monitor 169 persons", "documented 40 people": a count of people counted, of the outcome in context.
    if (COUNTING_VERBS.has(words.low(at))) return subjectAfter(f.last).subject !== undefined;
    // "put the number at least 800,000": the hedge's "at" is the link's as well.
    if (words.low(f.first) === 'at' && COUNT_NOUNS.has(words.low(at))) return true;
    if (!['at', 'as', 'of', 'to', 'was', 'is', 'be'].includes(words.low(at))) return false;
    for (let k = at - 1; k >= at - 4 && k >= sentence.first; k--) {
      // "The number of survivors was at least 200": a count of people no outcome befell.
      if (SPARED.has(words.low(k))) return false;
      if (COUNT_NOUNS.has(words.low(k))) return true;
      // "it had risen to 33", "organisers put it at 100,000", "said it was closer to 100,000", "reports
      // it to be 12,000": "it" is the count given before.
      if (words.low(k) === 'it' && (RISING.has(words.low(at - 1)) || ['at', 'was', 'is', 'to'].includes(words.low(k + 1)))) return true;
    }
    return false;
  };

  // The mark that closes the aside a comma, a parenthesis or a spaced dash opens at token i, or -1.
  const asideClose = (i: number): number => {
    const open = words.low(i);
    const close = open === '(' ? ')' : open;
    let k = i + 1;
    while (k < i + ASIDE_REACH && k < sentence.last && words.low(k) !== close && words.low(k) !== '.') k++;
    return words.low(k) === close && k > i + 1 ? k : -1;
  };
  // An auxiliary at j, before a verb: not "said" of a trailing cue ("…, said Ali Musa"), only of
  // "were said to have died".
  const auxAt = (j: number): boolean => AUX.has(words.low(j)) && !(words.low(j) === 'said' && words.low(j + 1) !== 'to');
  // "five civilians - three women and two children - had died", "five civilians, three women and two
  // children, had died": a breakdown of the count before it, set off right before the verb.
  const countedAside = (i: number): boolean => {
    const open = words.low(i);
    if (!(open === ',' || open === '(' || (DASHES.has(open) && words.spaced(i))) || !starts.has(i + 1)) return false;
    const k = asideClose(i);
    return k >= 0 && (auxAt(k + 1) || outcomeAt(k + 1) !== undefined);
  };
  const insideCountedAside = (f: Span): boolean => {
    for (let j = f.first - 1; j > sentence.first && f.first - j < ASIDE_REACH; j--) {
      const low = words.low(j);
      if (low === ',' || low === '(' || DASHES.has(low)) return countedAside(j) && asideClose(j) >= f.last && words.isWord(j - 1) && isCountedNoun(j - 1);
      if (!words.isWord(j) && !words.isNum(j)) return false;
    }
    return false;
  };
  // Whether token k ends the noun of a figure just before it ("five civilians").
  const figureEnds = new Set(figures.map((f) => f.last));
  const isCountedNoun = (k: number): boolean => {
    for (let n = k; n > sentence.first && k - n < 3; n--) if (figureEnds.has(n)) return true;
    return false;
  };

  const outcomeAfter = (end: number): { term?: TermRead; coordinated?: number; admitted?: true } => {
    let i = end;
    while (QUOTES.has(words.low(i))) i++;
    // A parenthesis between subject and verb: "four civilians, including three women and a child, were
    // killed", "140,000 (according to …) attending", "13 civilians – including two children – have been killed".
    if ((words.low(i) === ',' || words.low(i) === '(' || (DASHES.has(words.low(i)) && words.spaced(i))) && !starts.has(i + 1)) {
      let k = asideClose(i);
      // "27 people, mostly from Sudan, South Sudan and Chad, died": a list inside the aside has commas
      // of its own, so the aside closes at the comma before the verb.
      while (k >= 0 && words.low(i) === ',' && k < i + ASIDE_REACH && !auxAt(k + 1) && outcomeAt(k + 1) === undefined && !starts.has(k + 1)) {
        const next = asideClose(k);
        if (next < 0 || next >= i + ASIDE_REACH) break;
        k = next;
      }
      const after = words.low(k + 1);
      if (k >= 0 && (auxAt(k + 1) || outcomeAt(k + 1) !== undefined || ((after === 'and' || after === ',') && starts.has(k + 2)))) i = k + 1;
    } else if (countedAside(i)) {
      i = asideClose(i) + 1;
    }
    // "31 persons including 12 militants and 13 civilians were killed", "thousands of protesters as
    // well as journalists, lawyers and students were arrested": the list is no part of the clause.
    const asWellAs = words.low(i) === 'as' && words.low(i + 1) === 'well' && words.low(i + 2) === 'as';
    // "eight persons, including three troops were killed": an aside the copy left unclosed (one
    // closed by a comma before its verb was read above).
    const unclosed = words.low(i) === ',' && words.low(i + 1) === 'including';
    if (unclosed) i++;
    if (words.low(i) === 'including' || asWellAs) {
      for (let k = i + 1; k < i + LIST_REACH && k < sentence.last && words.low(k) !== '.' && !(unclosed && words.low(k) === ','); k++) {
        if (FINITE.has(words.low(k))) {
          i = k;
          break;
        }
      }
    }
    // "60 pupils aged between 12 and 16 were abducted": their ages describe them.
    if (words.low(i) === 'aged') {
      let k = words.low(i + 1) === 'between' || words.low(i + 1) === 'from' ? i + 2 : i + 1;
      if (words.isNum(k)) {
        k++;
        if ((words.low(k) === 'to' || words.low(k) === 'and' || DASHES.has(words.low(k))) && words.isNum(k + 1)) k += 2;
        if (words.low(k) === 'years' && words.low(k + 1) === 'old') k += 2;
        i = k;
      }
    }
    // "113 rebels wearing army uniforms died": a participle's phrase after the noun describes them,
    // up to the clause's own verb of an outcome; so does a past participle's with its preposition
    // ("1,300 villagers caught in the crossfire have been killed").
    const describing = words.low(i).endsWith('ing') ? outcomeAt(i) === undefined : (words.low(i).endsWith('ed') || PARTICIPLES.has(words.low(i))) && PARTICIPLE_PREPOSITIONS.has(words.low(i + 1));
    if (describing && words.isWord(i) && !words.cap(i) && !starts.has(i + 1)) {
      // (A relative clause inside has a verb of its own: "30 people visiting relatives who were injured".)
      for (let k = i + 1; k < i + 8 && k < sentence.last && words.isWord(k) && !starts.has(k) && !RELATIVE_PRONOUNS.has(words.low(k)); k++) {
        const verb = words.low(k);
        if (outcomeAt(k) !== undefined && (verb.endsWith('ed') || IRREGULAR_OUTCOMES.has(verb))) {
          i = k;
          break;
        }
        if (FINITE.has(verb)) {
          if (outcomeAt(k + 1) !== undefined || (AUX.has(words.low(k + 1)) && outcomeAt(k + 2) !== undefined)) i = k;
          break;
        }
      }
    }
    // "400 migrants fleeing Libya are feared to have drowned": a participle after the noun describes
    // them when the clause's own verb, further on, names another outcome.
    if (words.low(i).endsWith('ing') && outcomeAt(i) !== undefined) {
      for (let k = i + 1; k < i + 8 && k < sentence.last && words.isWord(k) && !starts.has(k); k++) {
        if (!FINITE.has(words.low(k))) continue;
        let m = k + 1;
        while (m < k + 5 && words.isWord(m) && outcomeAt(m) === undefined) m++;
        if (outcomeAt(m) !== undefined) i = k;
        break;
      }
    }
    // "more than 100 local politicians, activists and academics were detained": more nouns for the
    // same people, listed up to "and" and one more, then their verb.
    if (words.low(i) === ',' && words.isWord(i + 1) && !words.cap(i + 1)) {
      let k = i;
      while (k < i + NAME_LIST_REACH && words.low(k) === ',' && words.isWord(k + 1) && !words.cap(k + 1) && !starts.has(k + 1) && outcomeAt(k + 1) === undefined) k += 2;
      if ((words.low(k) === 'and' || words.low(k) === 'or') && words.isWord(k + 1) && !starts.has(k + 1) && outcomeAt(k + 1) === undefined && FINITE.has(words.low(k + 2))) i = k + 2;
    }
    // A phrase after the noun, up to its verb or the next figure: "eight fighters from rival groups were
    // killed", "five members of security forces loyal to the recognised authorities and eight …".
    // "eight soldiers and a village guard were killed": a second, uncounted noun shares the verb.
    // "leaving five soldiers and both militants dead": so does one with a determiner of its own.
    const another = words.low(i) === 'and' && UNCOUNTED_DETERMINERS.has(words.low(i + 1)) && !starts.has(i + 1);
    const withNoun = words.low(i) === 'with';
    // "three people described as foreign nationals have been killed", "five men believed to be
    // militants": what they were taken for describes them too.
    // So does what they are held for: "four traffickers accused of links to the crossing were arrested".
    const held = HELD_FOR.get(words.low(i)) === words.low(i + 1);
    const described = (DESCRIBED.has(words.low(i)) && (words.low(i + 1) === 'as' || words.low(i + 1) === 'to')) || held;
    if (POST_MODIFIERS.has(words.low(i)) || another || described) {
      let k = i + 1;
      let skipped = false;
      for (; k < i + (described ? DESCRIBED_REACH : 12) && k < sentence.last; k++) {
        // "fighters from the Rapid Support Forces (RSF) were killed": a short parenthesis in a name.
        if (words.low(k) === '(' && words.low(k + 2) === ')') k += 2;
        // "from Dorvo and Kesh", "in Kesh, Dorvo and Tamar provinces": "and" between names, and
        // commas of their list, are inside the phrase.
        // ("from Kesh and neighbouring Dorvo": an adjective of place before the second name.)
        else if (words.low(k) === 'and' && words.cap(k - 1) && (words.cap(k + 1) || (NEIGHBOURING.has(words.low(k + 1)) && words.cap(k + 2)))) continue;
        else if (words.low(k) === ',' && words.cap(k - 1) && words.cap(k + 1) && nameListGoesOn(k + 1)) continue;
        // "100,000 supporters of two opposition parties rallied": a count of what they come from,
        // right after the preposition, counts no people.
        else if (k === i + 1 && starts.has(k) && countsThings(k)) skipped = true;
        // "70 protesters accused of rioting, destroying property, and looting were arrested": a list
        // of what they are held for.
        // (Not before an outcome: "accused of looting and wounded officers".)
        else if (held && (words.low(k) === 'and' || words.low(k) === ',') && words.isWord(k + 1) && !starts.has(k + 1) && outcomeAt(k + 1) === undefined) continue;
        // (Past such a count, a verb in the past that names no outcome ends the clause: "700 fighters
        // from 3 militias surrendered and 40 were arrested".)
        else if (skipped && words.isWord(k) && !words.cap(k) && words.low(k).endsWith('ed') && outcomeAt(k) === undefined) break;
        // "131 persons with burn wounds were hospitalised": the wounds they are with describe them.
        else if (!(words.isWord(k) || words.low(k) === '-') || starts.has(k) || FINITE.has(words.low(k)) || words.low(k) === 'and' || (outcomeAt(k) !== undefined && !(withNoun && words.low(k).endsWith('s')))) break;
      }
      // ("charged three soldiers with the murder of eight": an outcome "of" others befell them; "260
      // people with nearly as many wounded": a count of its own.)
      const ofOthers = outcomeAt(k)?.term.endsWith(' of') === true;
      let asMany = false;
      for (let m = i + 1; m < k && !asMany; m++) asMany = words.low(m) === 'many';
      // ("Some 440,000 people across France demonstrated": a verb in the past ends the phrase too.)
      // (Not an active verb with an object: "2,000 volunteers across the city evacuated 40 patients".)
      const objectAfter = starts.has(k + 1) || OBJECT_DETERMINERS.has(words.low(k + 1));
      // (Nor an adjective after a determiner: "200 people in the flooded district".)
      const adjective = ARTICLES.has(words.low(k - 1)) || OF_DETERMINERS.has(words.low(k - 1));
      const pastOutcome = !another && !withNoun && outcomeAt(k) !== undefined && !ofOthers && !objectAfter && !adjective && (words.low(k).endsWith('ed') || IRREGULAR_OUTCOMES.has(words.low(k)));
      if (FINITE.has(words.low(k)) || (words.low(k) === 'and' && starts.has(k + 1)) || ((another || (withNoun && !asMany)) && outcomeAt(k) !== undefined && !ofOthers) || pastOutcome) i = k;
    }
    if ((words.low(i) === 'and' || words.low(i) === ',') && starts.has(i + 1)) return { coordinated: i + 1 };
    // "20 students along with three teachers were kidnapped": a phrase that joins as "and" does.
    if (JOINING_WITH.has(words.low(i)) && words.low(i + 1) === 'with' && starts.has(i + 2)) return { coordinated: i + 2 };
    // "four officers who killed a man", "who fatally shot a protester": those counted did it.
    const relative = words.low(i) === 'who' ? (outcomeAt(i + 1) ?? outcomeAt(i + 2)) : undefined;
    const agents = relative !== undefined && DONE_TO.has(relative.id) && relative.first <= i + 2 && (starts.has(relative.next) || OBJECT_DETERMINERS.has(words.low(relative.next)));
    if (RELATIVE_SUBJECTS.has(words.low(i)) && words.isWord(i + 1) && outcomeAt(i + 2) !== undefined && !agents) i += 2;
    else if (words.low(i) === 'who') {
      // "Thirty-one who attempted to hold a rally in the square were detained": a relative clause
      // between the count and its verb, read up to RELATIVE_REACH words.
      let main = -1;
      for (let k = i + 2; k < i + RELATIVE_REACH && k < sentence.last && (words.isWord(k) || (agents && starts.has(k))) && (!starts.has(k) || agents); k++) {
        if (FINITE.has(words.low(k)) && (outcomeAt(k + 1) !== undefined || (AUX.has(words.low(k + 1)) && outcomeAt(k + 2) !== undefined))) {
          main = k;
          break;
        }
      }
      // (What befell them is told only by a verb after the clause: "… who killed two soldiers were shot dead".)
      if (main >= 0) i = main;
      else if (agents) return {};
    }
    let skippedCause = false;
    for (let n = 0; n < 8; n++) {
      const low = words.low(i);
      if (QUOTES.has(low)) {
        i++;
        continue;
      }
      // "17 people have, sadly, been confirmed dead": an adverb between commas after an auxiliary.
      // ("Six people were, however, injured": so does a sentence adverb the auxiliaries allow.)
      const aside = words.low(i + 1);
      if (low === ',' && AUX.has(words.low(i - 1)) && words.low(i + 2) === ',' && !words.cap(i + 1) && ((aside.endsWith('ly') && aside.length > 4) || ASIDE_ADVERBS.has(aside))) {
        i += 3;
        continue;
      }
      // "fatally injured", "left homeless": an outcome phrase that starts with a word skipped otherwise;
      // "were among the dead": the people the outcome names.
      const among = low === 'the' && AMONG.has(words.low(i - 1));
      // "were among the 45 dead": the count of the dead after "among the" is the whole they are part of.
      if (starts.has(i) && words.low(i - 1) === 'the' && AMONG.has(words.low(i - 2))) {
        i = (figures[figureAt(i)] as Span).last;
        continue;
      }
      // "10 confirmed Ebola deaths", "12 cholera deaths": a word for what caused them, before an
      // outcome noun in the plural.
      const cause = !skippedCause && words.isWord(i) && !NP_STOP.has(low) && outcomeAt(i) === undefined && words.isWord(i + 1) && words.low(i + 1).endsWith('s') && outcomeAt(i + 1)?.first === i + 1;
      if (cause) skippedCause = true;
      // "six people have so far been arrested": how far along.
      if ((low === 'so' || low === 'thus') && words.low(i + 1) === 'far') {
        i += 2;
        continue;
      }
      // "Eighty people were confirmed as injured": how the outcome was known.
      if (KNOWN_AS.has(low) && words.low(i + 1) === 'as' && outcomeAt(i + 2) !== undefined) {
        i += 2;
        break;
      }
      // "170,000 people were in attendance": the crowd the noun names.
      if (low === 'in' && words.low(i + 1) === 'attendance') {
        i++;
        break;
      }
      // "Five people were found dead", "pronounced dead", "declared dead": how they were known to have died.
      if (FOUND_AS.has(low) && AUX.has(words.low(i - 1)) && outcomeAt(i + 1)?.first === i + 1) {
        i++;
        break;
      }
      // "162 people suffered minor injuries", "sustained serious wounds": a word for how bad, between
      // the verb and the outcome's noun.
      if ((low === 'suffered' || low === 'sustained') && words.isWord(i + 1) && !words.cap(i + 1) && outcomeAt(i + 1) === undefined && outcomeAt(i + 2)?.first === i + 2 && words.low(i + 2).endsWith('s')) {
        i += 2;
        break;
      }
      // "nine people ended up injured": how it came to them.
      if ((low === 'ended' || low === 'end' || low === 'ending') && words.low(i + 1) === 'up' && outcomeAt(i + 2) !== undefined) {
        i += 2;
        break;
      }
      // "44 were shot and wounded": how it befell them, joined to the outcome.
      if (words.isWord(i) && outcomeAt(i) === undefined && words.low(i + 1) === 'and' && outcomeAt(i + 2)?.first === i + 2 && (AUX.has(words.low(i - 1)) || i === end)) {
        i += 2;
        break;
      }
      // "Several hundred people later Saturday marched": the day between them and their verb too.
      const day = WEEKDAYS.has(low) && words.cap(i);
      if (!cause && (!words.isWord(i) || outcomeAt(i) !== undefined || !(AUX.has(low) || among || day || (low.endsWith('ly') && low.length > 4 && !words.cap(i))))) break;
      i++;
    }
    // "moved into temporary settlement camps", "680,000 in settlement camps": the displaced.
    for (let k = i; k < i + 5 && k < sentence.last; k++) {
      if (CAMPS.has(words.low(k)) && (words.low(i) === 'moved' || words.low(i) === 'in' || words.low(i) === 'living' || words.low(i) === 'sheltering')) return { term: known('o', 'displaced', i, words.low(k)) as TermRead };
    }
    // "admitted to hospital", "to a hospital in Kesh", "to local hospitals", "to intensive care":
    // the hurt (not "as a precaution", "for observation" after it).
    if (words.low(i) === 'admitted' && words.low(i + 1) === 'to') {
      for (let k = i + 2; k < i + 7 && k < sentence.last && words.isWord(k); k++) {
        const care = words.low(k) === 'intensive' && words.low(k + 1) === 'care';
        if (!HOSPITALS.has(words.low(k)) && !care) continue;
        const after = care ? k + 2 : k + 1;
        // ("as a precautionary measure", "for tests", "most of them as a precaution", "for routine
        // surgery" in the clause: no one hurt, unless it tells of injuries after all.)
        let hurt = false;
        let precaution = false;
        for (let j = after; j < after + 10 && j < sentence.last && words.low(j) !== '.' && words.low(j) !== ';'; j++) {
          hurt ||= /^(?:injur|wound|burn)/.test(words.low(j));
          precaution ||= /^precaution/.test(words.low(j)) || ADMITTED_FOR.has(words.low(j));
        }
        precaution &&= !hurt;
        return precaution ? { admitted: true } : { term: known('o', 'injured', i, 'admitted') as TermRead };
      }
    }
    // "forced more than 250,000 people from their homes": the displaced.
    if (words.low(i) === 'from' && HOMES.has(words.low(i + 2)) && OF_DETERMINERS.has(words.low(i + 1))) return { term: known('o', 'displaced', i, 'from their homes') as TermRead };
    // "forced 750 people to leave their homes", "1,200 families abandoned their villages": so are
    // those who leave their homes.
    // ("left" is skipped as an auxiliary before: "1,200 families left their homes".)
    for (let leaving = Math.max(end, i - 1); leaving <= i + 3 && leaving < sentence.last; leaving++) {
      if (LEAVING.has(words.low(leaving)) && OF_DETERMINERS.has(words.low(leaving + 1)) && HOMES.has(words.low(leaving + 2))) return { term: known('o', 'displaced', leaving, words.low(leaving)) as TermRead };
    }
    // "287 were marched into the bush": a crowd verb in the passive is a kidnapping.
    if (words.low(i) === 'marched' && ['were', 'was', 'been'].includes(words.low(i - 1))) return { term: known('o', 'abducted', i, 'marched') as TermRead };
    // "79 lives have been lost": lives lost are the dead.
    if (words.low(i) === 'lost' && words.low(end - 1) === 'lives' && AUX.has(words.low(i - 1))) return { term: known('o', 'killed', i, 'lost') as TermRead };
    // "Organizers claimed as many as 3 million people were present" ("were on site", "were in
    // attendance"), in a story of a crowd: there.
    // (Not officers "present" to police it, nor medics to tend it: they are no crowd.)
    const officers = subjectAt(end - 1);
    const working = (officers !== undefined && broaderTerms(vocabulary, officers.id).includes('security-forces')) || ON_DUTY.has(words.low(end - 1));
    const present = words.low(i) === 'present' || (words.low(i) === 'on' && words.low(i + 1) === 'site') || (words.low(i) === 'in' && words.low(i + 1) === 'attendance');
    if (before === 'attended' && !working && present && COPULAS.has(words.low(i - 1)) && outcomeAt(i) === undefined) return { term: known('o', 'attended', i, words.low(i)) as TermRead };
    const term = outcomeAt(i);
    // "Five gunmen killed 12 students", "Two bombers killed a policeman": a count before an active verb
    // with an object of its own did it, and is no count of what it did (but crowds fill and people
    // flee places: "200,000 flooded the capital", "5,000 fled the town").
    // ("Five soldiers fatally shot a protester": a verb of two words too.)
    const active = words.low(i).endsWith('ed') || (term !== undefined && term.next - term.first > 1);
    if (term !== undefined && term.first === i && DONE_TO.has(term.id) && !AUX.has(words.low(i - 1)) && active && (starts.has(term.next) || OBJECT_DETERMINERS.has(words.low(term.next)))) return {};
    // "30 people were killed or wounded", "killed and injured": the dead and the hurt together are
    // neither count alone.
    // Nor are the dead and the missing: "21 were dead or missing", "95 died or went missing".
    if (term !== undefined && (words.low(term.next) === 'or' || words.low(term.next) === 'and')) {
      const other = outcomeAt(term.next + 1);
      if (other !== undefined && other.id !== term.id && CASUALTY_PAIR.has(term.id) && CASUALTY_PAIR.has(other.id)) return {};
      const went = words.low(term.next + 1) === 'went' ? term.next + 2 : term.next + 1;
      if (MISSING_WORDS.has(words.low(went))) return {};
    }
    return term === undefined ? {} : { term };
  };

  // Whether the figure heads a noun for events, past at most one adjective: "the four general strikes".
  const countsEvents = (f: Span): boolean => {
    // ("Crowd of 3,000 storms parliament": a crowd's figure, before a verb in the present.)
    if (words.low(f.first - 1) === 'of' && CROWD_WORDS.has(words.low(f.first - 2))) return false;
    const first = words.low(f.last);
    if (EVENT_PLURALS.has(first)) return true;
    // (Past an adjective only: "thousands to rallies" counts people.)
    return words.isWord(f.last) && !words.cap(f.last) && !NP_STOP.has(first) && words.isWord(f.last + 1) && !words.cap(f.last + 1) && EVENT_PLURALS.has(words.low(f.last + 1));
  };
  // "40 bodies were pulled from the Nile, sending the death toll to 108": the first is what was added;
  // but "38 died in the last 48 hours, bringing the toll to 1,033" counts a period of its own.
  // "another 13", "an additional 19", "a further nine": a figure added to one told before.
  const addedTo = (f: Span): boolean => {
    const w1 = words.low(f.first - 1);
    return w1 === 'another' || ((w1 === 'additional' || w1 === 'further') && (words.low(f.first - 2) === 'an' || words.low(f.first - 2) === 'a'));
  };
  const bringsTotal = (k: number): boolean => {
    const next = figures[k + 1];
    if (next === undefined || !['to', 'at'].includes(words.low(next.first - 1))) return false;
    for (let i = (figures[k] as Span).last; i < next.first - 1; i++) {
      if ((words.low(i) === 'last' || words.low(i) === 'past') && OF_DETERMINERS.has(words.low(i - 1))) return false;
      if (TOLL_CARRYING.has(words.low(i)) && OF_DETERMINERS.has(words.low(i + 1))) return true;
    }
    return false;
  };

  interface Partial {
    readonly outcome: TermRead;
    readonly subject: SubjectRead;
    readonly own: boolean;
    readonly toll: boolean;
    readonly owner?: string | undefined;
  }
  const partial: (Partial | undefined)[] = new Array<Partial | undefined>(figures.length).fill(undefined);
  // Figures that only say who some of a toll were ("ten women were among the dead").
  const among = new Set<number>();
  // The nearest noun for one person before a figure in its sentence ("a soldier"), within
  // OTHERS_REACH words: "a soldier was killed and two others injured". Only a noun after "a", "an" or
  // "one": "Police arrested no one" and "the victims were shopkeepers and children" name no one counted.
  const nounBefore = (f: Span): TermRead | undefined => {
    for (let k = f.first - 1; k >= sentence.first && k >= f.first - OTHERS_REACH; k--) {
      const noun = words.isWord(k) ? subjectAt(k) : undefined;
      if (noun !== undefined && noun.id !== ROOT && ['a', 'an', 'one'].includes(words.low(k - 1))) return noun;
    }
    return undefined;
  };
  // A figure with nothing of its own after it but an attribution, a place or a day, or the end of the clause.
  // Where the words after `from` run to: the clause's end, or GAP_PARTY words.
  const clauseEndFrom = (from: number): number => {
    let end = from;
    while (end < sentence.last && end - from < GAP_PARTY && !CLAUSE_ENDS.has(words.low(end))) end++;
    return end;
  };
  const parallel = (f: Span, crowd = false): boolean => {
    const next = words.low(f.last);
    // "650 in Lille", "300,000 in the capital": a count of somewhere else.
    // "400 in other areas", "200 elsewhere": and so is a count of the rest.
    const rest = (next === 'in' && OTHER_PLACES.has(words.low(f.last + 1)) && words.isWord(f.last + 2)) || next === 'elsewhere';
    const named = rest || ((next === 'in' || next === 'at' || next === 'on') && (words.cap(f.last + 1) || (words.low(f.last + 1) === 'the' && CITY_NOUNS.has(words.low(f.last + 2)))));
    // "(81,000, according to the prefecture)": a comma may stand before "according to".
    const according = (k: number): boolean => words.low(k) === 'according' && words.low(k + 1) === 'to';
    // "…, and 3,100 for the ministry": the party the count is for, as "according to" names it.
    const forParty = crowd && next === 'for' && namesBody(words, f.last + 1, clauseEndFrom(f.last + 1));
    if (!(named || forParty || according(f.last) || (next === ',' && according(f.last + 1)) || next === '.' || next === ';')) return false;
    const own = subjectAfter(f.last);
    return own.subject === undefined && !own.increment && !own.inherit;
  };
  // Where a place phrase that starts at j ends: "in Kesh", "at the Dorvo camp", "in the capital";
  // j itself when none starts there.
  const placeEnd = (j: number): number => {
    if (!SCENE_PREPOSITIONS.has(words.low(j))) return j;
    let k = words.low(j + 1) === 'the' ? j + 2 : j + 1;
    if (!words.cap(k) && !(words.low(j + 1) === 'the' && CITY_NOUNS.has(words.low(k)))) return j;
    const first = k;
    while (k < sentence.last && k - first < 4 && words.isWord(k) && (words.cap(k) || k === first)) k++;
    return k;
  };
  // A party's name of at most four words between a joiner after the count before (ending at j) and a
  // bare figure that ends the clause: "… and the prefecture 9,000".
  // A party that is also a noun for people ("police 40,000") is one only at a crowd, which no one
  // counts by the police in it.
  const gapped = (f: Span, j: number, crowd: boolean): boolean => {
    let k = j;
    if (!GAP_JOINERS.has(words.low(k))) return false;
    if (words.low(k) === ',' && GAP_JOINERS.has(words.low(k + 1))) k++;
    if (f.first - k < 2 || f.first - k > 5) return false;
    // ("and later released 12": a verb of its own, not another party's count of the same.)
    for (let n = k + 1; n < f.first; n++) if (!words.isWord(n) || FINITE.has(words.low(n)) || outcomeAt(n) !== undefined || (!crowd && subjectAt(n) !== undefined) || (words.low(n).endsWith('ed') && !words.cap(n))) return false;
    return parallel(f);
  };
  // A figure inside a breakdown of another: "including two teenagers", "Among the 116, twelve …", ", two of them".
  // "five people wounded, two critically": how badly some of them were hurt, a part.
  const breakdown = (f: Span, k: number): boolean => {
    return insideCountedAside(f) || inList(f) || f.first > breakdownFrom || partOfBefore(f, k) || partOfNamed(f) || severityPart(f, k);
  };
  // "five people wounded, two critically", "…, two seriously injured": a part of the hurt; but "three
  // killed and nine seriously injured" counts the injured, whom no count before named.
  const severityPart = (f: Span, k: number): boolean => {
    if (k === 0 || !SEVERITY.has(words.low(f.last))) return false;
    const own = outcomeAt(f.last + 1);
    if (own === undefined) return true;
    for (let j = sentence.first; j < f.first; j++) if (outcomeAt(j)?.id === own.id) return true;
    return false;
  };
  // "including two teenagers", "31 persons including 12 militants and 13 civilians were killed":
  // each item of the list is a part.
  const inList = (f: Span): boolean => {
    // "…, including two protesters shot by police, and 26 people were injured": a count after ", and"
    // with an outcome of its own opens a clause, no item.
    if (words.low(f.first - 1) === 'and' && words.low(f.first - 2) === ',' && ownOutcomeAfter(f)) return false;
    for (let k = f.first - 1; k >= sentence.first && f.first - k <= LIST_REACH; k--) {
      const low = words.low(k);
      // ("On one side, including in the hills, 31 soldiers …": a place included, no count.)
      // "The dead included 20 pupils", "the count of 72 dead includes 19 bodies", "610,000, which
      // included 8,000": so is what the dead or a count include, not what an incident did ("the
      // march included 5,000 people", "their attack included 120 soldiers killed").
      if (low === 'including' || (INCLUDING.has(low) && !INCIDENT_NOUNS.has(words.low(k - 1)))) return !WHERE_PREPOSITIONS.has(words.low(k + 1));
      // ("…, including two teenagers, while 30 people were injured": a clause of its own; so is one
      // after a comma that no item of a list opens: "…, including six teachers, Zannah said 135 …".)
      if (FINITE.has(low) || low === '.' || low === ';' || low === 'while' || low === 'whereas' || outcomeAt(k) !== undefined) return false;
      if (low === ',' && k + 1 < f.first && !starts.has(k + 1)) return false;
    }
    return false;
  };
  // "The bodies of five women, two of them washed ashore, were recovered": a part of the figure before.
  // ", two of them", ", of which 11 are linked to …": a part of the count before, unless an outcome of
  // its own follows ("90 were taken to hospital, of whom 30 died").
  const ownOutcomeAfter = (f: Span): boolean => {
    for (let j = f.last; j < f.last + 4 && j < sentence.last && words.isWord(j); j++) if (outcomeAt(j) !== undefined) return true;
    return false;
  };
  // "killed 17 people, five in Kesh and seven in Dorvo": counts with no noun, each at a place, after a
  // comma (or "and" after another such) are where the count before fell, when that count named no
  // place ("30,800 in Kesh, 16,850 in Dorvo" is a list).
  const atPlace = (k: number): boolean => (words.low(k) === 'in' || words.low(k) === 'at') && words.cap(k + 1);
  const byPlace: boolean[] = [];
  figures.forEach((f, k) => {
    const before = words.low(f.first - 1);
    const prior = figures[k - 1];
    let placed = false;
    for (let j = prior?.last ?? f.first; j < f.first - 1 && !placed; j++) placed = atPlace(j);
    byPlace[k] = k > 0 && ((before === ',' && !placed) || (before === 'and' && byPlace[k - 1] === true)) && atPlace(f.last);
  });
  const partOfBefore = (f: Span, k: number): boolean =>
    k > 0 &&
    ((words.low(f.first - 1) === ',' && words.low(f.last) === 'of' && (words.low(f.last + 1) === 'them' || words.low(f.last + 1) === 'whom') && !otherOutcomeOf(f)) ||
      ((words.low(f.first - 1) === 'which' || words.low(f.first - 1) === 'whom') && words.low(f.first - 2) === 'of' && !ownOutcomeAfter(f)) ||
      byPlace[k] === true);
  // "2,500 people took part in the protests, 1,700 of whom were detained": a part that another outcome
  // befell is a count of that outcome, no part of the first.
  // (The sentence's outcomes are read once, so that a run of "N of whom" stays linear.)
  let outcomesHere: { at: number; id: string }[] | undefined;
  const otherOutcomeOf = (f: Span): boolean => {
    let own: TermRead | undefined;
    for (let j = f.last + 2; j < f.last + 6 && j < sentence.last && own === undefined; j++) own = outcomeAt(j);
    if (own === undefined) return false;
    if (outcomesHere === undefined) {
      outcomesHere = [];
      for (let j = sentence.first; j < sentence.last; j++) {
        const o = outcomeAt(j);
        if (o !== undefined) outcomesHere.push({ at: j, id: o.id });
      }
    }
    const id = own.id;
    return !outcomesHere.some((o) => o.at < f.first && o.id === id);
  };
  // "of the 27 dead, 15 were women": a part of the count just named, not a count of its own (but in
  // "received reports of 177 deaths, 275 injured" the list goes on).
  const partOfNamed = (f: Span): boolean => {
    if (words.low(f.first - 1) !== ',' || !(outcomeAt(f.first - 2) !== undefined || CASUALTY_WORDS.has(words.low(f.first - 2))) || !words.isNum(f.first - 3)) return false;
    const of = words.low(f.first - 4) === 'of' ? f.first - 4 : OF_DETERMINERS.has(words.low(f.first - 4)) && words.low(f.first - 5) === 'of' ? f.first - 5 : -1;
    // (The list goes on only with an outcome of its own: "a toll of 177 dead, 40 were children" is a part.)
    const listed = (REPORT_NOUNS.has(words.low(of - 1)) || COUNT_NOUNS.has(words.low(of - 1)) || tollNounAt(of - 1) !== undefined) && outcomeOrDead(f.last) !== undefined;
    return of >= 0 && !listed;
  };
  // Whether the figure at k, the sentence's first, and those listed after it with their outcomes
  // ("three dead and five wounded") are all the sentence counts.
  const tollAlone = (first: number): boolean => {
    if (first !== 0) return false;
    for (let k = 0; k + 1 < figures.length; k++) {
      const at = (figures[k] as Span).last;
      const next = figures[k + 1] as Span;
      if (outcomeOrDead(at) === undefined || (words.low(at + 1) !== 'and' && words.low(at + 1) !== ',') || next.first !== at + 2) return false;
    }
    return true;
  };
  // "rose to 102 from the earlier reported 61": the value a count moved from.
  const movedFrom = (f: Span, k: number): boolean => {
    let j = f.first - 1;
    // "an increase from the previous toll of 717": the count named before its value.
    if (words.low(j) === 'of' && (tollNounAt(j - 1) !== undefined || COUNT_NOUNS.has(words.low(j - 1)))) {
      j -= 2;
      // "more than double the previous estimate of 384": a count called earlier is its old value, however it moved
      // (but "tweeted an initial toll of three dead and five wounded", alone in its sentence, is still a count).
      if (OLD_COUNT.has(words.low(j))) return !tollAlone(k);
    }
    for (let n = 0; n < 3 && j > sentence.first && (PREVIOUS_WORDS.has(words.low(j)) || words.low(j) === 'the'); n++) j--;
    return words.low(j) === 'from' && (moves || CHANGES.has(words.low(j - 1)));
  };
  // "six local and three foreign soldiers": a singular word after a plural count is an adjective
  // whose noun comes with the next figure.
  const sharesNounAhead = (k: number): boolean => {
    const f = figures[k] as Span;
    const next = figures[k + 1];
    const word = words.low(f.last);
    return next !== undefined && next.first === f.last + 2 && ['and', 'or'].includes(words.low(f.last + 1)) && values[k] !== 1 && words.isWord(f.last) && singular(word) === word && !PLURAL_NOUNS.has(word) && outcomeAt(f.last) === undefined && partial[k + 1]?.subject.subject !== undefined;
  };
  let breakdownFrom = Number.POSITIVE_INFINITY;
  if (AMONG.has(words.low(sentence.first)) && OF_DETERMINERS.has(words.low(sentence.first + 1))) {
    for (let k = sentence.first + 2; k < sentence.first + 8 && k < sentence.last && breakdownFrom > k; k++) if (words.low(k) === ',') breakdownFrom = k;
  }
  // Whether a word between i and j sends refugees home or on: "returned", "repatriated", "resettled", "deported".
  const homeward = (i: number, j: number): boolean => {
    for (let k = Math.max(i, sentence.first); k < j && k < sentence.last; k++) if (HOMEWARD.test(words.low(k))) return true;
    return false;
  };
  // The first word from i past at most three that `skip` passes over ("are still", "have been").
  const past = (i: number, skip: (low: string) => boolean): number => {
    let k = i;
    while (k < i + 3 && skip(words.low(k))) k++;
    return k;
  };
  const missingAt = (i: number): boolean => MISSING_WORDS.has(words.low(past(i, (low) => FINITE.has(low) || MISSING_VERBS.has(low))));
  const inCaptivity = (i: number): boolean => {
    const k = past(i, (low) => HELD.has(low));
    return words.low(k) === 'in' && words.low(k + 1) === 'captivity';
  };
  for (let k = figures.length - 1; k >= 0; k--) {
    const f = figures[k] as Span;
    const w1 = words.low(f.first - 1);
    // "including two teenagers", "Among the 116, twelve journalists were arrested", "of the 27 dead,
    // 15 were women": a breakdown.
    if (breakdown(f, k)) continue;
    // "rose to 102 from the earlier reported 61": the value the toll moved from, not a count now.
    if (movedFrom(f, k) || countsEvents(f)) continue;
    if (bringsTotal(k)) continue;
    // "all died of heat except for one": the exception is a part of a count, not a count.
    if (w1 === 'except' || (w1 === 'for' && words.low(f.first - 2) === 'except')) continue;
    // "10 Afghan and three foreign troops were killed": the noun and verb come with the next figure.
    const ahead = sharesNounAhead(k) ? partial[k + 1] : undefined;
    let subject = ahead === undefined ? subjectAfter(f.last) : { ...ahead.subject, end: f.last + 1 };
    if (subject.increment) continue;
    const pre = outcomeBefore(f);
    let outcome = pre.term ?? subject.outcome ?? ahead?.outcome;
    // "reported 275 wounded people and 38 others missing": the missing take no outcome from a count
    // before them (in a story of a kidnapping, "missing" is the outcome itself).
    if (missing === undefined && (outcome === undefined || outcome.first < f.first) && missingAt(subject.end)) continue;
    // "recovered an additional 19 bodies", "another 13 bodies were found": bodies added to a toll, as
    // "13 more bodies" are. (People are not: "another 12 were hurt", "a further nine were killed in
    // Kesh" count others.)
    if (subject.body && addedTo(f)) continue;
    // "the bodies of 19 people have been identified", "31 bodies were handed over to families", "the
    // identities of six bodies remain unknown": a part of the dead, handled; no toll.
    const bodies = subject.body || (words.low(f.first - 1) === 'of' && BODY_NOUNS.has(words.low(f.first - 2)));
    if (bodies && (handledBodies(subject.end) || words.low(f.first - 2) === 'identities')) continue;
    // "it attended more than 200 people injured": a medic attends to the hurt, whom a participle
    // straight after them names; no crowd came.
    const hurt = outcome?.id === 'attended' && subject.subject !== undefined ? outcomeAt(subject.end) : undefined;
    if (hurt !== undefined && hurt.id !== 'attended' && hurt.first === subject.end) outcome = hurt;
    // "the club was crowded with about 3,000 fans": a crowd, unless the count names an outcome of its own.
    // (A ward crowded with patients or a camp with refugees holds no crowd.)
    const crowdable = subject.subject === undefined || ((subject.subject.id === ROOT || CROWD_GOERS.has(subject.subject.id)) && !HELD_PEOPLE.has(subject.subject.term));
    if (outcome === undefined && crowdable && words.low(f.first - 1) === 'with' && CROWDED.has(words.low(f.first - 2))) outcome = known('o', 'attended', f.first - 2, words.low(f.first - 2));
    // "Ten women were among the dead", "several minors were among the injured": who some of a toll
    // were, a breakdown as after "including", not a count of its own (read, for "16 others" after it).
    if (subject.subject !== undefined && DEMOGRAPHIC.has(subject.subject.term) && (AMONG.has(words.low(subject.end)) || (FINITE.has(words.low(subject.end)) && AMONG.has(words.low(subject.end + 1))))) among.add(k);
    // "Four soldiers were among 11 people killed": a part named before its whole shares the whole's outcome.
    if (outcome === undefined && subject.subject !== undefined && !DEMOGRAPHIC.has(subject.subject.term) && FINITE.has(words.low(subject.end)) && AMONG.has(words.low(subject.end + 1))) {
      const whole = figureAt(words.low(subject.end + 2) === 'the' ? subject.end + 3 : subject.end + 2);
      if (whole > k) outcome = partial[whole]?.outcome;
    }
    // Bodies are the dead, whatever a later verb did to others: "counted 25 bodies and 3 were arrested".
    if (outcome === undefined && subject.body) outcome = known('o', 'killed', f.first, 'bodies');
    let toll = false;
    // (People admitted to hospital as a precaution are neither hurt nor a crowd.)
    let admitted = false;
    if (outcome === undefined) {
      const after = outcomeAfter(subject.end);
      admitted = after.admitted === true;
      // "After the deployment of 600 police, 1,552 smugglers were arrested": a count that an action's
      // noun governs is no item of a list with the next.
      // So is a vessel's load: "the plane was carrying 106 people and 71 died".
      // And a toll's figure is the toll's, whatever follows: "the death toll was four, …, and 26 were injured".
      if (after.coordinated !== undefined) outcome = actionOf(f) || carried(f) || tollBefore(f) !== undefined ? undefined : partial[figureAt(after.coordinated)]?.outcome;
      else outcome = after.term;
    }
    // "killed a policeman and two soldiers", "killing the governor and his two bodyguards": a count
    // listed after an object with no count, and with no verb of its own, shares the verb before it.
    if (outcome === undefined && !FINITE.has(words.low(subject.end))) {
      const and = OWN_DETERMINERS.has(words.low(f.first - 1)) ? f.first - 2 : f.first - 1;
      const verb = words.low(and) === 'and' && words.low(and - 1) !== ',' ? verbBeforeObject(and) : null;
      if (verb !== null && verb !== undefined && !words.cap(verb.first)) outcome = verb;
    }
    // "Aides to the mayor estimated that there were 750,000 people", after a count of the march:
    // people said to be there, in a story of a crowd, are the crowd (not "people who voted to leave").
    // (Only as what someone said or estimated, with nothing more said of them: not "there were 50
    // people in hospital", "there were 500 people missing", "Last year there were 60,000".)
    const thereSaid = SAID_THERE.has(words.low(f.first - 3)) && (subject.end >= sentence.last || CLAUSE_ENDS.has(words.low(subject.end)));
    if (outcome === undefined && before === 'attended' && thereSaid && EXISTENTIAL.has(words.low(f.first - 1)) && words.low(f.first - 2) === 'there' && (subject.subject === undefined || subject.subject.id === ROOT || subject.subject.id === 'protesters')) {
      outcome = known('o', 'attended', f.first - 1, words.low(f.first - 1));
    }
    // "held dozens of guests hostage": those held are abducted, and "hostage" is what they became.
    if (outcome === undefined && (subject.subject?.id === 'hostages' || words.low(subject.end) === 'hostage') && HOLDING_HOSTAGE.has(words.low(f.first - 1))) outcome = known('o', 'abducted', f.first - 1, 'held hostage');
    // "there were 90 to 120 hostages in the city": hostages there are held.
    if (outcome === undefined && subject.subject?.id === 'hostages' && EXISTENTIAL.has(words.low(f.first - 1)) && words.low(f.first - 2) === 'there') outcome = known('o', 'abducted', f.first - 1, 'held hostage');
    // "are holding 45 villagers in captivity", "120 pupils remain in captivity": so are those held captive.
    if (outcome === undefined && inCaptivity(subject.end)) outcome = known('o', 'abducted', f.first, 'in captivity');
    if (outcome === undefined) {
      const read = tollBefore(f) ?? harmedBefore(f);
      // "The previous death toll was four": a value the count has moved on from, not a count now.
      if (read !== undefined && FORMER.has(words.low(words.low(read.first - 1) === 'death' ? read.first - 2 : read.first - 1))) continue;
      outcome = read;
      toll = read !== undefined;
      if (read?.counted !== undefined && subject.subject === undefined) subject = { ...subject, subject: read.counted };
    }
    if (outcome === undefined && NUMBERING.has(words.low(f.first - 1))) {
      const read = numberedBy(f);
      outcome = read?.outcome;
      toll = read !== undefined;
      if (read?.subject !== undefined && subject.subject === undefined) subject = { ...subject, subject: read.subject };
    }
    // "60,000 refugees have poured across the border": refugees, counted with no other outcome, are the displaced.
    // (Refugees going home, resettled or deported are counted leaving displacement, not in it.)
    if (outcome === undefined && subject.subject?.id === 'refugees' && !homeward(f.first - 3, subject.end + 4)) outcome = known('o', 'displaced', subject.subject.first, subject.subject.term);
    // Spectators, pilgrims and worshippers are a crowd only where a gathering is named beside them.
    const goers = subject.subject !== undefined && CROWD_GOERS.has(subject.subject.id);
    const countable = subject.subject === undefined || subject.subject.id === ROOT || subject.subject.id === 'protesters' || goers || lookupTerm(vocabulary, 's', subject.subject.id).id === 'protesters';
    // A count noun ("put the figure at 50") waits for the outcome in reading order, below, unless a crowd names it.
    // "168 people reported missing are still unaccounted for": the missing are no crowd either.
    // "70 of the detained protesters have been released": some of a group named already are no crowd;
    // nor are "six people hit by bullets", whom something befell.
    // Nor "dozens of protesters were seen being barred by police", "several protesters being carried away".
    let being = subject.end;
    while (being < subject.end + 4 && SEEN_BEING.has(words.low(being))) being++;
    const befell = ((words.low(subject.end).endsWith('ed') || words.low(subject.end) === 'hit') && words.low(subject.end + 1) === 'by') || (words.low(being) === 'being' && TAKEN_FROM.has(words.low(being + 1)) && (words.low(being + 1) !== 'led' || words.low(being + 2) === 'away'));
    const partOfGroup = (words.low(f.last) === 'of' && OF_DETERMINERS.has(words.low(f.last + 1))) || befell;
    // "said one demonstrator": a crowd of one is none.
    const one = subject.subject !== undefined && subject.subject.term !== '' && singular(subject.subject.term) === subject.subject.term && subject.subject.id === 'protesters';
    // "some 5 percent of the union's 800,000 members": a body's size is no crowd.
    const owned = words.poss(f.first - 1) || isPluralApostrophe(words, f.first - 1);
    // "500 soldiers crossed into Kesh", "protesters crossed into the square": no flight, and a crowd may still be one.
    if (outcome?.id === 'displaced' && CROSSING.has(outcome.term) && !fledAcross(outcome.next, subject.subject, outcome.term.endsWith('border'))) outcome = undefined;
    // "had been held in the past week", "held without charge", "held by police": a detention; held
    // by gunmen, for ransom, at gunpoint, back or in isolation is none.
    if (outcome !== undefined && DETAINED_HELD.has(outcome.term) && !heldInCustody(outcome.next)) outcome = undefined;
    // ("20 to 30 monitors observe the rally", "50 observers watched": people at work there are no crowd.)
    const onDuty = ON_DUTY.has(subject.subject?.term ?? words.low(f.last));
    // ("about a dozen protesters fainting", "a handful of people", "a few violent protesters": a few
    // people a story of a crowd tells of, with no verb of coming, are no turnout.)
    const value = values[k] ?? 0;
    const few = value > 0 && value < FEW_PEOPLE;
    if (outcome === undefined && countable && !one && !few && !owned && !onDuty && !admitted && !missingAt(subject.end) && !partOfGroup && (subject.subject?.id === 'protesters' || (goers ? crowdNear(f, subject.end) : crowdAround(f, subject.end, subject.subject)))) {
      outcome = known('o', 'attended', f.first, '');
      toll = true;
    }
    // "took refuge from the rain": shelter from the weather is no displacement.
    if (outcome?.id === 'displaced' && words.low(outcome.next) === 'from' && WEATHER.has(words.low(words.low(outcome.next + 1) === 'the' ? outcome.next + 2 : outcome.next + 1))) continue;
    // "sentenced 29 people to death": a sentence, not a death.
    // (But "sentenced 5 hostages to death and executed them" kills them.)
    if (outcome !== undefined && words.low(outcome.first) === 'death' && words.low(outcome.first - 1) === 'to' && sentenced(f, outcome.first) && !(words.low(outcome.next) === 'and' && outcomeAt(outcome.next + 1) !== undefined)) continue;
    // "1,500 soldiers took part in the operation": forces taking part in one are no crowd.
    if (outcome?.id === 'attended' && PARTAKING.has(outcome.term) && OPERATIONS.has(words.low(outcome.next + 2)) && subject.subject !== undefined && broaderTerms(vocabulary, subject.subject.id).includes('security-forces')) continue;
    if (outcome !== undefined) partial[k] = { outcome, subject, own: pre.own || subject.own === true, toll, owner: pre.owner };
  }
  // The count of the figure before, read again by the figure f; `own` if it is still the party's own loss.
  const again = (p: Partial, f: Span, own: boolean): Partial => ({ outcome: p.outcome, subject: { ...p.subject, end: f.last }, own, toll: p.toll });
  // "killed five mercenaries and seven from the army": a figure joined to the one before shares its verb.
  for (let k = 1; k < figures.length; k++) {
    const p = partial[k - 1];
    const f = figures[k] as Span;
    if (partial[k] === undefined && p?.outcome.id === 'attended' && words.low(f.first - 1) === 'including' && parallel(f)) {
      // "900,000 across the country, including 70,000 in Kesh": a crowd elsewhere is a count of
      // its own place, not a part no one disputes.
      partial[k] = again(p, f, p.own);
      continue;
    }
    // "killing 35 hostages — including five Americans — and 15 militants": past a breakdown in an
    // aside, the figure before it shares its verb with the one after.
    if (partial[k] === undefined && p === undefined && k >= 2 && words.low(f.first - 1) === 'and' && ASIDE_CLOSERS.has(words.low(f.first - 2))) {
      const before = partial[k - 2];
      const close = words.low(f.first - 2);
      let open = (figures[k - 1] as Span).first - 1;
      while (open > sentence.first && !(words.low(open) === (close === ')' ? '(' : close))) open--;
      if (before !== undefined && !before.toll && before.subject.end === open) {
        const subject = subjectAfter(f.last);
        if (subject.subject !== undefined && !subject.increment) partial[k] = { outcome: before.outcome, subject, own: before.own, toll: false };
      }
      continue;
    }
    if (partial[k] !== undefined || p === undefined || breakdown(f, k)) continue;
    const joiner = words.low(f.first - 1);
    // But a count whose own noun is its outcome ("21 fatalities, four victims of sexual assault") has no verb to share.
    const ownNoun = p.outcome.first >= (figures[k - 1] as Span).last && p.outcome.first < p.subject.end;
    // "the deaths of at least 17 soldiers and 23 civilians": the count a toll noun is "of" lists on.
    const ofList = p.toll && words.low(p.outcome.next) === 'of' && p.outcome.next < (figures[k - 1] as Span).first;
    // ("arrested 42 protesters in Kesh and 17 in Dorvo", "12 people were killed in Kesh and 7 in
    // Dorvo": the count before may end at its place, after its verb.)
    // (Only past a place: "70 were killed and 45 were left hurt" joins no counts.)
    const verbEnd = p.outcome.first >= p.subject.end && p.outcome.first <= p.subject.end + 2 ? p.outcome.next : p.subject.end;
    // (And the bare count has no verb of its own after its place: "and 2,000 in Kesh lost their homes".)
    const verbAfter = (k: number): boolean => {
      for (let j = k; j < sentence.last && j < k + 8 && !CLAUSE_ENDS.has(words.low(j)); j++) {
        const low = words.low(j);
        if (words.isWord(j) && !words.cap(j) && (FINITE.has(low) || IRREGULAR_PAST.has(low) || low.endsWith('ed') || outcomeAt(j) !== undefined)) return true;
      }
      return false;
    };
    const placed = placeEnd(verbEnd) > verbEnd && !verbAfter(placeEnd(f.last)) ? placeEnd(verbEnd) : p.subject.end;
    if ((!p.toll || ofList) && !ownNoun && (joiner === 'and' || joiner === ',') && placed >= f.first - 2 && placed <= f.first) {
      // ("the deaths of five policemen and 14 others": in one list, the others are other people.)
      const read = subjectAfter(f.last);
      const subject = ofList && read.inherit ? { ...read, inherit: false, subject: known('s', ROOT, read.end - 1, words.low(read.end - 1)) } : read;
      // "… 27 bodies, and 50 people are still missing": the missing are no count of the verb before;
      // nor, after a clause with its verb ("640 died and"), are "9,000 people sickened", who have a
      // verb of their own ("the bodies of five adults and 15 boys were found" share theirs).
      const verb = words.low(subject.end);
      const clauseBefore = p.outcome.first >= (figures[k - 1] as Span).last && p.outcome.first < f.first;
      // ("50 dead and 120 rescued alive": so is a bare count with a participle of its own.)
      const ownVerb = clauseBefore && ((subject.end > f.last && FINITE.has(verb)) || (verb.endsWith('ed') && outcomeAt(subject.end) === undefined));
      if (!subject.increment && !missingAt(subject.end) && !ownVerb) partial[k] = { outcome: p.outcome, subject, own: p.own, toll: false };
    } else if ((joiner === ',' || joiner === '(' || (joiner === 'and' && (words.low(f.first - 2) === ',' || parallel(figures[k - 1] as Span)))) && parallel(f, p.outcome.id === 'attended')) {
      // "107,000 demonstrated according to the Interior, nearly 300,000 according to the CGT", "a
      // thousand demonstrators in Lyon, 650 in Lille", "… according to the union (81,000 according to
      // the police)", "two million across the country, and 300,000 in the capital", "4,100 in Nairobi
      // and 27,000 in Kenya": a bare figure in a list counts what the one before did.
      partial[k] = again(p, f, p.own);
    } else if (joiner === 'not' && (words.low(f.first - 2) === 'and' || words.low(f.first - 2) === ',')) {
      // "the number is 143 and not 170 as stated by the police": the count a figure corrects counts the same.
      partial[k] = again(p, f, false);
    } else if ((joiner === 'at' && words.low(f.first - 2) === 'and' && words.low((figures[k - 1] as Span).first - 1) === 'at') || gapped(f, p.subject.end, p.outcome.id === 'attended')) {
      // "estimated at 60,000 by the organisers and at 25,000 by the police", "the unions counted
      // 30,000 demonstrators and the prefecture 9,000": another party's count of the same.
      partial[k] = again(p, f, false);
    }
  }
  // "Two of the 12 workers suffered burns", "None of the 30 miners sustained injuries": what the people
  // of "N of the M" suffered befell the N, not all M.
  for (let k = 1; k < figures.length; k++) {
    const p = partial[k];
    const f = figures[k] as Span;
    if (p === undefined || partial[k - 1] !== undefined || words.low(f.first - 1) !== 'the' || words.low(f.first - 2) !== 'of' || (figures[k - 1] as Span).last !== f.first - 2) continue;
    if (!OWN_LOSS_VERBS.has(words.low(p.outcome.first)) && !OWN_LOSS_VERBS.has(words.low(p.outcome.first - 1))) continue;
    if (p.outcome.first < f.last) continue;
    partial[k - 1] = p;
    partial[k] = undefined;
  }
  // "40 rebels were killed and only five soldiers.", "751 militants have been killed, along with 29
  // soldiers.": a figure and its noun after the verb, ending the clause, share the verb of the figure before.
  const alongWith = (f: Span): boolean => words.low(f.first - 1) === 'with' && JOINING_WITH.has(words.low(f.first - 2));
  for (let k = 1; k < figures.length; k++) {
    const p = partial[k - 1];
    const f = figures[k] as Span;
    // (A crowd's "along with 200 police officers" were there for another reason.)
    if (partial[k] !== undefined || p === undefined || p.toll || (words.low(f.first - 1) !== 'and' && !(alongWith(f) && p.outcome.id !== 'attended')) || breakdown(f, k)) continue;
    if (p.outcome.first <= (figures[k - 1] as Span).last || p.outcome.first >= f.first) continue;
    const subject = subjectAfter(f.last);
    const close = words.low(subject.end);
    if (subject.subject !== undefined && !subject.increment && (subject.end >= sentence.last || ['.', ',', ';', '"', '\u201d'].includes(close))) partial[k] = { outcome: p.outcome, subject, own: p.own, toll: false };
  }
  // "CBP has recovered six bodies, while Mexican officials have recovered three": a bare count after
  // the verb of a count before it in the sentence counts what that one did.
  const verbBefore = (f: Span): string => {
    const k = verbAt(f);
    return words.isWord(k) && words.low(k).endsWith('ed') ? words.low(k) : '';
  };
  for (let k = 1; k < figures.length; k++) {
    const f = figures[k] as Span;
    const verb = verbBefore(f);
    if (partial[k] !== undefined || verb === '' || breakdown(f, k)) continue;
    const subject = subjectAfter(f.last);
    if (subject.subject !== undefined || subject.increment) continue;
    for (let j = k - 1; j >= 0; j--) {
      const p = partial[j];
      if (p !== undefined && !p.toll && verbBefore(figures[j] as Span) === verb) {
        partial[k] = again(p, f, false);
        break;
      }
    }
  }
  // "killed six local and three foreign soldiers": the verb came first, the noun with the next figure.
  for (let k = figures.length - 2; k >= 0; k--) {
    const p = partial[k];
    const next = partial[k + 1];
    if (p !== undefined && next !== undefined && sharesNounAhead(k)) partial[k] = { ...p, subject: { ...next.subject, end: (figures[k] as Span).last + 1 } };
  }
  // Count nouns take the outcome of the figure before them, in this sentence or the ones before:
  // "X put the toll at 4, Y put the figure at 3", "the military said 25 died, Khan put the number at eight".
  // With no figure before, a toll the sentence named does: "disputed the death tolls …, after a rights
  // group put the number at over 160".
  const tollNamedBefore = (f: Span): string | undefined => {
    for (let i = f.first - 1; i >= sentence.first && f.first - i <= TOLL_WINDOW; i--) {
      const kind = tollNounAt(i) ?? TOLL_NOUNS.get(singular(words.low(i)));
      if (kind !== undefined) return kind;
    }
    return undefined;
  };
  // "Protesters gathered outside parliament, and police put their number at 5,000": the first outcome
  // this sentence names, before the figure and with no figure of its own, as one of the sentence
  // before would be (read once per sentence).
  let firstOutcome: TermRead | undefined | null = null;
  const namedBefore = (f: Span): string | undefined => {
    if (firstOutcome === null) firstOutcome = firstTermIn(words, sentence, vocabulary, 'o');
    return firstOutcome !== undefined && firstOutcome.next <= f.first ? firstOutcome.id : undefined;
  };
  // "estimate of militants killed was about 25": a count noun, "of", whom and what befell them, then
  // its link to the figure.
  const countOfNamed = (f: Span): { outcome: TermRead; subject: TermRead } | undefined => {
    for (let j = f.first - 2; j >= sentence.first && f.first - j <= 8; j--) {
      if (!COUNT_NOUNS.has(words.low(j)) || words.low(j + 1) !== 'of') continue;
      const subject = subjectAt(j + 2);
      const outcome = subject === undefined ? undefined : outcomeAt(subject.next);
      if (subject === undefined || outcome === undefined || outcome.next > f.first || !TOLL_LINKS.has(words.low(outcome.next))) return undefined;
      return { outcome, subject };
    }
    return undefined;
  };
  // The people a bare count is said to be, ending its clause: "610 were militants,", "four were policemen".
  const copulaSubject = (f: Span): TermRead | undefined => {
    if (!COPULAS.has(words.low(f.last))) return undefined;
    for (let j = f.last + 1; j <= f.last + 3 && j < sentence.last; j++) {
      const who = subjectAt(j);
      if (who === undefined) continue;
      return (CLAUSE_ENDS.has(words.low(who.next)) || who.next >= sentence.last) && !DEMOGRAPHIC.has(who.term) ? who : undefined;
    }
    return undefined;
  };
  const missingBefore = (f: Span): boolean => {
    for (let i = sentence.first; i < f.first; i++) if (MISSING_WORDS.has(words.low(i)) && outcomeAt(i) === undefined) return true;
    return false;
  };
  // "… left at least 37 women dead. '… we have 37,' the spokesman said": a bare count the
  // story gave before with its outcome counts that outcome again (a small one only where it points back).
  const outcomeOfValue = (value: number | undefined): string | undefined =>
    value === undefined ? undefined : vocabulary.outcomes.find((o) => earlier.has(`${o.id}\u0000${value}`))?.id;
  // A figure of this sentence names the outcome first, then a toll noun of this sentence ("I can't
  // give the exact toll, but it is about 60"), then the sentences before.
  let outcomeHere: string | undefined;
  const counted = new Set<number>();
  for (let k = 0; k < figures.length; k++) {
    const p = partial[k];
    if (p !== undefined) outcomeHere = p.outcome.id;
    else if (!breakdown(figures[k] as Span, k) && countNounBefore(figures[k] as Span) && !movedFrom(figures[k] as Span, k) && !countsEvents(figures[k] as Span)) {
      // "The count for the missing soared to 55,917 from a figure of 27,838": a count of a sentence
      // about the missing takes no outcome from the sentences before.
      // "The Afghan estimate of militants killed was about 25": the count noun names both.
      const named = countOfNamed(figures[k] as Span);
      if (named !== undefined) {
        partial[k] = { outcome: named.outcome, subject: { ...subjectAfter((figures[k] as Span).last), subject: named.subject }, own: false, toll: true };
        counted.add(k);
        continue;
      }
      // "a quarter of a million migrants had arrived, compared to 219,000 in all of 2014": a count set
      // against one of this sentence that counts no outcome counts none either.
      if (k > 0 && partial[k - 1] === undefined && setAgainst(leadingWord(figures[k] as Span)) && verbBetween(figures[k - 1] as Span, figures[k] as Span)) continue;
      const context = outcomeHere ?? tollNamedBefore(figures[k] as Span) ?? outcomeOfValue(values[k]) ?? namedBefore(figures[k] as Span) ?? (missingBefore(figures[k] as Span) ? undefined : before);
      if (context === undefined) continue;
      const subject = subjectAfter((figures[k] as Span).last);
      const outcome = known('o', context, (figures[k] as Span).first, '');
      // ("The new tally of 66 people still missing": the missing are no count of a toll, but in a
      // story of a kidnapping they are the abducted.)
      if (!subject.increment && outcome !== undefined && (missing !== undefined || !missingAt(subject.end))) {
        partial[k] = { outcome, subject, own: false, toll: true };
        counted.add(k);
      }
    } else if (!breakdown(figures[k] as Span, k)) {
      // "23 were killed. 19 were paramilitary soldiers and four were policemen": who they were, of a
      // count just told, counts them with its outcome (but "of the 27 dead, 15 were women" is a part).
      const who = copulaSubject(figures[k] as Span);
      const context = outcomeHere ?? before;
      const outcome = who === undefined || context === undefined || !HARMS.has(context) ? undefined : known('o', context, (figures[k] as Span).first, '');
      if (who !== undefined && outcome !== undefined) partial[k] = { outcome, subject: { ...subjectAfter((figures[k] as Span).last), subject: who, end: who.next }, own: false, toll: false };
    }
  }

  // Whether the words from a revising verb at j to token e name an earlier statement: "updating a
  // statement from last week saying".
  const revisesStatement = (j: number, e: number): boolean => {
    for (let k = j + 1; k < e && k <= j + 3; k++) if (DOCUMENT_NOUNS.has(words.low(k))) return true;
    return false;
  };
  // "announced that there are about fifty dead …, before revising to speak of 73 dead": a count the
  // same clause goes on to revise is an old value.
  for (let k = 0; k + 1 < figures.length; k++) {
    const p = partial[k];
    const later = partial[k + 1];
    const next = figures[k + 1] as Span;
    if (p === undefined || later === undefined || p.outcome.id !== later.outcome.id) continue;
    for (let j = next.first - 1; j > (figures[k] as Span).last && next.first - j <= REVISION_REACH; j--) {
      // "… before revising to speak of 73", "the toll of 25 was raised to 28".
      // (Not "…, correcting a statement from Monday that put it at 25": the count after is the old one, and
      // both are the party's.)
      const revising = REVISING.has(words.low(j)) && ['before', 'then', ','].includes(words.low(j - 1)) && !revisesStatement(j, next.first);
      const passive = RAISING.has(words.low(j)) && (FINITE.has(words.low(j - 1)) || words.low(j - 1) === 'been') && words.low(j + 1) === 'to';
      if (!revising && !passive) continue;
      partial[k] = undefined;
      break;
    }
  }
  // "18 of the 60 miners were killed", "twelve out of the 40 passengers died": the verb after the
  // whole is the part's, and the whole is the group they came from, no count of what befell them;
  // after "out of" it is that group even when no part sits next to it ("214 were abducted out of a
  // total of 700 students"). But "two of the 14 people killed were soldiers" and "12 of the dozens
  // injured were shot" count the 14 killed and the dozens injured: a participle straight after the
  // noun names the whole, not the part's verb.
  for (let k = 1; k < figures.length; k++) {
    const p = partial[k];
    const f = figures[k] as Span;
    if (p === undefined) continue;
    let j = f.first - 1;
    if (OF_DETERMINERS.has(words.low(j)) || words.low(j) === 'a') j--;
    j = pastSum(j);
    if (words.low(j) !== 'of') continue;
    const out = words.low(j - 1) === 'out';
    const adjacent = (out ? j - 1 : j) === (figures[k - 1] as Span).last;
    // "three of the 40 who were injured have since died": a relative clause that ends in the outcome
    // names the whole too ("four of the 25 who were on the site were killed" does not).
    let relative = false;
    for (let m = Math.max(p.subject.end, p.outcome.first - 3); m < p.outcome.first && !relative; m++) relative = RELATIVE_PRONOUNS.has(words.low(m));
    const verbAfter = p.outcome.first >= p.subject.end && !relative && (AUX.has(words.low(p.outcome.first - 1)) || DIED.has(words.low(p.outcome.first)));
    if (adjacent && verbAfter && partial[k - 1] === undefined) partial[k - 1] = p;
    // "rescued 20 out of 35 abducted students": a group whose own noun names what befell it stays.
    const ownNoun = !p.toll && p.outcome.first >= f.first && p.outcome.first < p.subject.end;
    if ((out && !ownNoun) || (adjacent && verbAfter)) partial[k] = undefined;
  }
  // "116 people were injured — 70 police officers and 46 protesters —": counts in an aside that add
  // up to a count before it break that one down; read as a crowd (a strike story), they take what
  // befell the whole instead. (Only those: parts with no outcome stay breakdowns, drafted nowhere.)
  for (let j = 1; j + 1 < figures.length; j++) {
    const opener = words.low((figures[j] as Span).first - 1);
    if (opener !== '(' && !DASHES.has(opener)) continue;
    let m = j;
    let sum = values[j] ?? Number.NaN;
    while (m + 1 < figures.length && (words.low((figures[m + 1] as Span).first - 1) === 'and' || words.low((figures[m + 1] as Span).first - 1) === ',')) sum += values[++m] ?? Number.NaN;
    if (m === j || !ASIDE_CLOSERS.has(words.low(subjectAfter((figures[m] as Span).last).end))) continue;
    // (The whole is one of the few counts just before the aside: a run of asides stays linear.)
    for (let i = j - 1; i >= 0 && j - i <= ASIDE_WHOLE_REACH; i--) {
      const whole = partial[i];
      if (whole === undefined || values[i] !== sum || whole.outcome.id === 'attended') continue;
      for (let t = j; t <= m; t++) if (partial[t]?.outcome.id === 'attended') partial[t] = { outcome: whole.outcome, subject: subjectAfter((figures[t] as Span).last), own: whole.own, toll: false };
      break;
    }
    j = m;
  }
  // "67 imprisoned men were freed", "40 detained protesters have been released": prisoners set free
  // are no count of arrests (who was arrested, and when, is not told).
  for (let k = 0; k < figures.length; k++) {
    if (partial[k]?.outcome.id !== 'arrested') continue;
    // (Not "Police arrested 40 people who were released on bail": a relative clause tells more of them.)
    let v = (figures[k] as Span).last;
    while (v < (figures[k] as Span).last + FREED_REACH && v < sentence.last && words.isWord(v) && !FINITE.has(words.low(v)) && !RELATIVE_PRONOUNS.has(words.low(v))) v++;
    for (let n = 0; n < 3 && v < sentence.last && (FINITE.has(words.low(v)) || words.low(v) === 'been'); n++) v++;
    if (FREED.has(words.low(v))) partial[k] = undefined;
  }
  // "30 deaths and 200 houses destroyed": a count of things counts no people, whatever it shares.
  // ("200 cattle herders detained": a noun for things before a noun for people only describes them.)
  // ("two displacement camps", "three protest tents": a word before the noun for things only describes them.)
  // ("50 seized assault rifles": two words may describe it.)
  // (Not "killed 30 using attack helicopters": a participle or an adverb opens a phrase of its own.)
  const modifier = (m: number): boolean => words.isWord(m) && !words.cap(m) && !NP_STOP.has(words.low(m)) && !SCENE_PREPOSITIONS.has(words.low(m)) && subjectAt(m) === undefined && !words.low(m).endsWith('ing') && !words.low(m).endsWith('ly');
  for (let k = 0; k < figures.length; k++) {
    const last = (figures[k] as Span).last;
    let after = last;
    while (after < last + THING_MODIFIERS && !THING_NOUNS.has(words.low(after)) && modifier(after)) after++;
    if (!THING_NOUNS.has(words.low(after))) continue;
    const follow = words.low(after + 1);
    const describes = subjectAt(after + 1) !== undefined || (words.isWord(after + 1) && !words.cap(after + 1) && follow.endsWith('s') && !follow.endsWith('ss') && !NP_STOP.has(follow));
    if (!describes) partial[k] = undefined;
  }
  // The subjects of the two figures before figure k, when "and" joins them with different nouns.
  const joinedPair = (k: number): [string, string] | undefined => {
    const a = result[k - 2];
    const b = result[k - 1];
    if (k < 2 || a === undefined || b === undefined || a.subject === b.subject) return undefined;
    return words.low((figures[k - 1] as Span).first - 1) === 'and' ? [a.subject, b.subject] : undefined;
  };
  // Whether the sentence names the army or soldiers before token p, and no police outside the
  // noun `own` (the vocabulary says which words name either).
  const armySentence = (p: number, own: TermRead): boolean => {
    let army = false;
    for (let k = sentence.first; k < sentence.last; k++) {
      if (k === own.first) k = own.next;
      const named = subjectAt(k)?.id;
      if (named === 'police') return false;
      if (k < p && (MILITARY_WORDS.has(words.low(k)) || named === 'soldiers')) army = true;
    }
    return army;
  };
  // Left to right: "12 others", "three injured" take the subject of the figure before them, in
  // this sentence or, for "others" and "of them", the last one named before it.
  const result: (MeasureRead | undefined)[] = [];
  // Those figures with a list's first items before them ("10 women and three infants were among
  // those killed"), read from the last figure back, once.
  const amongToll = new Array<boolean>(figures.length).fill(false);
  for (let k = figures.length - 1; k >= 0; k--) {
    const read = partial[k]?.subject;
    const next = figures[k + 1];
    const joined = read?.subject !== undefined && next !== undefined && DEMOGRAPHIC.has(read.subject.term) && (words.low(read.end) === 'and' || words.low(read.end) === ',') && read.end + 1 === next.first;
    amongToll[k] = among.has(k) || (joined && amongToll[k + 1] === true);
  }
  // The outcomes a whole is counted of, in this sentence or before it: a breakdown of sex or age is
  // dropped only beside one ("UNICEF said 30 children were among the dead" alone is a count).
  const wholes = new Set<string>(memory.told ?? []);
  partial.forEach((q, j) => {
    if (q !== undefined && !amongToll[j]) wholes.add(q.outcome.id);
  });
  let previous: { subject: string; term: string; last: number; load?: boolean } | undefined =
    memory.subject === undefined ? undefined : { subject: memory.subject, term: memory.term ?? '', last: Number.NEGATIVE_INFINITY };
  for (let k = 0; k < figures.length; k++) {
    const p = partial[k];
    const f = figures[k] as Span;
    if (p === undefined) {
      // "the presence of several terrorists": a count with no outcome still names whom "them" means.
      // "One of the teachers, Sani Musa," names a person, not people counted; a breakdown ("including
      // two teenagers") names no one the figures after it count.
      const named = breakdown(f, k) ? undefined : subjectAfter(f.last).subject;
      if (named === undefined || values[k] === 1) {
        result.push(undefined);
        continue;
      }
      memory.latest = { subject: named.id, term: named.term };
      if (named.id !== ROOT) {
        previous = { subject: named.id, term: named.term, last: f.last, load: carried(f) };
        memory.subject = named.id;
        memory.term = named.term;
      }
      result.push(undefined);
      continue;
    }
    const written = p.subject.subject;
    // A party's own losses counted as "men" or "people" are its own fighters ("despite losing 19 men").
    let defaulted = written === undefined || (p.own && (!written.known || written.id === ROOT));
    let subject = defaulted ? ROOT : (written?.id ?? ROOT);
    let term = defaulted ? '' : (written?.term ?? '');
    // "The army said five soldiers died and two officers in the shoot-out": officers in a sentence of
    // the army's, with no police in it, are the army's (not "prison officers", "officers of the group").
    if (subject === 'police' && (term === 'officers' || term === 'officer') && written?.first === f.last && words.low(f.last + 1) !== 'of' && armySentence(f.first, written)) subject = 'soldiers';
    // "Government troops suffered six dead": the losers before the verb, when a noun for people names them.
    const loser = p.own && defaulted && p.owner !== undefined ? p.owner.split(' ').pop() : undefined;
    const losers = loser === undefined || loser === '' ? undefined : lookupTerm(vocabulary, 's', loser);
    if (losers !== undefined && losers.known && losers.id !== ROOT) {
      subject = losers.id;
      term = loser as string;
      defaulted = false;
    }
    // ("A boat carrying 100 passengers capsized, leaving 60 dead": the load names whom "of them" means,
    // not what a bare count near it counts.)
    const near = previous !== undefined && f.first - previous.last <= 12 && previous.load !== true;
    const others = written === undefined && p.subject.inherit && !p.own && (previous === undefined || previous.last < sentence.first) ? nounBefore(f) : undefined;
    // "left 71 military personnel dead … killing 71": the same number, counted again, counts the same people.
    // "the two dead": a small number said again, with "the", points back too.
    const key = `${p.outcome.id}\u0000${values[k] ?? ''}`;
    const same = written === undefined && !p.own ? (earlier.get(key) ?? (POINTING_BACK.has(words.low(f.first - 1)) ? earlier.get(`${DEFINITE_ONLY}${key}`) : undefined)) : undefined;
    if (same !== undefined) {
      subject = same.subject;
      term = same.term;
      defaulted = false;
    } else if (written === undefined && p.subject.bare && memory.latest !== undefined && !p.own && !p.toll) {
      subject = memory.latest.subject;
      term = memory.latest.term;
      defaulted = false;
    } else if (others !== undefined) {
      // "a soldier was killed and two others injured": "others" are more of the people the clause named.
      subject = others.id;
      term = others.term;
      defaulted = false;
    } else if (written === undefined && previous !== undefined && (!p.toll || counted.has(k)) && (p.subject.inherit || near || counted.has(k)) && !p.own) {
      // "10 women and three infants were killed, and 16 others injured": others of both, not of the last.
      const pair = p.subject.inherit ? joinedPair(k) : undefined;
      subject = pair === undefined ? previous.subject : commonBroader(vocabulary, pair[0], pair[1]);
      term = pair === undefined ? previous.term : '';
      defaulted = false;
    }
    // "Two officers were among the 45 dead": the whole after "among the" counts everyone, not the part.
    if (written === undefined && words.low(f.first - 1) === 'the' && AMONG.has(words.low(f.first - 2))) {
      subject = ROOT;
      term = '';
    }
    // "found 92 bodies and eight survivors": those who lived through it count for no outcome; "forty
    // prisoners fled" escaped, which is no displacement; "initial projections of 200,000 attendees"
    // is a forecast, which no one claims happened.
    if ((amongToll[k] === true && wholes.has(p.outcome.id)) || SURVIVORS.has(term) || (p.outcome.id === 'displaced' && PRISONERS.has(term)) || (words.low(f.first - 1) === 'of' && FORECASTS.has(words.low(f.first - 2)))) {
      result.push(undefined);
      continue;
    }
    const outcomeTerm = p.outcome.term === p.outcome.id ? '' : p.outcome.term;
    // "12,000 trade unionists took part", "hundreds of thousands of Italians marched": a crowd counts
    // the people who came, whoever they are (the word stays the term), so that it competes with the
    // other counts of the crowd.
    if (p.outcome.id === 'attended' && subject !== 'protesters' && !broaderTerms(vocabulary, subject).includes('protesters')) subject = ROOT;
    // "captured 98 troops": a state's forces are taken, not arrested; only an armed group captures
    // them, which is an abduction.
    const taken = p.outcome.id === 'arrested' && CAPTURE_WORDS.has(p.outcome.term) && broaderTerms(vocabulary, subject).includes('security-forces');
    result.push({ outcome: taken ? 'abducted' : p.outcome.id, outcomeTerm, subject, term, defaulted, ownLoss: p.own, toll: p.toll, ...(p.owner === undefined || p.owner === '' ? {} : { owner: p.owner }), ...(mutual ? { mutual } : {}) });
    if (!(memory.told ??= []).includes(p.outcome.id)) memory.told.push(p.outcome.id);
    if (!defaulted) {
      memory.latest = { subject, term };
      previous = { subject, term, last: f.last };
      // (A crowd of people at large names no one "others" are others than: "a rally of 5,000 people.
      // 20 others were injured" are others than those named before.)
      if (subject !== ROOT || p.outcome.id !== 'attended') {
        memory.subject = subject;
        memory.term = term;
      }
    }
  }
  return result;
}
