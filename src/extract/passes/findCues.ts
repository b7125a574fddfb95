import { partitionPoint } from '../../internal/partitionPoint.js';
import { CALENDAR_NAMES, WEEKDAY_NAMES } from '../../internal/calendarWords.js';
import { isPluralApostrophe } from './isPluralApostrophe.js';
import { namesBody } from './namesBody.js';
import { closesSingleQuote } from './singleQuotes.js';
import { setAgainst } from './setAgainst.js';
import { DASHES } from '../lexicon/page.js';
import { ARTICLES, BODY_NOUNS, COMPARATIVES, COUNT_HEDGES, FATE_WORDS, HARMED, KNOWN_AS, OWN_DETERMINERS, RELATIVE_PRONOUNS, TOLL_CARRYING } from '../lexicon/outcomes.js';
import { AFTER_TRAILING, CALLING, CONJUNCTIONS, CUE_WORDS, DENIAL_WORDS, DENYING_PARTICIPLES, GAP_JOINERS, HAVE_FORMS, IRREGULAR_PARTICIPLES, IRREGULAR_PAST, NOT_AFTER_CLAIM, REPORT_NOUNS, SUBORDINATORS, TIME_LEADS, TOLL_OBJECTS } from '../lexicon/cues.js';
import { INCIDENT_NOUNS } from '../lexicon/incidents.js';
import { cityAt, countryAt, SCENE_PREPOSITIONS } from '../lexicon/places.js';
import { TERMINALS } from '../lexicon/page.js';
import { PLATFORMS } from '../lexicon/platforms.js';
import { singular } from '../../vocabulary/singular.js';
import { AUTHORING, DOCUMENT_NOUNS, ESTIMATE_HEADS, FACELESS, OCCASIONS, SOURCE_MODIFIERS, WORK_NOUNS, MEDIA_WORDS, MILITARY_WORDS, NAME_SMALL_WORDS, ORG_WORDS, PERSON_NOUNS, ROLE_NOUNS, SPOKESMAN_ROLES, TALLY_ADJECTIVES } from '../lexicon/sources.js';
import { namesParty } from './namesParty.js';
import type { Cue, Sentence, Span, TimeMention, Words } from '../types.js';

// Words before a cue word that make it a noun or a passive, not a report: "the claims", "was reported".
// A preposition makes one too: "Following reports that …", "amid claims that …".
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'these', 'those', 'such', 'official', 'earlier', 'initial', 'latest', 'conservative', 'our', 'your', 'my', 'of', 'other', 'some', 'many', 'unconfirmed', 'media', 'news', 'press', 'independent', 'following', 'amid', 'despite', 'after', 'over', 'about']);
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being', 'to', 'not', "n't"]);
// Between a speaker and its cue: "had said", "also said", "on Wednesday said", "could only confirm".
const HAVING = new Set(['had', 'have', 'has', 'having', 'received', 'receiving', 'got']);
const AUX_BEFORE = new Set(['had', 'has', 'have', 'also', 'too', 'earlier', 'previously', 'again', 'later', 'then', 'reportedly', 'initially', 'separately', 'subsequently', 'further', 'officially', 'first', 'publicly', 'would', 'could', 'may', 'might', 'must', 'should', 'only', 'did', 'does', 'do', 'can', 'will', 'however', 'meanwhile', 'thus', 'therefore', 'instead', 'likewise', 'nevertheless', 'nonetheless', 'now', 'still', 'yesterday', 'today', 'having']);
// Adverbs of time between a document and the time or participle after it.
const DOCUMENT_ADVERBS = new Set(['later', 'earlier', 'also', 'then', 'again', 'subsequently', 'separately', 'previously', 'yesterday', 'today']);
const LY_NOUNS = new Set(['family', 'assembly', 'ally', 'rally', 'supply', 'monopoly', 'anomaly']);
// How far before a participle's comma a verb of its own may stand: "disputed the figure, saying".
const OWN_VERB_REACH = 4;
// Words after ", but" that go on with what was said before it: "but that", "but not the army".
const BUT_GOES_ON = new Set(['that', 'not', 'for', 'also', 'only']);
const HARD_MARKS = new Set([';', ':', '"', '\u201c', '\u201d', '[', ']', '\u2018', '\u2019']);
// A mark that ends a speaker phrase read backwards, but not the apostrophe of a plural possessive
// ("the prosecutors’ spokesman").
function isHardMark(words: Words, k: number): boolean {
  return HARD_MARKS.has(words.low(k)) && !isPluralApostrophe(words, k);
}
// Prepositions before a noun that names no part of a phrase before them: "contrasts with the ministry, which said".
const OBJECT_PREPOSITIONS = new Set(['with', 'from', 'against', 'than', 'into', 'about', 'over', 'after', 'between', 'among']);
// Prepositions that open a relative clause with "which": "in which", "during which".
const RELATIVE_PREPOSITIONS = new Set(['in', 'during', 'under', 'after', 'for', 'from', 'at', 'on', 'with', 'through', 'over', 'of', 'to', 'by', 'before', 'since']);
// Words that open a noun phrase without naming it: the articles and the possessives ("in its statement").
const NOUN_OPENERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her']);
const HARD_WORDS = new Set(['that', 'while', 'but', 'as', 'when', 'after', 'because', 'although', 'though', 'whereas', 'if', 'since', 'so', 'where', 'whom', 'whose', 'than', 'what']);
/** Marks that close a quotation, straight or curly, double or single. */
export const CLOSING: ReadonlySet<string> = new Set(['"', '\u201d', "'", '\u2019']);
const OPENING = new Set(['"', '\u201c', '\u2018']);
const COPULAS = new Set(['was', 'is', 'were', 'are', 'stood', 'stands']);
const NEGATIONS = new Set(['not', "can't", 'cannot', "couldn't", "didn't", "won't", "wouldn't", 'never', "n't"]);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'it', 'i']);
// Toll verbs that also cut other things, and the nouns of a count they cut (or point to) as a toll.
const CUTTING = new Set(['reduced', 'reduces', 'corrected', 'corrects']);
const CUT_OBJECTS = new Set(['toll', 'tally', 'figure', 'figures', 'count', 'total', 'estimate']);
// Verbs that point to a toll: "reports point to a higher death toll of at least 61".
const POINTING = new Set(['point', 'points', 'pointed', 'pointing']);
// Participles by which what is pointed to tells a count: "point to evidence suggesting …".
const EVIDENCING = new Set(['suggesting', 'showing', 'indicating']);
function evidenceAhead(words: Words, k: number, sentence: Span): boolean {
  for (let m = k; m <= k + 2 && m < sentence.last && words.isWord(m); m++) if (EVIDENCING.has(words.low(m))) return true;
  return false;
}
// Whether a toll's noun stands in the few words from k: "a higher death toll of".
function tollAhead(words: Words, k: number, sentence: Span): boolean {
  for (let j = k; j < k + 5 && j < sentence.last; j++) if (CUT_OBJECTS.has(words.low(j))) return true;
  return false;
}
// What may stand before "officially" that speaks for the officials: the sentence's start, or a
// subordinator ("while officially …"); and how far its count may follow ("an estimated 20").
const OFFICIAL_OPENERS = new Set(['while', 'although', 'though', 'whereas']);
const OFFICIAL_REACH = 3;
// Nouns of harm a cited count may name: "cited at least 15 police deaths", "cited 12 arrests".
const HARM_NOUNS = new Set(['deaths', 'dead', 'fatalities', 'killings', 'casualties', 'injuries', 'injured', 'wounded', 'arrests', 'detentions', 'abductions', 'kidnappings', 'victims', 'bodies']);
// Whether a noun of harm follows the count that starts at or after token k, within a few words.
function harmNamedAfter(words: Words, k: number, sentence: Span, isFigure: (k: number) => boolean): boolean {
  let f = k;
  while (f < sentence.last && f < k + 4 && !isFigure(f)) f++;
  while (f < sentence.last && isFigure(f)) f++;
  for (let j = f; j < f + 3 && j < sentence.last; j++) if (HARM_NOUNS.has(words.low(j))) return true;
  return false;
}
// Participles by which an outlet got a statement: "in a statement received by AFP".
// So is one that carried it: "in a statement carried by state media".
const RECEIVED = new Set(['received', 'obtained', 'seen', 'carried', 'relayed', 'broadcast', 'aired']);
// Adverbs between "as" and a participle: "as earlier stated by the police".
const EARLIER = new Set(['earlier', 'previously', 'initially', 'first', 'originally']);
// Words before a figure compared with another: "more than the 96", "far above the 96", "not 48".
const COMPARED_BEFORE = new Set(['than', 'above', 'below', 'not']);
// Verbs of inquiry, after which "claims" and "reports" are what is looked into.
const INQUIRING = new Set(['investigate', 'investigating', 'investigated', 'probe', 'probing', 'probed', 'examine', 'examining', 'examined', 'verify', 'verifying', 'verified', 'review', 'reviewing', 'reviewed', 'study', 'studying', 'studied']);
// Whether "by" stands between tokens i and j: a passive's agent.
function agentBetween(words: Words, i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (words.low(k) === 'by') return true;
  return false;
}
// Auxiliaries that open a relative clause after "that": "the union that is running the strike".
const RELATIVE_AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had']);
// Words before "that" which make it a conjunction, not a relative pronoun: "so that", "now that".
const FINITE_BEFORE_THAT = new Set(['so', 'now', 'given', 'such', 'except', 'is', 'was', 'are', 'were', 'believe', 'believes', 'think', 'thinks', 'knew', 'know', 'knows', 'feared', 'fears', 'fear', 'hoped', 'hope', 'hopes']);
// Words after "and" that open a verb phrase of its own, not another agent: "and not confirmed", "and later revised".
const AGENT_VERB_OPENERS = new Set(['not', 'never', 'later', 'then', 'also', 'since', 'subsequently']);
const RELAY_STOPS = new Set(['by', 'that', 'on', 'in', 'via', 'over', 'from', 'late', 'earlier', 'as', 'after', 'the', 'it', 'its', 'they', 'he', 'she', 'there', 'some', 'about', 'at', 'more', 'only']);
const END_MARKS = new Set(['.', '!', '?', ',', ';', '(', ')', '\u201d']);
// Words of a clause of "with" that make it a running total rather than more of what was said.
const BACKGROUND_WORDS = new Set(['having', 'since']);
// Verbs of a passive that says how something is known: "feared to have been killed".
const RAISING_PASSIVES = new Set(['feared', 'reported', 'believed', 'thought', 'said', 'known', 'understood', 'alleged', 'rumoured', 'rumored', 'presumed', 'estimated', 'expected']);
// Prepositions after "posted" that station people somewhere rather than publish something.
const STATIONED_AT = new Set(['at', 'to', 'near', 'along', 'in']);
// People who are posted somewhere: "soldiers posted at the base", "diplomats posted to Kesh".
const STATIONED = new Set(['soldiers', 'troops', 'police', 'policemen', 'officers', 'personnel', 'forces', 'guards', 'staff', 'diplomats', 'workers', 'peacekeepers', 'marines', 'agents', 'men', 'units', 'battalions']);
// Words of the places a post goes online: "posted to social media", "posted on its channel".
const ONLINE_WORDS = new Set(['social', 'media', 'online', 'channel', 'channels', 'account', 'accounts', 'website', 'page', 'feed', 'site', 'internet']);
// Whether "posted" at k stations people ("soldiers posted at the base") rather than publishes.
function stationed(words: Words, k: number): boolean {
  const online = (n: number): boolean => PLATFORMS.has(words.low(n)) || ONLINE_WORDS.has(words.low(n));
  return words.low(k) === 'posted' && STATIONED_AT.has(words.low(k + 1)) && STATIONED.has(words.low(k - 1)) && !online(k + 2) && !online(k + 3);
}
// Words that open a clause, which "according to" right after them leads: "in which, according to …".
const CLAUSE_OPENERS = new Set(['which', 'where', 'when', 'whom', 'while', 'whereas', 'although', 'though', 'because']);
// Adverbs that open a sentence before its clause: "Nevertheless, according to …".
const OPENING_ADVERBS = new Set(['however', 'nevertheless', 'nonetheless', 'meanwhile', 'overall', 'still', 'instead', 'moreover', 'altogether', 'elsewhere', 'earlier', 'later', 'now', 'so', 'yet', 'but', 'and', 'also', 'thus', 'hence', 'then']);
// Prepositions that open an adverbial before the main clause: "In St. Petersburg, …", "On Sunday, …".
const PREPOSITION_OPENERS = new Set(['in', 'on', 'at', 'near', 'outside', 'across', 'during', 'after', 'before']);
// Openers of a clause between commas that is not the speaker: ", which monitors jihadist media,", ", speaking on condition of anonymity,".
const ASIDE_OPENERS = new Set(['including', 'which', 'who', 'speaking', 'reporting', 'writing', 'however', 'meanwhile', 'though', 'too', 'also', 'in', 'citing', 'quoted', 'according', 'for', 'of', 'then', 'earlier', 'later', ...TIME_LEADS, 'on', 'where', 'when', 'whose', 'both', 'all']);
const CLAUSE_VERBS = new Set(['was', 'were', 'is', 'are', 'died', 'dead', 'killed', 'has', 'have', 'had', 'fled', 'hurt', 'rose', 'stood', 'took', 'began', 'came', 'broke', 'struck', 'fell', 'went']);
// Cue verbs in the past without "-ed": a phrase before a cue stops at one of them.
// Verbs in the past without "-ed" that can come before a second verb of one subject: "held the
// coalition responsible and said …".
const PAST_CUES = new Set(['said', 'told', 'put', 'gave', 'set', 'found', 'spoke', 'wrote']);
const ASIDE_MARKS = new Set([',', '\u2014', '\u2013']);
// Verbs of a count handed out: "the figure of 1.4 million given by the mayor".
const GIVING = new Set(['given', 'provided', 'supplied', 'released', 'issued', 'published', 'compiled', 'cited', 'offered', 'announced', 'revealed', 'disclosed']);
// Words that compare a count with another: "far below the 300", "higher than".
const COMPARING = new Set(['below', 'above', 'than', 'higher', 'lower', 'beyond', 'under', 'over']);
// Prepositions after which a cue word in -s is a noun ("looking into claims", "amid reports").
const NOUN_PREPOSITIONS = new Set(['into', 'about', 'amid', 'despite', 'of', 'on', 'over', 'against', 'with', 'from', 'following', 'after', 'by', 'in', 'under', 'for']);
// Verbs that go on with a toll or count's clause after "according to X" set in its subject.
const TOLL_VERBS = new Set([...COPULAS, 'rose', 'has', 'had', 'reached', 'climbed']);
// "the deadliest reported attack", "an inquiry into alleged misconduct": a participle as an adjective.
const ADJECTIVE_BEFORE = new Set(['the', 'a', 'an', 'into', 'of', 'for', 'most', 'first', 'only', 'officially', 'widely', 'previously', 'initially', 'its', 'their', 'his', 'her', 'with', 'on', 'about', 'over', 'against', 'heavily', 'well', 'newly']);
// Adjectives that say whose a faceless count is: "according to unofficial records", "according to
// official data" (the officials', as readers name them).
const WHOSE_RECORDS = new Set(['unofficial', 'unconfirmed', 'local', 'official']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us']);
// Nouns for a party's figure: "Hefazat's estimate of thousands", "(Interior Ministry figures)".
const FIGURE_NOUNS = new Set(['figure', 'figures', 'estimate', 'estimates', 'count', 'tally', 'claim', 'claims', 'toll', 'data', 'number', 'numbers', 'calculation', 'calculations', 'assessment', 'assessments']);
// Words before a cue noun that make it a count's noun: "official figures", "rough estimates", "its own count".
const FIGURE_ADJECTIVES: ReadonlySet<string> = new Set([...TALLY_ADJECTIVES, 'own']);
// Words that end a sentence's subject: its first verb or auxiliary.
const VERB_STOPS = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'did', 'does', 'do', 'can', 'could', 'may', 'might', 'also', 'then', ',', 'said', 'says']);
// Verbs by which a speaker revises its own earlier statement: "correcting a statement from Monday".
const REVISING_STATEMENT = new Set(['updating', 'revising', 'correcting', 'amending', 'superseding']);

// Whether the incident noun at k is the object of the clause's verb (or of "responsibility for"), with
// its determiner and at most two words between ("claimed the deadly raid"), not the end of a phrase
// that names others ("survivors of the attack", "witnesses to it", "a leader at the rally") nor a
// verb ("miners rally").
function incidentObject(words: Words, k: number): boolean {
  let d = k - 1;
  while (d > k - 3 && words.isWord(d) && !words.cap(d) && !ARTICLES.has(words.low(d)) && !OWN_DETERMINERS.has(words.low(d))) d--;
  const before = words.low(d - 1);
  return (ARTICLES.has(words.low(d)) || OWN_DETERMINERS.has(words.low(d))) && (!NP_BREAKS.has(before) || (before === 'for' && words.low(d - 2) === 'responsibility')) && !LINKING_PREPOSITIONS.has(before);
}
// Prepositions that tie a noun to the one before it, besides those that break a noun phrase.
const LINKING_PREPOSITIONS = new Set(['near', 'after', 'during', 'over', 'about', 'against', 'behind', 'outside', 'inside']);

// Words that date a document: "a statement from last week", "a report dated Monday".
const DATING = new Set(['from', 'of', 'dated']);
const NP_BREAKS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'on', 'in', 'at', 'by', 'of', 'from', 'to', 'for', 'with', 'that', 'which', 'who', 'and', 'or', 'as', 'than', 'circulating', 'has', 'have', 'had']);
const MAX_PHRASE = 15;
// How far before an appositive speaker the last figure of what it said may stand.
const SAID_REACH = 6 * MAX_PHRASE;
// The most words between a relative pronoun and "said" after it: "that the state health ministry said".
const RELATIVE_SUBJECT_WORDS = 4;
const LONG_SUBJECT = 24;
// Words that end a possessor read back from its figure noun ("the organisers' estimate of 500,000").
const POSSESSOR_STOPS = new Set(['from', 'to', 'below', 'of', 'with', 'by', 'for', 'in', 'on', 'at', 'about', 'against', 'over', 'into', 'above', 'under', 'beyond', 'exceeded', 'surpassed', 'than', 'off', 'aside', 'up', 'down', 'out']);
// Determiners that give a figure noun to the sentence's subject: "its claim", "their own estimate".
const OWN_DETERMINER_WORDS = new Set(['its', 'their', 'his', 'her']);

// The noun phrase right before token i, back to a verb, a preposition or a mark: "social media" in
// "Fake news is circulating on social media claiming that …", "Israeli sources" in "cited Israeli sources that …".
function nounPhraseBefore(words: Words, i: number, sentence: Span): Span | undefined {
  let k = i - 1;
  // A hyphen glued on both sides stays inside: "the Oslo-based Iran Human Rights putting it at 416".
  const inside = (k: number): boolean => words.isWord(k) || (words.low(k) === '-' && !words.spaced(k) && !words.spaced(k + 1));
  // ("with initial reports claiming …": a report noun right before the participle is the head, no cue.)
  // ("…, while the group that claimed it said": a subordinator opens the clause, not the phrase.)
  while (k >= sentence.first && i - k <= 6 && inside(k) && !NP_BREAKS.has(words.low(k)) && !HARD_WORDS.has(words.low(k)) && (!isCueWord(words, k) || (k === i - 1 && REPORT_NOUNS.has(words.low(k))))) k--;
  return k + 1 < i ? { first: k + 1, last: i } : undefined;
}

// Participles that open no clause in a subject, adjectives before their noun: "the banned armed group".
const PARTICIPLE_ADJECTIVES = new Set(['armed', 'banned', 'outlawed', 'alleged', 'suspected', 'unnamed', 'unidentified']);
// Verbs by which reports come out, which then say what follows "that": "reports surfaced that …".
const SURFACING = new Set(['surfaced', 'emerged', 'circulated']);
// The most words a sentence's opening subject may run to: "The newly-formed terrorist group Tehrik-i-Jihad Pakistan".
const SUBJECT_WORDS = 10;

// The noun phrase a sentence opens with, up to its first verb: "The army" in "The army blamed …".
function openingSubject(words: Words, sentence: Span): Span | undefined {
  let first = sentence.first;
  // ("More recently, Ali Musa of the Kesh agency cited …": an opening adverb and its comma too.)
  const adverb = (j: number): boolean => words.low(j).length >= 6 && words.low(j).endsWith('ly') && !LY_NOUNS.has(words.low(j)) && words.low(j + 1) === ',';
  for (;;) {
    if (first < sentence.last && ['but', 'however', 'meanwhile', ',', 'and', 'earlier', 'later'].includes(words.low(first))) first++;
    else if (adverb(first)) first += 2;
    else if ((words.low(first) === 'more' || words.low(first) === 'most') && adverb(first + 1)) first += 3;
    else break;
  }
  let k = first;
  // Words, not tokens: a hyphen glued on both sides ("newly-formed", "Tehrik-i-Jihad") joins one word.
  let count = 0;
  const glued = (j: number): boolean => words.low(j) === '-' && !words.spaced(j) && !words.spaced(j + 1);
  // "A newly-formed armed group, the Kesh Front, claimed": a name between commas after the subject's
  // head is its appositive, and the verb comes after it.
  const appositiveEnd = (comma: number): number => {
    let j = comma + 1;
    if (ARTICLES.has(words.low(j))) j++;
    if (!words.cap(j)) return -1;
    while (j < sentence.last && j - comma <= MAX_PHRASE && (words.cap(j) || glued(j) || glued(j - 1) || NAME_SMALL_WORDS.has(words.low(j)))) j++;
    return words.low(j) === ',' && words.isWord(j + 1) && !words.cap(j + 1) ? j : -1;
  };
  while (k < sentence.last && count < SUBJECT_WORDS) {
    const low = words.low(k);
    const apposed = low === ',' && k > first ? appositiveEnd(k) : -1;
    if (apposed > 0) {
      // The subject ends at the appositive's closing comma, the verb after it (its words are a name
      // and count against no limit).
      k = apposed;
      break;
    }
    // ("The newly-formed group": a participle glued to the word before it is no verb.)
    if (VERB_STOPS.has(low) || (words.isWord(k) && !words.cap(k) && k > first && !glued(k - 1) && !PARTICIPLE_ADJECTIVES.has(low) && (low.endsWith('ed') || IRREGULAR_PAST.has(low) || PAST_CUES.has(low)))) break;
    if (!glued(k)) count++;
    k++;
  }
  // "However, residents criticised …": after an opener, a bare plural noun opens the subject too.
  const bare = first > sentence.first && k === first + 1 && words.isWord(first) && words.low(first).length > 3 && words.low(first).endsWith('s') && !SUBORDINATORS.has(words.low(first)) && words.low(first) !== 'this';
  return k > first && count < SUBJECT_WORDS && (words.cap(first) || ARTICLES.has(words.low(first)) || bare) ? { first, last: k } : undefined;
}
// The subject the sentence opens with, as the speaker of a cue at `before` that has none of its own
// ("…, but so far have confirmed", "went on TV to say"): only if it ends before the cue and holds no figure.
function openingSpeaker(words: Words, sentence: Span, before: number, isFigure: (i: number) => boolean): Span | undefined {
  const opening = openingSubject(words, sentence);
  return opening !== undefined && opening.last < before && !holdsFigure(words, opening, isFigure) ? opening : undefined;
}
// Cues compared per figure, on each side: a run-on sentence of cue words stays linear.
const NEAR = 8;
// Verbs whose passive names who counted after "by" ("was estimated at 40,000 by local media"), and how
// far after the verb "by" may stand.
const AGENT_VERBS = new Set(['estimated', 'put', 'counted', 'reported', 'confirmed', 'given', 'recorded', 'registered', 'documented', 'announced', 'verified', 'tallied', 'slashed', 'cut', 'lowered', 'revised', 'raised', 'placed', 'stated', 'disclosed', 'revealed', 'purported', 'increased', 'updated']);
const AGENT_REACH = 12;
// Words for a time of day after "by", which make it no agent: "by midday".
const DAY_PARTS = new Set(['midday', 'noon', 'midnight', 'nightfall', 'dawn', 'dusk', 'afternoon', ...TIME_LEADS, 'then', 'now', 'sunset', 'sunrise', 'lunchtime']);
// How far the counts a compared tally gives may run after its copula ("is higher, with 375 deaths and …").
const COMPARED_REACH = 30;
// How far before such a verb its negation is looked for: "not immediately confirmed or denied by",
// and the words passed on the way.
const AGENT_NEGATION_REACH = 6;
const BEFORE_AGENT_VERB = new Set(['been', 'be', 'independently', 'yet', 'immediately']);
// Occasions on which something is said: "said in an interview", "In a briefing, the army said".
// Prepositions that open a sentence with where or on what occasion something was said.
// Conjunctions that join a second verb to a cue's subject: "denied …, but said …".
const COORDINATING = new Set(['but', 'yet']);
// Participles of harm: they go on with the clause a trailing cue told ("…, according to residents,
// killing 12"), and a group claims responsibility for them ("for killing 70 soldiers").
const HARM_PARTICIPLES = new Set(['killing', 'wounding', 'injuring', 'leaving', 'kidnapping', 'abducting', 'capturing', 'detaining', 'arresting', 'displacing', 'forcing']);

// Whether a phrase names a news outlet ("Reuters", "the state news agency"), which relays.
function isMedia(words: Words, span: Span): boolean {
  for (let k = span.first; k < span.last; k++) if (MEDIA_WORDS.has(words.low(k))) return true;
  return false;
}

const REPORTING = new Set(['reported', 'reports']);
// The longest proper name read as a reporter's: "El Pais", "Al Jazeera", "Kommersant".
const REPORTER_NAME = 4;

// "X estimated that …, El Pais reports": a name that reports, and is no organisation's, is an outlet
// or a journalist relaying what was said before it.
function reportsByName(words: Words, cue: Cue): boolean {
  const phrase = cue.phrase;
  if (phrase === undefined || !REPORTING.has(words.low(cue.at)) || phrase.last - phrase.first > REPORTER_NAME) return false;
  for (let k = phrase.first; k < phrase.last; k++) if (!words.isWord(k) || !words.cap(k) || ORG_WORDS.has(words.low(k))) return false;
  return true;
}

// "the three groups that organised it", "the two officials", "the five aid agencies": parties counted
// after an article, at k. (Not "the two injured", "the three wounded soldiers": people a count names
// are its content.)
function countedBodies(words: Words, k: number, isFigure: (i: number) => boolean): boolean {
  if (!ARTICLES.has(words.low(k)) || !isFigure(k + 1) || isFigure(k + 2)) return false;
  return isParty(singular(words.low(k + 2))) || (words.isWord(k + 2) && !words.cap(k + 2) && ORG_WORDS.has(singular(words.low(k + 3))));
}
function holdsFigure(words: Words, span: Span, isFigure: (i: number) => boolean): boolean {
  // "two Egyptian diplomats": a count of the speakers opens the phrase; any other figure is content.
  let k = countedBodies(words, span.first, isFigure) ? span.first + 1 : span.first;
  while (k < span.last && isFigure(k)) k++;
  // Only the head counts: an aside after a comma may count things ("including two papers"), and
  // "data from two U.N. sources" counts the sources.
  for (let n = k; n < span.last && words.low(n) !== ','; n++) {
    if (!isFigure(n) || n === span.first) continue;
    // ("a doctor at one of the city's hospitals": which of them, no count.)
    if (words.low(n) === 'one' && words.low(n + 1) === 'of') continue;
    if (!SOURCE_PREPOSITIONS.has(words.low(n - 1))) return true;
    let m = n;
    while (m < span.last && isFigure(m)) m++;
    while (m < span.last && words.isWord(m) && !isParty(singular(words.low(m)))) m++;
    if (m >= span.last) return true;
    n = m;
  }
  return false;
}

// A phrase of lower-case words for information with no one behind it ("initial information obtained").
function isFaceless(words: Words, span: Span): boolean {
  let head = false;
  for (let k = span.first; k < span.last; k++) {
    if (words.cap(k)) return false;
    // "according to estimates from march organizers": the counting party is named after all.
    if (head && (words.low(k) === 'from' || words.low(k) === 'by') && k + 1 < span.last) return false;
    // "according to police estimates", "according to organisers' figures": a party owns the figure.
    // "according to military figures": the military is a party too.
    if (!head && (ORG_WORDS.has(words.low(k)) || words.low(k) === 'military' || words.low(k) === 'government' || words.poss(k)) && FACELESS.has(words.low(span.last - 1))) return false;
    if (FACELESS.has(words.low(k))) head = true;
  }
  return head;
}

// Whether a cited phrase names someone: "citing a medical source", "citing police figures", not
// "citing a calculation error" or "citing security concerns".
function namesSomeone(words: Words, span: Span): boolean {
  for (let k = span.first; k < span.last; k++) {
    if (!words.isWord(k)) continue;
    const one = singular(words.low(k));
    if (words.cap(k) || ROLE_NOUNS.has(one) || PERSON_NOUNS.has(one) || ORG_WORDS.has(one) || MEDIA_WORDS.has(one) || FACELESS.has(words.low(k))) return true;
  }
  return false;
}

// Whether "mention" at i follows "did" past commas and adverbs, with no negation between and with
// a subject before "did" ("Did the ministry mention …" asks).
function didMention(words: Words, i: number, sentence: Span): boolean {
  for (let k = i - 1; k > sentence.first && i - k <= 4; k--) {
    const low = words.low(k);
    if (low === 'did') return true;
    if (NEGATIONS.has(low) || (low !== ',' && !low.endsWith('ly') && !PASSIVE_ADVERBS.has(low) && low !== 'however')) return false;
  }
  return false;
}

// "Sri Lanka on Thursday sharply revised": a manner adverb between speaker and verb; "the family said" is no adverb.
function isMannerAdverb(words: Words, i: number): boolean {
  const low = words.low(i);
  return low.length >= 6 && low.endsWith('ly') && !words.cap(i) && !LY_NOUNS.has(low) && !NOUN_BEFORE.has(words.low(i - 1)) && !words.poss(i - 1);
}

// "Israel's military in turn spoke of …", "but so far have confirmed", "has in the past accused":
// the length of an adverb of two or three words that ends at j, or 0.
function adverbEndingAt(words: Words, j: number): number {
  const low = words.low(j);
  if ((low === 'turn' && words.low(j - 1) === 'in') || (low === 'far' && words.low(j - 1) === 'so')) return 2;
  if ((low === 'past' || low === 'meantime') && words.low(j - 1) === 'the' && words.low(j - 2) === 'in') return 3;
  return 0;
}

// Adverbs between an auxiliary and its participle besides those in -ly: "are now feared".
const PASSIVE_ADVERBS = new Set(['now', 'still', 'also', 'already', 'widely', 'even', 'earlier', 'later', 'first']);
function isPassive(words: Words, i: number): boolean {
  // "The navy is revising the toll": a progressive, not a passive.
  if (words.low(i).endsWith('ing')) return false;
  const adverb = words.isWord(i - 1) && (words.low(i - 1).endsWith('ly') || PASSIVE_ADVERBS.has(words.low(i - 1)));
  return PASSIVE.has(words.low(i - 1)) || (adverb && PASSIVE.has(words.low(i - 2)));
}

// "The governor went on TV to say …": "to say" after a verb of the subject's own, not "is said to",
// "is going to say" or "declined to say".
const NOT_PURPOSE = new Set(['going', 'used', 'able', 'unable', 'expected', 'likely', 'unlikely', 'declined', 'refused', 'want', 'wanted', 'continued', 'continue', 'has', 'have', 'had', 'is', 'was', 'are', 'were', 'be', 'been', 'not', 'yet', 'hard', 'difficult', 'too', 'fair', 'safe']);
const purposeSay = (words: Words, i: number): boolean => words.low(i) === 'say' && words.low(i - 1) === 'to' && words.isWord(i - 2) && !NOT_PURPOSE.has(words.low(i - 2)) && !words.low(i - 2).endsWith('ed');

// Prepositions of time and place that a counting participle takes without an object ("violence recorded on November 7").
const SCENE_AFTER = new Set(['on', 'in', 'during', 'since', 'between', 'across', 'throughout']);

// Verbs of finding the dead, whose subject counts them: "Rescuers recovered 18 bodies".
const FINDING_VERBS = new Set(['found', 'recovered', 'retrieved', 'counted']);

// The end of a clock time at k ("5pm", "5 p.m.", "10:30am", "noon"), or k when there is none.
function clockEnd(words: Words, k: number): number {
  if (CLOCK_WORDS.has(words.low(k))) return k + 1;
  if (/^\d{1,2}(?:am|pm)$/.test(words.low(k))) return k + 1;
  if (!words.isNum(k)) return k;
  let e = k + 1;
  if (words.low(e) === ':' && /^\d\d(?:am|pm)?$/.test(words.low(e + 1))) e += 2;
  if (/^\d\d(?:am|pm)$/.test(words.low(e - 1))) return e;
  if (words.low(e) === 'am' || words.low(e) === 'pm') return e + 1;
  // "p.m.": the letters and their stops.
  if ((words.low(e) === 'a' || words.low(e) === 'p') && words.low(e + 1) === '.' && words.low(e + 2) === 'm') return words.low(e + 3) === '.' ? e + 4 : e + 3;
  return e > k + 1 ? e : k;
}
const CLOCK_WORDS = new Set(['noon', 'midday', 'midnight', 'dawn', 'dusk', 'nightfall']);

// Whether "at" and a count follow within an agent's reach from k: "by police at 40,000".
function countAtAfter(words: Words, k: number, sentence: Span, isFigure: (k: number) => boolean): boolean {
  for (let e = k; e < sentence.last && e - k <= MAX_PHRASE; e++) {
    if (words.low(e) === 'at') return isFigure(e + 1) || isFigure(e + 2);
    if (END_MARKS.has(words.low(e))) return false;
  }
  return false;
}

// Cue words that end outlets' names: "Colombia Reports", "The Daily Report", "Kesh Says".
const NAME_CUE_WORDS = new Set(['reports', 'report', 'says']);

// Verbs of spread after a plural cue noun, which make it a noun: "Crowd estimates ranged from …".
const SPREADING = new Set(['ranged', 'range', 'varied', 'vary', 'differed', 'differ']);
// The words for what was counted, each in the singular too ("casualty estimates").
const TOLL_OBJECT_FORMS = new Set([...TOLL_OBJECTS].flatMap((w) => [w, singular(w)]));

// "Police had a much lower estimate of 320,000": a count its subject has.
const ESTIMATE_NOUNS = new Set(['estimate', 'estimates', 'figure', 'figures', 'count', 'tally', 'toll']);
// Words between "had" and the count noun: "a much lower", "their own" (not "a budget estimate").
const ESTIMATE_MODIFIERS = new Set(['much', 'far', 'lower', 'higher', 'own', 'smaller', 'larger', 'bigger', 'different', 'separate', 'new', 'slightly', 'significantly', 'considerably', 'lot']);
function estimateOf(words: Words, i: number, sentence: Span): boolean {
  if (!NOUN_OPENERS.has(words.low(i + 1))) return false;
  for (let k = i + 2; k <= i + 5 && k < sentence.last && words.isWord(k); k++) {
    if (ESTIMATE_NOUNS.has(words.low(k))) return words.low(k + 1) === 'of';
    if (!ESTIMATE_MODIFIERS.has(words.low(k))) return false;
  }
  return false;
}

// Adverbs that place a statement among others: "Earlier on Wednesday, …".
const ORDER_ADVERBS = new Set(['earlier', 'later', 'also', 'separately', 'meanwhile', 'previously']);
// Verbs of holding people, whose subject counts whom it holds: "Police arrested 40 protesters".
const ARRESTING = new Set(['arrested', 'detained']);

// Whether a comma stands before token j in its sentence, within a phrase's reach: the comma at j
// then closes an aside ("The rebels, who have fought since 2012, said").
function commaBefore(words: Words, j: number, sentence: Span): boolean {
  for (let k = j - 1; k >= sentence.first && j - k <= 2 * MAX_PHRASE; k--) if (words.low(k) === ',') return true;
  return false;
}

// Where the clause from k ends: at a mark, or at a conjunction that opens another clause.
function clauseEnd(words: Words, k: number, sentence: Span): number {
  let e = k;
  while (e < sentence.last && !END_MARKS.has(words.low(e)) && !opensClause(words.low(e))) e++;
  return e;
}
// A conjunction that opens another clause: "and", "but", "while" ….
const opensClause = (low: string): boolean => low === 'and' || CONJUNCTIONS.has(low);

// Whether a count is the object of the verb at i: "arrested 40", "detained at least 40".
function countAfter(words: Words, i: number, sentence: Span, isFigure: (k: number) => boolean): boolean {
  for (let k = i + 1; k <= i + 4 && k < sentence.last; k++) {
    if (isFigure(k)) return true;
    if (!COUNT_HEDGES.has(words.low(k))) return false;
  }
  return false;
}

// "found 18 bodies", "recovered the bodies of 12", "found three dead soldiers": the dead as the object
// of the verb just after it ("dead" right after the count: not "found the roads dead quiet").
function bodiesAfter(words: Words, i: number, sentence: Span, isFigure: (k: number) => boolean): boolean {
  for (let k = i + 1; k <= i + 5 && k < sentence.last; k++) if (BODY_NOUNS.has(words.low(k)) || (words.low(k) === 'dead' && isFigure(k - 1))) return true;
  return false;
}

// Where "as saying" follows within a speaker phrase's reach of k, or -1.
function asSayingAfter(words: Words, k: number, sentence: Span): number {
  for (let e = k; e < sentence.last && e - k <= MAX_PHRASE; e++) if (words.low(e) === 'as' && words.low(e + 1) === 'saying') return e;
  return -1;
}

// The speaker of a trailing denial that refers to what its sentence said before it: "…, a claim
// (that) the government denied", "…, which the army denied"; undefined for any other phrase.
function deniedBefore(words: Words, phrase: Span): Span | undefined {
  let s = phrase.first;
  let back = false;
  if (words.low(s) === 'which') {
    s++;
    back = true;
  } else if (['a', 'an', 'the'].includes(words.low(s)) && REPORT_NOUNS.has(words.low(s + 1))) {
    s += words.low(s + 2) === 'that' || words.low(s + 2) === 'which' ? 3 : 2;
    back = true;
  } else {
    // The phrase may start after the relative pronoun: ", a claim that the army denied", ", which police
    // denied", or after the noun with no pronoun at all: ", a claim Kyiv denied".
    const before = words.low(phrase.first - 1);
    const noun = words.low(phrase.first - 2);
    // ", figures which the minister rejected", ", a figure which the army denied": a noun for what was
    // said, set after the comma, with its pronoun.
    const setAfterComma = (k: number): boolean => words.low(k - 1) === ',' || (ARTICLES.has(words.low(k - 1)) && words.low(k - 2) === ',');
    back =
      (before === 'which' && words.low(phrase.first - 2) === ',') ||
      (before === 'that' && REPORT_NOUNS.has(noun) && ARTICLES.has(words.low(phrase.first - 3))) ||
      (before === 'which' && REPORT_NOUNS.has(noun) && setAfterComma(phrase.first - 2)) ||
      (REPORT_NOUNS.has(before) && ARTICLES.has(noun) && words.low(phrase.first - 3) === ',');
  }
  return back && s < phrase.last ? { first: s, last: phrase.last } : undefined;
}

// A noun for a party that can speak: "sources", "officials", "hospitals", "groups".
const isParty = (one: string): boolean => PERSON_NOUNS.has(one) || ROLE_NOUNS.has(one) || ORG_WORDS.has(one) || SOURCE_MODIFIERS.has(one);
// Prepositions after which a count is of the parties that speak: "data from two U.N. sources".
const SOURCE_PREPOSITIONS = new Set(['from', 'by']);
// "claiming to speak for …", "claiming to represent …": a claim to speak for a party.
const SPEAKING_FOR = new Set(['speak', 'represent', 'act']);
// "…, reports and sources said": a word that joins opens no speaker of an inverted cue.
const JOINERS = new Set(['and', 'or', 'nor']);
// Openers of an aside about anonymity that copy sometimes leaves unclosed: ", pleading anonymity said".
const UNCLOSED_ASIDES = new Set(['pleading', 'speaking', 'requesting', 'asking']);
// Cue verbs that report only with "that" after them: "found that", "published that …" (but "found
// 18 bodies", "published a report").
const MEDIA_SUBJECTS = new Set(['media', 'outlets', 'newspapers']);
const VAGUE_COUNTS = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'several', 'many']);
// Nouns of the harmed that a list may count: "a list of 279 dead".
const HARM_LIST = new Set(['dead', 'victims', 'killed', 'casualties', 'deaths', 'missing', 'injured', 'wounded']);
const QUOTING = new Set(['quoted', 'quote', 'quotes', 'cited', 'cite', 'cites']);
// The words that call a figure false, and the participles that take them, read per sentence: a
// bound that keeps a run-on sentence of them linear.
const MAX_DENIAL_WORDS = 8;
// Participles that deny with a word that calls a figure false: ", adding that the claim was false".
const SAYING = new Set(['adding', 'saying', 'insisting', 'stressing']);
// "briefed the media that …" reports; "who briefed the governor" tells nothing of a count.
const BRIEFING = new Set(['briefed', 'briefs']);
const PRESS = new Set(['media', 'press', 'reporters', 'journalists', 'newsmen']);
function briefsPress(words: Words, i: number): boolean {
  return PRESS.has(words.low(i + 1) === 'the' ? words.low(i + 2) : words.low(i + 1));
}
// Whether "said" at i has a relative pronoun for its clause's subject: "a salvo, which Moscow said
// killed 89", "an incident that the state health ministry said killed 84". A word glued by a hyphen
// is one word of the subject ("that the Kesh-run ministry said").
function saidInRelative(words: Words, i: number): boolean {
  let reach = RELATIVE_SUBJECT_WORDS + 1;
  for (let k = i - 2; k > i - 2 * RELATIVE_SUBJECT_WORDS; k--) if (words.low(k) === '-' && !words.spaced(k) && !words.spaced(k + 1)) reach += 2;
  for (let d = 2; d <= reach && d <= 2 * RELATIVE_SUBJECT_WORDS + 1; d++) {
    if (words.low(i - d) === 'which' && words.low(i - d - 1) === ',') return true;
    if (words.low(i - d) === 'that' && words.isWord(i - d - 1) && !CUE_WORDS.has(words.low(i - d - 1))) return true;
  }
  return false;
}

// Whether a sentence opens with a role and the body it holds: "The head of …", "A spokesman for …".
function opensWithRole(words: Words, first: number): boolean {
  for (let k = first; k < first + 4; k++) if (SPOKESMAN_ROLES.has(words.low(k)) && (words.low(k + 1) === 'of' || words.low(k + 1) === 'for')) return true;
  return false;
}

// Participles that make "as … by X" say whose a count is: "as reported by the ministry".
const AS_BY_PARTICIPLES = new Set(['reported', 'stated', 'announced', 'confirmed', 'given']);
// Verbs of saying that, earlier in the sentence, make "as reported by X" the relay of what was said.
const SAYING_VERBS = new Set(['said', 'says', 'told', 'announced', 'reported', 'stated', 'claimed']);

// Whether token i is the participle of ", as reported by X" after a clause: it names whose the clause's
// figures are, as "according to X" does (a figure right before "as" is another path: "not 170 as
// earlier stated by the police"). Not after a speaker's verb ("The ministry said 25 died, as reported
// by the Observer": the paper relays it; `firstSaying` is where the sentence's first one stands), nor
// with an agent that is no party ("as stated by law").
function asReportedBy(words: Words, i: number, firstSaying: number): boolean {
  if (!AS_BY_PARTICIPLES.has(words.low(i)) || words.low(i - 1) !== 'as' || words.low(i - 2) !== ',' || words.low(i + 1) !== 'by') return false;
  if (!ARTICLES.has(words.low(i + 2)) && !words.cap(i + 2)) return false;
  return firstSaying >= i - 2;
}

// The agent of a passive whose subject is an "it" standing for the clause after "that", and where that
// "that" stands, or undefined: "It was (earlier) reported by the ministry that …".
function expletiveAgent(words: Words, i: number, sentence: Span, isFigure: (k: number) => boolean, timeStartingAt: (k: number) => TimeMention | undefined): { agent: Span; that: number } | undefined {
  if (words.low(i + 1) !== 'by') return undefined;
  let k = i - 1;
  let passive = false;
  while (k > sentence.first && (words.low(k).endsWith('ly') || AUX_BEFORE.has(words.low(k)) || BEFORE_AGENT_VERB.has(words.low(k)) || PASSIVE.has(words.low(k)))) {
    passive ||= PASSIVE.has(words.low(k));
    // ("It was not confirmed by police that …", "has yet to be confirmed by": no one's word.)
    if (NEGATIONS.has(words.low(k)) || words.low(k) === 'yet') return undefined;
    k--;
  }
  if (!passive || words.low(k) !== 'it' || k !== sentence.first) return undefined;
  // The agent ends at a time or a second participle's "and" ("by police on Tuesday that", "by police
  // and confirmed by medics that"); "that" may come after them.
  let end = i + 2;
  while (end < sentence.last && end - i <= MAX_PHRASE && !['that', 'and', 'or'].includes(words.low(end)) && !END_MARKS.has(words.low(end)) && !isFigure(end) && timeStartingAt(end) === undefined) end++;
  let that = end;
  while (that < sentence.last && that - i <= 2 * MAX_PHRASE && words.low(that) !== 'that' && !END_MARKS.has(words.low(that)) && !isFigure(that)) that++;
  const agent = { first: i + 2, last: end };
  return that < sentence.last && words.low(that) === 'that' && end > i + 2 && namesSomeone(words, agent) ? { agent, that } : undefined;
}

// Whether "by" follows soon after k, before a mark: "said in a statement by the ministry" names its
// speaker after the preposition.
function agentAfter(words: Words, k: number, sentence: Span): boolean {
  for (let n = k + 1; n < sentence.last && n - k <= MAX_PHRASE && !END_MARKS.has(words.low(n)); n++) if (words.low(n) === 'by') return true;
  return false;
}

// The party after "reports from" (or "claims from", "a report from") and before the "that" of what
// they say, or undefined: "reports from residents that 30 had died".
const REPORTS_FROM = new Set(['reports', 'report', 'claims']);
// Plural heads of parties that reports come from, beyond persons and bodies.
const REPORTING_PARTIES = new Set(['residents', 'witnesses', 'activists', 'hospitals', 'doctors', 'medics', 'officials', 'sources', 'villagers', 'relatives', 'families', 'survivors', 'monitors', 'journalists', 'lawyers']);
function reportsFrom(words: Words, i: number, sentence: Span, isFigure: (k: number) => boolean): Span | undefined {
  if (!REPORTS_FROM.has(words.low(i)) || words.low(i + 1) !== 'from') return undefined;
  let k = i + 2;
  while (k < sentence.last && k - i <= MAX_PHRASE && words.low(k) !== 'that' && (words.isWord(k) || words.low(k) === "'") && !isFigure(k) && !isCueWord(words, k)) k++;
  const phrase = { first: i + 2, last: k };
  // (A party by the head of its phrase, a person or a body: "residents", "rights groups", "the
  // ministry"; "reports from Syria", "from Kessa province" name a place.)
  const head = singular(words.low(k - 1));
  const party = PERSON_NOUNS.has(head) || ORG_WORDS.has(head) || ROLE_NOUNS.has(head) || ORG_WORDS.has(words.low(k - 1)) || REPORTING_PARTIES.has(words.low(k - 1));
  return words.low(k) === 'that' && k > i + 2 && party ? phrase : undefined;
}

// Whether token k is a cue word where it stands, as the speaker phrases' ends see it.
function isCueWord(words: Words, k: number): boolean {
  const w = words.low(k);
  return CUE_WORDS.has(w) && (!BRIEFING.has(w) || briefsPress(words, k));
}
// The plain forms "note", "indicate" and "reveal" are nouns as often, so they too report only before "that".
const THAT_CUES = new Set(['found', 'concluded', 'showed', 'shows', 'show', 'showing', 'finds', 'published', 'publishes', 'note', 'indicate', 'reveal', 'suggest']);
// Verbs after "lives" that make "claimed N lives" a report: "claimed 30 lives were lost".
const LOST_VERBS = new Set(['were', 'was', 'had', 'have', 'has']);
// Whether the participle at i carries a toll: "bringing the toll to 57", "raising to 200 the number",
// not "raising fears of floods", "bringing aid to 3,000 wounded people".
const TOLL_CARRIED_REACH = 4;
function carriesToll(words: Words, i: number, sentence: Span, isFigure: (k: number) => boolean): boolean {
  if (words.low(i + 1) === 'to' && isFigure(i + 2)) return true;
  for (let k = i + 1; k <= i + TOLL_CARRIED_REACH && k < sentence.last && words.isWord(k); k++) if (TOLL_OBJECTS.has(words.low(k))) return true;
  return false;
}
// How many words a headline's credit after its colon may have: "…: army", "…: state media".
const CREDIT_WORDS = 4;
// The name after a headline's last colon, when what comes before it holds a figure and the name
// none: "Death toll rises to 29 dead: army" (not "Kesh: 29 dead", where the place comes first).
function headlineCredit(words: Words, sentence: Span, isFigure: (k: number) => boolean): Span | undefined {
  let end = sentence.last;
  while (end > sentence.first && !words.isWord(end - 1)) end--;
  const colon = end - CREDIT_WORDS - 1;
  let k = end - 1;
  while (k > colon && k > sentence.first && words.isWord(k) && !isFigure(k)) k--;
  if (words.low(k) !== ':' || k === end - 1) return undefined;
  let figure = false;
  for (let m = sentence.first; m < k && !figure; m++) figure = isFigure(m);
  const name = { first: k + 1, last: end };
  // (Not a day or a place: "Death toll rises to 29: Tuesday", "…: Lagos".)
  for (let m = name.first; m < name.last; m++) if (CALENDAR_NAMES.has(words.low(m))) return undefined;
  if (countryAt(words, name.first) !== undefined || cityAt(words, name.first) !== undefined) return undefined;
  return figure && namesSomeone(words, name) && !isFaceless(words, name) ? name : undefined;
}

// Counts a stated figure's list may run on to: a bound for a hostile sentence.
const MAX_LISTED = 8;
// The subject of the main clause after a participle's clause that opens the sentence at i: the noun
// phrase after the first comma, up to its verb ("Claiming that 20 died, the party leader called").
// (A comma inside a list of places, "in Kesh, Dorvo and Tamar, the leader called", is passed over:
// the subject is the one a lower-case verb follows.)
function frontedSubject(words: Words, i: number, sentence: Span, isFigure: (k: number) => boolean): Span | undefined {
  for (let comma = i + 1; comma < sentence.last && comma - i < MAX_PHRASE * 4; comma++) {
    if (END_MARKS.has(words.low(comma)) && words.low(comma) !== ',') return undefined;
    if (words.low(comma) !== ',') continue;
    const subject = openingSubject(words, { first: comma + 1, last: sentence.last });
    if (subject === undefined || holdsFigure(words, subject, isFigure)) continue;
    const verb = subject.last;
    if (words.isWord(verb) && !words.cap(verb)) return subject;
  }
  return undefined;
}
// The subject of a clause that ", but" or a semicolon opens after token `after` (or the
// sentence, when `after` is before it), before the participle at i, whose verb is a lower-case word:
// "…, but Health Minister Ali Musa later adjusted that statement, saying …" gives "Health Minister
// Ali Musa" (adverbs before the verb are no part of it).
function clauseSubject(words: Words, i: number, sentence: Span, isFigure: (k: number) => boolean, after: number): Span | undefined {
  let k = i - 2;
  while (k > after && i - k <= MAX_PHRASE * 4 && words.low(k) !== ';' && !(words.low(k) === ',' && words.low(k + 1) === 'but')) k--;
  const opens = k >= sentence.first && k > after && i - k <= MAX_PHRASE * 4;
  if (!opens && after >= sentence.first) return undefined;
  let first = !opens ? sentence.first : words.low(k) === ';' ? k + 1 : k + 2;
  // ("But despite the outcry, the spokesman defended …, saying": past a conjunction that opens the sentence.)
  if (!opens && (COORDINATING.has(words.low(first)) || words.low(first) === 'and')) first++;
  // ("On Monday, the Taliban issued a statement, saying …": the subject after an opening phrase of
  // time or place, as after a fronted participle's clause; "Despite the outcry, …" too.)
  const fronted = PREPOSITION_OPENERS.has(words.low(first)) || words.low(first) === 'despite' || words.low(first) === 'amid';
  const subject = !opens && fronted ? frontedSubject(words, first, sentence, isFigure) : openingSubject(words, { first, last: i });
  // (Only a party speaks: not "…, but the toll may rise, adding that …", a clause of what was said.)
  if (subject === undefined || holdsFigure(words, subject, isFigure) || !namesParty(words, subject) || !words.isWord(subject.last) || words.cap(subject.last) || subject.last >= i - 1) return undefined;
  let last = subject.last;
  const adverb = (low: string): boolean => AUX_BEFORE.has(low) || (low.endsWith('ly') && !LY_NOUNS.has(low)) || low === 'more' || low === 'most';
  while (last > subject.first + 1 && !words.cap(last - 1) && adverb(words.low(last - 1))) last--;
  return { first: subject.first, last };
}
// Where a list of counts that goes on from token e ends: "35 people dead, 40 injured and 168
// arrested" runs past each noun or participle, a comma and "and", to the last figure and its word.
// (An item with a verb of its own, "and 90 protesters said they were beaten", ends it, and a cue
// later in the sentence keeps it to its first figure: "…, and 40 were arrested, according to X".)
function listEnd(words: Words, e: number, sentence: Span, isFigure: (k: number) => boolean): number {
  for (let k = e; k < sentence.last; k++) if (CUE_WORDS.has(words.low(k))) return e;
  let end = e;
  for (let guard = 0; guard < MAX_LISTED; guard++) {
    let k = end;
    for (let n = 0; n < 2 && k < sentence.last && words.isWord(k) && !isFigure(k) && words.low(k) !== 'and'; n++) k++;
    if (words.low(k) === ',') k++;
    if (words.low(k) === 'and') k++;
    if (!isFigure(k)) break;
    while (k < sentence.last && isFigure(k)) k++;
    let clause = false;
    for (let n = k; n < k + 3 && n < sentence.last && words.isWord(n); n++) clause ||= COPULAS.has(words.low(n)) || CUE_WORDS.has(words.low(n));
    if (clause) break;
    end = k + 1;
  }
  return Math.min(end, sentence.last);
}
// Whether the figure at k is a share of a whole: "7 of the dead", "40 percent".
function shareAfter(words: Words, k: number, sentence: Span, isFigure: (i: number) => boolean): boolean {
  let e = k;
  while (e < sentence.last && isFigure(e)) e++;
  return e > k && ['of', 'percent', '%', 'per'].includes(words.low(e));
}
// "Official figures showed 40 people died", "…, the ministry's data showed": data show what they
// count without "that".
const SHOWING = new Set(['showed', 'shows', 'show']);
const DATA_REACH = 8;
// Whether a noun for data or a work heads the clause before the verb at i, within DATA_REACH words
// and with no cue of its own.
function dataBefore(words: Words, i: number, sentence: Span): boolean {
  for (let k = i - 1; k >= sentence.first && i - k <= DATA_REACH; k--) {
    const low = words.low(k);
    // "A tally by the group, which tracks attacks, shows": past a relative clause between commas.
    if (low === ',' && k === i - 1) {
      let open = k - 1;
      while (open > sentence.first && k - open <= MAX_PHRASE && words.low(open) !== ',') open--;
      if (words.low(open) === ',' && RELATIVE_PRONOUNS.has(words.low(open + 1))) {
        i = open + 1;
        k = open;
        continue;
      }
    }
    const head = ESTIMATE_HEADS.has(low) || WORK_NOUNS.has(low) || low === 'records';
    // "A police report showed": the head before the verb, even one that is a cue as a verb.
    if (head && k === i - 1) return true;
    // ("Figures released by the ministry showed": the giver's cue speaks already.)
    if (END_MARKS.has(low) || HARD_WORDS.has(low) || CUE_WORDS.has(low)) return false;
    if (head) return true;
  }
  return false;
}
// Whether a figure comes in the clause that starts at i, before a word that opens another ("showed
// the economy grew 3 percent as 40 people died" shows no deaths).
function figureInClause(words: Words, i: number, sentence: Span, isFigure: (k: number) => boolean): boolean {
  for (let k = i; k < sentence.last && k - i < DATA_REACH * 2; k++) {
    if (isFigure(k)) return true;
    if (END_MARKS.has(words.low(k)) || HARD_WORDS.has(words.low(k))) return false;
  }
  return false;
}
// Cue words in the singular that are nouns as often as verbs: "a claim", "an estimate".
const SINGULAR_NOUN_CUES = new Set(['claim', 'report', 'estimate', 'count']);
// Cue verbs in -s that are never nouns: "An Afghan official says …", "Local media says …".
const NEVER_NOUNS = new Set(['says', 'tells', 'insists', 'denies', 'adds', 'confirms', 'announces', 'admits', 'acknowledges', 'alleges', 'dismisses', 'rejects', 'refutes', 'states', 'maintains']);
// Prepositions of how or where a speaker spoke, before the "that" of what was said, and how far.
const MANNER_PREPOSITIONS = new Set(['in', 'during', 'via', 'over', 'through']);
const MANNER_REACH = 9;
// Words that open a counted phrase before its figure: "another 6,400", "a further 12".
const FIGURE_OPENERS = new Set(['another', 'further', 'additional', 'a', 'an', 'the']);
// Verbs that put out a document or figures: "issued a statement saying …", "published a report on
// Monday saying …", "provided lower initial figures saying …".
const ISSUING = new Set(['read', 'issued', 'issues', 'published', 'publishes', 'released', 'releases', 'circulated', 'distributed', 'sent', 'filed', 'provided', 'provides', 'gave', 'gives', 'offered', 'offers']);

// How many words the one a document was sent to may run to: "to RFE/RL's Radio Free Afghanistan".
const RECIPIENT_REACH = 8;

// The verb that put out the document or figures ending at token k ("issued a special report"), or -1: an
// issuing verb, an article, and at most two adjectives before the document's noun.
function issuingVerb(words: Words, k: number, sentence: Span): number {
  const noun = words.low(k);
  if (!(DOCUMENT_NOUNS.has(noun) || FIGURE_NOUNS.has(noun) || noun === 'report' || noun === 'reports')) return -1;
  for (let v = k - 1; v >= sentence.first && k - v <= 4 && words.isWord(v); v--) {
    if (ISSUING.has(words.low(v))) return v;
  }
  return -1;
}

// Whether "according to" opens the run of words before token i: "according to the army's own estimates".
// ("By police estimates," opens it as well.)
function followsAccordingTo(words: Words, i: number, sentence: Span): boolean {
  for (let k = i - 1; k >= sentence.first && i - k <= 5 && (words.isWord(k) || words.low(k) === "'"); k--) {
    if (k > sentence.first && words.low(k) === 'to' && words.low(k - 1) === 'according') return true;
    if (k + 1 < i && byCount(words, k, sentence)) return true;
  }
  return false;
}

// Count nouns that "by" makes a source's, as "according to" would: "By the ministry's count, 48 died".
const BY_COUNTS = new Set(['count', 'counts', 'estimate', 'estimates', 'tally', 'figures', 'reckoning', 'calculations', 'calculation']);
// Whether "by" at i opens a clause with whose count follows: "By the ministry's count,", "by police
// estimates,", "but by local tallies,". The count noun closes the phrase before a comma.
function byCount(words: Words, i: number, sentence: Span): boolean {
  if (words.low(i) !== 'by' || !(i === sentence.first || words.low(i - 1) === ',' || CONJUNCTIONS.has(words.low(i - 1)))) return false;
  // ("By Tuesday's count": a day's count names no one; "By April Dor's count" is a person's.)
  if (CALENDAR_NAMES.has(words.low(i + 1)) && words.poss(i + 1)) return false;
  for (let k = i + 2; k < sentence.last && k - i <= 6; k++) {
    if (!words.isWord(k) && words.low(k) !== "'") return false;
    if (BY_COUNTS.has(words.low(k))) return words.low(k + 1) === ',';
  }
  return false;
}

// Words after a noun that end its phrase: "a group specialising in rally estimates, said".
const NOUN_PHRASE_ENDS = new Set([',', '.', ';', ':', ')', 'and', 'or', 'of', 'for', 'about']);
// "looking into claims the hall was full", "amid reports that …", "specialising in rally estimates",
// "vowed to investigate claims that …": a plural cue word after a preposition, after one and a noun,
// or after a verb of inquiry, is a noun.
function pluralCueNoun(words: Words, i: number): boolean {
  const low = words.low(i);
  if (!low.endsWith('s') || low.endsWith('ss')) return false;
  // (After a noun, only a word that is a noun as often, and ends its phrase: "the government in exile
  // reports that …" and "the ministry of health reports 23 deaths" report.)
  return NOUN_PREPOSITIONS.has(words.low(i - 1)) || INQUIRING.has(words.low(i - 1)) || ((REPORT_NOUNS.has(low) || ESTIMATE_HEADS.has(low)) && NOUN_PREPOSITIONS.has(words.low(i - 2)) && words.isWord(i - 1) && !words.cap(i - 1) && !CUE_WORDS.has(words.low(i - 1)) && NOUN_PHRASE_ENDS.has(words.low(i + 1)));
}

// The frame of the cue word at i, or undefined when it is a noun, a passive or "claimed responsibility".
function frameAt(words: Words, i: number, sentence: Sentence, denialWord: boolean, denialVerb: boolean, isFigure: (k: number) => boolean, reportedBy: boolean): 'report' | 'toll' | 'count' | 'deny' | 'participle' | 'denying' | 'reduced' | undefined {
  const low = words.low(i);
  // "calling it …" is a participle; "called it fake news" a verb that denies with a denial word.
  if (byCount(words, i, sentence)) return 'report';
  const frame = CUE_WORDS.get(low) ?? (ARRESTING.has(low) ? 'count' : HAVE_FORMS.has(low) ? 'toll' : POINTING.has(low) && words.low(i + 1) === 'to' ? 'toll' : low === 'pointed' || SURFACING.has(low) ? 'report' : CALLING.has(low) ? (low.endsWith('ing') ? 'participle' : 'deny') : undefined);
  if (frame === undefined || !words.isWord(i)) return undefined;
  // "the army never denied any casualties": a denial negated denies nothing.
  if (frame === 'deny' && NEGATIONS.has(words.low(i - 1))) return undefined;
  // "375 confirmed deaths", "40 recorded fatalities": how a count is known, as an adjective of its
  // noun of harm; "500 reported as injured": a participle that says how they are listed. (Not when
  // the count opens its clause with no verb of its own after the noun: "Of those surveyed, 40
  // reported deaths in their families" tells of people who reported.)
  if (KNOWN_AS.has(low) && isFigure(i - 1) && words.low(i + 1) === 'as' && HARM_LIST.has(words.low(i + 2))) return undefined;
  if (KNOWN_AS.has(low) && isFigure(i - 1) && HARM_NOUNS.has(words.low(i + 1))) {
    let start = i - 1;
    while (start > sentence.first && isFigure(start - 1)) start--;
    const opens = start === sentence.first || words.low(start - 1) === ',' || words.low(start - 1) === ':';
    if (!opens || PASSIVE.has(words.low(i + 2)) || HAVING.has(words.low(i + 2))) return undefined;
  }
  // "five alleged rebels", "the alleged attackers", "amid alleged damage": an adjective after a count,
  // an article or a preposition, before its noun.
  if (PARTICIPLE_ADJECTIVES.has(low) && (isFigure(i - 1) || ARTICLES.has(words.low(i - 1)) || NOUN_PREPOSITIONS.has(words.low(i - 1))) && words.isWord(i + 1) && !words.cap(i + 1) && !isFigure(i + 1) && words.low(i + 1) !== 'that') return undefined;
  // "told Colombia Reports", "the Daily Mail Reports": a capitalised word after another is a name's.
  if (NAME_CUE_WORDS.has(low) && words.cap(i) && i > sentence.first && words.cap(i - 1) && words.isWord(i - 1) && sentence.role !== 'headline') return undefined;
  // "people feared to have been killed", "migrants reported to be held": a passive that says how it is
  // known, with no one speaking (but "claimed to have killed" claims).
  if (RAISING_PASSIVES.has(low) && words.low(i + 1) === 'to' && (words.low(i + 2) === 'have' || words.low(i + 2) === 'be') && !AUX_BEFORE.has(words.low(i - 1)) && !words.cap(i - 1)) return undefined;
  // "soldiers posted at the base", "troops posted to the border": stationed there, no post online.
  if (stationed(words, i)) return undefined;
  const before = i > sentence.first ? words.low(i - 1) : '';
  const after = words.low(i + 1);
  // "put the toll at 50, before updating that figure to 73": a toll's participle after "before" or
  // "after" goes on for the clause's speaker.
  if (frame === 'toll' && low.endsWith('ing') && (before === 'before' || before === 'after') && words.low(i - 2) === ',') return 'participle';
  // "a spokesman claiming to speak for the militants": who he says he is, not a report of figures.
  if ((low === 'claiming' || low === 'claimed' || low === 'claims' || low === 'claim') && after === 'to' && SPEAKING_FOR.has(words.low(i + 2))) return undefined;
  if (pluralCueNoun(words, i)) return undefined;
  // "its public reporting", "their daily briefing": a gerund after a possessive is a noun.
  if (low.endsWith('ing') && (OWN_DETERMINERS.has(before) || (OWN_DETERMINERS.has(words.low(i - 2)) && words.isWord(i - 1) && !words.cap(i - 1)))) return undefined;
  if (frame === 'participle' || ((DENYING_PARTICIPLES.has(low) || CALLING.has(low)) && low.endsWith('ing'))) {
    // "after initially putting the toll at 26": the adverb stands between the participle and what opens it
    // (", only saying that …" too).
    const adverb = (before.endsWith('ly') || ORDER_ADVERBS.has(before)) && words.isWord(i - 1) && (words.isWord(i - 2) || words.low(i - 2) === ',');
    const prior = adverb ? words.low(i - 2) : before;
    // "social media claiming that …", "the statement by the military admitting to …": the noun before speaks.
    // "The BBC are saying 5,000", "organizers were claiming": a report in the progressive.
    if (['is', 'are', 'was', 'were', 'been', "'re"].includes(prior) && !CALLING.has(low)) return DENYING_PARTICIPLES.has(low) ? 'deny' : 'report';
    // "puts the figure much above the official figure claiming that …": a count is no speaker, so the
    // participle goes on for the cue before.
    if (FIGURE_NOUNS.has(prior) && !CALLING.has(low)) return DENYING_PARTICIPLES.has(low) ? 'denying' : 'participle';
    if (words.isWord(adverb ? i - 2 : i - 1) && !PASSIVE.has(prior) && !['and', 'before', 'while', 'also', 'after', 'without', 'by'].includes(prior) && !CALLING.has(low) && !DENYING_PARTICIPLES.has(low)) return 'reduced';
    // ("Claiming that 20 died, the leader called a strike": one that opens the sentence, too, and
    // one after a quotation closed by its comma, '"…," adding that …'.)
    const afterQuote = CLOSING.has(prior) && words.low(i - 2) === ',';
    if (!(prior === ',' || prior === 'and' || prior === 'before' || prior === 'while' || prior === 'also' || prior === 'after' || i === sentence.first || afterQuote)) return undefined;
    if (low === 'describing' || low === 'calling') return denialWord ? 'denying' : undefined;
    return DENYING_PARTICIPLES.has(low) || (denialWord && SAYING.has(low)) ? 'denying' : 'participle';
  }
  // "in a statement posted on Twitter", "a video posted online": a participle describing a document,
  // not its author's verb (but "the statement added that …" is the statement's).
  if (low === 'posted' && (DOCUMENT_NOUNS.has(before) || before === 'video' || before === 'message')) return undefined;
  if (CALLING.has(low)) return denialWord && !isPassive(words, i) ? 'deny' : undefined;
  // "the initially reported toll", but "The army initially reported that …" and "…, the paper first
  // reported" are a verb after its adverb; "the disputed region" denies nothing.
  const firstReport = before === 'first' && (END_MARKS.has(after) || after === 'that');
  const adverbAfterSubject = (before.endsWith('ly') || firstReport) && words.isWord(i - 2) && !['the', 'a', 'an', 'its', 'their', 'his', 'her', 'from', 'of'].includes(words.low(i - 2));
  if (low.endsWith('ed') && ((ADJECTIVE_BEFORE.has(before) && !adverbAfterSubject) || (before.endsWith('est') && before.length > 4))) return undefined;
  if (frame === 'deny') return isPassive(words, i) ? undefined : 'deny';
  // "from the earlier reported 61": an adverb between an article and the participle.
  if (low.endsWith('ed') && ARTICLES.has(words.low(i - 2)) && words.isWord(i - 1) && AUX_BEFORE.has(before)) return undefined;
  // "found that", "concluded that", "spoke of": reports only in these frames; "found/recovered 18
  // bodies": whoever finds the dead counts them.
  if (FINDING_VERBS.has(low) && low !== 'counted' && !isPassive(words, i) && bodiesAfter(words, i, sentence, isFigure)) return 'count';
  // "Police arrested 40 protesters": whoever holds people counts them ("40 were arrested", "those
  // detained" are counts of no one's).
  if (ARRESTING.has(low)) return !isPassive(words, i) && countAfter(words, i, sentence, isFigure) ? 'count' : undefined;
  if (low === 'recovered' || low === 'retrieved') return undefined;
  // "the agency's new set of figures": a noun.
  if (low === 'set' && after === 'of') return undefined;
  if (SHOWING.has(low) && after !== 'that' && dataBefore(words, i, sentence) && (END_MARKS.has(after) || figureInClause(words, i + 1, sentence, isFigure))) return 'report';
  if (THAT_CUES.has(low) && after !== 'that' && frame !== 'toll') return undefined;
  // ("speak of their grief after 20 died": only a count right after "of" is spoken of.)
  if ((low === 'spoke' || low === 'speaks' || low === 'speak') && (after !== 'of' || !(isFigure(i + 2) || isFigure(i + 3)))) return undefined;
  // "accounted for 140 deaths" counts; "Women accounted for 7 of the dead", "for 40 percent" make up a share.
  if (low === 'accounted' && (after !== 'for' || shareAfter(words, i + 2, sentence, isFigure))) return undefined;
  // "migrants, believed to be from West Africa,": a reduced passive, no one's belief.
  if (low === 'believed' && after === 'to') return undefined;
  if (purposeSay(words, i)) return 'report';
  // "did (however) mention that": the bare form after "did" only, neither negated nor asked.
  if (low === 'mention' && !didMention(words, i, sentence)) return undefined;
  // ("to be safe, let's say 15,000": a suggestion, no one's report.)
  if (low === 'say' && (words.low(i - 1) === 'let' || (words.low(i - 1) === 'us' && words.low(i - 2) === 'let'))) return undefined;
  if (isPassive(words, i) && low !== 'quoted' && low !== 'cited') return undefined;
  // "issued a special report": the noun of what was put out.
  if (issuingVerb(words, i, sentence) >= 0) return undefined;
  // "the rebels' claim": the plural possessive's apostrophe is a token of its own.
  const pluralPossessive = isPluralApostrophe(words, i - 1);
  // "An official says": a verb no article or adjective makes a noun.
  const canBeNoun = (low.endsWith('s') && !NEVER_NOUNS.has(low)) || SINGULAR_NOUN_CUES.has(low);
  // "local media report dozens were killed": the media are plural, and "report" before a count is their verb.
  const mediaVerb = low === 'report' && MEDIA_SUBJECTS.has(before) && (after === 'that' || words.isNum(i + 1) || VAGUE_COUNTS.has(after));
  // ("… than previous death toll estimates, officials said": a count's noun before it, and no object
  // after it, make it one; "the UN estimate puts the toll at" stays a verb.)
  if (canBeNoun && !mediaVerb && (NOUN_BEFORE.has(before) || FIGURE_ADJECTIVES.has(before) || (TOLL_OBJECTS.has(before) && low.endsWith('s') && frame !== 'toll' && END_MARKS.has(after)) || words.poss(i - 1) || pluralPossessive || i === sentence.first)) return undefined;
  // "a Russian claim that …", "an army report", "an official security report": after an article and
  // a word or two, a singular is a noun.
  if (SINGULAR_NOUN_CUES.has(low) && ((['a', 'an'].includes(words.low(i - 2)) && words.isWord(i - 1)) || (['a', 'an'].includes(words.low(i - 3)) && words.isWord(i - 2) && words.isWord(i - 1) && !words.cap(i - 1)))) return undefined;
  // "citing hospital reports": what is cited is a noun.
  if (canBeNoun && [1, 2, 3].some((d) => words.low(i - d) === 'citing' || words.low(i - d) === 'quoting')) return undefined;
  // "ministry reports of heavy casualties", "claims of 30 dead": a plural before "of" is a noun.
  if (canBeNoun && low.endsWith('s') && after === 'of' && low !== 'speaks') return undefined;
  // "A hospital report, released by …": a singular before a comma ends a noun phrase; a verb has its object.
  if (SINGULAR_NOUN_CUES.has(low) && after === ',') return undefined;
  // "they had intelligence reports that …": a noun, what someone has; "police have reports that" stays their report.
  if (low.endsWith('s') && HAVING.has(words.low(i - 2)) && words.isWord(i - 1) && !words.cap(i - 1) && !AUX_BEFORE.has(before)) return undefined;
  // "unofficial reports estimated that …": a noun, since a reporting verb follows it; "reports and
  // sources said": a noun joined to another. But "…, Al Jazeera reports citing the Red Crescent": a
  // name's verb.
  const namedCiting = after === 'citing' && i - 1 > sentence.first && words.cap(i - 1);
  // "Crowd estimates ranged from 15,000 to 80,000": so is one before a verb of spread, after a word
  // for what was counted (not "Police estimates ranged", the police's).
  const counted = TOLL_OBJECT_FORMS.has(before);
  if ((low === 'reports' || low === 'claims' || low === 'estimates') && ((CUE_WORDS.has(after) && !namedCiting) || JOINERS.has(after) || (SPREADING.has(after) && counted))) return undefined;
  // "but estimates on the night from the municipality put turnout at …": whose count it is follows
  // the noun; a verb takes what it says ("estimates that …").
  if (low === 'estimates' && words.low(i - 1) !== 'that' && [1, 2, 3, 4].some((d) => words.low(i + d) === 'from' && words.cap(i + d + 1 + (words.low(i + d + 1) === 'the' ? 1 : 0)))) return undefined;
  // "claimed responsibility", "claimed the lives of", "claimed six lives": not a report of figures
  // (but "claimed six lives were lost" is one).
  const claimWord = low === 'claimed' || low === 'claims' || low === 'claim' || low === 'claiming';
  // "the attack claimed by the militant group": a passive claim of an attack is of responsibility
  // ("the 40,000 claimed by the organisers" is a count).
  // ("claimed responsibility for killing more than 70 soldiers" claims the count it killed.)
  // ("claimed responsibility on Sunday for killing 9": past a time.)
  // (Read only after a claim's "responsibility" or "credit": every cue word passes here.)
  let forAt = i + 2;
  const claimsResponsibility = claimWord && (after === 'responsibility' || after === 'credit');
  while (claimsResponsibility && forAt < i + 5 && forAt < sentence.last && words.low(forAt) !== 'for' && (words.low(forAt) === 'on' || CALENDAR_NAMES.has(words.low(forAt)))) forAt++;
  const claimsKilling = claimsResponsibility && words.low(forAt) === 'for' && HARM_PARTICIPLES.has(words.low(forAt + 1));
  if (claimWord && !claimsKilling && (NOT_AFTER_CLAIM.has(after) || claimedAttack(words, i) || (after === 'by' && CLAIMED_ATTACKS.has(before)) || (after === 'the' && NOT_AFTER_CLAIM.has(words.low(i + 2))) || [2, 3, 4, 5].some((d) => words.low(i + d) === 'lives' && isFigure(i + d - 1) && !LOST_VERBS.has(words.low(i + d + 1))))) return undefined;
  if (low === 'according' && after !== 'to') return undefined;
  // "…, as reported by the district hospital": "as reported by" is "according to".
  if (reportedBy) return 'report';
  // "As per the bulletin, 26 patients have died": "as per" is "according to"; "per cent" is nothing.
  if (low === 'per' && words.low(i - 1) !== 'as') return undefined;
  // "the number of protesters confirmed killed", "20 feared dead": what befell them, not who reports it.
  // But "a salvo, which Moscow said killed 89": the relative pronoun is the subject of what was said.
  if (FATE_WORDS.has(after) && !((low === 'said' || low === 'says') && saidInRelative(words, i))) return undefined;
  // "11 people accused of being smugglers": the accused, not an accuser; "accused the rebels of …" accuses.
  // ("the violence blamed on illegal miners": a participle after the incident, whose agent is unsaid;
  // "the blast, which authorities blamed on rebels" keeps its agent.)
  if ((low === 'accused' || low === 'blamed') && (after === 'of' || after === 'for' || (low === 'blamed' && after === 'on' && (INCIDENT_NOUNS.has(before) || (before === ',' && INCIDENT_NOUNS.has(words.low(i - 2))))))) return undefined;
  // "quoted by the agency": the agency quotes someone; "X was quoted by the agency as saying" is X's.
  if ((low === 'quoted' || low === 'cited') && after === 'by' && asSayingAfter(words, i + 1, sentence) < 0) return undefined;
  // "rights groups point to evidence suggesting at least a dozen were killed": what the evidence
  // suggests is theirs.
  if (POINTING.has(low) && after === 'to' && evidenceAhead(words, i + 2, sentence)) return 'report';
  if (frame === 'toll') {
    // "the floods had raised the death toll to 23": an incident moves a toll, and says nothing.
    let subject = i - 1;
    while (subject > sentence.first && HAVE_FORMS.has(words.low(subject))) subject--;
    if (INCIDENT_NOUNS.has(words.low(subject)) && !words.cap(subject)) return undefined;
    // "came up with a death toll of 33": only so does "came" give a count.
    if (low === 'came' && !(after === 'up' && words.low(i + 2) === 'with')) return undefined;
    // "I can't give the exact toll": a toll refused is none given.
    if (NEGATIONS.has(before)) return undefined;
    // "organisers put it at 100,000": "it" is the count given before.
    if (after === 'it' && words.low(i + 2) === 'at') return 'toll';
    // "published an estimate of 8,222", but "published that at least 416 were killed" reports.
    if (THAT_CUES.has(low) && after === 'that') return 'report';
    // ("Police reduced the number of officers on the streets": cutting a number of people is no toll;
    // "reduced that figure to 38" is.)
    // But "reduced the number of dead to 56" cuts a toll: the number of a harm.
    const objects = CUTTING.has(low) ? CUT_OBJECTS : TOLL_OBJECTS;
    // ("The death toll, which the ministry put at 45, …": the object is the noun "which" stands for.)
    for (let k = i - 2; k > sentence.first + 1 && k >= i - 4; k--) if (words.low(k) === 'which' && words.low(k - 1) === ',' && objects.has(words.low(k - 2))) return 'toll';
    for (let k = i + 1; k <= i + 6 && k < sentence.last; k++) {
      // ("read to reporters a list of 279 dead": a list of a count of the dead, not of demands.)
      if (words.low(k) === 'list' && words.low(k + 1) === 'of' && [k + 3, k + 4].some((j) => isFigure(j - 1) && HARM_LIST.has(words.low(j)))) return 'toll';
      if (low === 'read') continue;
      if (objects.has(words.low(k))) return 'toll';
      if (words.low(k) === 'number' && words.low(k + 1) === 'of' && HARM_NOUNS.has(words.low(k + 2))) return 'toll';
      // "while the group puts 37 deaths": the count of a harm itself, straight after the verb.
      if (!CUTTING.has(low) && k <= i + 3 && isFigure(k) && !isFigure(k + 1) && HARM_NOUNS.has(words.low(k + 1))) return 'toll';
      // "put the wounded at 300" ("the dead" is a toll object already).
      if (!CUTTING.has(low) && words.low(k) === 'the' && HARMED.has(words.low(k + 1)) && words.low(k + 2) === 'at') return 'toll';
    }
    return undefined;
  }
  if (frame === 'count') {
    // "according to police estimates": the noun of the phrase "according to" opens.
    if (followsAccordingTo(words, i, sentence)) return undefined;
    // "violence recorded on November 7": a participle after its noun, with no object of its own;
    // "figures estimated by organisers": so is one with its agent, which speaks only as one.
    // (But "not 48 as estimated by the army" is the army's count.)
    const asBy = after === 'by' && (before === 'as' || (EARLIER.has(before) && words.low(i - 2) === 'as'));
    if (low.endsWith('ed') && !asBy && (SCENE_AFTER.has(after) || (after === 'by' && words.isWord(i - 1) && (!words.cap(i - 1) || i - 1 === sentence.first) && !PASSIVE.has(before)))) return undefined;
    // "an estimated 90", "police estimates put …": a modifier or a noun, not a verb.
    if (low.endsWith('ed') ? ['a', 'an', 'the'].includes(before) : NOUN_BEFORE.has(before) || words.poss(i - 1) || i === sentence.first) return undefined;
    // "officials estimate that …", but "a police estimate", "a far lower estimate": nouns.
    // "organisers estimate the crowd at …": a verb with a count for its object, whoever comes before.
    const countObject = (after === 'the' || after === 'their' || after === 'its') && TOLL_OBJECTS.has(words.low(i + 2));
    const plural = before.endsWith('s') && (!words.cap(i - 1) || i - 1 === sentence.first);
    if ((low === 'estimate' || low === 'count') && !(countObject || ['they', 'we', 'i', 'you'].includes(before) || plural)) return undefined;
    return 'count';
  }
  const cueDeny = denialWord && !denialVerb && (low === 'said' || low === 'says' || low === 'noted' || low === 'stated' || low === 'told' || low === 'tells');
  return cueDeny ? 'deny' : 'report';
}

// Whether a cue verb stands in [first, last): "the town the rebels said they had shelled".
function cueWithin(words: Words, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (words.isWord(k) && !words.cap(k) && (PAST_CUES.has(words.low(k)) || words.low(k) === 'says' || words.low(k) === 'claimed')) return true;
  return false;
}

// How far back from "and" a clause's verb is looked for.
const CLAUSE_VERB_REACH = 12;
// Auxiliaries that carry a negated verb: "did not confirm", "has not said".
const NEGATED_AUXILIARIES = new Set(['did', 'does', 'do', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'would', 'could', 'will']);

// Whether another "and" stands before the one at `and`, in the sentence.
function andBefore(words: Words, and: number, sentence: Span): boolean {
  for (let k = and - 1; k > sentence.first; k--) if (words.low(k) === 'and') return true;
  return false;
}

// "The mass protests erupted in early January and the government said", "Troops arrested five
// leaders and Prime Minister X said": a verb in the past before "and" makes what precedes it a
// clause of its own, not part of the speaker.
function clauseBefore(words: Words, and: number, sentence: Span): boolean {
  const next = words.low(and + 1);
  // ("There were clashes near the square and police said": a lower-case subject after a clause that
  // opens with "there was".)
  // ("… and the health ministry and the army said": an "and" after a party joins a second one.)
  const existential = words.low(sentence.first) === 'there' && (words.low(sentence.first + 1) === 'were' || words.low(sentence.first + 1) === 'was') && and - sentence.first <= 3 * CLAUSE_VERB_REACH && !(isParty(singular(words.low(and - 1))) && andBefore(words, and, sentence));
  if (!words.cap(and + 1) && !ARTICLES.has(next) && !existential) return false;
  for (let v = and - 1; v > sentence.first && (existential || and - v <= CLAUSE_VERB_REACH); v--) {
    const low = words.low(v);
    // "… with Saudi Arabia, residents and Saudi state television said": two speakers after a comma.
    if (low === ',') return false;
    if (v === sentence.first + 1 && existential) return true;
    if (words.isWord(v) && !words.cap(v) && low.endsWith('ed') && words.isWord(v - 1) && !ADJECTIVE_BEFORE.has(words.low(v - 1)) && !words.poss(v - 1)) return true;
    // "The ministry would not confirm the account and the army denied": a negated verb is a clause's
    // too, unless a relative clause's ("a union that did not strike and the police said").
    if (low === 'not' && NEGATED_AUXILIARIES.has(words.low(v - 1)) && words.isWord(v - 2) && !RELATIVE_PRONOUNS.has(words.low(v - 2))) return true;
  }
  return false;
}

// The speaker phrase before a cue, past auxiliaries and a time ("Pakistan military officials on
// Wednesday said"), asides (", which monitors jihadist media,") and fronted adverbials.
// Whether tokens [first, last) hold a verb in the past after a noun: "the quake struck", "fighters
// stormed the base", "the army retaliated" (not "a retired general", "the so-called", "newly
// appointed", "the region's armed forces", whose "-ed" word goes on to its noun).
function clauseVerbIn(words: Words, first: number, last: number): boolean {
  for (let v = first + 1; v < last; v++) {
    const low = words.low(v);
    const before = words.low(v - 1);
    if (!words.isWord(v) || words.cap(v) || !words.isWord(v - 1) || ARTICLES.has(before) || before.endsWith('ly') || (before === '-' && !words.spaced(v))) continue;
    if (IRREGULAR_PAST.has(low)) return true;
    const next = v + 1;
    const object = !words.isWord(next) || words.cap(next) || ARTICLES.has(words.low(next)) || NOUN_PREPOSITIONS.has(words.low(next));
    if (low.endsWith('ed') && !NOUN_PREPOSITIONS.has(before) && object) return true;
  }
  return false;
}

// Whether tokens [first, last) hold a finite verb after the clause's subject: "(where) he was
// treated", "(where) the storm struck".
function finiteIn(words: Words, first: number, last: number): boolean {
  for (let v = first; v < last; v++) {
    const low = words.low(v);
    if (words.isWord(v) && !words.cap(v) && (RELATIVE_AUXILIARIES.has(low) || IRREGULAR_PAST.has(low) || (low.endsWith('ed') && !ARTICLES.has(words.low(v - 1))))) return true;
  }
  return false;
}

// Whether the word at k opens a relative clause's verb phrase with its verb: "(that) organised the
// march", "(that) runs the shelters", "(which) controls Dorvo" (a verb in "-s" only before its
// object's determiner or name: "that militants said" is a clause with a subject of its own).
function relativeVerbAt(words: Words, k: number): boolean {
  const low = words.low(k);
  if (!words.isWord(k) || words.cap(k)) return false;
  const object = ARTICLES.has(words.low(k + 1)) || OWN_DETERMINERS.has(words.low(k + 1)) || (words.isWord(k + 1) && words.cap(k + 1));
  // ("claimed responsibility": a past verb's object may be a bare noun.)
  const bare = words.isWord(k + 1) && !words.cap(k + 1) && !isCueWord(words, k + 1);
  return ((low.endsWith('ed') || IRREGULAR_PAST.has(low)) && (object || bare || NOUN_PREPOSITIONS.has(words.low(k + 1)))) || (low.endsWith('s') && !low.endsWith('ss') && object);
}

// Whether the word at k is a participle of putting out right after a document, a work or a count
// noun: "the report released on Sunday", "the statement issued on Monday", "figures published".
// (Only after a noun with a word of its owner before it, "a ministry report", "the army's figures":
// "The statement issued on Monday" alone names no one.)
function putOut(words: Words, k: number): boolean {
  const noun = words.low(k - 1);
  const owned = words.isWord(k - 2) && !ARTICLES.has(words.low(k - 2)) && !words.isNum(k - 2);
  return GIVING.has(words.low(k)) && owned && (DOCUMENT_NOUNS.has(noun) || WORK_NOUNS.has(noun) || FIGURE_NOUNS.has(noun));
}

// "A Red Cross worker who gave his name as Ali said": the person described speaks, by the words that
// describe them (a name given only so is no name of record), from the phrase's first word to "who".
const NAMING = new Set(['gave', 'giving', 'gives', 'give']);
function describedBefore(words: Words, phrase: Span, sentence: Span): Span | undefined {
  let k = phrase.first - 1;
  if (words.low(k) !== 'as') return undefined;
  k--;
  if (words.low(k) === 'only') k--;
  if (words.low(k) !== 'name' && words.low(k) !== 'names') return undefined;
  k--;
  if (words.low(k) === 'first' || words.low(k) === 'full') k--;
  if (!['his', 'her', 'their'].includes(words.low(k)) || !NAMING.has(words.low(k - 1)) || words.low(k - 2) !== 'who') return undefined;
  const who = k - 2;
  let first = who;
  while (first > sentence.first && who - first < MAX_PHRASE && words.isWord(first - 1) && !CONJUNCTIONS.has(words.low(first - 1)) && !isCueWord(words, first - 1)) first--;
  return first < who ? { first, last: who } : undefined;
}

// A speaker phrase read before a cue; `shared` when it is the subject of an earlier verb of saying
// that the cue's verb shares across what that one reported.
interface PhraseRead {
  readonly phrase: Span | undefined;
  readonly statedAt: TimeMention | undefined;
  readonly anonymous: boolean;
  readonly shared?: boolean;
}
function phraseBefore(words: Words, i: number, sentence: Span, timeEndingAt: (k: number) => TimeMention | undefined, isFigure: (i: number) => boolean, coordinated = false): PhraseRead {
  const read = walkPhraseBefore(words, i, sentence, timeEndingAt, isFigure, coordinated);
  const described = read.phrase === undefined ? undefined : describedBefore(words, read.phrase, sentence);
  return described === undefined ? read : { ...read, phrase: described };
}

function walkPhraseBefore(words: Words, i: number, sentence: Span, timeEndingAt: (k: number) => TimeMention | undefined, isFigure: (i: number) => boolean, coordinated = false): PhraseRead {
  let statedAt: TimeMention | undefined;
  let anonymous = false;
  let comma = false;
  let j = i - 1;
  for (let guard = 0; guard < 5 && j >= sentence.first; guard++) {
    const t = timeEndingAt(j + 1);
    if (t !== undefined && t.first >= sentence.first) {
      if (t.day) statedAt ??= t;
      // "Reuters on December 23 issued": a date's "on" goes with it.
      j = words.low(t.first - 1) === 'on' ? t.first - 2 : t.first - 1;
      // "The ombudsman late on Monday reported", "The ombudsman, late on Monday reported": the word
      // that leads the time, and a comma before it.
      if (TIME_LEADS.has(words.low(j))) {
        j--;
        if (words.low(j) === ',') j--;
      }
    } else if (AUX_BEFORE.has(words.low(j)) || PASSIVE.has(words.low(j)) || isMannerAdverb(words, j)) {
      j--;
    } else if (adverbEndingAt(words, j) > 0) {
      j -= adverbEndingAt(words, j);
    } else if (words.low(j) === ',' && !comma && timeEndingAt(j) !== undefined && !commaBefore(words, j, sentence)) {
      // "The army in a statement on Tuesday, announced", "The ministry Friday, officially put": a
      // comma after the time before the cue.
      comma = true;
      j--;
    } else if ((DOCUMENT_NOUNS.has(words.low(j)) || OCCASIONS.has(words.low(j))) && NOUN_OPENERS.has(words.low(j - 1)) && words.low(j - 2) === 'in' && j - 2 > sentence.first) {
      // "The army in a statement on Tuesday said": where it was said is no part of who said it.
      j -= 3;
    } else {
      break;
    }
  }
  let end = j + 1;
  // "A villager at the scene - who asked not to be named - said": an aside between spaced dashes
  // before the verb is no part of who speaks; the name is before it.
  if (DASHES.has(words.low(end - 1)) && words.spaced(end - 1)) {
    let open = end - 2;
    while (open > sentence.first && end - open <= MAX_PHRASE && !(DASHES.has(words.low(open)) && words.spaced(open))) open--;
    if (open > sentence.first && DASHES.has(words.low(open)) && words.spaced(open)) end = open;
  }
  // "X claimed responsibility for the attack and put the toll at 15": a second verb shares the first
  // one's subject, unless the first verb's object holds the figure ("have killed 90 and warned").
  if (!coordinated && words.low(end - 1) === 'and') {
    // The first verb of saying in reach before "and": a verb after it may sit in what that one reported.
    let firstSaid = Math.max(sentence.first, end - 2 * MAX_PHRASE);
    while (firstSaid < end && !PAST_CUES.has(words.low(firstSaid))) firstSaid++;
    // The speaker of that verb, read once if a verb after a count it reported asks.
    let said: PhraseRead | undefined;
    // ("seized weapons including chains, helmets, clubs and stones and detained 14": a list's commas.)
    const listComma = (v: number): boolean => [v - 1, v + 1].every((k) => words.isWord(k) && !words.cap(k) && !words.low(k).endsWith('ed') && !isCueWord(words, k));
    for (let v = end - 2; v >= sentence.first && end - v <= 2 * MAX_PHRASE && !isHardMark(words, v) && (words.low(v) !== ',' || listComma(v)) && !isFigure(v); v--) {
      const low = words.low(v);
      if (!words.isWord(v) || words.cap(v)) continue;
      // A verb in the past, not a noun ("rejected the BLA's claims and confirmed": "rejected"), nor
      // a participle glued to a name ("the Saudi-led coalition").
      const glued = words.low(v - 1) === '-' && !words.spaced(v);
      // ("A villager said the houses had been burned and estimated the toll": a passive in what a verb
      // of saying before it reported shares no subject with the verb after "and"; that verb's does.)
      const reported = PASSIVE.has(words.low(v - 1)) && !PAST_CUES.has(low) && firstSaid < v;
      if ((PAST_CUES.has(low) || IRREGULAR_PAST.has(low) || low.endsWith('ed')) && !glued && !reported && !NOUN_OPENERS.has(words.low(v - 1)) && !words.poss(v - 1)) {
        const first = phraseBefore(words, v, sentence, timeEndingAt, isFigure, true);
        // "The group said 117 soldiers died in the attack and claimed …": a count after a verb of saying
        // is what was reported; the verb after "and" is the speaker's second.
        if (first.phrase !== undefined && isFigure(first.phrase.first) && firstSaid < first.phrase.first) {
          said ??= phraseBefore(words, firstSaid, sentence, timeEndingAt, isFigure, true);
          if (said.phrase !== undefined && !holdsFigure(words, said.phrase, isFigure)) return { ...said, statedAt: statedAt ?? said.statedAt, anonymous: anonymous || said.anonymous, shared: true };
        }
        // ("reported 18 deaths related to the protests and says …": a participle after a count is no
        // verb of the clause; the one before the count is.)
        if (first.phrase !== undefined && (holdsFigure(words, first.phrase, isFigure) || (isFigure(first.phrase.first) && !namesSomeone(words, first.phrase)))) continue;
        if (first.phrase !== undefined) return { ...first, statedAt: statedAt ?? first.statedAt, anonymous: anonymous || first.anonymous };
        break;
      }
    }
  }
  // The asides stay in the phrase (they may name a relay: ", quoted by the Associated Press,"), but
  // the head is looked for before them.
  let full = end;
  // "Israeli sources that also gave a toll of nine", "officials who put the toll at 4", "the army
  // which specifies": the noun before the relative pronoun.
  // ("a nurse, speaking on condition of anonymity, who put …": past an aside of anonymity.)
  let relative = j;
  if ((words.low(j) === 'who' || words.low(j) === 'which') && words.low(j - 1) === ',') {
    let s = j - 2;
    while (s > sentence.first && j - s <= MAX_PHRASE && words.low(s) !== ',' && !isHardMark(words, s)) s--;
    // (An aside that names, "identified as Colonel X", "named as Ana Pell", is no aside of anonymity.)
    if (words.low(s) === ',' && /anonymity|\bnot\b.*\b(?:named|identified|authori[sz]ed)\b/.test(words.text.slice(words.start(s + 1), words.end(j - 2)))) {
      anonymous = true;
      relative = s;
    }
  }
  // ("The WHO said": "who" in capitals is the body's initials, no relative pronoun.)
  if ((words.low(j) === 'that' || (words.low(j) === 'who' && !words.upper(j)) || words.low(j) === 'which') && j > sentence.first && words.isWord(relative - 1) && !CUE_WORDS.has(words.low(relative - 1))) {
    const np = nounPhraseBefore(words, relative, sentence);
    // "initial reports of the attack that said 37 died": an attack says nothing; what is "of" it does.
    let first = np?.first ?? j;
    if (np !== undefined && CLAIMED_ATTACKS.has(words.low(np.last - 1)) && words.low(first - 1) === 'of' && REPORT_NOUNS.has(words.low(first - 2))) {
      let k = first - 2;
      while (k >= sentence.first && first - k <= 5 && words.isWord(k) && !NP_BREAKS.has(words.low(k)) && !COMPARING.has(words.low(k)) && !words.low(k).endsWith('ing') && !words.low(k).endsWith('ed')) k--;
      if (k + 1 < first - 1) first = k + 1;
    }
    if (np !== undefined) return { phrase: { first, last: np.last }, statedAt, anonymous };
  }
  // Asides between commas right before the cue: step over them to the speaker.
  for (let guard = 0; guard < 3 && ASIDE_MARKS.has(words.low(end - 1)); guard++) {
    const mark = words.low(end - 1);
    let s = end - 2;
    while (s >= sentence.first && end - s <= 2 * MAX_PHRASE && words.low(s) !== mark && !isHardMark(words, s)) s--;
    if (words.low(s) !== mark) break;
    const opener = words.low(s + 1);
    const aside = words.text.slice(words.start(s + 1), words.end(end - 2));
    const holdsCue = !ASIDE_OPENERS.has(opener) && cueWithin(words, s + 2, end - 1);
    // A dash aside is always one ("A medic and a second official — both of whom were not named — said"),
    // and so is an appositive that holds a cue of its own ("the town the rebels said they had shelled").
    // ", released by spokesman X,": a participle with its agent is an aside too.
    const byAgent = (opener.endsWith('ed') || IRREGULAR_PARTICIPLES.has(opener)) && words.low(s + 2) === 'by';
    if (!(mark !== ',' || ASIDE_OPENERS.has(opener) || byAgent || (ARTICLES.has(opener) && s > sentence.first && holdsCue) || /anonymity|identified|named|authori[sz]ed/.test(aside))) break;
    if (/anonymity|identified|named/.test(aside)) anonymous = true;
    // The appositive's own speaker is no relay of this one.
    if (holdsCue) full = s;
    // ", in a statement on Wednesday,": the day of the statement, not of what it reports.
    for (let x = s + 1; x < end - 1; x++) {
      const t = timeEndingAt(x + 1);
      if (t !== undefined && t.day && t.first > s) statedAt ??= t;
    }
    end = s;
  }
  let k = end - 1;
  // "As Cisse visited a hospital he spoke of four dead": a pronoun right before the cue is its subject.
  const pronoun = SUBJECT_PRONOUNS.has(words.low(k)) && words.isWord(k);
  if (pronoun) k--;
  // Brackets closed before the cue hold an acronym or an aside ("the Front (TPLF) said"); an opening
  // bracket left open begins the speaker's own aside ("… took part (the police place the figure at …").
  let closed = 0;
  let clause = 0;
  while (!pronoun && k >= sentence.first && end - k - clause <= LONG_SUBJECT) {
    const w = words.low(k);
    // "(Dorvo News - 22nd June, 2019) The police said": a capital article after a bracket opens the phrase.
    if (w === ')' && words.low(k + 1) === 'the' && words.cap(k + 1)) break;
    if (w === ')') closed++;
    if (w === '(' && closed-- === 0) break;
    // A cue verb before ("Ingente said NPA spokesman X claimed") ends the phrase; a cue noun ("the
    // claims") does not.
    // "officials quoted by the Associated Press said": the relay is inside the phrase.
    // "A tally released by the ministry put …": so is the work's issuer.
    // ("The report released on Sunday said": a document's participle, with or without its agent.)
    const relayed = ((w === 'quoted' || w === 'cited' || GIVING.has(w)) && (words.low(k + 1) === 'by' || (w === 'compiled' && words.low(k + 1) === 'from'))) || putOut(words, k);
    // "A senior official who spoke on condition of anonymity gave …": the relative clause is his.
    const anonymousClause = w === 'spoke' && words.low(k - 1) === 'who' && words.low(k + 2) === 'condition';
    if (anonymousClause) {
      anonymous = true;
      k -= 2;
      continue;
    }
    // "local witnesses who spoke to dpa on the telephone placed …": the relative clause is theirs, and
    // its verb of speaking ends nothing.
    if ((w === 'spoke' || w === 'talked' || w === 'told') && words.low(k - 1) === 'who' && words.isWord(k - 2)) {
      k -= 2;
      continue;
    }
    // "a union of nurses that is running the strike said": a relative clause of the speaker's
    // noun is inside the phrase (its name ends at "that").
    // (Not one with an agent of its own: "A statement that was issued by the army said".)
    // ("the Doctors' Union (KDU) that is running …": after a name's acronym in brackets too.)
    // So is a clause with a verb of its own: "the agency that runs the shelters said", "the group
    // that organised the march said", "the hospital where he was treated said".
    const relativeClause = ((w === 'that' || w === 'which') && relativeVerbAt(words, k + 1)) || (w === 'where' && finiteIn(words, k + 2, end));
    if ((relativeClause || (w === 'that' && RELATIVE_AUXILIARIES.has(words.low(k + 1)))) && (words.isWord(k - 1) || (words.low(k - 1) === ')' && words.upper(k - 2))) && !isCueWord(words, k - 1) && !FINITE_BEFORE_THAT.has(words.low(k - 1)) && !agentBetween(words, k, end)) {
      // (After a name and its acronym, the clause is no part of the name's length either.)
      if (words.low(k - 1) === ')') clause = end - k;
      k--;
      continue;
    }
    // ("a field hospital set up at the camp": "set up" is no cue.)
    // ("Troops posted in the town said": stationed there, no cue either.)
    // ("the group that claimed the attack said": the verb of a relative clause ends nothing either.)
    const relativeVerb = (words.low(k - 1) === 'that' || words.low(k - 1) === 'which') && relativeVerbAt(words, k);
    const cueVerb = isCueWord(words, k) && (w.endsWith('ed') || PAST_CUES.has(w)) && words.low(k + 1) !== 'up' && !stationed(words, k) && !relativeVerb;
    if (w === ',' || isHardMark(words, k) || closesSingleQuote(words, k) || (words.isWord(k) && !relayed && (HARD_WORDS.has(w) || cueVerb)) || ((w === '-' || w === '\u2013' || w === '\u2014') && words.spaced(k))) break;
    if (w === 'and' && clauseBefore(words, k, sentence)) break;
    // "a raid in which the ministry said", "a salvo, which Moscow said killed 89": the relative
    // clause's own subject speaks.
    if (w === 'which' && (RELATIVE_PREPOSITIONS.has(words.low(k - 1)) || k + 1 < end)) break;
    k--;
  }
  // A phrase longer than most is a speaker only as the subject the sentence opens with, a role of a
  // body: "The chairman of a Kesh inquiry into the clearing of a camp by riot police said …".
  if (end - k - clause > MAX_PHRASE && (k >= sentence.first || !opensWithRole(words, sentence.first))) return { phrase: undefined, statedAt, anonymous };
  // "So far we have found 92 bodies": "so far" is no part of who speaks.
  if (words.low(k) === 'so' && words.low(k + 1) === 'far' && k + 2 < end) k++;
  if (k + 1 === end && words.low(end - 1) === ',') {
    // Appositives: "Gen. Joseph Votel, commander of U.S. Central Command, said".
    let s = end - 2;
    // Back to a mark, a conjunction that starts a clause, or another cue: "…, but Abdul Hameed Khan, a
    // local government official, put the number at eight" (a relative clause inside stays).
    // "The controversy began after Ana Petrovic, chief of the hospital, said": a subordinator too.
    // But not one inside a relative clause of the name: "a teacher, who briefed him hours after the incident, said".
    const inRelative = (k: number): boolean => {
      for (let r = k - 1; r >= sentence.first && k - r <= MAX_PHRASE && !isHardMark(words, r); r--) if (words.low(r) === 'who' || words.low(r) === 'which') return true;
      return false;
    };
    const stop = (k: number): boolean => isHardMark(words, k) || CONJUNCTIONS.has(words.low(k)) || (isCueWord(words, k) && !pluralCueNoun(words, k)) || (words.isWord(k) && SUBORDINATORS.has(words.low(k)) && !inRelative(k));
    while (s >= sentence.first && end - s <= 2 * MAX_PHRASE && !stop(s)) s--;
    let reached = s < sentence.first || stop(s);
    // "Twenty-two died on Tuesday, the chairwoman of the rights body, the Commission, told AFP": with
    // no mark or conjunction before the speaker, what was said ends at the first comma after its last
    // figure ("one of the organizers" is the speaker's).
    let said = end - 2;
    // (Looked for as far back as a speaker phrase may reach, so that a run-on sentence stays linear.)
    while (said >= sentence.first && end - said <= SAID_REACH && !isFigure(said)) said--;
    if (end - said > SAID_REACH) said = sentence.first - 1;
    if (said >= sentence.first && (!reached || s < sentence.first)) {
      while (said < end - 1 && words.low(said) !== ',') said++;
      if (said < end - 1) {
        reached = true;
        s = said;
      }
    }
    // "since the quake struck Kesh County on Tuesday, a county official, Ana Petrovic, said": a clause
    // with a verb of its own, before the appositive's commas, is no part of who speaks.
    let from = s + 1;
    for (let c = from; c < end - 1; c++) {
      if (words.low(c) !== ',') continue;
      if (!clauseVerbIn(words, from, c)) break;
      from = c + 1;
    }
    // A name and its role are two parts ("the agency's spokesman, Ali Musa,"): a part before them that
    // opens with a lower-case word other than an article or "and" is the clause they speak about ("…
    // after the boat sank off the coast, the agency's spokesman, Ali Musa, told"), not a name, an age,
    // a role or a second person ("Ali Dor, 45, a shopkeeper,", "Ana Petrovic, a nurse, and Ali Dor, …").
    // A part right after a subordinator is its clause, whatever it opens with ("… when the bus hit a
    // truck, the police chief, Ali Dor, said").
    let commas = 0;
    for (let c = from; c < end - 1; c++) if (words.low(c) === ',') commas++;
    let clause = s >= sentence.first && words.isWord(s) && SUBORDINATORS.has(words.low(s));
    while (commas >= 2) {
      let c = from;
      while (c < end - 1 && words.low(c) !== ',') c++;
      if (!clause && (!words.isWord(from) || words.cap(from) || ARTICLES.has(words.low(from)) || words.low(from) === 'and')) break;
      from = c + 1;
      commas--;
      clause = false;
    }
    if (reached && end - 1 > from && words.low(from) !== ',') return { phrase: { first: from, last: end - 1 }, statedAt, anonymous };
    return { phrase: undefined, statedAt, anonymous };
  }
  if (k + 1 < end) {
    // "Saad Mann, a spokesman for the Interior Ministry, told": the appositive's name before it.
    const first = k + 1;
    const opener = words.low(first);
    if (words.low(k) === ',' && (opener === 'a' || opener === 'an' || opener === 'the') && first - 1 > sentence.first) {
      let s = k - 1;
      while (s >= sentence.first && k - s <= 6 && words.low(s) !== ',' && !isHardMark(words, s) && !(words.isWord(s) && HARD_WORDS.has(words.low(s)))) s--;
      let name = s + 1 < k;
      // ("However, the Kesh Red Cross, a charity in Dorvo disclosed": a name may open with "the".)
      for (let n = s + 1; n < k; n++) if (!(words.cap(n) || words.low(n) === '.' || words.low(n) === '-' || (n === s + 1 && n + 1 < k && words.low(n) === 'the'))) name = false;
      // "abducted \"between 15 and 17\" Americans, a security official said": capitals after a figure
      // are what it counts, no name.
      const counted = isFigure(s) || (isHardMark(words, s) && isFigure(s - 1));
      if (name && !counted && (s < sentence.first || words.low(s) === ',' || isHardMark(words, s))) return { phrase: { first: s + 1, last: end }, statedAt, anonymous };
    }
    // "army spokesman, Colonel Didier Badjeck, announced", "Mozambique's environment minister, Celso
    // Correia, who heads …, said": the role before the name is part of it.
    if (words.low(k) === ',' && words.cap(first)) {
      let s = k - 1;
      while (s >= sentence.first && k - s <= 6 && words.low(s) !== ',' && !isHardMark(words, s) && !(words.isWord(s) && HARD_WORDS.has(words.low(s)))) s--;
      let role = false;
      for (let n = s + 1; n < k; n++) if (SPOKESMAN_ROLES.has(words.low(n))) role = true;
      // Any other role only as the head just before the name ("first official toll, X" is no role).
      if (ROLE_NOUNS.has(words.low(k - 1))) role = true;
      // ("killed 21 officers, including the base commander, Dorvo said": a list's part, no role.)
      if (role && s + 1 < k && !ASIDE_OPENERS.has(words.low(s + 1))) return { phrase: { first: s + 1, last: end }, statedAt, anonymous };
    }
    // "A security official, pleading anonymity said": an aside whose closing comma is missing; the
    // speaker is the phrase that opens the sentence before it.
    if (words.low(k) === ',' && UNCLOSED_ASIDES.has(opener) && k > sentence.first) {
      let s = k - 1;
      while (s >= sentence.first && k - s <= MAX_PHRASE && words.low(s) !== ',' && !isHardMark(words, s) && !(words.isWord(s) && HARD_WORDS.has(words.low(s)))) s--;
      if (s < sentence.first && !holdsFigure(words, { first: sentence.first, last: k }, isFigure)) return { phrase: { first: sentence.first, last: end }, statedAt, anonymous: true };
    }
    // "the UN agency, which says …": the relative pronoun stands for the phrase before the comma.
    if (end - first === 1 && (opener === 'which' || opener === 'who') && words.low(k) === ',') {
      let s = k - 1;
      // ("The figure contrasts with the ministry, which said …": the noun after a preposition.)
      while (s >= sentence.first && k - s <= MAX_PHRASE && !isHardMark(words, s) && words.low(s) !== ',' && !(words.isWord(s) && HARD_WORDS.has(words.low(s))) && words.low(s) !== 'by' && !OBJECT_PREPOSITIONS.has(words.low(s)) && !isCueWord(words, s)) s--;
      // "according to the army, which specifies …": the body, not the preposition; so "reports from
      // police, who said …".
      if ((words.low(s) === 'according' && words.low(s + 1) === 'to') || (REPORT_NOUNS.has(words.low(s)) && words.low(s + 1) === 'from')) s++;
      return s + 1 < k ? { phrase: { first: s + 1, last: k }, statedAt, anonymous } : { phrase: undefined, statedAt, anonymous };
    }
    // "NGO ActionAid whose workers are on the ground says": the noun before the relative clause speaks.
    if (words.low(k) === 'whose' && k > sentence.first && words.isWord(k - 1)) {
      const np = nounPhraseBefore(words, k, sentence);
      if (np !== undefined) return { phrase: np, statedAt, anonymous };
    }
    // "a figure Armenia dismissed as absurd": the name after the noun speaks.
    let from = first;
    if (['a', 'an', 'the'].includes(words.low(from)) && FIGURE_NOUNS.has(words.low(from + 1)) && words.cap(from + 2)) from += 2;
    // "with the BBC citing at least five killed": the subject of an absolute phrase.
    if (words.low(from) === 'with' && from + 1 < end) from++;
    // "…, but on Monday the security office lowered the toll": a time that opens the phrase is when
    // the speaker spoke, no part of who it is.
    const opening = words.low(from) === 'on' || words.low(from) === 'by' ? from + 1 : from;
    for (let e = opening + 1; e < end; e++) {
      const t = timeEndingAt(e);
      // ("but Sunday Herald reporters counted 45": a day that runs on into capitals names a paper;
      // "But on Monday Kesh police said": not after "on" or "by".)
      if (t === undefined || (t.first !== opening && t.first !== from) || (words.cap(e) && opening === from)) continue;
      if (t.day) statedAt ??= t;
      from = e;
      break;
    }
    const last = full > end && words.low(full - 1) === ',' ? full - 1 : full;
    // ("The statement issued on Monday said": the participle is no part of the speaker's name.)
    return { phrase: { first: from, last: last - 1 > from && putOut(words, last - 1) ? last - 1 : last }, statedAt, anonymous };
  }
  return { phrase: undefined, statedAt, anonymous };
}

// ", which" or ", who" at token k: a relative clause about the name before the comma.
const opensRelative = (words: Words, k: number): boolean => (words.low(k) === 'which' || words.low(k) === 'who') && words.low(k - 1) === ',';

// Whether the clause before an inverted cue holds what was said — a figure or a quotation: "…
// died, said Gen. Abbas", not "news outlets, including ABC, said the crowd was …".
function saidBefore(words: Words, i: number, sentence: Span, isFigure: (i: number) => boolean, needFigure = true): boolean {
  let figure = false;
  let verb = false;
  for (let k = i - 1; k >= sentence.first && i - k <= 4 * MAX_PHRASE; k--) {
    const low = words.low(k);
    if (CLOSING.has(low) && k === i - 1) return true;
    if (CONJUNCTIONS.has(low) || low === ';') break;
    // ("'…' in the province of Kesh, in the east, said the statement": a quotation closed before
    // the place it was about.)
    if ((low === '"' || low === '\u201d') && k > sentence.first && ARTICLES.has(words.low(i + 1))) return true;
    if (isFigure(k)) figure = true;
    // A clause, not a speaker's name: it has a verb ("… were killed, said X"; not "several outlets, said").
    else if (words.isWord(k) && !words.cap(k) && (low.endsWith('ed') || CLAUSE_VERBS.has(low))) verb = true;
    // "The Archive, which published the estimate of 8,222, warned …": what a relative clause after a
    // comma holds belongs to the name before it, which is the cue's subject.
    else if (opensRelative(words, k)) {
      figure = false;
      verb = false;
    }
  }
  return (figure || !needFigure) && verb;
}

// "…, said Ali Musa, a local administrator", "…, said one police official": a name, or one of a
// kind, after the cue; no article that makes a clause's subject ("said the crowd was larger").
function namedAfter(words: Words, c: number): boolean {
  if (words.cap(c) && words.isWord(c) && words.cap(c + 1) && words.isWord(c + 1)) return true;
  return words.low(c) === 'one' && words.isWord(c + 1) && !words.cap(c + 1) && words.low(c + 1) !== 'of';
}

// The first end mark at or after token k in the sentence, or its end.
function markAfter(words: Words, k: number, sentence: Span): number {
  let e = k;
  while (e < sentence.last && !END_MARKS.has(words.low(e))) e++;
  return e;
}

// "In another tally released by the AP, …", "In a report published by the ministry on Monday, …":
// the work's noun, the "by" and the comma that ends the opening phrase, and who put it out.
function openingWork(words: Words, sentence: Span): { noun: number; by: number; comma: number; phrase: Span } | undefined {
  const f = sentence.first;
  if (!['in', 'according'].includes(words.low(f))) return undefined;
  let k = words.low(f) === 'according' ? f + 2 : f + 1;
  if (!(ARTICLES.has(words.low(k)) || OWN_DETERMINERS.has(words.low(k)) || words.low(k) === 'another')) return undefined;
  k++;
  const isWork = (n: number): boolean => FIGURE_NOUNS.has(words.low(n)) || DOCUMENT_NOUNS.has(words.low(n)) || WORK_NOUNS.has(words.low(n));
  while (k < f + 6 && words.isWord(k) && !isWork(k)) k++;
  const noun = k;
  if (!isWork(noun)) return undefined;
  if (!AUTHORING.has(words.low(noun + 1)) || words.low(noun + 2) !== 'by') return undefined;
  const by = noun + 2;
  let comma = by + 1;
  while (comma < sentence.last && comma - by <= MAX_PHRASE && words.low(comma) !== ',' && !isHardMark(words, comma)) comma++;
  if (words.low(comma) !== ',' || comma === by + 1) return undefined;
  return { noun, by, comma, phrase: { first: by + 1, last: comma } };
}

// "citing the welfare group, the Edhi Foundation": a description closed by a comma and followed by
// a name that ends the clause is named by that name. Returns the end of the name, or `e` unchanged.
function appositiveEnd(words: Words, first: number, e: number, sentence: Span): number {
  if (words.low(e) !== ',' || !ARTICLES.has(words.low(first))) return e;
  for (let k = first + 1; k < e; k++) if (!words.isWord(k) || words.cap(k)) return e;
  let n = words.low(e + 1) === 'the' ? e + 2 : e + 1;
  const name = n;
  while (n < sentence.last && n - name < MAX_PHRASE && words.isWord(n) && words.cap(n)) n++;
  return n > name && (n >= sentence.last || END_MARKS.has(words.low(n))) ? n : e;
}

// "Gen." and "U.N.": a full stop glued to a short word inside a name does not end it, nor does an
// initialism's last stop before a lower-case word ("a U.N. investigation"); the sentence's own last
// stop always ends it.
const glued = (words: Words, e: number, sentence: Span): boolean =>
  e + 1 < sentence.last && words.low(e) === '.' && !words.spaced(e) && words.isWord(e - 1) && words.low(e - 1).length <= 4 &&
  (words.cap(e + 1) || (words.low(e - 1).length === 1 && words.cap(e - 1) && words.low(e - 2) === '.' && words.isWord(e + 1) && !words.cap(e + 1)));

// The end of a speaker phrase after an inverted cue ("said Gen. Athar Abbas,"), or `c` when what
// follows is a clause with a figure ("said the toll rose to 13") rather than a name.
function invertedEnd(words: Words, c: number, sentence: Span, isFigure: (i: number) => boolean): number {
  let e = c;
  while (e < sentence.last && e - c < MAX_PHRASE && (!END_MARKS.has(words.low(e)) || glued(words, e, sentence))) {
    // ("said one police official": "one" of a kind, no count.)
    if (isFigure(e) && !(e === c && words.low(e) === 'one')) return c;
    e++;
  }
  return e;
}

// Whether a platform is named from token k, before `end`: "Telegram", "the social network X", "social media".
function platformAt(words: Words, k: number, end: number): boolean {
  for (let m = k; m < end && m < k + 4 && words.isWord(m); m++) if (PLATFORMS.has(words.low(m)) || words.low(m) === 'media') return true;
  return false;
}

// How many words the party of a gapped clause may run to.
const GAP_PHRASE = 4;

// The party of a gapped clause after the first figure from k ("…, and the prefecture 9,000"), and
// the end of its figure: a short phrase between a joiner and a figure that ends the clause, naming
// a body or a role ("police", "the CGT"), not a place ("Paris 20,000").
function gappedParty(words: Words, k: number, sentence: Span, isFigure: (i: number) => boolean): { phrase: Span; end: number } | undefined {
  let f = k;
  while (f < sentence.last && f - k <= NEAR && !isFigure(f)) f++;
  if (!isFigure(f)) return undefined;
  while (f < sentence.last && isFigure(f)) f++;
  // The noun of the first count: "30,000 demonstrators".
  let j = f;
  while (j < f + 2 && words.isWord(j) && !GAP_JOINERS.has(words.low(j))) j++;
  if (!GAP_JOINERS.has(words.low(j))) return undefined;
  if (words.low(j) === ',' && GAP_JOINERS.has(words.low(j + 1))) j++;
  const first = j + 1;
  let last = first;
  while (last < sentence.last && last - first < GAP_PHRASE && words.isWord(last) && !isFigure(last)) last++;
  if (last === first || !isFigure(last)) return undefined;
  // "…, the CGT union of 3.5 million": the party, then "of" its count.
  const of = words.low(last - 1) === 'of' && last - first >= 2 ? 1 : 0;
  const head = singular(words.low(last - 1 - of));
  const body = ROLE_NOUNS.has(head) || PERSON_NOUNS.has(head) || ORG_WORDS.has(head) || (words.low(first) === 'the' && words.upper(first + 1));
  if (!body) return undefined;
  let end = last;
  while (end < sentence.last && isFigure(end)) end++;
  // The clause ends with its figure: "and the prefecture 9,000." (not "and police 30 more were hurt").
  if (!END_MARKS.has(words.low(end)) && end < sentence.last) return undefined;
  return { phrase: { first, last: last - of }, end };
}

// The party of a gapped clause that names it after its count, "…, and 3,100 for the ministry": the
// party's phrase after "for" at `k`, when a joiner and nothing but the count (from `count`) come
// before it and the clause ends with the party.
function partyAfterFor(words: Words, k: number, sentence: Span, isFigure: (i: number) => boolean): { phrase: Span; count: number } | undefined {
  if (words.low(k) !== 'for' || !isFigure(k - 1)) return undefined;
  let f = k - 1;
  while (f > sentence.first && isFigure(f - 1)) f--;
  if (!GAP_JOINERS.has(words.low(f - 1))) return undefined;
  let last = k + 1;
  while (last < sentence.last && last - k <= MAX_PHRASE && !END_MARKS.has(words.low(last)) && !isFigure(last)) last++;
  if (last === k + 1 || (last < sentence.last && !END_MARKS.has(words.low(last)))) return undefined;
  return namesBody(words, k + 1, last) ? { phrase: { first: k + 1, last }, count: f } : undefined;
}

// How many words the party that hands out a count may run to ("given by the mayor").
const GIVER_WORDS = 8;

// Where the party after "by" that hands out a count ends, from its first word: at the verb of the
// clause ("given by the mayor was impossible"), a cue, a participle in lower case or "on" before a
// word ("given by prisoners on the number killed"); the stops of an initialism and a hyphen glued
// inside a name ("the Saudi-led coalition") stay in it.
function giverEnd(words: Words, from: number, sentence: Span): number {
  let e = from;
  const stops = (k: number): boolean =>
    TOLL_VERBS.has(words.low(k)) || CUE_WORDS.has(words.low(k)) || (k > from && words.spaced(k) && !words.cap(k) && words.low(k).endsWith('ed')) || (words.low(k) === 'on' && words.isWord(k + 1));
  const inName = (k: number): boolean => words.isWord(k) || glued(words, k, sentence) || (words.low(k) === '-' && !words.spaced(k) && !words.spaced(k + 1));
  while (e < sentence.last && e - from < GIVER_WORDS && inName(e) && !stops(e)) e++;
  return e;
}

const TIME_POSSESSORS = new Set<string>(['year', 'week', 'month', 'day', 'yesterday', 'today', 'tonight', 'weekend', 'night', 'morning', 'evening', ...WEEKDAY_NAMES]);
// Whether the claim word at i claims an attack, not a count: "the group that claimed a suicide car
// bomb attack that killed 40", "claimed the raid on the base" ("claimed the attack killed 40" reports).
function claimedAttack(words: Words, i: number): boolean {
  if (!ARTICLES.has(words.low(i + 1)) && !OWN_DETERMINERS.has(words.low(i + 1))) return false;
  for (let k = i + 2; k < i + 7 && words.isWord(k) && !words.cap(k); k++) {
    if (CLAIMED_ATTACKS.has(words.low(k))) return ATTACK_CLAUSE.has(words.low(k + 1)) || !words.isWord(k + 1);
  }
  return false;
}
// Words after an attack's noun that go on describing it.
const ATTACK_CLAUSE = new Set(['that', 'which', 'on', 'in', 'at', 'against', 'near', 'targeting', 'outside', 'inside']);
const CLAIMED_ATTACKS = new Set(['attack', 'attacks', 'bombing', 'bombings', 'blast', 'blasts', 'assault', 'ambush', 'raid', 'raids', 'explosion', 'killing', 'killings', 'massacre', 'operation', 'strike', 'strikes']);
// Where what a cue inside a relative clause governs ends: the comma that closes the clause ("The
// opposition, which fears the vote will be rigged, said three were killed"), else the sentence's end.
function relativeEnd(words: Words, at: number, sentence: Span): number {
  let open = -1;
  for (let k = at - 1; k > sentence.first && at - k <= 4 * MAX_PHRASE; k--) {
    if (words.low(k) === ',' || isHardMark(words, k)) break;
    if (opensRelative(words, k)) open = k;
  }
  if (open < 0) return sentence.last;
  // ("a statement from the Kesh ministry, which said …": a relative clause on the object of a
  // preposition runs on past commas.)
  // (Up to a clause of its own: "…, which said nine had died, and 40 more died on the road".)
  const antecedent = nounPhraseBefore(words, open - 1, sentence);
  // (Within a said clause's reach, so that a run-on sentence of such clauses stays linear.)
  if (antecedent !== undefined && RELATIVE_PREPOSITIONS.has(words.low(antecedent.first - 1))) {
    const reach = Math.min(sentence.last, at + SAID_REACH);
    for (let k = at + 1; k < reach; k++) if (words.low(k) === ',' && (JOINERS.has(words.low(k + 1)) || CONJUNCTIONS.has(words.low(k + 1)))) return k;
    return reach;
  }
  // ("which said that in all, nine …": a short opener after "that" and its comma.)
  let from = at + 1;
  if (words.low(from) === 'that') {
    let k = from + 1;
    while (k < sentence.last && k - from <= THAT_OPENER && words.isWord(k)) k++;
    if (words.low(k) === ',' && k > from + 1) from = k + 1;
  }
  for (let k = from; k < sentence.last; k++) if (words.low(k) === ',') return k;
  return sentence.last;
}
// How many words may open what follows "that" before a comma: "that in all,", "that so far,".
const THAT_OPENER = 3;

// "Dorvo, which lies in the central state": the verb of where a place is, no denial.
const LIES_WHERE = new Set(['in', 'on', 'at', 'near', 'about', 'some', 'between', 'north', 'south', 'east', 'west', 'just', 'along', 'across', 'off', 'close']);
function liesSomewhere(words: Words, i: number): boolean {
  const low = words.low(i);
  return (low === 'lies' || low === 'lie') && LIES_WHERE.has(words.low(i + 1));
}

// Every word that any test of the first loop of findCues below can hold true for, so that the
// loop passes the other words (most of a sentence) with one lookup: a test added there adds its
// words here.
const FIRST_PASS_WORDS: ReadonlySet<string> = new Set([
  ...FIGURE_NOUNS, ...SAYING_VERBS, ...AGENT_VERBS, ...POINTING, ...SURFACING, ...CUE_WORDS.keys(), ...CALLING, ...ARRESTING, ...HAVE_FORMS, ...DENIAL_WORDS,
  'officially', 'citing', 'quoting', 'attributing', 'pointed', 'by', 'impossible',
]);

/**
 * Finds the reporting and denial cues of a sentence ("said", "told CNN by phone", "according to",
 * "put the toll at", "cited … as saying", "denied", "dismissed … as false propaganda"), with the
 * phrase naming each speaker and the `scope` of tokens whose figures the cue governs: what follows
 * a leading cue ("X said that …"), or the clause before a trailing one ("…, X said", "…, said X",
 * "…, according to X"). "Citing X" makes X the speaker and the citing party a relay. Each cue reads
 * a bounded number of tokens, so a sentence of repeated cue words stays linear.
 */
export function findCues(words: Words, sentence: Sentence, times: readonly TimeMention[], isFigure: (i: number) => boolean): Cue[] {
  const figureIn = (first: number, last: number): boolean => {
    for (let k = first; k < last; k++) if (isFigure(k)) return true;
    return false;
  };
  const denialWords: number[] = [];
  let denialVerb = false;
  const candidates: number[] = [];
  const agentVerbs: number[] = [];
  const citing: number[] = [];
  // "citing a medical source" (or "quoting" one) names who speaks; "with the BBC citing at least five
  // killed" reports a figure, as "putting" does.
  // ("quoting" only as the participle that sets off its phrase, ", quoting X", "Quoting X,", or with
  // what X said, "quoting X as saying": not "was quoting a poem", nor "quoting no sources".)
  const quotes = (i: number): boolean => words.low(i) === 'quoting' && (i === sentence.first || words.low(i - 1) === ',' || asSayingAfter(words, i + 1, sentence) >= 0) && words.low(i + 1) !== 'no';
  const citesSomeone = (i: number): boolean => (words.low(i) === 'citing' || quotes(i) || words.low(i) === 'attributing') && !isFigure(i + 1);
  // "The police assessment was 100,000": a figure noun is a cue with no cue verb in the sentence.
  const figureNouns: number[] = [];
  // The first verb of saying, or the sentence's end.
  let firstSaying = sentence.last;
  // Where "officially" stands, for the officials' cue read after the others.
  const officially: number[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const low = words.low(i);
    if (!FIRST_PASS_WORDS.has(low)) continue;
    if (FIGURE_NOUNS.has(low)) figureNouns.push(i);
    if (firstSaying === sentence.last && SAYING_VERBS.has(low)) firstSaying = i;
    if (low === 'officially') officially.push(i);
    if (citesSomeone(i)) citing.push(i);
    if (AGENT_VERBS.has(low)) agentVerbs.push(i);
    // (A verb of arresting is a cue only before its count: no cue word, which would end what other cues govern.)
    // ("pointed out that" reports, though "pointed" alone does not.)
    const pointedOut = low === 'pointed' && words.low(i + 1) === 'out' && words.low(i + 2) === 'that';
    // ("media reports point to a death toll of at least 61": pointing to a toll gives it.)
    const pointsTo = POINTING.has(low) && words.low(i + 1) === 'to' && (tollAhead(words, i + 2, sentence) || evidenceAhead(words, i + 2, sentence));
    // ("reports surfaced that 100 had died": reports that come out say what follows "that".)
    const surfaced = SURFACING.has(low) && words.low(i + 1) === 'that' && REPORT_NOUNS.has(words.low(i - 1));
    if (isCueWord(words, i) || CALLING.has(low) || byCount(words, i, sentence) || (ARRESTING.has(low) && countAfter(words, i, sentence, isFigure)) || (HAVE_FORMS.has(low) && estimateOf(words, i, sentence)) || pointedOut || pointsTo || surfaced) {
      if (!isFigure(i)) candidates.push(i);
      const frame = CUE_WORDS.get(low);
      if (frame === 'deny' || CALLING.has(low)) denialVerb = true;
    } else if (((DENIAL_WORDS.has(low) && !liesSomewhere(words, i)) || (low === 'impossible' && words.low(i + 1) === 'that')) && denialWords.length < MAX_DENIAL_WORDS) {
      // "“It is impossible that 30 soldiers were killed”": a figure called impossible is denied.
      denialWords.push(i);
    }
  }
  if (candidates.length === 0 && agentVerbs.length === 0 && figureNouns.length === 0 && officially.length === 0) return [];
  // A word that calls a figure false denies with every cue of the sentence, except that a participle
  // after a cue takes it from that cue: "The force said it killed 110, adding that a claim by the
  // rebels … was false" denies with "adding", not "said".
  const saying = candidates.filter((c) => SAYING.has(words.low(c)) && (words.low(c - 1) === ',' || words.low(c - 1) === 'and')).slice(0, MAX_DENIAL_WORDS);
  // Nor does a cue deny with a word that another speaker's clause holds: "Officials said 240 were
  // abducted, but a spokesman said that was an incorrect number", "The rebels said 40 died, a figure
  // the army said was false".
  // Only the first cue of such a clause opens it, and an aside closed by a comma ("…, while touring
  // the site, that reports … were untrue") opens none.
  const isCandidate = new Set(candidates);
  const contrasted = candidates.filter((c) => {
    for (let k = c - 1; k > c - MAX_PHRASE && k > sentence.first; k--) {
      if (words.low(k) === ',' || isCandidate.has(k)) return false;
      if (words.low(k - 1) !== ',') continue;
      if (CONJUNCTIONS.has(words.low(k)) || (ARTICLES.has(words.low(k)) && FIGURE_NOUNS.has(words.low(k + 1)))) return true;
    }
    return false;
  });
  const denies = (i: number): boolean => denialWords.some((d) => (!SAYING.has(words.low(i)) || d > i) && !saying.some((c) => c > i && c < d) && !contrasted.some((c) => c > i && c < d));
  const f = sentence.first;
  // "In a statement, the BLF said …": the statement is the speaker's.
  const prefaced = words.low(f) === 'in' && (DOCUMENT_NOUNS.has(words.low(f + 2)) || DOCUMENT_NOUNS.has(words.low(f + 3)));
  const few = times.length <= 8;
  const ending = few ? undefined : new Map(times.map((t) => [t.last, t]));
  const starting = few ? undefined : new Map(times.map((t) => [t.first, t]));
  const timeEndingAt = (k: number): TimeMention | undefined => (ending === undefined ? times.find((t) => t.last === k) : ending.get(k));
  const timeStartingAt = (k: number): TimeMention | undefined => (starting === undefined ? times.find((t) => t.first === k) : starting.get(k));

  const cues: Cue[] = [];
  let cueCount = 0;
  for (const i of candidates) {
    if (citesSomeone(i)) continue;
    // "with reports from rights groups that 2,000 were arrested": whom the reports came from speaks
    // for the clause after "that".
    const source = reportsFrom(words, i, sentence, isFigure);
    if (source !== undefined) {
      cueCount++;
      cues.push({ at: i, deny: false, participle: false, leading: true, phrase: source, relays: [], statedAt: undefined, zone: { first: i, last: source.last + 1 }, scope: { first: source.last + 1, last: sentence.last }, content: source.last + 1, statement: false, anonymous: false });
      continue;
    }
    const reportedBy = asReportedBy(words, i, firstSaying);
    const type = frameAt(words, i, sentence, denies(i), denialVerb, isFigure, reportedBy);
    if (type === undefined) continue;
    cueCount++;
    const low = words.low(i);
    let statedAt: TimeMention | undefined;
    let statement = prefaced;
    // "In a statement to AFP on Thursday, the army said": the statement's day dates the claim.
    if (prefaced && cueCount === 1) {
      for (const t of times) if (t.day && t.first < i && t.first <= sentence.first + 8) statedAt = t;
    }
    let anonymous = false;
    const relays: Span[] = [];
    let phrase: Span | undefined;
    let citedAfter = false;

    // What follows the cue before the content: "Sunday", "CNN by phone", "in a statement", "that".
    let c = i + 1;
    const according = low === 'according' || low === 'per' || reportedBy || low === 'by';
    // "as per" and "as reported by" start at "as".
    const cueStart = low === 'per' || reportedBy ? i - 1 : i;
    if (low === 'according' || reportedBy) c = i + 2;
    // "quoted/cited the IDF as saying", "media cite the village head as saying": the one quoted
    // speaks; the quoting party relays.
    let e = c;
    while (e < sentence.last && e - c < MAX_PHRASE && !['as', 'saying', 'that', ','].includes(words.low(e))) e++;
    // ("quoted Ali Musa, a prosecutor, as saying": the one quoted with a description between commas.)
    if (QUOTING.has(low) && words.low(e) === ',') {
      const as = asSayingAfter(words, e + 1, sentence);
      if (as > e + 2 && words.low(as - 1) === ',' && !holdsFigure(words, { first: e + 1, last: as - 1 }, isFigure)) e = as;
    }
    // "Police cite the figure as 25,000": what is cited "as" a figure is the subject's own count.
    const citesCount = words.low(e) === 'as' && !words.low(e + 1).endsWith('ing');
    if (QUOTING.has(low) && !isPassive(words, i) && !citesCount) {
      if (e > c && (words.low(e) === 'as' || words.low(e) === 'saying')) {
        phrase = { first: c, last: words.low(e - 1) === ',' ? e - 1 : e };
        const subject = phraseBefore(words, i, sentence, timeEndingAt, isFigure);
        if (subject.phrase !== undefined) relays.push(subject.phrase);
        c = words.low(e) === 'as' ? e + 2 : e + 1;
        // "…, the agency quoted the rescue headquarters saying.": with nothing after it, what was said
        // came before.
        const opener = subject.phrase === undefined ? '' : words.low(subject.phrase.first - 1);
        if ((opener === ',' || CLOSING.has(opener)) && (c >= sentence.last || END_MARKS.has(words.low(c)))) citedAfter = true;
      } else if (DOCUMENT_NOUNS.has(words.low(c + 1)) && words.low(c + 2) === 'by' && markAfter(words, c, sentence) >= sentence.last - 1) {
        // "'…,' the agency cited a statement by the coalition.": the statement's author speaks.
        e = markAfter(words, c, sentence);
        phrase = { first: c, last: e };
        const subject = phraseBefore(words, i, sentence, timeEndingAt, isFigure);
        if (subject.phrase !== undefined) relays.push(subject.phrase);
        citedAfter = true;
        c = e;
      } else if (!countAfter(words, i, sentence, isFigure) || !harmNamedAfter(words, c, sentence, isFigure)) {
        // ("Russian media cited at least 15 police deaths": a count of harm cited is the subject's own;
        // "cited 3 reasons", "cited 4 drivers for speeding" are not.)
        continue;
      }
    } else if (low === 'quoted' || low === 'cited') {
      // "X was quoted by the Philippine News Agency as saying": the agency relays X.
      const as = words.low(c) === 'by' ? asSayingAfter(words, c, sentence) : -1;
      if (as > c + 1) {
        relays.push({ first: c + 1, last: as });
        c = as;
      }
      if (words.low(c) === 'as' && words.low(c + 1) === 'saying') c += 2;
    }
    for (let guard = 0; guard < 6 && c < sentence.last; guard++) {
      // "reported on June 30 that": the time's "on" goes with it.
      const t = timeStartingAt(c) ?? (words.low(c) === 'on' ? timeStartingAt(c + 1) : undefined);
      if (t !== undefined && t.day) {
        statedAt ??= t;
        c = t.last;
        continue;
      }
      const w = words.low(c);
      // "told AFP", "told the Associated Press" (a name after "the"; not "told the crowd").
      const named = w === 'the' && words.cap(c + 1);
      // The name of the one told, from k: stops, hyphens and slashes inside it ("U.S. News", "RFE/RL")
      // stay; the full stop that ends the sentence, a time, and a word that starts a figure ("told AFP
      // just 12 people had been killed") end it.
      const toldEnd = (k: number): number => {
        const inside = (j: number): boolean => (words.low(j) === '.' || words.low(j) === '-' || words.low(j) === '/') && !words.spaced(j) && words.isWord(j + 1) && !words.spaced(j + 1);
        let e = k;
        while (e < sentence.last && e - k < 6 && (words.isWord(e) || inside(e)) && !RELAY_STOPS.has(words.low(e)) && timeStartingAt(e) === undefined && !isFigure(e)) e++;
        // ("told France 24.", "told Channel 4 on Monday": a number that ends the clause after a
        // capitalised name is part of the name.)
        const after = words.low(e + 1);
        if (e > k && words.isNum(e) && words.cap(e - 1) && (END_MARKS.has(after) || after === 'on' || after === 'in' || e + 1 >= sentence.last)) e++;
        return e;
      };
      const telling = low === 'told' || low === 'tells';
      if (telling && relays.length === 0 && words.isWord(c) && (!RELAY_STOPS.has(w) || named)) {
        if (named) c++;
        const e = toldEnd(c);
        relays.push({ first: c, last: e });
        c = e;
        continue;
      }
      // "villagers told the district governor", "told the court": whom the speaker told, no relay.
      if (telling && w === 'the' && words.isWord(c + 1)) {
        c = toldEnd(c + 1);
        continue;
      }
      // "announced to AFP", "said to the Associated Press": a name after "to" is told, as after "told".
      if (w === 'to' && !telling && relays.length === 0 && (words.cap(c + 1) || (words.low(c + 1) === 'the' && words.cap(c + 2)))) {
        const first = words.low(c + 1) === 'the' ? c + 2 : c + 1;
        const e = toldEnd(first);
        relays.push({ first, last: e });
        c = e;
        continue;
      }
      // "told CNN by phone", "by satellite phone", "told this scribe over telephone", "on the phone".
      const medium = words.low(c + 1) === 'the' || words.low(c + 1) === 'satellite' ? c + 2 : c + 1;
      if ((w === 'by' || w === 'over' || w === 'on') && ['phone', 'telephone', 'email'].includes(words.low(medium))) {
        c = medium + 1;
        continue;
      }
      // "said in a statement on Telegram that", "said on X that": where it was posted.
      if (w === 'on' && PLATFORMS.has(words.low(c + 1)) && words.cap(c + 1)) {
        c += 2;
        continue;
      }
      // "told Reuters by telephone from Baidoa": where the speaker spoke from.
      if (w === 'from' && relays.length > 0 && words.cap(c + 1)) {
        let e = c + 1;
        while (e < sentence.last && e - c < 5 && words.cap(e)) e++;
        c = e;
        continue;
      }
      // "in a statement", "at a press conference", "at the briefing".
      if ((w === 'in' || w === 'on' || w === 'at') && NOUN_OPENERS.has(words.low(c + 1))) {
        let e = c + 2;
        while (e < c + 5 && words.isWord(e) && !DOCUMENT_NOUNS.has(words.low(e)) && !OCCASIONS.has(words.low(e))) e++;
        if (DOCUMENT_NOUNS.has(words.low(e)) || OCCASIONS.has(words.low(e))) {
          statement ||= DOCUMENT_NOUNS.has(words.low(e));
          c = e + 1;
          // "in a statement received by AFP", "obtained by Reuters": whoever got it relays it.
          const received = RECEIVED.has(words.low(c)) && words.low(c + 1) === 'by';
          if (words.low(c) === 'with' || words.low(c) === 'to' || words.low(c) === 'posted' || words.low(c) === 'published' || received) {
            let r = c + 1;
            if (words.low(c) !== 'with' && words.low(c) !== 'to') r = c + 2;
            // "published by the state news agency": the article before the outlet's name.
            if (words.low(r - 1) === 'by' && (words.low(r) === 'the' || words.low(r) === 'a')) r++;
            const from = r;
            while (r < sentence.last && r - from < 6 && words.isWord(r) && !RELAY_STOPS.has(words.low(r))) r++;
            if (r > from) relays.push({ first: from, last: r });
            c = r;
          } else if (AUTHORING.has(words.low(c)) && words.low(c + 1) !== 'by') {
            // "in a statement released on Thursday": the statement's participle, with its time.
            c++;
          }
          continue;
        }
      }
      // "claimed, without providing any evidence, that …" (an aside), "claimed in phone contact with
      // the media that …" (how the speaker spoke): words between the cue and the "that" of what was said.
      const aside = w === ',' && c === i + 1;
      if (aside || MANNER_PREPOSITIONS.has(w)) {
        let e = c + 1;
        while (e < c + MANNER_REACH && e < sentence.last && words.isWord(e) && !isFigure(e) && (aside || words.low(e) !== 'that')) e++;
        const that = aside ? (words.low(e) === ',' ? e + 1 : -1) : e;
        if (words.low(that) === 'that' && e > c + 1) {
          c = that + 1;
          break;
        }
      }
      // "confirmed earlier that …": an adverb between the cue and its "that".
      if (AUX_BEFORE.has(w) && words.low(c + 1) === 'that') {
        c++;
        continue;
      }
      if (w === 'on' && words.low(c + 1) === 'condition' && words.low(c + 3) === 'anonymity') {
        anonymous = true;
        c += 4;
        continue;
      }
      if (w === 'to' && (low === 'claimed' || low === 'claims') && (words.low(c + 1) === 'have' || words.low(c + 1) === 'be')) break;
      if (w === 'that') c++;
      break;
    }

    if (type === 'reduced') {
      // "Reuters on Monday issued a report saying …", "The UN published a statement on Monday saying
      // …": whoever put the document out speaks, and the time between is the statement's.
      const time = timeEndingAt(i);
      let document = time !== undefined && time.first > sentence.first ? time.first - 1 : i - 1;
      // "issued a statement later on Friday saying …": an adverb of time after the document.
      while (document > sentence.first && DOCUMENT_ADVERBS.has(words.low(document))) document--;
      // "sent a statement to RFE/RL saying …": whom it was sent to stands between the document and
      // its participle, and relays it.
      for (let k = document; k > sentence.first && document - k < RECIPIENT_REACH && words.low(k) !== ','; k--) {
        if (words.low(k) === 'to' && issuingVerb(words, k - 1, sentence) >= 0) {
          if (k + 1 <= document) relays.push({ first: k + 1, last: document + 1 });
          document = k - 1;
          break;
        }
      }
      const verb = issuingVerb(words, document, sentence);
      const issuer = verb >= 0 ? phraseBefore(words, verb, sentence, timeEndingAt, isFigure) : undefined;
      if (issuer?.phrase !== undefined) {
        statedAt = (time?.day === true ? time : undefined) ?? issuer.statedAt;
        cues.push({ at: i, deny: false, participle: false, leading: true, phrase: issuer.phrase, relays, statedAt, zone: { first: issuer.phrase.first, last: c }, scope: { first: c, last: sentence.last }, content: c, statement: true, anonymous: anonymous || issuer.anonymous });
        continue;
      }
      // ("with the Kesh League on Monday putting the toll at 100": the noun before the time.)
      // (Not a statement's date: "a statement from Friday saying".)
      const undated = time !== undefined && time.first > sentence.first && !DATING.has(words.low(time.first)) && !DATING.has(words.low(time.first - 1));
      const np = nounPhraseBefore(words, !undated ? i : TIME_LEADS.has(words.low(time.first - 1)) ? time.first - 1 : time.first, sentence);
      if (np === undefined) continue;
      // "claimed the raid claiming to have killed 30": an incident says nothing, nor does the day of
      // a statement the speaker revises ("correcting a statement from Monday that put it at 25"); the
      // participle goes on for the clause's speaker, as after a comma.
      // (Not an incident that names whose people speak, "survivors of the attack saying", nor a
      // statement rejected or cited: "rejected a statement from Friday saying …".)
      const from = time === undefined ? -1 : DATING.has(words.low(time.first)) ? time.first : time.first - 1;
      const dated = DATING.has(words.low(from)) && DOCUMENT_NOUNS.has(words.low(from - 1)) && REVISING_STATEMENT.has(words.low(ARTICLES.has(words.low(from - 2)) || OWN_DETERMINERS.has(words.low(from - 2)) ? from - 3 : from - 2));
      if (dated || (INCIDENT_NOUNS.has(words.low(i - 1)) && incidentObject(words, i - 1))) {
        cues.push({ at: i, deny: false, participle: true, leading: true, phrase: undefined, relays, statedAt, zone: { first: i, last: c }, scope: { first: c, last: sentence.last }, content: c, statement, anonymous });
        continue;
      }
      cues.push({ at: i, deny: false, participle: false, leading: true, phrase: np, relays, statedAt, zone: { first: np.first, last: c }, scope: { first: c, last: sentence.last }, content: c, statement, anonymous });
      continue;
    }
    if (type === 'participle' || type === 'denying') {
      // "Claiming that more than 20 were killed, the party leader called a strike": a participle that
      // opens the sentence speaks for the subject after its clause.
      // (With no such subject, "Adding that ten were hurt, he left", it speaks for no one.)
      if (i === sentence.first) {
        const fronted = frontedSubject(words, i, sentence, isFigure);
        if (fronted !== undefined) cues.push({ at: i, deny: type === 'denying', participle: false, leading: true, phrase: fronted, relays, statedAt, zone: { first: i, last: c }, scope: { first: c, last: sentence.last }, content: c, statement, anonymous });
        continue;
      }
      // "He said several had died, but the minister later corrected that, saying one had": after a
      // clause of its own, past the last cue, it speaks for that clause's subject.
      const own = clauseSubject(words, i, sentence, isFigure, cues.at(-1)?.at ?? sentence.first - 1);
      cues.push({ at: i, deny: type === 'denying', participle: own === undefined, leading: true, phrase: own, relays, statedAt, zone: { first: i, last: c }, scope: { first: c, last: sentence.last }, content: c, statement, anonymous });
      continue;
    }

    // "far fewer than the 40,000 claimed by the organisers", "versus the 400,000 estimated by
    // organizers": a count, then whose it is after "by".
    // So does "not 170 as earlier stated by the police": the count, "as", the participle.
    let counted = i - 1;
    if (EARLIER.has(words.low(counted)) && words.low(counted - 1) === 'as') counted -= 2;
    else if (words.low(counted) === 'as') counted--;
    // ("not 48 people as reported by state media": the count's noun before "as".)
    if (counted < i - 1 && !isFigure(counted) && words.isWord(counted) && isFigure(counted - 1)) counted--;
    if (low.endsWith('ed') && words.low(i + 1) === 'by' && isFigure(counted)) {
      let f = counted;
      while (f > sentence.first && isFigure(f - 1)) f--;
      if (['the', 'a', 'an', 'some'].includes(words.low(f - 1))) f--;
      let e = i + 2;
      while (e < sentence.last && e - i <= MAX_PHRASE && !END_MARKS.has(words.low(e)) && !isFigure(e)) e++;
      if (e > i + 2) {
        cues.push({ at: i, deny: false, participle: false, leading: false, bounded: true, phrase: { first: i + 2, last: e }, relays, statedAt, zone: { first: i, last: e }, scope: { first: f, last: i }, content: f, statement, anonymous });
        continue;
      }
    }
    let leading: boolean;
    // "The army denied killing civilians but said 12 militants died": a verb after "but" with no
    // subject of its own shares the subject of the cue before it.
    let coordinated = false;
    const before = words.low(i - 1);
    if (according) {
      let e = c;
      // The stops of an initialism stay in the phrase: "according to a U.N. investigation". Without a
      // comma, the phrase ends at the figure: "According to the ministry another 6,400 were hurt".
      // One word in brackets stays too: "according to the (Catalan) police".
      const bracketed = (e: number): boolean => words.low(e) === '(' && words.isWord(e + 1) && words.low(e + 2) === ')' && words.isWord(e + 3);
      // Nor does it run on into the clause it is set in: "According to the minister the toll is 132",
      // "the toll according to police stood at 57".
      // ("according to an officer who was not authorised to speak": a relative clause stays in it.)
      const tollVerbAt = (e: number): boolean => TOLL_VERBS.has(words.low(e)) && !RELATIVE_PRONOUNS.has(words.low(e - 1));
      // ("according to a local official and a resident": an article after "and" joins another noun
      // that ends the phrase; "and the army reported" opens a clause.)
      const joinedNoun = (e: number): boolean => {
        if (words.low(e - 1) !== 'and') return false;
        for (let k = e + 1; k <= e + 4; k++) {
          if (k >= sentence.last || END_MARKS.has(words.low(k)) || RELATIVE_PRONOUNS.has(words.low(k))) return true;
          if (!words.isWord(k) || (!words.cap(k) && (isCueWord(words, k) || CLAUSE_VERBS.has(words.low(k)) || words.low(k).endsWith('ed')))) return false;
        }
        return false;
      };
      const clauseAt = (e: number): boolean => e > c && (tollVerbAt(e) || (ARTICLES.has(words.low(e)) && !RELATIVE_PREPOSITIONS.has(words.low(e - 1)) && !joinedNoun(e)));
      // "according to two security sources", "to the three groups that organised it": a count of the
      // sources opens their phrase.
      if (isFigure(e) || countedBodies(words, e, isFigure)) {
        let f = isFigure(e) ? e : e + 1;
        while (f < sentence.last && isFigure(f)) f++;
        if (words.isWord(f) && namesSomeone(words, { first: f, last: Math.min(f + 3, sentence.last) })) e = f;
      }
      // ("according to hospital officials who spoke on condition of anonymity because …": the clause
      // says why they are not named, and is no part of who they are.)
      const unnamedClause = (e: number): boolean => words.low(e) === 'who' && /^(?:spoke|asked|requested|declined)$/.test(words.low(e + 1)) && /anonymity|not (?:authori[sz]ed|allowed|permitted)|be named|be identified/.test(words.text.slice(words.start(e), words.end(Math.min(e + 12, sentence.last - 1))));
      // ("More than 200 people – according to the agency – have been displaced": a spaced dash closes it as a comma does.)
      const dash = (e: number): boolean => DASHES.has(words.low(e)) && words.spaced(e);
      while (e < sentence.last && e - c < MAX_PHRASE && (!END_MARKS.has(words.low(e)) || glued(words, e, sentence) || bracketed(e)) && !dash(e) && !isFigure(e) && !clauseAt(e) && !unnamedClause(e)) e += bracketed(e) ? 3 : 1;
      if (isFigure(e)) while (e > c + 1 && FIGURE_OPENERS.has(words.low(e - 1))) e--;
      else e = appositiveEnd(words, c, e, sentence);
      // ("according to the UN and the number is expected to rise": the "and" opens the next clause.)
      if (e > c + 1 && words.low(e - 1) === 'and') e--;
      phrase = e > c ? { first: c, last: e } : undefined;
      // "according to data published on X by the Kesh Forum": who put out the faceless figures speaks.
      // ("according to a report issued by X" stays the report's, which "the report" points back to.)
      for (let k = c + 1; phrase !== undefined && k < phrase.last - 2 && !WORK_NOUNS.has(words.low(k - 1)); k++) {
        if (!GIVING.has(words.low(k)) || !isFaceless(words, { first: c, last: k })) continue;
        let by = k + 1;
        while (by < phrase.last - 1 && by - k <= 4 && words.low(by) !== 'by') by++;
        if (words.low(by) === 'by' && namesSomeone(words, { first: by + 1, last: phrase.last })) phrase = { first: by + 1, last: phrase.last };
        break;
      }
      // "In St. Petersburg, according to the interior ministry, police detained one activist": after an
      // opening adverbial with no figure, the cue leads as if it opened the sentence.
      const figureBefore = figureIn(sentence.first, Math.min(i, sentence.first + MAX_PHRASE * 2));
      const afterOpener = before === ',' && PREPOSITION_OPENERS.has(words.low(sentence.first)) && i - sentence.first < MAX_PHRASE * 2 && !figureBefore;
      // "X said that, according to Y, 50 died": it opens the clause "that" opens, too; so it does one
      // of "which", "where", "while" ("protests in which, according to Y, 25 died").
      // (After any but "that", only set off by a comma: "which according to police left 9 dead" runs on.)
      const opener = words.low(cueStart - 1) === ',' ? words.low(cueStart - 2) : words.low(cueStart - 1);
      const afterClauseOpener = opener === 'that' || (CLAUSE_OPENERS.has(opener) && words.low(e) === ',');
      // "The toll, according to the minister, is 132": set between a subject and its verb, it speaks
      // for the clause the verb goes on with.
      const inSubject = tollVerbAt(e) || ((words.low(e) === ',' || dash(e)) && TOLL_VERBS.has(words.low(e + 1)));
      // "Nevertheless, according to the union, …": after an adverb that opens the sentence, as at its start.
      const first = words.low(sentence.first);
      const afterAdverb = cueStart - 2 === sentence.first && words.low(cueStart - 1) === ',' && (OPENING_ADVERBS.has(first) || (first.endsWith('ly') && first.length > 4));
      const opensClause = cueStart === sentence.first || (words.low(cueStart - 1) === '"' && cueStart - 1 === sentence.first) || ['but', 'and', 'however', 'yet', 'also'].includes(words.low(cueStart - 1)) || afterOpener || afterClauseOpener || inSubject || afterAdverb;
      leading = opensClause;
      c = e;
      if (leading && words.low(c) === ',') c++;
    } else if (phrase === undefined && (before === ',' || CLOSING.has(before)) && i > sentence.first && !JOINERS.has(words.low(c)) && !(RELATIVE_PREPOSITIONS.has(words.low(c)) && words.low(c) !== 'by' && !words.cap(c) && !agentAfter(words, c, sentence)) && (words.cap(c) || ['the', 'a', 'an', 'one'].includes(words.low(c)) || (OPENING.has(words.low(c)) && words.cap(c + 1)) || (words.isWord(c) && namesSomeone(words, { first: c, last: invertedEnd(words, c, sentence, isFigure) }))) && invertedEnd(words, c, sentence, isFigure) > c && (saidBefore(words, i, sentence, isFigure) || (before === ',' && namedAfter(words, c) && saidBefore(words, i, sentence, isFigure, false)))) {
      // (Not a preposition: "…, the minister, Karim Belhadj, said on state radio" names the speaker
      // before the verb, and the medium after it.)
      // Inverted: "…," said Gen. Athar Abbas, the Pakistan military spokesman; "…, reports “OVD-info”";
      // "…, said police, who asked not to be named".
      if (OPENING.has(words.low(c))) c++;
      let e = invertedEnd(words, c, sentence, isFigure);
      while (e > c && CLOSING.has(words.low(e - 1))) e--;
      // ('…," said the head of state on Tuesday': the time that ends the phrase dates what was said;
      // '…," announced the NGO on the social network X': the platform it was said on is no part of it.)
      for (let t = c + 1; t < e; t++) {
        const time = timeStartingAt(t);
        if (words.low(t) === 'on' && platformAt(words, t + 1, e)) {
          e = t;
          break;
        }
        if (time === undefined || time.last !== e) continue;
        if (time.day) statedAt ??= time;
        // ("said the police chief late on Friday": the word that leads the time too.)
        e = TIME_LEADS.has(words.low(t - 1)) && t - 1 > c ? t - 1 : t;
        break;
      }
      // "said Captain X, the army spokesman" and "…, army spokesman for northern Kenya": an appositive.
      let role = false;
      for (let r = e + 1; r <= e + 3 && r < sentence.last && words.isWord(r); r++) role ||= SPOKESMAN_ROLES.has(words.low(r));
      if (words.low(e) === ',' && (ARTICLES.has(words.low(e + 1)) || role)) {
        e++;
        while (e < sentence.last && e - c < 2 * MAX_PHRASE && (!END_MARKS.has(words.low(e)) || glued(words, e, sentence))) e++;
      }
      phrase = { first: c, last: e };
      leading = false;
      c = e;
    } else {
      // "The governor, Ulises Ruiz, went on TV soon after to say": the subject the sentence opens with.
      if (phrase === undefined && purposeSay(words, i)) phrase = openingSpeaker(words, sentence, i, isFigure);
      if (phrase === undefined) {
        const read = phraseBefore(words, i, sentence, timeEndingAt, isFigure);
        phrase = read.phrase;
        statedAt ??= read.statedAt;
        anonymous ||= read.anonymous;
        coordinated ||= read.shared === true;
        // "A government official who is posted to Kesh but living in Dorvo said": a relative clause's
        // second verb is no speaker; the noun before "who" is.
        if (phrase !== undefined && words.low(phrase.first).endsWith('ing') && !words.cap(phrase.first) && (words.low(phrase.first - 1) === 'and' || words.low(phrase.first - 1) === 'but')) {
          for (let w = phrase.first - 2; w >= sentence.first && phrase.first - w <= MAX_PHRASE; w--) {
            if (words.low(w) !== 'who') continue;
            phrase = nounPhraseBefore(words, w, sentence) ?? phrase;
            break;
          }
        }
        // "On Tuesday the ministry said", "Late on Friday police said": a time that opens the
        // sentence without a comma dates what is said and is not part of the speaker; so does one
        // after another cue ("The hospital said Friday it had registered three deaths").
        const afterCue = phrase !== undefined && cues[cues.length - 1]?.at === phrase.first - 1;
        const opener = phrase === undefined || (phrase.first !== sentence.first && !afterCue) ? undefined : (timeStartingAt(phrase.first) ?? timeStartingAt(phrase.first + 1));
        if (phrase !== undefined && opener !== undefined && opener.first <= phrase.first + 1 && opener.last < phrase.last) {
          if (opener.day && !afterCue) statedAt ??= opener;
          phrase = { first: opener.last, last: phrase.last };
        }
        // "In a statement the ministry said": so is the occasion ("In an interview", "In its weekly
        // bulletin"), and the place ("In Kandara police said").
        // ("By 10:30am police said": the minutes after the colon are no part of who speaks.)
        if (phrase !== undefined && /^\d\d(?:am|pm)$/.test(words.low(phrase.first)) && words.low(phrase.first - 1) === ':' && phrase.first + 1 < phrase.last) phrase = { first: phrase.first + 1, last: phrase.last };
        if (phrase !== undefined && phrase.first === sentence.first && words.low(phrase.first) === 'by' && clockEnd(words, phrase.first + 1) > phrase.first + 1) {
          phrase = { first: clockEnd(words, phrase.first + 1), last: phrase.last };
        } else if (phrase !== undefined && phrase.first === sentence.first && SCENE_PREPOSITIONS.has(words.low(phrase.first))) {
          let e = phrase.first + 1;
          if (words.low(e) === 'the') e++;
          const named = e;
          while (e < phrase.last && e < named + 4 && (words.cap(e) || (words.low(e) === '-' && !words.spaced(e)))) e++;
          if (e === named && words.low(phrase.first) === 'in') {
            e = phrase.first + 2;
            while (e < phrase.first + 5 && e < phrase.last && !DOCUMENT_NOUNS.has(words.low(e)) && !OCCASIONS.has(words.low(e))) e++;
            if (DOCUMENT_NOUNS.has(words.low(e)) || OCCASIONS.has(words.low(e))) {
              statement ||= DOCUMENT_NOUNS.has(words.low(e));
              e++;
            } else {
              e = named;
            }
          }
          // "At 5pm the group estimated": a clock time is when, not who (and so after "By").
          if (e === named && words.low(phrase.first) === 'at') e = clockEnd(words, named);
          if (e > named && e < phrase.last) phrase = { first: e, last: phrase.last };
        }
        let j = i - 1;
        while (j > sentence.first && AUX_BEFORE.has(words.low(j))) j--;
        // ("… and has in the past said": the auxiliary before the adverb too.)
        const adverb = adverbEndingAt(words, j);
        if (adverb > 0) {
          j -= adverb;
          while (j > sentence.first && AUX_BEFORE.has(words.low(j))) j--;
        }
        // "The coastguard said it intervened, and found six bodies": a verb after ", and" shares the
        // subject before it; "and" alone names no one.
        // So does one after "and" alone when what comes before it is the first verb's object: "US
        // officials rescued 37 people and arrested 16".
        // (A verb that counts only: "Air strikes killed 90 rebels and warned of more" says nothing.)
        const objectBefore = type === 'count' && phrase !== undefined && holdsFigure(words, phrase, isFigure);
        const joined = JOINERS.has(words.low(j)) && (words.low(j - 1) === ',' || objectBefore);
        if (joined && phrase !== undefined && ((phrase.last - phrase.first === 1 && phrase.first === j) || objectBefore)) phrase = undefined;
        const sharing = COORDINATING.has(words.low(j)) || joined;
        for (let k = cues.length - 1; k >= 0 && k >= cues.length - NEAR && phrase === undefined && sharing; k--) {
          const shared = cues[k] as Cue;
          if (shared.phrase === undefined || shared.participle || shared.at >= j) continue;
          phrase = shared.phrase;
          coordinated = true;
        }
        // "Authorities restored order, but so far have confirmed five deaths": with no cue before, the
        // subject the sentence opens with.
        if (phrase === undefined && sharing && (words.low(j - 1) === ',' || joined)) {
          phrase = openingSpeaker(words, sentence, j, isFigure);
          coordinated = phrase !== undefined;
        }
      }
      const next = words.low(c);
      const quoteFollows = (next === ',' || next === ':') && OPENING.has(words.low(c + 1));
      const after = phrase === undefined ? '' : words.low(phrase.first - 1);
      // "…, X said", "…" X said, and "the 516 arrested that X announced, …".
      // But ", and the mayor said at the beginning of the week that …" opens a clause of its own.
      const trailingPlace = phrase !== undefined && phrase.first > sentence.first && !JOINERS.has(words.low(phrase.first)) && !COORDINATING.has(words.low(phrase.first)) && (after === ',' || CLOSING.has(after) || after === '\u2014' || after === '\u2013' || after === 'that' || after === 'which');
      // "…, the group also said that on Aug. 19 two soldiers were killed": what follows "that" was said.
      const thatClause = words.low(c - 1) === 'that' && c - 1 > i;
      // ("…, residents said of the attack": what it was said about, after the cue, ends nothing.)
      // (Only set off by a comma or a quotation: "the worst that locals said of the area" is no cue.)
      const saidOf = next === 'of' && (words.low(i) === 'said' || words.low(i) === 'says') && (after === ',' || CLOSING.has(after));
      // ("…, the agency said on Sunday (Sep 30).": a bracket that closes the sentence with no count in it.)
      let close = c + 1;
      while (next === '(' && close < sentence.last && close - c <= 6 && words.low(close) !== ')' && !isFigure(close)) close++;
      const bracketEnds = next === '(' && words.low(close) === ')' && (close + 1 >= sentence.last || TERMINALS.has(words.low(close + 1)));
      // ("…, a committee said raising the toll from 358": a participle that carries the toll on, with
      // its comma missing.)
      const ends = c >= sentence.last || (END_MARKS.has(next) && !quoteFollows && next !== '(') || bracketEnds || (TOLL_CARRYING.has(next) && carriesToll(words, c, sentence, isFigure)) || ((AFTER_TRAILING.has(next) || saidOf) && !isFigure(c) && !thatClause);
      leading = type === 'deny' || type === 'toll' || type === 'count' ? !(trailingPlace && ends && type !== 'toll') : !(trailingPlace && ends);
      // "As of Friday, a spokeswoman said Monday, there had been 1,240 deaths": after an opener that
      // counts nothing, the cue between commas tells what follows.
      if (trailingPlace && phrase !== undefined && phrase.first - sentence.first <= MAX_PHRASE * 2 && !figureIn(sentence.first, phrase.first) && figureIn(c, Math.min(sentence.last, c + MAX_PHRASE * 2))) leading = true;
      if (citedAfter) leading = false;
    }
    if (phrase === undefined || holdsFigure(words, phrase, isFigure)) continue;
    // ("An assessment, seen by Reuters and confirmed by two officials, said": a participle and its
    // agent set off after the subject is no subject.)
    if (!words.cap(phrase.first) && (words.low(phrase.first).endsWith('ed') || IRREGULAR_PARTICIPLES.has(words.low(phrase.first))) && words.low(phrase.first + 1) === 'by' && words.low(phrase.first - 1) === ',') continue;
    // ("not immediately confirmed or denied by the government": a conjunction alone is no one.)
    if (phrase.last - phrase.first === 1 && (words.low(phrase.first) === 'or' || words.low(phrase.first) === 'and')) continue;
    // ", an assertion denied by the U.S. military": the agent denies what the sentence said before.
    const byAgent = type === 'deny' && words.low(i + 1) === 'by' && ARTICLES.has(words.low(phrase.first)) && phrase.last - phrase.first === 2 && REPORT_NOUNS.has(words.low(phrase.first + 1)) && words.low(phrase.first - 1) === ',';
    let agentEnd = i + 2;
    while (byAgent && agentEnd < sentence.last && agentEnd - i <= MAX_PHRASE && (!END_MARKS.has(words.low(agentEnd)) || glued(words, agentEnd, sentence))) agentEnd++;
    const back = type === 'deny' ? (byAgent && agentEnd > i + 2 ? { first: i + 2, last: agentEnd } : deniedBefore(words, phrase)) : undefined;
    if (back !== undefined) {
      cues.push({ at: i, deny: true, participle: false, leading: false, phrase: back, relays, statedAt, zone: { first: phrase.first, last: i + 1 }, scope: { first: 0, last: 0 }, content: i + 1, statement, anonymous, refersBack: true });
      continue;
    }
    // A time opening the sentence before its speaker dates the statement: "On Wednesday, officers said",
    // "On Thursday, AFP quoted an Egyptian diplomat as saying".
    if (statedAt === undefined) {
      const opener = times[0];
      // So does one after an adverb of order: "Earlier on Wednesday, the army chief had claimed".
      const opens = opener !== undefined && (opener.first === sentence.first || (opener.first === sentence.first + 1 && ORDER_ADVERBS.has(words.low(sentence.first))));
      // (Not a trailing cue's: "On Friday, 2 million marched, unions said" dates the march, unless
      // the count has a day of its own: "On Friday, 8 people who died on Wednesday were buried".)
      const countDay = times.some((t) => t !== opener && t.day);
      if (opener !== undefined && opener.day && opens && words.low(opener.last) === ',' && opener.last < Math.min(phrase.first, i) && (leading || countDay)) statedAt = opener;
    }
    // "according to initial information" is the article's; "according to unofficial records" names
    // whose count it is, as a subject would ("Unofficial records put the toll at 300").
    // ("according to the report" points back to a work told before; whose it is, the source book knows.)
    const namedWork = phrase.last === phrase.first + 2 && words.low(phrase.first) === 'the' && WORK_NOUNS.has(words.low(phrase.first + 1));
    const whose = WHOSE_RECORDS.has(words.low(words.low(phrase.first) === 'the' ? phrase.first + 1 : phrase.first));
    if (according && isFaceless(words, phrase) && !whose && !namedWork) continue;
    // "Y said a colleague told him that …": Y speaks; the one who told Y is Y's own source.
    if ((low === 'told' || low === 'tells') && OBJECT_PRONOUNS.has(words.low(i + 1)) && cues.some((cue) => cue.leading && cue.at < i)) continue;
    // "The general said (that) troops counted 12 rebel bodies": who found the dead, as the subject of
    // what another says, is not who says it ("…, and the union counted 10,000" is a clause of its own).
    if (type === 'count' && FINDING_VERBS.has(low) && cues.some((cue) => cue.leading && !cue.deny && (cue.content === phrase.first || (cue.content === phrase.first - 1 && words.low(cue.content) === 'that')))) continue;
    const zone = coordinated ? { first: i, last: c } : { first: Math.min(phrase.first, cueStart), last: Math.max(phrase.last, leading ? c : i + 1) };
    // Who arrested speaks of that count only, to the end of its clause: not of "…, while rebels killed 3".
    const arrest = ARRESTING.has(low) ? { actor: true, bounded: true, scope: { first: c, last: clauseEnd(words, c, sentence) } } : {};
    cues.push({ at: i, deny: type === 'deny', participle: false, leading, phrase, relays, statedAt, zone, scope: { first: 0, last: 0 }, content: leading ? c : zone.last, statement, anonymous, ...arrest });
  }

  // A passive with its agent: "Turnout was estimated at 40,000 by local media", "Nine deaths were
  // confirmed by the hospital", and one reduced after a noun, "a figure slashed to 30,000 by police
  // estimates": the agent speaks, for the clause before "by".
  for (const i of agentVerbs) {
    // ("a crowd estimated by police at 40,000": the agent first, then the count.)
    const agentFirst = words.low(i + 1) === 'by' && countAtAfter(words, i + 2, sentence, isFigure);
    // ("the 162 deaths reported by the governor": right after the count's noun.)
    const afterCount = words.low(i + 1) === 'by' && isFigure(i - 2) && !isFigure(i - 1);
    const reduced = words.isWord(i - 1) && !words.cap(i - 1) && ((['at', 'to', 'as'].includes(words.low(i + 1)) && (isFigure(i + 1) || isFigure(i + 2))) || agentFirst || afterCount);
    // "It was earlier announced by the ministry that 17 died": with "it" for the clause after "that",
    // the agent speaks that clause.
    const expletive = expletiveAgent(words, i, sentence, isFigure, timeStartingAt);
    if (expletive !== undefined) {
      const content = expletive.that + 1;
      cues.push({ at: i + 1, deny: false, participle: false, leading: true, phrase: expletive.agent, relays: [], statedAt: undefined, zone: { first: sentence.first, last: content }, scope: { first: content, last: sentence.last }, content, statement: false, anonymous: false });
      continue;
    }
    if (!isPassive(words, i) && !reduced) continue;
    // "the figure was not confirmed by police", "has yet to be verified by": an agent that did not
    // give it.
    let before = i - 1;
    // ("not immediately confirmed or denied by": past an adverb, and a participle joined by "or".)
    const coordinated = (k: number): boolean => (words.low(k) === 'or' && words.low(k - 1).endsWith('ed')) || (words.low(k).endsWith('ed') && words.low(k + 1) === 'or');
    while (before > sentence.first && i - before <= AGENT_NEGATION_REACH && (BEFORE_AGENT_VERB.has(words.low(before)) || coordinated(before))) before--;
    if (NEGATIONS.has(words.low(before)) || (words.low(before) === 'to' && words.low(before - 1) === 'yet')) continue;
    let by = i + 1;
    while (by < sentence.last && by - i <= AGENT_REACH && words.low(by) !== 'by' && !END_MARKS.has(words.low(by))) by++;
    if (words.low(by) !== 'by') continue;
    // ("increased to 11 by Sunday evening", "updated to 17 by the time rescuers left": a time, no agent.)
    if (CALENDAR_NAMES.has(words.low(by + 1)) || TIME_POSSESSORS.has(words.low(by + 1)) || DAY_PARTS.has(words.low(by + 1)) || (words.low(by + 1) === 'the' && words.low(by + 2) === 'time')) continue;
    // "20 are confirmed to have been killed by soldiers": the agent of another participle, the killer.
    if (by - 1 > i && (words.low(by - 2) === 'been' || words.low(by - 2) === 'be') && words.isWord(by - 1) && (words.low(by - 1).endsWith('ed') || IRREGULAR_PAST.has(words.low(by - 1)))) continue;
    // "estimated at 60,000 by the organisers and at 25,000 by the police": each agent ends at "and"
    // before another "at N by …", which gives a count of its own.
    // ("announced by district officials and not confirmed by …": "and" before a verb of its own ends the agent.)
    const verbAfterAnd = (e: number): boolean => words.low(e) === 'and' && (AGENT_VERB_OPENERS.has(words.low(e + 1)) || (words.isWord(e + 1) && !words.cap(e + 1) && words.low(e + 1).endsWith('ed')));
    const agentEnd = (from: number): number => {
      let e = from;
      // ("put at 8 by local authorities but the figure was later raised to 11 by …": a clause of its own after "but".)
      while (e < sentence.last && e - from <= MAX_PHRASE && !END_MARKS.has(words.low(e)) && !CONJUNCTIONS.has(words.low(e)) && timeStartingAt(e) === undefined && !(words.low(e) === 'and' && ['at', 'to'].includes(words.low(e + 1)) && isFigure(e + 2)) && !(agentFirst && words.low(e) === 'at') && !verbAfterAnd(e)) e++;
      return e;
    };
    const e = agentEnd(by + 1);
    const phrase = { first: by + 1, last: e };
    if (e === by + 1 || !namesSomeone(words, phrase) || holdsFigure(words, phrase, isFigure)) continue;
    // ("the 162 deaths reported by Tuesday", "… by phone were all in Kesh", "… by the ministry were
    // exaggerated": after a count's noun, only an agent that ends its clause reported it.)
    if (afterCount && (timeStartingAt(by + 1) !== undefined || finiteIn(words, by + 1, e) || !(e >= sentence.last || END_MARKS.has(words.low(e)) || timeStartingAt(e) !== undefined))) continue;
    if (words.low(e) === 'and') {
      let second = e + 3;
      while (second < sentence.last && second - e <= 6 && words.low(second) !== 'by') second++;
      const last = agentEnd(second + 1);
      const other = { first: second + 1, last };
      if (words.low(second) === 'by' && last > second + 1 && namesSomeone(words, other) && !holdsFigure(words, other, isFigure)) {
        cues.push({ at: second, deny: false, participle: false, leading: false, bounded: true, phrase: other, relays: [], statedAt: undefined, zone: { first: second, last }, scope: { first: e + 1, last: second }, content: last, statement: false, anonymous: false });
      }
    }
    // "A crowd estimated by police at 40,000": the agent leads into the count after it.
    if (agentFirst) {
      cues.push({ at: by, deny: false, participle: false, leading: true, phrase, relays: [], statedAt: undefined, zone: { first: i, last: e }, scope: { first: 0, last: 0 }, content: e, statement: false, anonymous: false });
      continue;
    }
    // A reduced passive after a comma speaks for its own phrase, from the comma on: "Organisers said
    // 500,000 attended, a figure slashed to 30,000 by police".
    let comma = i - 1;
    while (comma > sentence.first && i - comma <= 4 && words.low(comma) !== ',') comma--;
    if (reduced && !isPassive(words, i) && words.low(comma) === ',') {
      cues.push({ at: by, deny: false, participle: false, leading: true, phrase, relays: [], statedAt: undefined, zone: { first: comma, last: comma + 1 }, scope: { first: 0, last: 0 }, content: comma + 1, statement: false, anonymous: false });
      continue;
    }
    cues.push({ at: by, deny: false, participle: false, leading: false, phrase, relays: [], statedAt: undefined, zone: { first: by, last: e }, scope: { first: 0, last: 0 }, content: e, statement: false, anonymous: false });
  }

  // "Death toll rises to 29: army": a headline's name after its last colon says whose it is.
  const credited = sentence.role === 'headline' && cues.length === 0 ? headlineCredit(words, sentence, isFigure) : undefined;
  if (credited !== undefined) {
    cues.push({ at: credited.first - 1, deny: false, participle: false, leading: false, bounded: true, phrase: credited, relays: [], statedAt: undefined, zone: { first: credited.first - 1, last: credited.last }, scope: { first: sentence.first, last: credited.first - 1 }, content: credited.last, statement: false, anonymous: false });
  }

  // "In another tally released by the Associated Press, the number of fatalities reached 74": an
  // opening phrase naming a work and who put it out leads the clause after its comma.
  const opened = openingWork(words, sentence);
  if (opened !== undefined && !holdsFigure(words, opened.phrase, isFigure) && !cues.some((cue) => cue.leading && cue.at > opened.by)) {
    cues.push({ at: opened.by, deny: false, participle: false, leading: true, phrase: opened.phrase, relays: [], statedAt: undefined, zone: { first: sentence.first, last: opened.comma + 1 }, scope: { first: 0, last: 0 }, content: opened.comma + 1, statement: DOCUMENT_NOUNS.has(words.low(opened.noun)), anonymous: false });
  }

  // Noun cues: "Hefazat's estimate of thousands", "the official government figure of 11",
  // "36,000 people (Serbian Interior Ministry figures)".
  // Where cues stand, as a set, so that a run-on sentence of figure nouns stays linear (a cue taken
  // out below is replaced at once by one at the same place).
  const cueAts = new Set(cues.map((cue) => cue.at));
  const denials = new Set(cues.filter((cue) => cue.deny).map((cue) => cue.at));
  const pushCue = (cue: Cue): void => {
    cues.push(cue);
    cueAts.add(cue.at);
  };
  for (const k of figureNouns) {
    const low = words.low(k);
    // "The IOM estimates that …" read as a verb already is no noun as well.
    if (cueAts.has(k)) continue;
    if (words.low(k + 1) === ')') {
      let open = k - 1;
      while (open > sentence.first && k - open <= 6 && words.low(open) !== '(') open--;
      if (words.low(open) !== '(' || open + 1 >= k || !words.cap(open + 1)) continue;
      const phrase = { first: open + 1, last: k };
      const zone = { first: open, last: k + 2 };
      pushCue({ at: k, deny: false, participle: false, leading: false, phrase, relays: [], statedAt: undefined, zone, scope: { first: 0, last: 0 }, content: zone.last, statement: false, anonymous: false });
      continue;
    }
    // "The estimate by police was 500,000": the count's maker, after "by", states it by a copula.
    // ("The tally from the police, however, is higher, with 375 deaths": the counts after a comparative
    // and "with" are the maker's, to the end of the sentence, within a clause's reach. "from" names a
    // maker only as a body: not "the tally from Kesh", nor after a possessive, "the ministry's figures from Kesh".)
    if ((words.low(k + 1) === 'by' || words.low(k + 1) === 'from') && ESTIMATE_HEADS.has(low)) {
      let e = k + 2;
      while (e < sentence.last && e - k <= 8 && words.isWord(e) && !COPULAS.has(words.low(e)) && words.low(e) !== 'however') e++;
      const phrase = { first: k + 2, last: e };
      if (words.low(k + 1) === 'from' && (words.poss(k - 1) || isPluralApostrophe(words, k - 1) || !namesBody(words, phrase.first, phrase.last))) continue;
      while (e < sentence.last && (words.low(e) === 'however' || words.low(e) === ',')) e++;
      const compared = COMPARATIVES.has(words.low(e + 1)) && words.low(e + 2) === ',' && words.low(e + 3) === 'with';
      if (!COPULAS.has(words.low(e)) || phrase.last === k + 2 || !(isFigure(e + 1) || compared) || !namesSomeone(words, phrase)) continue;
      pushCue({ at: k, deny: false, participle: false, leading: true, phrase, relays: [], statedAt: undefined, zone: { first: k, last: e }, scope: { first: e, last: compared ? Math.min(sentence.last, e + COMPARED_REACH) : e + 4 }, content: e, statement: false, anonymous: false, bounded: true });
      continue;
    }
    // "estimates given by prisoners on the number killed ranged from 40 to 110": the maker of a count
    // that follows.
    // ("the official figure previously revealed by the authorities": past an adverb of order.)
    const given = EARLIER.has(words.low(k + 1)) ? k + 2 : k + 1;
    if (GIVING.has(words.low(given)) && words.low(given + 1) === 'by') {
      const e = giverEnd(words, given + 2, sentence);
      const phrase = { first: given + 2, last: e };
      // The agent of a count handed out is a party, whatever its noun: "given by inmates".
      // (A phrase closed by a comma opens the sentence: openingWork reads it.)
      // (Nor when the count after it is compared: "… given by officials is far below the 300 …".)
      let compared = false;
      for (let m = e; m < e + 4 && m < sentence.last && !compared; m++) compared = COMPARING.has(words.low(m));
      if (e > given + 2 && words.low(e) !== ',' && !compared && (namesSomeone(words, phrase) || words.low(e - 1).endsWith('s'))) {
        // The participle read as a verb of its own, with the count noun as its subject, is this cue.
        const own = cues.findIndex((cue) => cue.at === given);
        if (own >= 0) cues.splice(own, 1);
        pushCue({ at: given, deny: false, participle: false, leading: true, phrase, relays: [], statedAt: undefined, zone: { first: k, last: e }, scope: { first: 0, last: 0 }, content: e, statement: false, anonymous: false });
        continue;
      }
    }
    if (k === sentence.first) continue;
    // "The figure of 1.4 million people given by the mayor was impossible": the count's maker.
    if (words.low(k + 1) === 'of' && isFigure(k + 2)) {
      let g = k + 2;
      while (g < sentence.last && isFigure(g)) g++;
      while (g < sentence.last && g - k <= 10 && words.isWord(g) && !GIVING.has(words.low(g))) g++;
      if (GIVING.has(words.low(g)) && words.low(g + 1) === 'by') {
        const e = giverEnd(words, g + 2, sentence);
        const phrase = { first: g + 2, last: e };
        if (e > g + 2 && namesSomeone(words, phrase)) {
          pushCue({ at: g, deny: false, participle: false, leading: true, phrase, relays: [], statedAt: undefined, zone: { first: g, last: e }, scope: { first: k, last: g }, content: k, statement: false, anonymous: false, bounded: true });
          continue;
        }
      }
    }
    // "a rebel group's claim it had killed 215": a claim's clause may drop its "that".
    const clause = (low === 'claim' || low === 'claims') && ['it', 'they', 'he', 'she', 'we'].includes(words.low(k + 1));
    // "Their estimate was more than 350,000", "The police estimate is 50,000": a count stated by a copula.
    // "The government's toll was 138", "the army's toll stood at 40": a toll is a party's count only
    // with its possessor ("the toll was 40" names no one).
    // (A possessor that is a party: "the quake's toll", "Kesh's toll", "the country's toll" name none.)
    const partyOwns = (): boolean => {
      const possessor = isPluralApostrophe(words, k - 1) ? k - 2 : words.poss(k - 1) ? k - 1 : words.poss(k - 2) ? k - 2 : -1;
      const owner = words.low(possessor);
      return possessor >= 0 && (isParty(owner) || isParty(singular(owner)) || MILITARY_WORDS.has(owner) || (words.upper(possessor) && countryAt(words, possessor) === undefined));
    };
    const stated = COPULAS.has(words.low(k + 1)) && (ESTIMATE_HEADS.has(low) || (low === 'toll' && partyOwns()));
    if (!['of', 'that', 'at', ':'].includes(words.low(k + 1)) && !clause && !stated) continue;
    let j = k - 1;
    while (j > sentence.first && FIGURE_ADJECTIVES.has(words.low(j))) j--;
    // "organisers' estimate": the plural possessive's apostrophe is a token of its own.
    if (isPluralApostrophe(words, j)) j--;
    let phrase: Span | undefined;
    // "The army is standing by its claim that no more than 36 died": the claim of the sentence's subject.
    // ("with a lawmaker estimating their numbers at a million": a cue's object counts its owners;
    // the cue's speaker speaks.)
    const object = cueAts.has(j - 1) && !denials.has(j - 1);
    if (OWN_DETERMINER_WORDS.has(words.low(j)) && words.isWord(j) && !object) {
      phrase = openingSubject(words, sentence);
      if (phrase !== undefined && phrase.last > j) phrase = undefined;
      // "Their estimate was …" opening the sentence: the possessive stands for whom it names.
      if (phrase === undefined && stated && j === sentence.first) phrase = { first: j, last: j + 1 };
    } else if (words.poss(j)) {
      let s0 = j;
      // Back to a denial that governs the phrase: "Kenya rejected the Kesh Front's claim", "the army
      // called the Taliban's claim propaganda" ("police put the demonstrators' numbers at" stays the police's).
      const verb = (n: number): boolean => !words.cap(n) && (CUE_WORDS.get(words.low(n)) === 'deny' || CALLING.has(words.low(n)));
      // A preposition before the possessor ends it too: "Police did not quarrel with the organisers' estimate".
      // So does a verb in the past with its subject before it: "State TV carried the rebels' claim"
      // (but "the armed group's claim" keeps its adjective).
      const pastVerb = (n: number): boolean => words.isWord(n) && !words.cap(n) && words.low(n).endsWith('ed') && !ARTICLES.has(words.low(n - 1));
      // A verb of saying ends it as well: "The police said the rights group's figure of 13 was false"
      // (but "police put the demonstrators' numbers at" is the police's count of them).
      const saying = (n: number): boolean => !words.cap(n) && CUE_WORDS.get(words.low(n)) === 'report';
      while (s0 > sentence.first && k - s0 < 8 && !verb(s0 - 1) && !pastVerb(s0 - 1) && !saying(s0 - 1) && (words.cap(s0 - 1) || ['the', 'a'].includes(words.low(s0 - 1)) || (words.isWord(s0 - 1) && !HARD_WORDS.has(words.low(s0 - 1)) && !END_MARKS.has(words.low(s0 - 1)) && !POSSESSOR_STOPS.has(words.low(s0 - 1))))) s0--;
      // "down from last year's estimate of 12,000": a time owns no count; whoever speaks around it does.
      if (!TIME_POSSESSORS.has(words.low(j))) phrase = { first: s0, last: j + 1 };
    } else {
      let s0 = j;
      // "the police assessment was": a party's word before the noun names it too.
      while (s0 > sentence.first && k - s0 < 4 && words.isWord(s0) && (words.cap(s0) || SOURCE_MODIFIERS.has(words.low(s0)) || (s0 === j && isParty(words.low(s0))))) s0--;
      // ("carried a rebel claim that …": an indefinite article opens the phrase too.)
      const boundary = ARTICLES.has(words.low(s0)) || ['(', ';', ',', ':'].includes(words.low(s0));
      if (s0 < j && boundary) phrase = { first: s0 + 1, last: j + 1 };
      // "The claim that …" opening a sentence names no one: an article is no speaker.
      else if (s0 === sentence.first && words.isWord(s0) && (words.cap(s0) || SOURCE_MODIFIERS.has(words.low(s0))) && !ARTICLES.has(words.low(s0))) phrase = { first: s0, last: j + 1 };
    }
    // "contradicting the official claim that 169 died": the authorities' claim, whoever speaks.
    // But "the Kremlin gave an official count of …" is the Kremlin's, whose verb governs the noun.
    const governed = cues.some((cue) => cue.at < k && cue.at >= k - 3 && !cue.deny);
    if (phrase === undefined && !governed && words.low(k - 1) === 'official' && ['the', 'an'].includes(words.low(k - 2)) && (low === 'claim' || low === 'figure' || low === 'toll' || low === 'count' || low === 'tally')) phrase = { first: k - 1, last: k };
    if (phrase === undefined || holdsFigure(words, phrase, isFigure)) continue;
    let e = k + 2;
    while (e < sentence.last && e - k <= 10 && !isFigure(e)) e++;
    if (!isFigure(e)) continue;
    while (e < sentence.last && isFigure(e)) e++;
    const zone = { first: phrase.first, last: k + 2 };
    // "… lower, with 35 people dead, 40 injured and 168 arrested": the count's list runs on.
    pushCue({ at: k, deny: false, participle: false, leading: true, phrase, relays: [], statedAt: undefined, zone, scope: { first: k + 1, last: Math.max(e + 3, listEnd(words, e, sentence, isFigure)) }, content: k + 1, statement: false, anonymous: false, bounded: true });
  }

  // "The army has rejected the claims and confirmed one death": a cue whose phrase holds an earlier
  // cue shares that cue's speaker.
  cues.sort((a, b) => a.at - b.at);
  for (let k = 1; k < cues.length; k++) {
    const cue = cues[k] as Cue;
    const phrase = cue.phrase;
    if (phrase === undefined || cue.participle) continue;
    for (let j = k - 1; j >= 0 && j >= k - NEAR; j--) {
      const earlier = cues[j] as Cue;
      const follows = earlier.zone.last >= phrase.first - 1 && earlier.at < phrase.first && words.low(phrase.last - 1) === 'and';
      // But a cue inside a relative clause of the phrase is the clause's: "The opposition, which
      // fears the vote will be rigged, said …" speaks as the opposition.
      const holds = earlier.at >= phrase.first && earlier.at < phrase.last;
      const relative = relativeEnd(words, earlier.at, sentence);
      if (earlier.phrase !== undefined && holds && relative <= phrase.last) {
        // The clause's own words are the clause cue's: the later cue's zone starts after them.
        cues[k] = { ...cue, zone: { first: Math.max(cue.zone.first, relative), last: cue.zone.last } };
        break;
      }
      if (earlier.phrase !== undefined && (holds || follows)) {
        cues[k] = { ...cue, phrase: earlier.phrase, zone: { first: cue.at, last: cue.zone.last } };
        break;
      }
    }
  }

  // A participle opening the sentence's cues speaks for the sentence's subject: "The army blamed
  // the attack on jihadists, claiming that 15 terrorists were slain".
  cues.sort((a, b) => a.at - b.at);
  const firstCue = cues[0];
  // (Not one right after a quotation: '"… All lies," adding that …' has no subject there.)
  if (firstCue !== undefined && firstCue.participle && !CLOSING.has(words.low(firstCue.at - 1))) {
    const subject = openingSubject(words, sentence);
    if (subject !== undefined) cues[0] = { ...firstCue, phrase: subject };
  }
  // A participle after a comma speaks for the subject that opens the sentence, not for a cue noun
  // between: "Kyiv has rejected a Russian claim that …, insisting there were no fatalities".
  // ("While organisers claimed 1.5 million, the ministry contradicted that estimate, saying …": after a
  // fronted subordinate clause, the main clause's subject.)
  let opening = sentence.first;
  if (SUBORDINATORS.has(words.low(opening))) {
    let comma = opening + 1;
    while (comma < sentence.last && words.low(comma) !== ',') comma++;
    opening = comma + 1;
  }
  const start = cues.findIndex((cue) => cue.at >= opening);
  const main = cues[start];
  if (main !== undefined && !main.participle && main.phrase !== undefined && main.phrase.first <= opening + 2) {
    for (let k = start + 1; k < cues.length; k++) {
      const cue = cues[k] as Cue;
      if (!cue.participle || cue.phrase !== undefined || words.low(cue.at - 1) !== ',') continue;
      // But ", a claim the government rejected, saying only 12 died", "but the agency disputed that,
      // saying 11 had died": a verb of its own just before the comma (and its object) has the participle.
      const before = cues[k - 1] as Cue;
      let close = before.at + 1;
      while (close < cue.at - 1 && cue.at - before.at <= OWN_VERB_REACH && words.low(close) !== ',') close++;
      // So does a second speaker's verb of saying before it: "…, but the agency said 14 had died,
      // adding that 30 were injured" (not "according to", which names a source, not a speaker).
      // (Nor a report noun: "rejected the Front's claim that 40 died, saying none had" is the rejecter's.)
      const second = before.leading && !before.deny && words.low(before.at) !== 'according' && !REPORT_NOUNS.has(words.low(before.at));
      const own = k > start + 1 && before.phrase !== undefined && !before.participle && ((cue.at - before.at <= OWN_VERB_REACH && close === cue.at - 1) || second);
      cues[k] = own ? { ...cue, phrase: before.phrase } : { ...cue, phrase: main.phrase, relays: [...main.relays, ...cue.relays] };
    }
  }

  // "Citing X, LANA said", "LANA, citing a medical source, said": X speaks, the cue's speaker relays.
  for (const at of citing) {
    let first = at + 1;
    // "attributing these numbers to the Libyan Red Crescent": the party after "to" ("attributing
    // Indian Express" cites it).
    if (words.low(at) === 'attributing') {
      const noun = ['the', 'these', 'those', 'its', 'their'].includes(words.low(first)) ? first + 1 : first;
      if (FIGURE_NOUNS.has(words.low(noun)) && words.low(noun + 1) === 'to') first = noun + 2;
    }
    // "citing the World Health Organization as saying that …": the party before "as".
    let e = first;
    // ("News reports citing hospital officials put the toll at 12": the cited party ends at the verb.)
    while (e < sentence.last && e - at <= 2 * MAX_PHRASE && !END_MARKS.has(words.low(e)) && words.low(e) !== 'as' && !(e > first && isCueWord(words, e) && PAST_CUES.has(words.low(e)) && !words.cap(e))) e++;
    if (e === first || !namesSomeone(words, { first, last: e })) continue;
    // ("citing a larger count than the police gave": a figure of its own, set against others.)
    let head = first;
    while (head < e && head - first < 3 && !FACELESS.has(words.low(head))) head++;
    // (But "citing lower estimates from the city morgue" names whose they are.)
    const whose = words.low(head + 1) === 'from' || words.low(head + 1) === 'by';
    if (head < e && FACELESS.has(words.low(head)) && !whose && [1, 2].some((d) => COMPARATIVES.has(words.low(head - d)) && head - d >= first)) continue;
    // "…, with state media quoting a spokesman as saying 12 died": what the one quoted says follows,
    // and the cue nearest may be another party's; the quoting party relays.
    if (words.low(at) === 'quoting' && words.low(e) === 'as' && words.low(e + 1) === 'saying') {
      const quoter = phraseBefore(words, at, sentence, timeEndingAt, isFigure).phrase;
      cues.push({ at: e + 1, deny: false, participle: false, leading: true, phrase: { first, last: e }, relays: quoter === undefined ? [] : [quoter], statedAt: undefined, zone: { first: at, last: e + 2 }, scope: { first: 0, last: 0 }, content: e + 2, statement: false, anonymous: false });
      continue;
    }
    e = appositiveEnd(words, first, e, sentence);
    let target = -1;
    let distance = Number.POSITIVE_INFINITY;
    cues.forEach((cue, k) => {
      const d = Math.abs(cue.at - at);
      if (!cue.participle && !cue.deny && d < distance) {
        distance = d;
        target = k;
      }
    });
    const cue = cues[target];
    if (cue === undefined || cue.phrase === undefined) continue;
    // ("the mayor said, citing preliminary reports": papers of no one named leave the mayor speaking.)
    if (!whose && !namesParty(words, { first, last: e })) continue;
    cues[target] = { ...cue, phrase: { first, last: e }, relays: [cue.phrase, ...cue.relays], zone: { first: Math.min(cue.zone.first, at), last: Math.max(cue.zone.last, cue.leading ? cue.zone.last : e) } };
  }

  // "the unions counted 30,000 demonstrators and the prefecture 9,000": a clause whose verb is
  // left out ("gapped") gives its own party's count of what the clause before counted.
  for (const cue of [...cues]) {
    if (!cue.leading || cue.deny || cue.participle || cue.phrase === undefined) continue;
    const gap = gappedParty(words, cue.content, sentence, isFigure);
    if (gap === undefined) continue;
    cues.push({ ...cue, at: gap.phrase.first, phrase: gap.phrase, relays: [], zone: { first: gap.phrase.first - 1, last: gap.phrase.last }, scope: { first: gap.phrase.last, last: gap.end }, content: gap.phrase.last, bounded: true });
  }

  // "At least 40 people were killed, police said, with 12 others wounded": a clause of "with" after
  // a trailing cue tells more of what the speaker said, up to the sentence's end.
  for (const cue of [...cues]) {
    if (cue.leading || cue.deny || cue.participle || cue.phrase === undefined || cue.actor === true) continue;
    const comma = cue.zone.last;
    if (words.low(comma) !== ',' || words.low(comma + 1) !== 'with') continue;
    let end = comma + 2;
    let counted = false;
    // (Not a running total the outlet sets beside it: "with the conflict having killed 2,000 since 2019".)
    for (; end < sentence.last && !END_MARKS.has(words.low(end)) && !isCueWord(words, end) && !BACKGROUND_WORDS.has(words.low(end)); end++) if (isFigure(end)) counted = true;
    if (!counted || (end < sentence.last && !TERMINALS.has(words.low(end)) && words.low(end) !== ';')) continue;
    cues.push({ ...cue, leading: true, bounded: true, zone: { first: comma, last: comma + 2 }, scope: { first: comma + 2, last: end }, content: comma + 2 });
  }

  // "Nearly 9,000 marched, according to the union, and 3,100 for the ministry": the party of a
  // gapped clause after its count, beside a count another party gave.
  if (cues.some((cue) => !cue.deny && !cue.participle && cue.phrase !== undefined && cue.actor !== true)) {
    for (let k = sentence.first + 2; k < sentence.last; k++) {
      const gap = partyAfterFor(words, k, sentence, isFigure);
      if (gap === undefined) continue;
      cues.push({ at: k, deny: false, participle: false, leading: false, bounded: true, phrase: gap.phrase, relays: [], statedAt: undefined, zone: { first: k, last: gap.phrase.last }, scope: { first: gap.count, last: k }, content: gap.count, statement: false, anonymous: false });
    }
  }

  // "Officially, 40 miners died, but …", "while officially an estimated 20 died": the adverb speaks for
  // the officials, over its clause, when a count follows it at once.
  // ("Officially, 40 soldiers were killed, the army said": a speaker after it says whose count it is.)
  const lastTrailing = officially.length === 0 ? -1 : cues.reduce((last, cue) => (cue.leading ? last : Math.max(last, cue.at)), -1);
  for (const k of officially) {
    if (!(k === sentence.first || OFFICIAL_OPENERS.has(words.low(k - 1))) || lastTrailing > k) continue;
    const first = words.low(k + 1) === ',' ? k + 2 : k + 1;
    let figure = first;
    while (figure < first + OFFICIAL_REACH && !isFigure(figure) && words.isWord(figure) && !words.cap(figure)) figure++;
    if (!isFigure(figure)) continue;
    // (Its clause runs to the next mark: "Officially, 2 died and 5 were injured, but …".)
    let last = figure;
    while (last < sentence.last && !END_MARKS.has(words.low(last))) last++;
    cues.push({ at: k, deny: false, participle: false, leading: true, bounded: true, phrase: { first: k, last: k + 1 }, relays: [], statedAt: undefined, zone: { first: k, last: first }, scope: { first, last }, content: first, statement: false, anonymous: false });
  }

  // "Police detained 400 people, the group said": who arrested them counts them only where no one
  // else in the sentence tells of it.
  // ("Police arrested 40, and the union said 300 were hurt": a cue that leads a later clause tells
  // of that clause only.)
  for (let k = cues.length - 1; k >= 0; k--) {
    const actor = cues[k] as Cue;
    const ownClause = (cue: Cue): boolean => cue.leading && cue.at > actor.at && cue.phrase !== undefined && opensClause(words.low(cue.phrase.first - 1));
    if (actor.actor === true && cues.some((cue) => cue.actor !== true && !ownClause(cue))) cues.splice(k, 1);
  }

  // Where a leading cue's words end at ", but" or ";" before any figure, with a trailing cue after
  // them, or -1: "Kesh said it would send help, but no police were at the protest, which drew
  // 200,000, a reporter estimated" (the count is the reporter's, no relay of Kesh's words).
  const wordsEnd = (leading: Cue, trailing: Cue): number => {
    if (trailing.zone.first - leading.content > 2 * MAX_PHRASE) return -1;
    // ("…, but that 14 soldiers were wounded", "the rebels, but not the army, lost 40" go on with
    // what the leading speaker said.)
    for (let k = leading.content; k < trailing.zone.first && !isFigure(k); k++) if (words.low(k) === ';' || (words.low(k) === ',' && words.low(k + 1) === 'but' && !BUT_GOES_ON.has(words.low(k + 2)))) return k;
    return -1;
  };
  // Scopes: a leading cue governs what follows it; a trailing one the clause since the cue before.
  // A trailing cue after a leading one ("X said that …, Reuters reported") relays it.
  cues.sort((a, b) => a.at - b.at);
  const scoped: Cue[] = [];
  for (const cue of cues) {
    const previous = scoped[scoped.length - 1];
    if (cue.refersBack === true) {
      scoped.push({ ...cue, scope: { first: cue.zone.first, last: cue.zone.first } });
    } else if (cue.bounded === true) {
      scoped.push(cue);
    } else if (cue.leading) {
      scoped.push({ ...cue, scope: { first: cue.content, last: relativeEnd(words, cue.at, sentence) } });
    } else if (previous !== undefined && previous.leading && !previous.participle && !previous.deny && !cue.deny && cue.phrase !== undefined && (isMedia(words, cue.phrase) || reportsByName(words, cue)) && wordsEnd(previous, cue) < 0) {
      scoped[scoped.length - 1] = { ...previous, relays: [...previous.relays, cue.phrase], scope: { first: previous.scope.first, last: cue.zone.first } };
      scoped.push({ ...cue, scope: { first: cue.zone.first, last: cue.zone.first } });
    } else {
      // "The toll is 143, more than the 96 reported by officials, parents said": a figure set against
      // the clause's own, with a speaker of its own, is an aside; the trailing cue reaches past it.
      // (After a leading cue's count, the compared figure stays an aside of its clause: "Police
      // counted 40,000, far fewer than the 100,000 claimed by organisers, the ministry said".)
      let at = scoped.length - 1;
      while (at >= 0 && comparedAside(words, scoped[at] as Cue)) at--;
      if (scoped[at]?.leading === true) at = scoped.length - 1;
      // "At least 12 died after the court confirmed the result, the minister said": a leading cue with
      // no figure after it keeps none from the trailing cue, which reaches back past it.
      // (One such cue, and only a short way: a run of cue words stays linear.)
      const passed = scoped[at];
      // (Nor for "their lawyers said": whose the possessive means is read from the cue passed over.)
      const possessive = cue.phrase !== undefined && OWN_DETERMINERS.has(words.low(cue.phrase.first));
      // So does one in a clause that "after", "when" or "as" opens, when nothing before it speaks: "The
      // toll rose to 77 after the army said it had found 19 bodies, police said" (the clause's own
      // figures stay its own, in the smaller scope; "The ministry raised the toll to 77 after …" keeps
      // its own). A finding of bodies there speaks for no one: "The toll rose to 77 after divers
      // recovered 19 bodies, police said" is all the police's, as "Divers recovered 19 bodies, police
      // said" is.
      // So does one whose words end before any figure (wordsEnd).
      const but = passed?.leading === true && passed.bounded !== true && !possessive ? wordsEnd(passed, cue) : -1;
      if (passed !== undefined && but >= 0) {
        scoped[at] = { ...passed, scope: { first: passed.content, last: but } };
        at--;
      } else if (passed?.leading === true && passed.bounded !== true && !possessive && cue.zone.first - passed.content <= 2 * MAX_PHRASE) {
        const subordinate = passed.phrase !== undefined && passed.phrase.first - 1 > sentence.first && SUBORDINATORS.has(words.low(passed.phrase.first - 1)) && scoped[at - 1]?.leading !== true;
        if (subordinate && FINDING_VERBS.has(words.low(passed.at))) scoped[at] = { ...passed, scope: { first: passed.content, last: passed.content } };
        if (subordinate || !figureIn(passed.content, cue.zone.first)) at--;
      }
      const before = scoped[at];
      let from = before === undefined ? sentence.first : before.leading ? before.content : before.zone.last;
      // "The union said 2.1 million marched, against 940,000 according to the ministry": after a figure
      // of the leading cue, the figure set against it is the trailing cue's alone.
      if (before?.leading === true) {
        // (After the leading cue's first figure: one of its own must come before the one set against it.)
        let ownFigure = from;
        while (ownFigure < cue.zone.first && !isFigure(ownFigure)) ownFigure++;
        for (let k = cue.zone.first - 1; k > ownFigure + 1; k--) {
          if (!isFigure(k) || !setAgainst(words, k)) continue;
          from = k;
          break;
        }
      }
      scoped.push({ ...cue, scope: { first: Math.min(from, cue.zone.first), last: cue.zone.first } });
      // "Thirty people were detained, police said, and 12 were injured": with no cue after it, the
      // clause that "and" (or "while") adds goes on in the same words.
      const last = cues[cues.length - 1] as Cue;
      if (!cue.deny && last === cue && words.low(cue.zone.last) === ',' && (words.low(cue.zone.last + 1) === 'and' || words.low(cue.zone.last + 1) === 'while')) {
        scoped.push({ ...cue, bounded: true, scope: { first: cue.zone.last + 2, last: sentence.last } });
      }
      // "Floods killed 12, according to the agency, bringing the toll to 57": a participle that
      // carries the clause's toll on, or tells its harm ("…, residents said, killing 12"), is told
      // by the clause's speaker.
      const participle = words.low(cue.zone.last) === ',' ? cue.zone.last + 1 : cue.zone.last;
      if (!cue.deny && last === cue && ((TOLL_CARRYING.has(words.low(participle)) && carriesToll(words, participle, sentence, isFigure)) || (participle > cue.zone.last && HARM_PARTICIPLES.has(words.low(participle))))) {
        scoped.push({ ...cue, bounded: true, scope: { first: participle, last: sentence.last } });
      }
    }
  }
  return withinQuotations(words, sentence, scoped).flatMap((cue) => eachRespectively(words, cue, isFigure) ?? [cue]);
}

// '"The organizers estim// '"The organizers estimate the crowd at 800,000," the paper says': a news medium quoting its own
// copy relays who it says counted, so a cue inside the quotation speaks to the quotation's end,
// where the medium's cue takes over. (A body's spokesman quoted on "the teams" or "our files"
// speaks for the body, as before.) One pass over the sentence each way, so that a run-on sentence of
// cues stays linear.
function withinQuotations(words: Words, sentence: Span, cues: Cue[]): Cue[] {
  let lastMedium = -1;
  for (const cue of cues) if (!cue.leading && cue.phrase !== undefined && cue.at > lastMedium && isMedia(words, cue.phrase)) lastMedium = cue.at;
  if (lastMedium < 0) return cues;
  const n = sentence.last - sentence.first;
  // Whether each token stands inside a quotation, and where the quotation it is in closes.
  const inside = new Uint8Array(n);
  const closes = new Int32Array(n).fill(-1);
  let straight = false;
  let curly = false;
  for (let k = sentence.first; k < sentence.last; k++) {
    const low = words.low(k);
    if (low === '"') straight = !straight;
    else if (low === '\u201c') curly = true;
    else if (low === '\u201d') curly = false;
    inside[k - sentence.first] = straight || curly ? 1 : 0;
  }
  let close = -1;
  for (let k = sentence.last - 1; k >= sentence.first; k--) {
    const low = words.low(k);
    if (low === '"' || low === '\u201d') close = k;
    closes[k - sentence.first] = close;
  }
  return cues.map((cue) => {
    if (!cue.leading || cue.at >= lastMedium || cue.at < sentence.first || cue.at >= sentence.last || inside[cue.at - sentence.first] !== 1) return cue;
    const end = closes[cue.at - sentence.first] as number;
    return end > cue.scope.first && end < cue.scope.last ? { ...cue, scope: { first: cue.scope.first, last: end } } : cue;
  });
}

// "Prime Minister X and the UN give figures of 11 and 14 dead respectively": two speakers joined by
// "and", two figures, then "respectively": each figure is its own speaker's, in order.
function eachRespectively(words: Words, cue: Cue, isFigure: (i: number) => boolean): Cue[] | undefined {
  const phrase = cue.phrase;
  if (!cue.leading || phrase === undefined) return undefined;
  let and = -1;
  for (let k = phrase.first; k < phrase.last; k++) {
    if (words.low(k) !== 'and') continue;
    if (and >= 0) return undefined;
    and = k;
  }
  if (and <= phrase.first || and >= phrase.last - 1) return undefined;
  let respectively = -1;
  for (let k = cue.scope.first; k < cue.scope.last && respectively < 0; k++) if (words.low(k) === 'respectively') respectively = k;
  const starts: number[] = [];
  for (let k = cue.scope.first; k < respectively; k++) if (isFigure(k) && !isFigure(k - 1)) starts.push(k);
  const second = starts[1];
  if (starts.length !== 2 || second === undefined) return undefined;
  return [
    { ...cue, phrase: { first: phrase.first, last: and }, scope: { first: cue.scope.first, last: second } },
    { ...cue, phrase: { first: and + 1, last: phrase.last }, scope: { first: second, last: cue.scope.last } },
  ];
}

// Frames of a verb by which a body gives a count of its own in a relative clause.
const OWN_COUNT_FRAMES = new Set(['count', 'report', 'toll']);

/**
 * Whether token p, inside the phrase that names a cue's speaker, is a count that phrase's own
 * relative clause gives: "The Archive, which published an estimate of 8,222, warned …", "the
 * Observatory, which has documented 500 deaths, said …". The count is the speaker's.
 */
export function countedBySpeaker(words: Words, cue: Cue, p: number): boolean {
  const phrase = cue.phrase;
  if (cue.deny || phrase === undefined || p < phrase.first || p >= phrase.last) return false;
  let verb = false;
  for (let k = p - 1; k > phrase.first; k--) {
    const frame = CUE_WORDS.get(words.low(k));
    verb ||= frame !== undefined && OWN_COUNT_FRAMES.has(frame);
    if (opensRelative(words, k)) return verb;
  }
  return false;
}

// Whether a cue governs only a figure set against another, with its own speaker after it: "more than
// the 96 reported by officials", "against 940,000 given by the ministry".
function comparedAside(words: Words, cue: Cue): boolean {
  if (cue.bounded !== true || cue.leading || cue.scope.last <= cue.scope.first) return false;
  return COMPARED_BEFORE.has(words.low(cue.scope.first - 1)) || setAgainst(words, cue.scope.first);
}

/**
 * The cue that governs token p: of the cues whose scope holds p, the innermost (the smallest
 * scope), among the nearest few on each side. `-2` when p is part of a cue's own words, unless
 * `ownCount` says the cue's speaker gives it; `-1` when no cue governs it.
 */
export function pickCue(cues: readonly Cue[], p: number, ownCount?: (cue: Cue) => boolean): number {
  const lo = partitionPoint(cues.length, (k) => (cues[k] as Cue).at < p);
  let best = -1;
  let size = Number.POSITIVE_INFINITY;
  for (let k = Math.max(0, lo - NEAR); k < Math.min(cues.length, lo + NEAR); k++) {
    const cue = cues[k] as Cue;
    if (cue.zone.first <= p && p < cue.zone.last) return ownCount?.(cue) === true ? k : -2;
    if (cue.scope.first <= p && p < cue.scope.last) {
      const s = cue.scope.last - cue.scope.first;
      if (s < size || (s === size && Math.abs(cue.at - p) < Math.abs((cues[best] as Cue).at - p))) {
        size = s;
        best = k;
      }
    }
  }
  return best;
}
