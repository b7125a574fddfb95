import { parseFigure } from '../../figures/parseFigure.js';
import { pointsToWork, type SourceBook } from './createSourceBook.js';
import { findAnonymity, markAnonymity } from './markAnonymity.js';
import { CLOSING } from './findCues.js';
import { readClaimant } from './readClaimant.js';
import { WEEKDAY_NAMES } from '../../internal/calendarWords.js';
import { CONJUNCTIONS, CUE_WORDS, HAVE_FORMS, IRREGULAR_PAST, SUBORDINATORS } from '../lexicon/cues.js';
import { ATTACK_VERBS, DOCUMENT_NOUNS, MEDIA_WORDS, NAME_SMALL_WORDS, OCCASIONS, PERSON_NOUNS, ROLE_NOUNS, SPOKESMAN_ROLES, TITLES, WORK_NOUNS } from '../lexicon/sources.js';
import type { Cue, Sentence, Span, Speaker, Words } from '../types.js';

const OWNERS = new Set(['its', 'their']);
// Whether a conjunction opens the cue's own clause ("…, while his office says"): what follows it is
// not what the speaker before said.
const ownClause = (words: Words, cue: Cue): boolean => cue.phrase !== undefined && CONJUNCTIONS.has(words.low(cue.phrase.first - 1));
// A person's words for the body they speak for: "Ali Musa said his group has recorded …".
const PERSONAL_OWNERS = new Set(['his', 'her']);
const OWN_BODIES = new Set(['group', 'organisation', 'organization', 'office', 'ministry', 'team', 'teams', 'party', 'agency', 'department', 'committee', 'union', 'staff', 'service', 'unit', 'association', 'movement']);

// "an on-the-ground investigation", "a new study", "initial field reports": lower-case words that end
// in a work's noun.
function unnamedWork(words: Words, phrase: Span): boolean {
  if (!WORK_NOUNS.has(words.low(phrase.last - 1))) return false;
  for (let k = phrase.first; k < phrase.last - 1; k++) if (words.cap(k) || MEDIA_WORDS.has(words.low(k))) return false;
  if (words.cap(phrase.last - 1)) return false;
  return true;
}
// Lower-case words inside a body's name: "Front for Renewal", "Movement of the Faithful".
const NAME_JOINERS = new Set([...NAME_SMALL_WORDS, '-', 'al']);
// Common nouns for what a named body is, after its name: "the al Shabaab group".
const GROUP_HEADS = new Set(['group', 'movement', 'militia', 'faction', 'network', 'organisation', 'organization', 'alliance']);

// A body of two or more capitalised words (or an acronym) that opens the sentence and does not speak
// there, with its verb: "The Front for Renewal ambushed a convoy".
function openingBody(words: Words, sentence: Sentence): { span: Span; verb: string; fighters: boolean } | undefined {
  let k = sentence.first;
  if (words.low(k) === 'the') k++;
  const first = k;
  let named = sentence.first;
  let capitals = 0;
  while (k < sentence.last && k - first < 8) {
    if (words.cap(k) || (NAME_JOINERS.has(words.low(k)) && words.cap(k + 1) && k > first)) {
      if (words.cap(k)) capitals++;
      k++;
    } else if (k > first && words.low(k) === '-' && !words.spaced(k) && !words.spaced(k + 1) && words.low(k + 1).endsWith('ed')) {
      // "Al Qaeda-linked al Shabaab group": a participle glued to a name describes the body after it,
      // which alone is named.
      k += 2;
      named = k;
      capitals = 0;
    } else {
      break;
    }
  }
  // "… al Shabaab group claimed": a common noun for what the body is ends its name, and makes one
  // capitalised word a name.
  const head = GROUP_HEADS.has(words.low(k)) && words.isWord(k);
  if (capitals < 2 && !(capitals === 1 && (words.upper(named === sentence.first ? first : named) || head))) return undefined;
  if (head) k++;
  // "Al-Shabaab fighters stormed …": the group's fighters act for it.
  const fighters = FIGHTERS.has(words.low(k));
  let v = fighters ? k + 1 : k;
  if (HAVE_FORMS.has(words.low(v))) v++;
  const low = words.low(v);
  // A body that speaks ("Human Rights Watch said") is one too: "the group" may follow it.
  if (!words.isWord(v) || words.cap(v) || !(low.endsWith('ed') || IRREGULAR_PAST.has(low) || low === 'said' || low === 'says' || low === 'told')) return undefined;
  return { span: { first: named, last: k }, verb: fighters ? 'attacked' : low, fighters };
}
// How many words (an auxiliary, an adverb) may stand between a pronoun and its verb of saying.
const DETACHED_REACH = 2;

// Where "in a statement" (or another document) first stands in the sentence, or Infinity.
function inStatementAt(words: Words, sentence: Sentence): number {
  for (let k = sentence.first; k + 2 < sentence.last; k++) if (words.low(k) === 'in' && words.low(k + 1) === 'a' && DOCUMENT_NOUNS.has(words.low(k + 2))) return k;
  return Number.POSITIVE_INFINITY;
}
const FIGHTERS = new Set(['fighters', 'militants', 'men', 'gunmen', 'rebels', 'cadres', 'mujahideen', 'members']);

// Plural nouns for people who may be "they" in the next sentence: "Witnesses described chaos at the
// market. At least 14 people were killed, they said."
const GROUP_OPENERS = new Set([
  'witnesses', 'residents', 'rescuers', 'villagers', 'activists', 'officials', 'doctors', 'medics', 'paramedics', 'police',
  'soldiers', 'troops', 'rebels', 'militants', 'insurgents', 'protesters', 'demonstrators', 'organisers', 'organizers',
  'authorities', 'survivors', 'relatives', 'investigators', 'firefighters', 'monitors', 'lawyers', 'journalists',
]);

// The people who open the sentence, by a head word of `heads` with at most two words before it
// (after an article), before a verb in the past that is no verb of saying: "Rescuers worked through
// the night", "The governor visited the scene". Not when the verb says what befell them ("Soldiers
// died in the ambush", "Villagers killed in the raid were buried", "The commander died"), nor when
// the sentence names other people after it whom a pronoun may mean instead ("Rescuers reached the
// stranded miners", "The governor comforted Mira Dahl"). The head's token, or -1.
function openingPeople(words: Words, sentence: Sentence, heads: ReadonlySet<string>): number {
  let k = sentence.first;
  if (ARTICLES_AT_START.has(words.low(k))) k++;
  const first = k;
  while (k < sentence.last && k - first < 2 && words.isWord(k) && !heads.has(words.low(k))) k++;
  if (!heads.has(words.low(k)) || !words.isWord(k)) return -1;
  const v = HAVE_FORMS.has(words.low(k + 1)) ? k + 2 : k + 1;
  const verb = words.low(v);
  if (!(verb.endsWith('ed') || IRREGULAR_PAST.has(verb)) || CUE_WORDS.has(verb) || BEFALLING.has(verb) || namesOthers(words, v, sentence)) return -1;
  return k;
}
const ARTICLES_AT_START = new Set(['the', 'a', 'an']);

// A group by a plural noun for people that opens a sentence of the body ("Local residents fled"),
// for "they" in the next: not a count of them ("Four soldiers died", "A dozen soldiers", "No soldiers").
function openingGroup(words: Words, sentence: Sentence): Span | undefined {
  const k = sentence.role === 'body' ? openingPeople(words, sentence, GROUP_OPENERS) : -1;
  if (k < 0 || parseFigure(words.text.slice(words.start(sentence.first), words.end(k))) !== null) return undefined;
  return { first: sentence.first, last: k + 1 };
}

// Whether a sentence names people after its verb at v whom a pronoun in the next may mean instead:
// a plural noun for people, a role, a person's noun or a name of two capitalised words.
function namesOthers(words: Words, v: number, sentence: Sentence): boolean {
  for (let n = v + 1; n < sentence.last; n++) {
    const low = words.low(n);
    if (OTHER_PEOPLE.has(low) || GROUP_OPENERS.has(low) || ROLE_NOUNS.has(low) || PERSON_NOUNS.has(low)) return true;
    if (words.isWord(n) && words.cap(n) && words.isWord(n + 1) && words.cap(n + 1)) return true;
  }
  return false;
}
// Verbs of what befalls people, after which the group is the counted, not a speaker.
const BEFALLING = new Set([
  'died', 'killed', 'wounded', 'injured', 'hurt', 'arrested', 'detained', 'abducted', 'kidnapped', 'drowned', 'perished', 'shot',
  'captured', 'freed', 'released', 'rescued', 'evacuated', 'trapped', 'buried', 'massacred', 'slaughtered', 'murdered', 'executed',
  'beheaded', 'lynched', 'stabbed', 'assassinated', 'hospitalised', 'hospitalized', 'sacked', 'fired', 'suspended', 'dismissed',
]);
// Plural nouns for other people a sentence may name, whom "they" may mean instead.
const OTHER_PEOPLE = new Set([
  'gunmen', 'attackers', 'commanders', 'fighters', 'miners', 'hostages', 'captives', 'prisoners', 'detainees', 'survivors',
  'passengers', 'students', 'workers', 'children', 'women', 'men', 'people', 'civilians', 'families', 'pilgrims', 'migrants',
  'refugees', 'victims', 'patients', 'suspects', 'colleagues', 'crew', 'guards', 'leaders', 'members', 'drivers', 'fishermen',
  'farmers', 'elders', 'boy', 'girl', 'man', 'woman', 'child', 'son', 'daughter', 'mother', 'father', 'widow',
]);

// A person's name, with the body and role before it, that opens the sentence before a verb of its
// own: "UNHCR spokesperson Filippo Ungaro expressed …", "Police chief Jon Abel visited …".
function openingPerson(words: Words, sentence: Sentence): Span | undefined {
  let k = sentence.first;
  let capitals = 0;
  while (k < sentence.last && k - sentence.first < 8 && (words.cap(k) || (words.isWord(k) && (SPOKESMAN_ROLES.has(words.low(k)) || TITLES.has(words.low(k)))))) {
    if (words.cap(k)) capitals++;
    k++;
  }
  const verb = words.low(k);
  if (capitals < 2 || !words.isWord(k) || !verb.endsWith('ed') || CUE_WORDS.has(verb)) return undefined;
  // ("… praised local doctor Ali Musa": another person named after the verb may be whom "he" means.)
  for (let n = k + 1; n < sentence.last; n++) if (words.cap(n) && words.cap(n + 1) && words.isWord(n) && words.isWord(n + 1)) return undefined;
  return { first: sentence.first, last: k };
}

// One person by a role who opens a sentence ("The governor visited the scene", "A local doctor
// described"), for "he" or "she" in the next: not a role of someone's ("The governor's convoy").
function openingRole(words: Words, sentence: Sentence): Span | undefined {
  const k = openingPeople(words, sentence, ROLE_NOUNS);
  return k < 0 || words.poss(k) ? undefined : { first: sentence.first, last: k + 1 };
}

// What a body puts out, and the verbs that end its subject before it: "The ministry issued a
// statement in which it said …", "The group held a news conference where they said …".
const OUTPUTS = new Set([...DOCUMENT_NOUNS, ...WORK_NOUNS, ...OCCASIONS, 'analyses', 'figures', 'letter']);
const SUBJECT_ENDS = new Set(['held', 'gave', 'put', 'sent', 'made', 'wrote', 'has', 'have', 'had', 'was', 'is', 'were', 'are']);
const IN_WHICH = new Set(['in', 'during', 'at']);

// The sentence's subject, when the pronoun at token p opens a clause on what that subject put out,
// a relative clause after its object ("Associations organised a gathering that they believe
// 400,000 attended"), or what it said with a verb that found no speaker of its own ("The coastguard
// had helped to rescue 144, but said it believed …").
function subjectOfOutput(words: Words, sentence: Sentence, p: number, cueAt: (k: number) => boolean): Span | undefined {
  let k = p - 1;
  const said = SAID.has(words.low(k)) && !cueAt(k);
  if (said) k++;
  else if (words.low(k) === 'which' && IN_WHICH.has(words.low(k - 1))) k--;
  else if (words.low(k) !== 'where' && words.low(k) !== 'that') return undefined;
  if (!said && words.low(k) !== 'that' && words.low(k) !== 'where' && !OUTPUTS.has(words.low(k - 1))) return undefined;
  // Past a fronted time and its comma ("The day before, more than a hundred associations …"), and
  // past the count of the subject itself.
  let first = sentence.first;
  for (let c = first; c < first + 6 && c < k; c++) if (words.low(c) === ',' && FRONTED_TIMES.has(words.low(c - 1))) first = c + 1;
  // Past a fronted clause: "As an air and sea search continued, survivors were brought …".
  if (SUBORDINATORS.has(words.low(first))) {
    let c = first + 1;
    while (c < k && words.low(c) !== ',') c++;
    if (c >= k) return undefined;
    first = c + 1;
  }
  for (let v = first + 1; v < k - 1 && v - first <= 8; v++) {
    if (!words.isWord(v)) return undefined;
    const low = words.low(v);
    if (words.cap(v) || MAGNITUDES.has(low) || !(low.endsWith('ed') || SUBJECT_ENDS.has(low))) continue;
    // "briefed the media that they …": what follows a cue verb is what was said, not a clause on its object.
    if (CUE_WORDS.has(low) && words.low(p - 1) === 'that') return undefined;
    for (let c = first; c < v - 1; c++) if (words.isNum(c) || MAGNITUDES.has(words.low(c))) first = c + 1;
    return { first, last: v };
  }
  return undefined;
}
const SAID = new Set(['said', 'says', 'added']);
const FRONTED_TIMES = new Set(['before', 'earlier', 'later', 'yesterday', 'today', 'previously', 'meanwhile', 'afterwards', ...WEEKDAY_NAMES]);
const MAGNITUDES = new Set(['hundred', 'hundreds', 'thousand', 'thousands', 'dozen', 'dozens', 'million', 'millions']);

// Verbs that put out a work, and how far after the body its noun may stand: "released a new report".
const PUBLISHING = new Set(['released', 'published', 'issued', 'presented', 'unveiled', 'launched']);
const WORK_REACH = 6;
function workAfter(words: Words, sentence: Sentence, from: number): boolean {
  for (let k = from; k < sentence.last && k - from <= WORK_REACH; k++) if (WORK_NOUNS.has(words.low(k))) return true;
  return false;
}

// Verbs of a public announcement: "the statement" afterwards is the announcer's.
const ANNOUNCING = new Set(['announced', 'announces', 'announce']);

// Whether a speaker phrase holds a first-person possessive after its first word: "the files in our
// office" (not "Our correspondent", "our sources", "the Our Homeland party").
function speaksOwn(words: Words, phrase: Span): boolean {
  for (let k = phrase.first + 1; k < phrase.last; k++) if ((words.low(k) === 'our' || words.low(k) === 'my') && !words.cap(k)) return true;
  return false;
}

/**
 * Who speaks at each cue of each sentence, in reading order, so that "he", "the group" and "the
 * statement" find the source named before them. "Adding" and "dismissing" speak for the cue before
 * them. Registers every source in the book, with its anonymity and kind as the text shows them.
 */
export function findSpeakers(words: Words, sentences: readonly Sentence[], cues: readonly (readonly Cue[])[], book: SourceBook): Speaker[][] {
  // The speakers of the sentence before, for a participle that goes on after a quotation of two sentences.
  let before: Speaker[] = [];
  return sentences.map((sentence, si) => {
    const here = cues[si] ?? [];
    const speakers: Speaker[] = [];
    const anonymity = findAnonymity(words, sentence, here);
    const inStatement = inStatementAt(words, sentence);
    here.forEach((cue, k) => {
      const own = cue.phrase === undefined ? undefined : readClaimant(words, cue.phrase);
      const subject = own?.pronoun !== undefined && cue.phrase !== undefined ? subjectOfOutput(words, sentence, cue.phrase.first, (at) => here.some((c) => c.at === at)) : undefined;
      const named = subject === undefined ? own : readClaimant(words, subject);
      // ("It has tracked the group since 2005 and counted 11 dead": words of its own before the verb.)
      const read = named?.pronoun !== undefined && cue.phrase !== undefined && cue.at - cue.phrase.last > DETACHED_REACH ? { ...named, detached: true } : named;
      const phrase = read !== undefined && k === anonymity.cue && !read.anonymous ? { ...read, anonymous: true } : read;
      // "The Red Cross said its teams had recovered 46 bodies": whose teams, the speaker whose words hold them.
      const outer = here[k - 1];
      // "Amnesty has said that an on-the-ground investigation confirms …": a work no one is named for,
      // inside what a speaker says, is the speaker's.
      // But "X confirmed two deaths but unconfirmed reports put the figure at 12": a clause of its
      // own after a conjunction is not what X said.
      const owned =
        cue.phrase !== undefined &&
        (OWNERS.has(words.low(cue.phrase.first)) ||
          (PERSONAL_OWNERS.has(words.low(cue.phrase.first)) && OWN_BODIES.has(words.low(cue.phrase.last - 1)) && !ownClause(words, cue)) ||
          (unnamedWork(words, cue.phrase) && !ownClause(words, cue)));
      const owner = owned && outer !== undefined && outer.leading && outer.scope.first <= cue.at && cue.at < outer.scope.last ? speakers[k - 1]?.source : undefined;
      // 'X said, "… . …," adding that …': a participle that opens its sentence after a quotation goes on
      // for whoever introduced the quotation in the sentence before.
      const quoted = k === 0 && cue.participle && phrase === undefined && CLOSING.has(words.low(cue.at - 1)) ? before.at(-1)?.source : undefined;
      // ("'The files in our office show …,' the body said": the speaker's own words, no source of their own.)
      const ours = cue.phrase !== undefined && speaksOwn(words, cue.phrase);
      // ("According to the report," with no work told before is the article's.)
      const orphan = words.low(cue.at) === 'according' && phrase !== undefined && pointsToWork(phrase) && !book.knowsWork();
      const source = owner ?? (phrase === undefined ? (speakers[k - 1]?.source ?? quoted) : ours || orphan ? undefined : book.resolve(phrase, si));
      const via: string[] = [];
      for (const span of [...(phrase?.relays ?? []), ...cue.relays]) {
        const id = book.relay(readClaimant(words, span));
        if (id !== undefined && id !== source) via.push(id);
      }
      speakers.push({ source, via: via.length === 0 && phrase === undefined ? [...(speakers[k - 1]?.via ?? [])] : via, ...(orphan ? { unowned: true } : {}) });
      if (source !== undefined && cue.anonymous) book.markAnonymous(source);
      // "… claimed responsibility in a statement, saying …": the speaker's statement, as "X said in a
      // statement" is.
      // So is an announcement: "The army announced that 9 soldiers died … said the statement".
      if (source !== undefined && (cue.statement || inStatement + 2 < cue.at || ANNOUNCING.has(words.low(cue.at)))) book.issuedStatement(source);
      if (source !== undefined && ['its', 'their'].includes(words.low(cue.content)) && FIGHTERS.has(words.low(cue.content + 1))) book.setKind(source, 'armed-group');
    });
    markAnonymity(words, sentence, si, anonymity, speakers.map((s) => s.source), book);
    const person = here.length === 0 ? openingPerson(words, sentence) : undefined;
    if (person !== undefined) {
      const phrase = readClaimant(words, person);
      if (phrase.person !== undefined) book.mentionPerson(phrase, si);
    }
    // ("The governor visited the scene. Speaking to reporters, he said …": a person by a role.)
    const role = here.length === 0 && person === undefined ? openingRole(words, sentence) : undefined;
    if (role !== undefined) book.mentionPerson(readClaimant(words, role), si);
    const body = openingBody(words, sentence);
    // (A group named by a common noun, when it does not speak in the sentence.)
    const group = body === undefined && here.length === 0 ? openingGroup(words, sentence) : undefined;
    if (group !== undefined) book.mentionGroup(readClaimant(words, group), si);
    if (body !== undefined) {
      const phrase = readClaimant(words, body.span);
      // Two capitalised words read as a person unless fighters follow them ("Al-Shabaab fighters").
      // Whether the sentence's only speakers trail it (", SITE reported"), reporting what the body did.
      const reported = here.length > 0 && here.every((cue) => !cue.leading);
      if ((phrase.person === undefined || body.fighters) && phrase.pronoun === undefined && !phrase.military) book.mention(phrase, si, ATTACK_VERBS.has(body.verb), reported);
      // "The Kesh Relief Agency released a report on Monday. According to the report, …"
      if (PUBLISHING.has(body.verb) && here.length === 0 && workAfter(words, sentence, body.span.last)) book.publishedWork(phrase, si);
    }
    before = speakers;
    return speakers;
  });
}
