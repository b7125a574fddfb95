import type { Source, SourceKind } from '../../claims/schemas.js';
import { singular } from '../../vocabulary/singular.js';
import type { Vocabulary } from '../../vocabulary/types.js';
import { COUNTRY_NAMES } from '../lexicon/places.js';
import { CIVIL_BEFORE_RANKS, MEDIA_WORDS, MILITARY_RANKS, NOT_RELAYS, OFFICES, PERSON_NOUNS, ROLE_NOUNS, SPOKESMAN_ROLES, TITLES, WORK_NOUNS } from '../lexicon/sources.js';
import { initials, nameParts } from './initials.js';
import { slug } from './slug.js';
import { sourceKind } from './sourceKind.js';
import type { ClaimantPhrase } from '../types.js';

/** The sources of one article, with what later phrases ("he", "the group", "Arshad") refer back to. */
export interface SourceBook {
  /** The source id a claimant phrase names, registering it; undefined when it names nothing known. */
  resolve(phrase: ClaimantPhrase, sentence: number): string | undefined;
  /** The source id of an outlet that carried the words ("CNN", "a local radio station"), if the phrase names one. */
  relay(phrase: ClaimantPhrase): string | undefined;
  /** Registers the publishing outlet. */
  outlet(name: string): string | undefined;
  /** Sets the kind of a source when the text shows it ("the BLF said its fighters …"). */
  setKind(id: string, kind: SourceKind): void;
  /** Records that a source issued a statement, which a later "the statement" refers to. */
  issuedStatement(id: string): void;
  /**
   * Notes a body that put out a work in a sentence where it does not speak ("The Kesh Relief Agency
   * released a report on Monday"): whose a later "the report" is.
   */
  publishedWork(phrase: ClaimantPhrase, sentence: number): void;
  /** Whether "the report" has an author told before: one that issued a work or a statement. */
  knowsWork(): boolean;
  /** Marks a source as speaking without its name. */
  markAnonymous(id: string): void;
  /**
   * Notes a body a sentence opens with that does not speak there ("The Front for Renewal ambushed
   * a convoy"), which a later "the group" refers to; `armed` when what it did was an attack;
   * `reported` when the sentence's only speakers trail it, reporting what the body did.
   */
  mention(phrase: ClaimantPhrase, sentence: number, armed: boolean, reported?: boolean): void;
  /** A person who opens a sentence without speaking there: whom "he" or "she" in the next one means. */
  mentionPerson(phrase: ClaimantPhrase, sentence: number): void;
  /** A group of people by a common noun that opens a sentence without speaking ("Witnesses described …"): "they" in the next. */
  mentionGroup(phrase: ClaimantPhrase, sentence: number): void;
  /** Sources named in the last `window` sentences up to `sentence` whose phrase ends in `head`. */
  recent(sentence: number, window: number, head: string): string[];
  /** The country a source's phrase named ("Pakistan's army" → Pakistan). */
  countryOf(id: string): string | undefined;
  /** Every source registered, in order of first mention. */
  readonly sources: ReadonlyMap<string, Source>;
}

const ARMED_HEADS = new Set(['group', 'militants', 'rebels', 'insurgents', 'outfit', 'movement', 'organisation', 'organization', 'insurgency']);
// Heads that name one institution of an article however they are written: "police", "the police",
// "Nepal police" are one source, as are "the army" and "the military".
// Heads of a police force's own name: "Police Command", "Police Service".
const POLICE_BODIES = new Set(['command', 'service', 'force', 'department', 'headquarters']);
const INSTITUTIONS = new Set(['police', 'government', 'authorities', 'organisers', 'organizers', 'ministry', 'hospital', 'committee', 'coalition', 'agency', 'secretariat', 'department', 'council', 'commission', 'office', 'command', 'organiser', 'organizer', 'authority', 'administration']);
// Heads that say what kind of body a name is, not which: "the People's Vote campaign" is "People's Vote".
// Words for a body of any kind, which name the body that spoke last when its name says it is a group of people.
const BODY_WORDS = new Set(['agency', 'body', 'commission', 'institution']);
const KIND_HEADS = new Set(['campaign', 'group', 'movement', 'organisation', 'organization', 'outfit', 'network', 'ngo']);
const ORGANIZATION_HEADS = new Set(['organisation', 'organization', 'ngo']);
// Words that describe a non-governmental body: "the human rights group", "the aid organisation".
const NGO_DESCRIPTORS = new Set(['human', 'rights', 'aid', 'humanitarian', 'monitoring', 'advocacy', 'relief', 'charity', 'medical']);
// Words in a body's name that make it a group of people: "Sudan Doctors Network", "Medics Union".
// A rights group's name says so too: "Human Rights Watch", "… Rights Activists News Agency".
const GROUP_NAMES = new Set(['group', 'network', 'union', 'coalition', 'alliance', 'association', 'movement', 'organisation', 'organization', 'committee', 'federation', 'front', 'council', 'collective', 'syndicate', 'rights', 'activists']);
const MENTION_WINDOW = 32;
// How many sentences back "the group" finds a body named without speaking.
const MENTION_REACH = 3;
const MAX_NAMES = 4096;
// The words each source was called by, for telling "the health ministry" from the defence ministry.
const MAX_WORDS = 64;

// The initials of a name of three or more capitalised words ("New People’s Army" → "npa"), ignoring
// "of", "the", "and"; undefined for other phrases.
function initialsOf(name: string): string | undefined {
  const parts = nameParts(name, false);
  if (parts.length < 3 || !parts.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  return initials(parts);
}

// Heads of a body named for defence or protection: "Defence Force", "Defense Alliance", "Protection Units".
const DEFENCE_BODIES = new Set(['force', 'alliance', 'units', 'unit', 'committee']);

// Whether a person's titles are military ranks only: "Maj-Gen Ahmed Sultan", but not "Attorney General X".
function ranked(phrase: ClaimantPhrase): boolean {
  const first = phrase.person?.split(/[\s-]+/)[0]?.toLowerCase();
  const at = first === undefined ? -1 : phrase.words.indexOf(first);
  let k = at - 1;
  let ranks = 0;
  for (; k >= 0 && TITLES.has(phrase.words[k] as string); k--) {
    const word = phrase.words[k] as string;
    if (TITLES.has(word) && !MILITARY_RANKS.has(word)) return false;
    if (MILITARY_RANKS.has(word)) ranks++;
  }
  return ranks > 0 && !CIVIL_BEFORE_RANKS.has(phrase.words[k] ?? '');
}

// "the report", "the study": a work told of before, whose author the book may know.
export function pointsToWork(phrase: ClaimantPhrase): boolean {
  return phrase.definite && phrase.core.length === 1 && WORK_NOUNS.has(phrase.core[0] as string);
}

/**
 * Creates the registry that turns claimant phrases into source ids, in reading order. A spokesman
 * speaks for the body named with him ("Pakistani Taliban spokesman Azam Tariq" is the Pakistani
 * Taliban's claim, the person kept in the source's name); a document speaks for its author; a
 * person is the slug of the name without titles, and a later surname or first name alone, with or
 * without a title, is the same person; an acronym is its slug; the state's army, military and
 * armed forces are `military`, after the country the phrase names or else the article's; a pronoun, "the
 * statement", and a head named before ("the group", "the Secretariat", "police") are the source
 * they refer to, and "the Taliban" is "the Pakistani Taliban"; anything else is the slug of the
 * head's words.
 */
export function createSourceBook(vocabulary: Vocabulary, armedNames: ReadonlySet<string>, homeCountry?: string): SourceBook {
  const sources = new Map<string, Source>();
  const countries = new Map<string, string>();
  // The people who spoke for a body, shown after its name: "Pakistani Taliban (spokesman Azam Tariq)".
  const speakersOf = new Map<string, string[]>();
  const baseNames = new Map<string, string>();
  const names = new Map<string, string>();
  const byHead = new Map<string, string>();
  const wordsOf = new Map<string, Set<string>>();
  const byKey = new Map<string, string>();
  const byKind = new Map<SourceKind, string>();
  // Names by their initials ("npa" for "New People's Army"), for an acronym that follows them.
  const byInitials = new Map<string, string>();
  let military: string | undefined;
  const mentions: { id: string; sentence: number; head: string }[] = [];
  let lastPerson: string | undefined;
  // The last body (not a person) registered: whom "its spokesperson" speaks for.
  let lastBody: string | undefined;
  // The last body or medium named, as a speaker or a relay: whom "it" may mean after a person spoke.
  let lastNonPerson: string | undefined;
  let lastSource: string | undefined;
  let lastStatement: string | undefined;
  // The author of the last work named ("a report from security sources"): whom "the report" is,
  // but not "the statement", which a body issues.
  let lastWork: string | undefined;
  // A body that put out a work without speaking, resolved only when "the report" needs it.
  let published: { phrase: ClaimantPhrase; sentence: number } | undefined;
  // The last body a sentence opened with without speaking, for "the group" when no source fits.
  let lastMention: { phrase: ClaimantPhrase; sentence: number; armed: boolean; reported: boolean } | undefined;
  let lastGroup: { phrase: ClaimantPhrase; sentence: number } | undefined;
  let lastPersonMention: { phrase: ClaimantPhrase; sentence: number } | undefined;

  const kindOf = (phrase: ClaimantPhrase): SourceKind => {
    // "The Sudanese Armed Forces (SAF)": a state's forces, though "armed" names groups elsewhere.
    if (phrase.military) return 'military';
    const joined = ` ${phrase.words.join(' ')} `;
    // A named army or force that is not a state's ("Baloch Liberation Army", "Tigray forces", a
    // "Karenni Defence Force" or a "People's Defense Alliance" that names no country).
    const namedForce = (w: string, k: number): boolean =>
      w === 'army' || w === 'forces' || (DEFENCE_BODIES.has(w) && phrase.country === undefined && ['defence', 'defense', 'protection'].includes(phrase.core[k - 1] ?? ''));
    if (!phrase.military && phrase.core.some(namedForce) && !phrase.core.includes('security')) return 'armed-group';
    for (const name of armedNames) if (joined.includes(` ${name} `)) return 'armed-group';
    // A country speaking is its government: "Ukraine rejected the report".
    if (phrase.core.length === 1 && COUNTRY_NAMES.has(phrase.core[0] as string)) return 'government';
    const kind = sourceKind(phrase.words, vocabulary);
    return kind === 'other' && ranked(phrase) ? 'military' : kind;
  };

  // The words that tell an organisation apart, without the country that owns it: "the Taliban" and
  // "the Pakistani Taliban" are one group.
  const keyOf = (phrase: ClaimantPhrase): string => {
    const words = phrase.core.filter((w) => !COUNTRY_NAMES.has(w) && !KIND_HEADS.has(w));
    // "the Ministry of Health" is "the health ministry": the words after "of" first.
    const of = words.indexOf('of');
    return (of > 0 ? [...words.slice(of + 1), ...words.slice(0, of)] : words).join(' ');
  };

  function markAnonymous(id: string): void {
    const source = sources.get(id);
    if (source !== undefined && source.anonymous !== true) sources.set(id, { ...source, anonymous: true });
  }

  const rememberName = (person: string, id: string): void => {
    if (names.size >= MAX_NAMES) return;
    // The first to bear a name keeps it: "Governor Uba Sani", then "Sani Abdullahi".
    for (const part of slug(person).split('-')) if (part.length > 2 && !names.has(part)) names.set(part, id);
  };

  const register = (id: string, phrase: ClaimantPhrase, kind: SourceKind | (() => SourceKind), sentence: number, person: boolean): string => {
    if (!sources.has(id)) {
      sources.set(id, { id, name: phrase.name, kind: typeof kind === 'function' ? kind() : kind });
      if (phrase.country !== undefined) countries.set(id, phrase.country);
    }
    if (phrase.anonymous) markAnonymous(id);
    const head = phrase.core[phrase.core.length - 1];
    // "the governor of Kesh province", then "the governor": the office finds its holder again.
    const of = phrase.core.indexOf('of');
    const office = of > 0 ? singular(phrase.core[of - 1] as string) : undefined;
    if (office !== undefined && OFFICES.has(office) && !byHead.has(office)) byHead.set(office, id);
    // "Police and union organisers disputed …": two parties speaking together; "organisers" alone later is one of them, not both.
    // (An "and" inside a name's "of" phrase is the name's own: "Federation of Red Cross and Red Crescent Societies".)
    const and = phrase.core.indexOf('and');
    const joint = and > 0 && !phrase.core.slice(0, and).includes('of');
    if (head !== undefined && !joint) byHead.set(singular(head), id);
    const known = wordsOf.get(id) ?? new Set<string>();
    for (const w of phrase.core) if (known.size < MAX_WORDS) known.add(w);
    wordsOf.set(id, known);
    // "People's Vote, the campaign group": "the group" is People's Vote afterwards.
    for (const other of phrase.appositiveHeads ?? []) if (!byHead.has(singular(other))) byHead.set(singular(other), id);
    // "the Kesh State Police Command": "the state police" is that command afterwards (but a police
    // complaints board or union is no police).
    if (POLICE_BODIES.has(head ?? '') && phrase.core.slice(0, -1).includes('police') && !byHead.has('police')) byHead.set('police', id);
    const key = keyOf(phrase);
    if (key !== '' && !byKey.has(key)) byKey.set(key, id);
    const kindNow = sources.get(id)?.kind;
    if (kindNow !== undefined) byKind.set(kindNow, id);
    if (person) lastPerson = id;
    else {
      lastBody = id;
      lastNonPerson = id;
    }
    if (phrase.statement) lastStatement = id;
    lastSource = id;
    mentions.push({ id, sentence, head: singular(head ?? '') });
    if (mentions.length > MENTION_WINDOW) mentions.splice(0, mentions.length - MENTION_WINDOW);
    return id;
  };

  // A name alone, with or without titles: "Badjeck", "colonel Badjeck", "Lieutenant Governor Emil".
  const knownName = (phrase: ClaimantPhrase): string | undefined => {
    const rest = phrase.core.filter((w) => !TITLES.has(w));
    if (rest.length !== 1 || phrase.acronym !== undefined) return undefined;
    return names.get(slug(rest[0] as string));
  };

  const resolve = (phrase: ClaimantPhrase, sentence: number): string | undefined => {
    if (phrase.pronoun !== undefined) {
      const spokeIn = mentions[mentions.length - 1]?.sentence ?? -1;
      // "UNHCR spokesperson Ali Musa expressed alarm. '…,' he wrote.": the person the sentence before
      // opened with, when no one has spoken since.
      // ("I can confirm a toll of 50," outside a quotation's own speaker: the person who spoke last.)
      if (phrase.pronoun === 'he' || phrase.pronoun === 'she' || phrase.pronoun === 'i') {
        // Only one who speaks for a body, or is known by name already: a new name may be another
        // description of the person who spoke last ("the interior minister", then "Ali Musa visited").
        const m = lastPersonMention;
        const speaksFor = m !== undefined && m.phrase.org !== undefined && m.phrase.role !== undefined && SPOKESMAN_ROLES.has(m.phrase.role);
        // (Before anyone has spoken, there is no one else the new name could describe.)
        // (Nor, for one named only by a role, "The governor visited the scene", when no person has spoken.)
        const roleOnly = m !== undefined && m.phrase.person === undefined && ROLE_NOUNS.has(m.phrase.core[m.phrase.core.length - 1] ?? '') && lastPerson === undefined;
        if (m !== undefined && m.sentence === sentence - 1 && spokeIn < m.sentence && (speaksFor || knownName(m.phrase) !== undefined || lastSource === undefined || roleOnly)) return resolve(m.phrase, m.sentence);
        return lastPerson ?? lastSource;
      }
      // "The Pakistani Taliban has claimed responsibility. They have disputed …": the body the
      // sentence before opened with, when no one has spoken since.
      // ("Al Shabaab claimed the attack, SITE reported. It put the dead at 11": one who only reported
      // the sentence has not spoken in its own right.)
      if (lastMention !== undefined && lastMention.sentence === sentence - 1 && (spokeIn < lastMention.sentence || (spokeIn === lastMention.sentence && lastMention.reported && phrase.detached !== true))) return resolve(lastMention.phrase, lastMention.sentence);
      // "Witnesses described chaos. At least 14 were killed, they said.": the people the sentence
      // before opened with, when no one has spoken yet.
      if (phrase.pronoun === 'they' && lastSource === undefined && lastGroup !== undefined && lastGroup.sentence === sentence - 1) return resolve(lastGroup.phrase, lastGroup.sentence);
      // "Quoting Ali Musa, the agency said … About 8,000 had gathered, it said": "it" is no person.
      if (phrase.pronoun === 'it' && lastSource !== undefined && lastSource === lastPerson && lastNonPerson !== undefined) return lastNonPerson;
      return lastSource;
    }
    if (phrase.author !== undefined) {
      // "a statement by the coalition": "the statement" later is the coalition's.
      const author = resolve(phrase.author, sentence);
      if (author !== undefined && phrase.statement) lastStatement = author;
      if (author !== undefined && (phrase.statement || phrase.core.some((w) => WORK_NOUNS.has(w)))) lastWork = author;
      return author;
    }
    // A spokesman speaks for the body: the claim is its, the person stays in its name. "Its
    // spokesperson" speaks for the body named last.
    if ((phrase.org !== undefined || (phrase.roleOfLast === true && lastBody !== undefined)) && phrase.role !== undefined && (SPOKESMAN_ROLES.has(phrase.role) || MILITARY_RANKS.has(phrase.role.split('-').pop() as string))) {
      const org = phrase.org === undefined ? lastBody : resolve(phrase.org, sentence);
      if (org !== undefined) {
        const who = phrase.person === undefined ? phrase.role : `${phrase.role} ${phrase.person}`;
        const list = speakersOf.get(org) ?? [];
        if (list.length < 4 && !list.some((w) => w.toLowerCase().includes(who.toLowerCase()))) {
          // A named spokesman replaces the bare role: "(spokesman Legese Tulu)", not "(spokesman; spokesman Legese Tulu)".
          const kept = list.filter((w) => !who.toLowerCase().startsWith(w.toLowerCase()));
          kept.push(who);
          speakersOf.set(org, kept);
          const source = sources.get(org) as Source;
          const base = baseNames.get(org) ?? source.name;
          baseNames.set(org, base);
          sources.set(org, { ...source, name: `${base} (${kept.join('; ')})` });
        }
        if (phrase.person !== undefined) rememberName(phrase.person, org);
        if (phrase.anonymous) markAnonymous(org);
        // "the spokesman" later is the body he speaks for.
        byHead.set(singular(phrase.role.split(' ').pop() as string), org);
        lastPerson = org;
        return org;
      }
    }
    const named = knownName(phrase);
    if (named !== undefined) return register(named, phrase, 'other', sentence, true);
    if (phrase.person !== undefined) {
      // "Brig-Gen Tar Phone Kyaw said", after "Tar Phone Kyaw of the TNLA": every part of the name
      // already borne by one body is that body's person.
      const parts = slug(phrase.person).split('-').filter((part) => part.length > 2);
      const bearer = parts.length > 1 && parts.every((part) => names.get(part) === names.get(parts[0] as string)) ? names.get(parts[0] as string) : undefined;
      const id = names.get(slug(phrase.person)) ?? bearer ?? slug(phrase.person);
      rememberName(phrase.person, id);
      register(id, phrase, () => kindOf(phrase), sentence, true);
      // "Interior Minister Ali Musa", then "the minister": the role names the person again, unless
      // it named a body or person before ("the Minister of Health", then "Minister Ali Musa").
      const role = phrase.role === undefined ? undefined : singular(phrase.role.split(' ').pop() as string);
      if (role !== undefined && !byHead.has(role)) byHead.set(role, id);
      return id;
    }
    if (phrase.acronym !== undefined) {
      // "NPA" is the "New People's Army" named before it.
      const named = byInitials.get(phrase.acronym);
      const source = named === undefined ? undefined : sources.get(named);
      const upper = phrase.acronym.toUpperCase();
      if (source !== undefined && !source.name.includes(upper) && named !== undefined) sources.set(named, { ...source, name: `${source.name} (${upper})` });
      return register(named ?? slug(phrase.acronym), phrase, () => kindOf(phrase), sentence, false);
    }
    const core = phrase.core;
    // "the report stated", after "a report issued by the ministry": the work's author speaks.
    if (pointsToWork(phrase)) {
      if (lastWork === undefined && published !== undefined) lastWork = resolve(published.phrase, published.sentence);
      published = undefined;
      if ((lastWork ?? lastStatement) !== undefined) return lastWork ?? lastStatement;
      // "The state news agency said gunmen raided Kesh. … the report said": a news medium's words are its report.
      if (lastSource !== undefined && sources.get(lastSource)?.kind === 'media') return lastSource;
    }
    if (core.length === 0 && phrase.statement) {
      const target = lastStatement ?? lastSource;
      // ("…," said the statement. "…," it added: the statement's issuer spoke last.)
      if (target !== undefined) {
        lastStatement = target;
        lastSource = target;
      }
      return target;
    }
    // "A security source told AFP …, and another confirmed …": one more of whom spoke last.
    // (Only a person who spoke: "Another attack killed 5, the army said, and another claimed 9" names no one.)
    const spoke = mentions[mentions.length - 1];
    if (core.length === 0 && phrase.words.includes('another') && spoke !== undefined && PERSON_NOUNS.has(spoke.head)) {
      let id = `another-${slug(spoke.head)}`;
      // A third is another again: "an officer said 12, another said 15, and another said 20".
      for (let n = 2; sources.has(id) && n < MAX_NAMES; n++) id = `another-${slug(spoke.head)}-${n}`;
      return register(id, { ...phrase, name: `another ${spoke.head}`, core: [spoke.head] }, sources.get(spoke.id)?.kind ?? 'other', sentence, false);
    }
    const head = core[core.length - 1];
    if (head === undefined) return undefined;
    // "one military official" and officers "speaking on condition of anonymity" speak as themselves, not as the army.
    if (phrase.military && !((phrase.indefinite || phrase.anonymous) && PERSON_NOUNS.has(singular(head)))) {
      // The military of the country the phrase names, else the one already named, else the article's.
      const country = phrase.country ?? (military === undefined ? homeCountry : undefined);
      const id = country !== undefined ? `${slug(country)}-military` : (military ?? 'military');
      if (country !== undefined && !countries.has(id)) countries.set(id, country);
      military = id;
      return register(id, phrase, 'military', sentence, false);
    }
    // A head named before: "the group", "the Secretariat", "police" after "Nepal police"; but "the
    // unions" are more than "the UGT union" named before.
    const plural = singular(head) !== head;
    const headNamed = byHead.get(singular(head));
    const before = plural && headNamed !== undefined && wordsOf.get(headNamed)?.has(head) !== true ? undefined : headNamed;
    // "the health ministry" is not the defence ministry named before: its words must be ones that source was called by.
    const country = phrase.country?.toLowerCase();
    const fits = before !== undefined && core.slice(0, -1).every((w) => w === country || wordsOf.get(before)?.has(w) === true);
    // "state police" before an officer's title is the state police command named before, too.
    const bare = (core.length === 1 || (core.length <= 3 && (phrase.definite || head === 'police') && fits)) && (phrase.country === undefined || countries.get(before ?? '') === undefined || countries.get(before ?? '') === phrase.country);
    if (before !== undefined && bare && (phrase.definite || INSTITUTIONS.has(head)) && !phrase.indefinite) return register(before, phrase, 'other', sentence, false);
    if (phrase.definite && core.length <= 3 && ARMED_HEADS.has(head)) {
      const target = byKind.get('armed-group');
      if (target !== undefined) return register(target, phrase, 'other', sentence, false);
    }
    // "The Front for Renewal ambushed a convoy. The group said …": the body the story just named.
    if (phrase.definite && core.length === 1 && (ARMED_HEADS.has(head) || KIND_HEADS.has(head)) && lastMention !== undefined && sentence - lastMention.sentence <= MENTION_REACH) {
      const { phrase: named, armed } = lastMention;
      const id = resolve(named, lastMention.sentence);
      if (id !== undefined && armed && ['other', 'government'].includes(sources.get(id)?.kind ?? '')) setKind(id, 'armed-group');
      if (id !== undefined) return register(id, phrase, 'other', sentence, false);
    }
    // "…, the Kelt Medics Union said. '…,' the group said.": the body that spoke last, if its name
    // says it is a group of people (not a state's, not a relay's).
    const last = lastBody === undefined ? undefined : sources.get(lastBody);
    // "the organization", "the NGO" after a non-governmental body is that body, whatever its name
    // ("Temblores (the local NGO)"), and "the agency" after an international one ("the UNHCR"); "the
    // group" may be an armed one, and needs a name that says so.
    const groupLike = last !== undefined && !['military', 'police', 'government', 'media'].includes(last.kind ?? 'media') && ((last.kind === 'ngo' && ORGANIZATION_HEADS.has(head)) || (last.kind === 'international-org' && BODY_WORDS.has(head)) || last.name.toLowerCase().split(/[^a-z]+/).some((w) => GROUP_NAMES.has(w)));
    // "the human rights group" after "Amnesty International": a description of the body of that
    // kind named before.
    const ngo = byKind.get('ngo');
    if (phrase.definite && core.length <= 3 && KIND_HEADS.has(head) && core.length > 1 && core.slice(0, -1).every((w) => NGO_DESCRIPTORS.has(w)) && ngo !== undefined) return register(ngo, phrase, 'other', sentence, false);
    // "… the Commission on Human Rights said. The agency said …": a word for any body, too.
    if (phrase.definite && core.length === 1 && (KIND_HEADS.has(head) || BODY_WORDS.has(head)) && lastBody !== undefined && groupLike) return register(lastBody, phrase, 'other', sentence, false);
    // "the Taliban" is "the Pakistani Taliban", but Armenia's defence ministry is not Azerbaijan's.
    const same = byKey.get(keyOf(phrase));
    const otherCountry = same !== undefined && phrase.country !== undefined && countries.get(same) !== undefined && countries.get(same) !== phrase.country;
    if (same !== undefined && !phrase.indefinite && !otherCountry) return register(same, phrase, 'other', sentence, false);
    const initials = initialsOf(phrase.name);
    const acronymFirst = initials === undefined ? undefined : sources.has(initials) ? initials : undefined;
    const id = acronymFirst ?? slug(core.join(' '));
    if (id === '') return undefined;
    const made = register(id, phrase, () => kindOf(phrase), sentence, false);
    if (initials !== undefined && !byInitials.has(initials.toLowerCase())) byInitials.set(initials.toLowerCase(), made);
    return made;
  };

  const relay = (phrase: ClaimantPhrase): string | undefined => {
    if (phrase.words.some((w) => NOT_RELAYS.has(w))) return undefined;
    const media = phrase.words.some((w) => MEDIA_WORDS.has(w));
    const named = phrase.acronym !== undefined || /\p{Lu}/u.test(phrase.name);
    if (!media && !named) return undefined;
    const id = slug(phrase.acronym ?? phrase.core.join(' '));
    if (id === '') return undefined;
    if (!sources.has(id)) sources.set(id, { id, name: phrase.name, kind: 'media' });
    lastNonPerson = id;
    return id;
  };

  const outlet = (name: string): string | undefined => {
    const id = slug(name);
    if (id === '') return undefined;
    if (!sources.has(id)) sources.set(id, { id, name, kind: 'media' });
    return id;
  };

  const setKind = (id: string, kind: SourceKind): void => {
    const source = sources.get(id);
    if (source !== undefined) sources.set(id, { ...source, kind });
    byKind.set(kind, id);
  };

  const recent = (sentence: number, window: number, head: string): string[] => {
    const wanted = singular(head);
    return mentions.filter((m) => m.sentence >= sentence - window && m.head === wanted).map((m) => m.id);
  };

  const issuedStatement = (id: string): void => {
    lastStatement = id;
  };

  const publishedWork = (phrase: ClaimantPhrase, sentence: number): void => {
    published = { phrase, sentence };
    lastWork = undefined;
  };

  const mention = (phrase: ClaimantPhrase, sentence: number, armed: boolean, reported = false): void => {
    lastMention = { phrase, sentence, armed, reported };
  };

  const mentionPerson = (phrase: ClaimantPhrase, sentence: number): void => {
    lastPersonMention = { phrase, sentence };
  };

  const mentionGroup = (phrase: ClaimantPhrase, sentence: number): void => {
    lastGroup = { phrase, sentence };
  };

  return { resolve, relay, outlet, setKind, issuedStatement, publishedWork, knowsWork: () => (lastWork ?? lastStatement ?? published) !== undefined, markAnonymous, mention, mentionPerson, mentionGroup, recent, countryOf: (id) => countries.get(id), sources };
}
