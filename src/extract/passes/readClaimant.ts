import { WEEKDAY_NAMES } from '../../internal/calendarWords.js';
import { cityAt, countryAt } from '../lexicon/places.js';
import {
  ARMED_WORDS,
  AUTHORING,
  BODY_ADJECTIVES,
  CIVIL_BEFORE_RANKS,
  DOCUMENT_NOUNS,
  ESTIMATE_HEADS,
  MILITARY_RANKS,
  MILITARY_WORDS,
  NAME_PARTICLES,
  OFFICES,
  ORG_WORDS,
  ROLE_NOUNS,
  SKIPPED_MODIFIERS,
  TALLY_ADJECTIVES,
  TITLES,
  WORK_NOUNS,
} from '../lexicon/sources.js';
import { ARTICLES, OWN_DETERMINERS, RELATIVE_PRONOUNS } from '../lexicon/outcomes.js';
import { IRREGULAR_PARTICIPLES, TIME_LEADS } from '../lexicon/cues.js';
import { singular } from '../../vocabulary/singular.js';
import type { ClaimantPhrase, Span, Words } from '../types.js';

// The participles of AUTHORING that hand a work to a party, which then tells it ("information
// provided to X"), and those it may be handed to only to pass on ("figures given to reporters by the
// ministry" are the ministry's).
const RECEIVED = new Set(['provided', 'given', 'submitted']);
const PASSERS_ON = new Set(['reporters', 'journalists', 'media', 'press', 'parliament', 'lawmakers', 'legislators', 'us', 'him', 'her', 'them']);
// Prepositions that end in -ing.
const ING_PREPOSITIONS = new Set(['during', 'including', 'concerning', 'regarding', 'excluding', 'pending', 'notwithstanding', 'considering', 'barring']);
const PREPOSITIONS = new Set([
  'of', 'at', 'in', 'for', 'from', 'with', 'on', 'near', 'by', 'to', 'under', 'across', 'inside', 'outside', 'into',
  'who', 'which', 'whose', 'that', 'commonly', 'also', 'speaking', 'quoted', 'citing', 'after', 'during',
]);
// Words for some of a group, before "of": "two of the residents", "most of the medics".
const PART_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'some', 'several', 'many', 'few', 'both', 'all', 'most']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
// "Their estimate was …": a possessive alone stands for whom its pronoun names.
const POSSESSIVES = new Map([['their', 'they'], ['its', 'it'], ['his', 'he'], ['her', 'she'], ['our', 'we']]);
const NATION_NOUNS = new Set(['country', 'nation', 'state']);
const ANONYMITY_WORDS = new Set(['anonymity', 'anonymously', 'identified', 'named', 'authorised', 'authorized']);
const RELAY_OPENERS = new Set(['quoted', 'speaking', 'talking', 'told', 'interview', 'citing', 'reporting', 'writing']);
// Openers before a speaker's name: "But", "However,", "Earlier today,", "Nationwide,".
const LEADING_WORDS = new Set(['but', 'and', 'however', 'though', 'meanwhile', 'earlier', 'later', 'today', 'yesterday', 'nationwide', 'also', 'yet', 'still', 'now', 'then', 'separately', 'instead', 'moreover', 'elsewhere']);
// Roles in which a person speaks for a body; "officials" and "sources" speak for it too.
const LEADER_ROLES = new Set(['leader', 'president', 'chairman', 'chairwoman', 'chairperson', 'director']);
// Roles written as a title before the name: "Public Relations Officer Ali Musa".
const ROLE_TITLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'officer']);
const SPEAKER_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'wing', 'official', 'officials', 'representative', 'commander', 'chief', 'head', 'minister', 'director', 'officer', 'officers', 'source', 'sources', 'secretary', 'executive', ...LEADER_ROLES]);
const RANKS = new Set(['senior', 'top', 'chief', 'deputy', 'acting', 'local', 'unnamed', 'anonymous']);

const OPPOSING = new Set(['against', 'opposing']);
const WEEKDAYS: ReadonlySet<string> = new Set(WEEKDAY_NAMES);
// "a new report by", "an earlier statement from": how recent a work is tells nothing of its author.
const WORK_AGES = new Set(['new', 'latest', 'earlier', 'previous', 'fresh', 'final', 'official']);
// Heads of a party that tells, after "a report from": "security sources", "local officials".
const TELLERS = new Set(['sources', 'source', 'officials', 'official', 'authorities', 'police', 'medics', 'doctors', 'residents', 'witnesses']);
const WHEN_WORDS = new Set(['on', 'late', 'early', 'earlier', 'last', 'this', 'morning', 'afternoon', 'evening', 'night', 'today', 'yesterday']);
const STATE_FORCE_WORDS = new Set(['armed', 'government', 'federal', 'national', 'state', 'regular', 'defence', 'defense', 'allied', 'security', 'royal', 'special']);

// A dash with space on both sides sets off an aside as commas do: "The Archive — a group that counts crowds —".
const isAsideDash = (words: Words, k: number, last: number): boolean =>
  (words.low(k) === '\u2014' || words.low(k) === '\u2013' || words.low(k) === '-') && words.spaced(k) && (k + 1 === last || words.spaced(k + 1));

function segments(words: Words, span: Span): Span[] {
  const list: Span[] = [];
  let first = span.first;
  for (let k = span.first; k <= span.last; k++) {
    if (k === span.last || words.low(k) === ',' || isAsideDash(words, k, span.last)) {
      if (k > first) list.push({ first, last: k });
      first = k + 1;
    } else if (k > first && (words.low(k) === 'quoted' || words.low(k) === 'cited') && words.low(k + 1) === 'by') {
      // "officials quoted by the Associated Press": the relay opens a segment of its own.
      list.push({ first, last: k });
      first = k;
    }
  }
  return list;
}

function isNameWord(words: Words, k: number): boolean {
  return words.isWord(k) && words.cap(k);
}

// The capitalised run that ends a segment ("… spokesman Azam Tariq"), titles included.
function trailingRun(words: Words, seg: Span): Span | undefined {
  let k = seg.last - 1;
  if (!isNameWord(words, k)) return undefined;
  let first = k;
  while (k >= seg.first) {
    const low = words.low(k);
    if (isNameWord(words, k)) first = k;
    else if (low === '-' && !words.spaced(k) && !words.spaced(k + 1)) first = k;
    else if (low === '.' && !words.spaced(k) && isNameWord(words, k - 1)) first = k;
    else if (words.isWord(k) && NAME_PARTICLES.has(low) && first === k + 1) first = k;
    else break;
    // A possessive ends the name before it: "Pakistan's army".
    if (k < seg.last - 1 && words.poss(k)) {
      first = k + 1;
      break;
    }
    k--;
  }
  while (first < seg.last && !isNameWord(words, first)) first++;
  return first < seg.last ? { first, last: seg.last } : undefined;
}

const textOf = (words: Words, span: Span): string => words.text.slice(words.start(span.first), words.end(span.last - 1));

// "… Public Relations Department Ashot Aharonyan": where the name of a body's officer starts, two
// capitals after the last head word of a body (its "Department") in [first, last), or -1.
function officerAfterBody(words: Words, first: number, last: number): number {
  for (let k = last - 3; k >= first; k--) {
    if (!ORG_WORDS.has(words.low(k)) || !words.cap(k)) continue;
    const named = [k + 1, k + 2].every((m) => words.cap(m) && !ORG_WORDS.has(words.low(m)) && !TITLES.has(words.low(m)) && !ROLE_NOUNS.has(words.low(m)));
    return named ? k + 1 : -1;
  }
  return -1;
}

// A person's name in a segment: a capitalised run after a role or title ("spokesman Azam Tariq",
// "Gen. Athar Abbas"), or two or more capitalised words that name no organisation or country.
function personIn(words: Words, seg: Span): string | undefined {
  // A name before a prepositional phrase: "Deputy Governor Emil Elastianto Dardak of Indonesia's … province".
  let end = seg.last;
  for (let k = seg.first + 1; k < seg.last; k++) {
    if (words.isWord(k) && !words.cap(k) && (words.low(k) === 'of' || words.low(k) === 'from' || words.low(k) === 'at') && words.cap(k - 1)) {
      end = k;
      break;
    }
  }
  const run = trailingRun(words, { first: seg.first, last: end });
  if (run === undefined) return undefined;
  let nameFirst = run.first;
  let titled = false;
  for (let k = run.first; k < run.last; k++) {
    if (words.isWord(k) && (TITLES.has(words.low(k)) || ROLE_TITLES.has(words.low(k))) && k + 1 < run.last) {
      nameFirst = k + 1;
      titled = true;
    }
  }
  const officer = officerAfterBody(words, nameFirst, run.last);
  const afterBody = officer >= 0;
  if (afterBody) nameFirst = officer;
  while (nameFirst < run.last && !isNameWord(words, nameFirst)) nameFirst++;
  if (nameFirst >= run.last) return undefined;
  const name: Span = { first: nameFirst, last: run.last };
  // "The Public Assembly Archive": an article opens a body's name, never a person's; "Public Relations
  // Officer" names a role.
  if (words.low(nameFirst) === 'the' || SPEAKER_ROLES.has(words.low(run.last - 1))) return undefined;
  let capitals = 0;
  for (let k = name.first; k < name.last; k++) {
    if (!words.isWord(k)) continue;
    if (ORG_WORDS.has(words.low(k)) || words.upper(k) || countryAt(words, k) !== undefined) return undefined;
    if (words.cap(k)) capitals++;
  }
  const before = words.low(run.first - 1);
  // "spokesman Azam Tariq", and a title written in lower case: "colonel Badjeck".
  const afterRole = run.first > seg.first && (ROLE_NOUNS.has(before) || TITLES.has(before));
  if (titled || afterRole || afterBody || (capitals >= 2 && run.first === seg.first)) return textOf(words, name).replace(/\s+/g, ' ').replace(/['\u2019`]s$/, '');
  return undefined;
}

// A participle with a preposition after it: "linked to", "based in", "fighting in".
function participleBefore(words: Words, k: number): boolean {
  const low = words.low(k);
  return words.isWord(k) && (low.endsWith('ed') || low.endsWith('ing') || IRREGULAR_PARTICIPLES.has(low)) && PREPOSITIONS.has(words.low(k + 1));
}

// "the Oslo-based Iran Human Rights", "US-based": where a body sits (the word at k) is not its name.
const basedAt = (words: Words, k: number): boolean => words.low(k + 1) === '-' && !words.spaced(k + 1) && !words.spaced(k + 2) && words.low(k + 2) === 'based';

function acronymIn(words: Words, seg: Span): string | undefined {
  let found: string | undefined;
  for (let k = seg.first; k < seg.last; k++) {
    if (!words.upper(k) || countryAt(words, k) !== undefined || basedAt(words, k)) continue;
    if (words.low(k - 1) === '(' && words.low(k + 1) === ')') return words.low(k);
    // "RFE/RL": initialisms joined by a slash are one.
    if (words.low(k - 1) === '/' && !words.spaced(k - 1) && !words.spaced(k) && words.upper(k - 2) && found === words.low(k - 2)) found = `${found}-${words.low(k)}`;
    else found = words.low(k);
  }
  return found;
}

interface Core {
  readonly core: string[];
  readonly definite: boolean;
  readonly indefinite: boolean;
  readonly statement: boolean;
  readonly country: string | undefined;
  /** Where a preposition ended the head words, when one did: "inquiry| into the break-up". */
  readonly cut?: number;
}

// The head words of a segment: after determiners and generic adjectives, up to a preposition, a
// relative pronoun, a participle with a preposition ("linked to"), or an acronym in brackets.
function coreOf(words: Words, seg: Span): Core {
  let k = seg.first;
  let definite = false;
  let indefinite = false;
  while (k < seg.last && (SKIPPED_MODIFIERS.has(words.low(k)) || words.isNum(k))) {
    const low = words.low(k);
    if (low === 'the') definite = true;
    if (low === 'a' || low === 'an' || low === 'one' || low === 'another') indefinite = true;
    k++;
  }
  // "One of the secondary school teachers", "Some of the residents", "Most of the medics": some of
  // them are them.
  if (words.low(k) === 'most' && words.low(k + 1) === 'of') k++;
  if (words.low(k) === 'of' && k > seg.first && (PART_WORDS.has(words.low(k - 1)) || words.isNum(k - 1))) {
    k++;
    while (k < seg.last && SKIPPED_MODIFIERS.has(words.low(k))) k++;
  }
  const core: string[] = [];
  let country: string | undefined;
  let glue = false;
  let cut: number | undefined;
  for (; k < seg.last; k++) {
    const low = words.low(k);
    // "the (Catalan) police": a word in brackets before the head qualifies it and is no aside.
    if (low === '(' && core.length === 0 && words.isWord(k + 1) && words.low(k + 2) === ')' && k + 3 < seg.last) {
      k += 2;
      continue;
    }
    if (low === '(' || low === '"' || low === '\u201c' || low === '\u201d') break;
    // ("The WHO said": a word in capitals is a name's initials, whatever word it spells.)
    if (words.isWord(k) && PREPOSITIONS.has(low) && !words.upper(k)) {
      // "Ministry of Health", "Bank of England": "of" inside a capitalised name.
      // "United for Peace and Justice", "the Committee to Protect Journalists": a name's own word.
      const named = (low === 'for' || low === 'to' || low === 'against' || low === 'into') && words.cap(k - 1) && words.cap(k + 1) && core.length > 0;
      // "the governor of South Kivu province", "the mayor of neighbouring Kesh": the place an office
      // holder serves tells one from another.
      const office = low === 'of' && core.length === 1 && OFFICES.has(singular(words.low(k - 1))) && (words.cap(k + 1) || (words.isWord(k + 1) && words.cap(k + 2)));
      const keep = named || office || (low === 'of' && words.cap(k + 1) && ORG_WORDS.has(words.low(k - 1)) && words.cap(k - 1));
      if (!keep) {
        // ("the ministry of defence", "the commission for human rights": what "of" and "for" add
        // names the body, and stays in its name.)
        if (low !== 'of' && low !== 'for' && low !== 'to') cut = k;
        break;
      }
    }
    // "linked to", "based in", "fighting in Yemen": a participle with a preposition ends the name.
    if (participleBefore(words, k) && core.length > 0) {
      cut = k;
      break;
    }
    if (low === '-' && !words.spaced(k)) {
      glue = true;
      continue;
    }
    if (!words.isWord(k) && !words.isNum(k)) continue;
    if (basedAt(words, k)) {
      k += 2;
      continue;
    }
    // "the country's defence ministry" is the article's country's: the possessive says no more than "the".
    if (core.length === 0 && words.poss(k) && NATION_NOUNS.has(low)) continue;
    const place = countryAt(words, k);
    let piece = low;
    if (place !== undefined) {
      country ??= place.country;
      piece = place.country.toLowerCase();
      k = place.next - 1;
    }
    // "U.N.": letters glued by full stops make one word.
    const gluedToLast = !words.spaced(k) && words.low(k - 1) === '.' && low.length === 1 && core.length > 0;
    if ((glue || gluedToLast) && core.length > 0) core[core.length - 1] += glue ? `-${piece}` : piece;
    else core.push(piece);
    glue = false;
  }
  let statement = false;
  while (core.length > 0 && DOCUMENT_NOUNS.has(core[core.length - 1] as string)) {
    core.pop();
    statement = true;
  }
  // "police estimates", "ministry figures": the count is the party's; "a new tally" names no party.
  // ("Unofficial police estimates": the police's, whatever the standing of the estimate.)
  if (core.length > 1 && ESTIMATE_HEADS.has(core[core.length - 1] as string) && !core.slice(0, -1).every((w) => TALLY_ADJECTIVES.has(w))) {
    core.pop();
    while (core.length > 1 && TALLY_ADJECTIVES.has(core[0] as string)) core.shift();
  }
  return { core, definite, indefinite, statement, country, ...(cut === undefined ? {} : { cut }) };
}

/**
 * Reads the phrase that names a claimant ("Pakistani Taliban spokesman Azam Tariq", "A local
 * medic, quoted by the Associated Press,", "the U.N. refugee agency"): its head, any person or
 * acronym it names, its appositives, relays and anonymity.
 */
export function readClaimant(words: Words, span: Span, depth = 0): ClaimantPhrase {
  // "Officially, 40 miners died": the adverb alone speaks for the officials.
  if (span.last - span.first === 1 && words.low(span.first) === 'officially') return OFFICIALS;
  // "But", "However,", "Earlier today,": openers, not the speaker's name.
  let from = span.first;
  // So is an adverb and its comma: "Initially, the authorities", "Separately, the ministry", and one
  // before an article: "Immediately the Undersecretary".
  const adverb = (k: number): boolean => words.low(k).endsWith('ly') && (words.low(k + 1) === ',' || (ARTICLES.has(words.low(k + 1)) && countryAt(words, k) === undefined));
  const opener = (k: number): boolean => LEADING_WORDS.has(words.low(k)) || words.low(k) === ',' || adverb(k);
  while (from < span.last - 1 && opener(from)) from++;
  // "…, contradicting the organisers, who said": a participle with an object of its own is no part
  // of the name ("striking workers" has none).
  // (Prepositions in -ing, "during the night the army", stay: they are no participles.)
  if (from + 2 < span.last && words.low(from).endsWith('ing') && !ING_PREPOSITIONS.has(words.low(from)) && !words.cap(from) && (ARTICLES.has(words.low(from + 1)) || OWN_DETERMINERS.has(words.low(from + 1)))) from++;
  const parts = segments(words, { first: from, last: span.last });
  const relays: Span[] = [];
  const heads: Span[] = [];
  let anonymous = false;
  let behalf: Span | undefined;
  let knownAs: Span | undefined;
  for (const seg of parts) {
    const first = words.low(seg.first);
    // "talking on behalf of the NPA's command": the body the speaker speaks for.
    for (let k = seg.first; k + 2 < seg.last; k++) {
      // "… on behalf of the NPA", "a spokesman claiming to speak for the militants".
      const behalfOf = words.low(k) === 'on' && words.low(k + 1) === 'behalf' && words.low(k + 2) === 'of';
      const speaksFor = (words.low(k) === 'speak' || words.low(k) === 'speaking') && words.low(k + 1) === 'for';
      if (behalfOf || speaksFor) {
        let from = behalfOf ? k + 3 : k + 2;
        while (from < seg.last && SKIPPED_MODIFIERS.has(words.low(from))) from++;
        if (from < seg.last) behalf = { first: from, last: seg.last };
      }
    }
    // A relative clause ends the name: "police and hospital officials who spoke on condition …";
    // an acronym does not ("The World Health Organization (WHO)").
    let last = seg.last;
    for (let k = seg.first + 1; k < seg.last; k++) {
      if ((RELATIVE_PRONOUNS.has(words.low(k)) || words.low(k) === 'where') && words.isWord(k) && !words.upper(k)) {
        last = k;
        break;
      }
    }
    let anonymity = false;
    for (let k = seg.first; k < seg.last; k++) if (ANONYMITY_WORDS.has(words.low(k))) anonymity = true;
    if (anonymity) anonymous = true;
    // An aside that only says so (", speaking on condition of anonymity,") names no one.
    if (anonymity && (last === seg.last || RELAY_OPENERS.has(first) || PREPOSITIONS.has(first))) continue;
    if (RELAY_OPENERS.has(first)) {
      let k = seg.first;
      while (k < seg.last && !['by', 'to', 'with', 'told', 'citing'].includes(words.low(k))) k++;
      if (words.low(k) !== 'told' || k === seg.first) k++;
      if (first === 'citing') k = seg.first + 1;
      if (k < seg.last) relays.push({ first: k, last: seg.last });
      continue;
    }
    // ", known by its French initials MSF,": an aside that gives the body's acronym, no part of its name.
    if (first === 'known' && (words.low(seg.first + 1) === 'by' || words.low(seg.first + 1) === 'as') && heads.length > 0) {
      knownAs = seg;
      continue;
    }
    // (", early on Sunday,": a time its leading word opens.)
    if (PREPOSITIONS.has(first) || (TIME_LEADS.has(first) && (PREPOSITIONS.has(words.low(seg.first + 1)) || WEEKDAYS.has(words.low(seg.first + 1)))) || first === 'who' || first === 'which' || (seg.last - seg.first <= 2 && LEADING_WORDS.has(first))) continue;
    // "The government, facing an election in the coming months,": an aside that a participle opens.
    if (heads.length > 0 && first.endsWith('ing') && !ING_PREPOSITIONS.has(first) && !words.cap(seg.first)) continue;
    heads.push({ first: seg.first, last });
  }
  const named = depth === 0 ? namedBody(words, heads) : undefined;
  if (named !== undefined) heads.splice(0, named.replaced, named.name);
  const head = heads[0] ?? parts[0] ?? span;
  const lowWords: string[] = [];
  // What a group is "against" says whom it opposes, not what it is: "organisers of a march against the President".
  for (const seg of heads) for (let k = seg.first; k < seg.last && !OPPOSING.has(words.low(k)); k++) if (words.isWord(k)) lowWords.push(words.low(k));
  // What the descriptor says the body is tells its kind too: "international NGO ActionAid".
  if (named !== undefined) for (let k = named.descriptor.first; k < named.descriptor.last; k++) if (words.isWord(k)) lowWords.push(words.low(k));
  // So does its acronym ("known by its French initials MSF"), though no part of its name.
  if (knownAs !== undefined) for (let k = knownAs.first; k < knownAs.last; k++) if (words.upper(k)) lowWords.push(words.low(k));
  let person: string | undefined;
  let acronym: string | undefined;
  for (const seg of heads) {
    person ??= personIn(words, seg);
    acronym ??= acronymIn(words, seg);
  }
  if (knownAs !== undefined) acronym ??= acronymIn(words, knownAs);
  const core = metonymy(words, head) ?? coreOf(words, head);
  const lastHead = heads[heads.length - 1] ?? head;
  // "police estimates", "the army's own figures": the name is the party's, without its count; a
  // people's adjective alone is no name ("Israeli tallies").
  // ("Unofficial police estimates": the police's, so the adjective before goes too.)
  let nameStart = head.first;
  let nameEnd = lastHead.last;
  if (lastHead === head && nameEnd - head.first > 1 && core.core.length > (core.country === undefined ? 0 : 1) && ESTIMATE_HEADS.has(words.low(nameEnd - 1)) && core.core[core.core.length - 1] !== words.low(nameEnd - 1)) {
    nameEnd--;
    while (nameEnd - head.first > 1 && (words.low(nameEnd - 1) === 'own' || TALLY_ADJECTIVES.has(words.low(nameEnd - 1)))) nameEnd--;
    while (nameEnd - nameStart > 1 && TALLY_ADJECTIVES.has(words.low(nameStart))) nameStart++;
  }
  // "A resistance group based in Sagaing Region's Palal Township": a participle with its preposition
  // ends the name, as it ends the head words.
  if (lastHead === head) {
    for (let k = head.first + 1; k < nameEnd - 1; k++) {
      if (participleBefore(words, k)) {
        nameEnd = k;
        break;
      }
    }
  }
  // The body a role speaks for is named by its head words: "the chairman of a Dorvo inquiry into
  // the clearing of a camp" speaks for the Dorvo inquiry.
  // (But a name or place after the preposition stays: "the provincial governor of Kesh".)
  if (depth > 0 && core.cut !== undefined && core.cut > head.first && core.cut < nameEnd && !words.cap(core.cut + 1)) nameEnd = core.cut;
  let name = textOf(words, { first: nameStart, last: nameEnd });
  // The body first, what it is after: "Workers' Solidarity Committee (the rally's organiser)".
  if (named !== undefined) {
    const gloss = textOf(words, named.descriptor).replace(/['\u2019]s$/, '');
    // A descriptor that opens the sentence keeps no capital: "Organiser the Front" → "(organiser)";
    // but a name does ("Turkey's disaster agency").
    const proper = words.cap(named.descriptor.first + 1) || countryAt(words, named.descriptor.first) !== undefined;
    name = `${name} (${proper ? gloss : gloss.charAt(0).toLowerCase() + gloss.slice(1)})`;
  }
  // A possessive phrase names its owner: "Hefazat's estimate" → Hefazat.
  // A name is written with a plain apostrophe, as people type it when they look it up ("Cameroon's
  // government", however the copy curled it).
  // (Each replacement only where it can apply: this runs for every phrase at a cue.)
  if (/['\u2019s]$/.test(name)) name = name.replace(/['\u2019]s$|(?<=s)['\u2019]$/, '');
  if (/[^\S ]| {2}/.test(name)) name = name.replace(/\s+/g, ' ');
  if (name.includes('\u2019')) name = name.replace(/(?<=\p{L})\u2019(?=\p{L})/gu, "'");
  const single = head.last - head.first === 1 ? words.low(head.first) : undefined;
  const pronoun = single === undefined ? undefined : PRONOUNS.has(single) ? single : POSSESSIVES.get(single);
  const found = depth === 0 ? (behalf === undefined ? roleIn(words, heads) : { role: 'spokesman', org: behalf }) : undefined;
  const read = found?.org === undefined ? undefined : readClaimant(words, found.org, depth + 1);
  // "presidential spokesman Ali Musa": the adjective names the body he speaks for, the Presidency.
  const body = read?.core.length === 1 ? BODY_ADJECTIVES.get(read.core[0] as string) : undefined;
  const org = read === undefined || body === undefined ? read : { ...read, name: body.charAt(0).toUpperCase() + body.slice(1), core: [body], words: [body] };
  const author = depth === 0 ? authorIn(words, heads) : undefined;
  const military = isMilitary(words, head, core.core);
  const appositiveHeads: string[] = [];
  for (const seg of heads.slice(1)) {
    const last = coreOf(words, seg).core;
    const word = last[last.length - 1];
    if (word !== undefined) appositiveHeads.push(word);
  }
  return {
    name: name.length > 120 ? `${name.slice(0, 119)}…` : name,
    ...(person === undefined ? {} : { person }),
    ...(acronym === undefined ? {} : { acronym }),
    core: core.core,
    ...(pronoun === undefined ? {} : { pronoun }),
    definite: core.definite,
    indefinite: core.indefinite,
    statement: core.statement,
    military,
    ...(core.country === undefined ? {} : { country: core.country }),
    anonymous,
    relays,
    words: lowWords,
    ...(found === undefined ? {} : { role: found.role }),
    ...(found !== undefined && found.org === undefined && ['its', 'their'].includes(words.low(head.first)) ? { roleOfLast: true } : {}),
    ...(org === undefined || org.core.length === 0 ? {} : { org }),
    ...(author === undefined ? {} : { author: readClaimant(words, author, depth + 1) }),
    ...(appositiveHeads.length === 0 ? {} : { appositiveHeads }),
  };
}

// "Kyiv has rejected …", "Moscow said": a capital alone speaks for its country's government.
function metonymy(words: Words, head: Span): Core | undefined {
  const city = cityAt(words, head.first);
  if (city === undefined || city.next !== head.last) return undefined;
  return { core: [city.country.toLowerCase()], definite: false, indefinite: false, statement: false, country: city.country };
}

// Nouns that say what kind of body a name that follows is: "the rally's organiser, the Workers'
// Solidarity Committee", "organiser the Civil Human Rights Front", "rights group Amnesty International".
const BODY_DESCRIPTORS = new Set(['organiser', 'organisers', 'organizer', 'organizers', 'group', 'monitor', 'watchdog', 'organisation', 'organization', 'coalition', 'alliance', 'network', 'charity', 'union', 'campaign', 'firm', 'company', 'ngo', 'body', 'agency']);
// "NGO" is a common noun in capitals: "international NGO ActionAid", "a local NGO, the Centre for …".
const commonNoun = (words: Words, k: number): boolean => !words.cap(k) || words.low(k) === 'ngo';

const OPENING_DETERMINERS = new Set(['the', 'a', 'an', 'another', 'one', 'its', 'their']);

// A body named after a lower-case word for what it is, in an appositive or straight after it: the
// name becomes the head and the descriptor its gloss. `replaced` head segments give way to `name`.
function namedBody(words: Words, heads: Span[]): { name: Span; descriptor: Span; replaced: number } | undefined {
  const first = heads[0];
  if (first === undefined) return undefined;
  const capitalisedAt = (k: number): number => (words.low(k) === 'the' ? k + 1 : k);
  // A people's adjective alone describes ("rights group Syrian activists"); one in a name does not ("the Syrian Observatory").
  const isName = (k: number, last: number): boolean => k < last && words.cap(k) && words.isWord(k) && (countryAt(words, k)?.adjective !== true || (k + 1 < last && words.cap(k + 1)));
  const lowerWords = (seg: Span): boolean => {
    // ("Another group, the …": a determiner that opens the sentence has a capital of its own.)
    for (let k = seg.first; k < seg.last; k++) if (words.isWord(k) && !commonNoun(words, k) && !(k === seg.first && OPENING_DETERMINERS.has(words.low(k)))) return false;
    return true;
  };
  const last = first.last - 1;
  const second = heads[1];
  if (second !== undefined && BODY_DESCRIPTORS.has(words.low(last)) && lowerWords(first) && isName(capitalisedAt(second.first), second.last)) {
    return { name: second, descriptor: first, replaced: 2 };
  }
  for (let k = first.first + 1; k < first.last; k++) {
    // "a count by the independent firm Occurrence" names its author, which is read as one.
    if (PREPOSITIONS.has(words.low(k - 1))) return undefined;
    if (!BODY_DESCRIPTORS.has(words.low(k - 1)) || (!commonNoun(words, k - 1) && k - 1 > first.first)) continue;
    // "RAI state TV and the Italian news agency ANSA": two bodies, not one described.
    if (words.text.slice(words.start(first.first), words.end(k - 1)).includes(' and ')) return undefined;
    const at = capitalisedAt(k);
    if (isName(at, first.last)) return { name: { first: k, last: first.last }, descriptor: { first: first.first, last: k }, replaced: 1 };
  }
  return undefined;
}

// A role a person speaks in, and the body it names: before the role ("Pakistani Taliban spokesman",
// "army spokesman"), after it ("a spokesman for the Interior Ministry", "an official at Ukraine's
// interior ministry", "the media wing of the Pakistan Army"), or in an appositive ("Brig. Gen. Ahmed
// al-Assiri, spokesman of the Saudi-led coalition").
function roleIn(words: Words, heads: readonly Span[]): { role: string; org: Span | undefined } | undefined {
  for (const seg of heads) {
    for (let k = seg.first; k < seg.last; k++) {
      const low = words.low(k);
      if (!SPEAKER_ROLES.has(low) || !words.isWord(k)) continue;
      // "the visit of President George Bush": a leader's title before a name is no role of the speaker's.
      if (LEADER_ROLES.has(low) && words.cap(k) && words.cap(k + 1)) continue;
      // "the state Police Public Relations Officer": the officer who speaks for the body before.
      const relations = low === 'officer' && (words.low(k - 1) === 'relations' || words.low(k - 1) === 'relation') && words.low(k - 2) === 'public';
      const role = low === 'wing' ? `${words.low(k - 1)} wing` : relations ? 'public relations officer' : low;
      const link = words.low(k + 1);
      // "army spokesman for northern Kenya": a body named before the role, and a region after "for".
      const region = ['northern', 'southern', 'eastern', 'western', 'central'].includes(words.low(k + 2)) || countryAt(words, k + 2) !== undefined;
      const bodyBefore = k > seg.first && (MILITARY_WORDS.has(words.low(k - 1)) || ORG_WORDS.has(words.low(k - 1)));
      // "al Shabaab's spokesman for military operations": the possessor is the body, "for" his brief;
      // so is "the Health Ministry's general director of communications", "of" a lower-case unit.
      let owner = k - 1;
      while (owner > seg.first && k - owner < 3 && !words.poss(owner) && words.isWord(owner) && !words.cap(owner)) owner--;
      const possessor = owner >= seg.first && words.poss(owner) && countryAt(words, owner) === undefined;
      const brief = link === 'for' || (link === 'of' && !words.cap(k + 2) && !words.upper(k + 2));
      if ((link === 'for' || link === 'of' || link === 'at' || link === 'with') && k + 2 < seg.last && !(region && bodyBefore) && !(possessor && brief)) {
        let first = k + 2;
        let last = first;
        // "and" between capitals is inside a name: "the Media and Public Relations Department".
        const nameAnd = (n: number): boolean => words.cap(n - 1) && words.cap(n + 1);
        while (last < seg.last && (words.low(last) !== 'and' || nameAnd(last)) && !RELATIVE_PRONOUNS.has(words.low(last)) && words.low(last) !== 'in') last++;
        while (first < last && SKIPPED_MODIFIERS.has(words.low(first))) first++;
        // "the non-governmental Public Gatherings Archive": what the body is, in lower case, is no
        // part of its name.
        let named = first;
        while (named < last && !words.cap(named) && words.low(named) !== 'of') named++;
        if (named < last && named > first && words.cap(named)) first = named;
        // "the … Public Relations Department Ashot Aharonyan": the body ends before its officer's name.
        const officer = officerAfterBody(words, first + 1, last);
        if (officer >= 0) last = officer;
        return { role, org: last > first ? { first, last } : undefined };
      }
      // The words before the role, past determiners and ranks: "Pakistani Taliban spokesman".
      let first = seg.first;
      while (first < k && (SKIPPED_MODIFIERS.has(words.low(first)) || RANKS.has(words.low(first)))) first++;
      let last = k;
      if (role.endsWith(' wing')) last = k - 1;
      if (relations) last = k - 2;
      // "the group's military operations spokesman": the possessor is the body, what follows a part
      // of it; but "Pakistan's army spokesman" speaks for the country's army.
      for (let n = first; n < last - 1; n++) {
        if (words.poss(n) && countryAt(words, n) === undefined) {
          last = n + 1;
          // "the group's": a definite body, found again as "the group".
          if (first > seg.first && words.low(first - 1) === 'the') first--;
          break;
        }
      }
      let org = false;
      // ("a rebel spokesman, Ali Musa,": the rebels', as "a Taliban spokesman" is the Taliban's.)
      for (let n = first; n < last; n++) if (ORG_WORDS.has(words.low(n)) || MILITARY_WORDS.has(words.low(n)) || ARMED_WORDS.has(words.low(n)) || BODY_ADJECTIVES.has(words.low(n)) || words.upper(n) || (words.cap(n) && countryAt(words, n) === undefined)) org = true;
      return { role, org: org && last > first ? { first, last } : undefined };
    }
  }
  return rankOf(words, heads[0]);
}

// "Brig-Gen Tar Phone Kyaw of the Ta'ang National Liberation Army": an officer named with his rank
// speaks for the force he is of, as a spokesman does; the rank is his role.
function rankOf(words: Words, seg: Span | undefined): { role: string; org: Span } | undefined {
  if (seg === undefined) return undefined;
  let rank = -1;
  for (let k = seg.first; k < seg.last; k++) {
    const low = words.low(k);
    if (MILITARY_RANKS.has(low) && words.cap(k) && !CIVIL_BEFORE_RANKS.has(words.low(k - 1))) rank = k;
    if (low !== 'of' || rank < 0 || !words.cap(k - 1) || !words.cap(k + 1 + (words.low(k + 1) === 'the' ? 1 : 0))) continue;
    const first = words.low(k + 1) === 'the' ? k + 2 : k + 1;
    let last = first;
    while (last < seg.last && (words.cap(last) || words.low(last) === 'of' || words.low(last) === "'") && last - first < 8) last++;
    while (last > first && !words.cap(last - 1)) last--;
    const head = words.low(last - 1);
    if (!(MILITARY_WORDS.has(head) || ORG_WORDS.has(head))) return undefined;
    // "Brig-Gen": a rank written with another before it is one role.
    const joined = words.low(rank - 1) === '-' && MILITARY_RANKS.has(words.low(rank - 2));
    return { role: joined ? `${words.low(rank - 2)}-${words.low(rank)}` : words.low(rank), org: { first, last } };
  }
  return undefined;
}

// The token after a time of at most four words from k ("Tuesday evening", "late on Friday"), or k.
function pastTime(words: Words, k: number, last: number): number {
  let n = k;
  // "on the night": an article before a word of time.
  while (n < last && n - k < 4 && (WEEKDAYS.has(words.low(n)) || WHEN_WORDS.has(words.low(n)) || (words.low(n) === 'the' && WHEN_WORDS.has(words.low(n + 1))))) n++;
  return n;
}

const GETTING = new Set(['received', 'obtained', 'collected', 'gathered', 'sourced']);

// Who "officially" names.
const OFFICIALS: ClaimantPhrase = { name: 'officials', core: ['officials'], definite: false, indefinite: false, statement: false, military: false, anonymous: false, relays: [], words: ['officials'] };

// "A debriefing document prepared by the Greater London Authority": who wrote it.
function authorIn(words: Words, heads: readonly Span[]): Span | undefined {
  for (const seg of heads) {
    // "estimates from march organizers", "figures by the ministry": the party that counted.
    let e = seg.first;
    while (e < seg.last - 2 && (SKIPPED_MODIFIERS.has(words.low(e)) || (WORK_AGES.has(words.low(e)) && !words.cap(e)))) e++;
    // "an official security report": a lower-case word or two before the work's noun.
    const isWork = (k: number): boolean => WORK_NOUNS.has(words.low(k)) || ESTIMATE_HEADS.has(words.low(k)) || DOCUMENT_NOUNS.has(words.low(k));
    for (let n = 0; n < 2 && !isWork(e) && e < seg.last - 3 && words.isWord(e) && !words.cap(e); n++) e++;
    // "a statement by the coalition", "a statement from the army": the party that issued it.
    // "a report by the army": a work the party made ("reports from the region" name no author).
    // "a previous report on Thursday from security and local sources": a time between, and "from"
    // before a party that tells ("sources", "officials") or a body ("the disaster agency"), not a place.
    // "numbers received from the health centre": a participle of getting between the count and "from".
    // "a report from the army in the region": after "from" at `by`, a party that tells or a body ends
    // where a place after it begins (its end, or -1 when the words name no such party).
    const partyEnd = (from: number): number => {
      let end = from + 1;
      while (end < seg.last && !(words.low(end) === 'in' || words.low(end) === 'at')) end++;
      return TELLERS.has(words.low(end - 1)) || ORG_WORDS.has(words.low(end - 1)) ? end : -1;
    };
    // "the latest casualty count supplied by officials": a count handed out by them ("Police,
    // supplied by the army with armoured cars," are no count).
    const handed = (GETTING.has(words.low(e + 1)) && words.low(e + 2) === 'from') || (words.low(e + 1) === 'supplied' && words.low(e + 2) === 'by');
    const by = pastTime(words, handed ? e + 2 : e + 1, seg.last);
    const end = partyEnd(by);
    const from = words.low(by) === 'from' && end > 0;
    // "estimates on the night from the municipality": a time between the count and its party.
    if ((ESTIMATE_HEADS.has(words.low(e)) || DOCUMENT_NOUNS.has(words.low(e))) && (words.low(by) === 'from' || words.low(by) === 'by') || (WORK_NOUNS.has(words.low(e)) && (words.low(by) === 'by' || from))) {
      let first = by + 1;
      while (first < seg.last && SKIPPED_MODIFIERS.has(words.low(first))) first++;
      if (first < seg.last) return { first, last: from ? end : seg.last };
    }
    // (", given by the government,": an aside may open with its participle.)
    for (let k = seg.first; k < seg.last - 1; k++) {
      if (!AUTHORING.has(words.low(k))) continue;
      // "a report released Thursday by state media", "published on Tuesday evening by the army": a
      // time between the participle and "by".
      // "a count carried out by the union".
      let by = pastTime(words, words.low(k + 1) === 'out' ? k + 2 : k + 1, seg.last);
      // "information provided to Amnesty International by residents": the party it was given to tells it.
      if (words.low(k + 1) === 'to' && RECEIVED.has(words.low(k))) {
        let first = k + 2;
        while (first < seg.last && SKIPPED_MODIFIERS.has(words.low(first))) first++;
        let last = first;
        while (last < seg.last && words.low(last) !== 'by') last++;
        if (last > first && !(PASSERS_ON.has(words.low(last - 1)) && last < seg.last)) return { first, last };
        if (last >= seg.last) return undefined;
        // ("figures given to reporters by the health ministry": the one who gave them.)
        by = last;
      }
      if (words.low(by) === 'by') {
        let first = by + 1;
        while (first < seg.last && SKIPPED_MODIFIERS.has(words.low(first))) first++;
        return first < seg.last ? { first, last: seg.last } : undefined;
      }
      // "a toll compiled from medical sources (in Kesh)": those it was drawn from, when they tell.
      const drawn = words.low(by) === 'from' ? partyEnd(by) : -1;
      if (drawn > by + 1) return { first: by + 1, last: drawn };
    }
  }
  return undefined;
}

// The state's military: "Pakistan's army", "Israeli forces", "the armed forces" — not a named
// force ("Baloch Liberation Army", "Tigray forces", "the separatist forces").
function isMilitary(words: Words, head: Span, core: readonly string[]): boolean {
  const at = core.findIndex((w) => MILITARY_WORDS.has(w));
  if (at < 0 || core.includes('security')) return false;
  for (let k = head.first; k < head.last; k++) {
    const low = words.low(k);
    if (!MILITARY_WORDS.has(low)) continue;
    // The words right before: only a country, "armed", "government", "federal" and the like keep it the state's.
    let n = k - 1;
    while (n >= head.first && (words.isWord(n) || words.low(n) === '-')) {
      const word = words.low(n);
      // ("the Uganda People's Defence Forces": the people's force of a country named before it is that state's.)
      if (countryAt(words, n) !== undefined || STATE_FORCE_WORDS.has(word) || SKIPPED_MODIFIERS.has(word) || (word === 'people' && words.poss(n) && countryAt(words, n - 1) !== undefined)) {
        n--;
        continue;
      }
      if (words.poss(n) && countryAt(words, n) !== undefined) break;
      return false;
    }
    return true;
  }
  return true;
}
