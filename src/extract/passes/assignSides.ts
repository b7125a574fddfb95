import type { Event, Source } from '../../claims/schemas.js';
import type { Vocabulary } from '../../vocabulary/types.js';
import { broaderTerms } from '../../vocabulary/broaderTerms.js';
import { OWN_DETERMINERS } from '../lexicon/outcomes.js';
import { COUNTRY_NAMES, DEMONYMS, countryIn, demonymCountry } from '../lexicon/places.js';
import { STATE_KINDS } from '../lexicon/sources.js';
import { slug } from './slug.js';
import { sourceKind } from './sourceKind.js';
import type { ClaimDraft, DocumentContext } from '../types.js';

/** Sources with their sides, and drafts whose counted people have one. */
export interface Sides {
  readonly sources: Map<string, Source>;
  readonly drafts: ClaimDraft[];
}

// Words in a group's name that do not tell it from another ("Tigray People's Liberation Front").
const GENERIC = new Set(['group', 'front', 'army', 'forces', 'force', 'liberation', 'movement', 'fighters', 'militants', 'rebels', 'the', 'of', 'people', 'national', 'islamic', 'state', 'party', 'organisation', 'organization', 'insurgents', 'brigade', 'brigades']);
const ORGANISER = /\borgani[sz]er/i;

const stateOf = (country: string): string => `${slug(country)}-state`;

/**
 * The country of a source named after a place the article's events put in one: "the mayor of
 * Tarvo", "Tarvo police" speak for the state Tarvo lies in, whichever state the article quotes more.
 */
export function placedCountry(name: string, events: readonly Event[]): string | undefined {
  const words = ` ${name.toLowerCase().replace(/[^a-z\u00c0-\u024f-]+/g, ' ')} `;
  for (const event of events) {
    const [country, ...within] = event.place ?? [];
    if (country === undefined || !COUNTRY_NAMES.has(country.toLowerCase())) continue;
    if (within.some((place) => words.includes(` ${place.toLowerCase()} `))) return country;
  }
  return undefined;
}

/**
 * Gives sources and counted people their sides, so that `pattern` works on extracted sets. A
 * state's army, police, ministries and officials are that state (`pakistan-state`), the country
 * their phrase names or else the article's; an armed group and its spokesmen are the group;
 * organisers are their movement. Soldiers, police and security forces counted belong to the state
 * their words name ("68 Pakistani security forces"), or to the one state an article has sources
 * of; militants to the group their words name ("one Taliban fighter"), to the claimant when it
 * counts its own ("five of its fighters", "lost none of their own"), or to the one armed group
 * of the article; a crowd to the organisers. An armed group's "capturing" is an abduction. A side
 * is set only where the text supports it: an unsided count still groups with a sided one.
 */
export function assignSides(sources: ReadonlyMap<string, Source>, drafts: readonly ClaimDraft[], context: DocumentContext, countryOf: (id: string) => string | undefined, vocabulary: Vocabulary, events: readonly Event[] = []): Sides {
  const used = new Set(drafts.map((d) => d.claimant));
  const states = new Set<string>();
  for (const id of used) {
    const source = sources.get(id);
    const country = countryOf(id);
    // "India reported 360 killed": a country speaking as itself says nothing of whose the article's officials are.
    if (source?.kind !== undefined && STATE_KINDS.has(source.kind) && country !== undefined && id !== slug(country)) states.add(country);
  }
  const homeState = states.size === 1 ? [...states][0] : states.size === 0 ? context.country : undefined;
  // Unnamed officials are the article's country's: the one state sources name, unless that is a
  // foreign one in a story placed elsewhere ("Local authorities said …", then "the American military").
  const officialsState = states.size <= 1 ? (context.country ?? homeState) : undefined;
  const sided = new Map<string, Source>();
  const groups: Source[] = [];
  for (const [id, source] of sources) {
    let side: string | undefined;
    if (source.kind !== undefined && STATE_KINDS.has(source.kind)) {
      // A local official's place names its state, but does not make the article's states two.
      const country = countryOf(id) ?? placedCountry(source.name, events) ?? officialsState;
      side = country === undefined ? undefined : stateOf(country);
    } else if (source.kind === 'armed-group') {
      side = id;
    } else if (ORGANISER.test(source.name)) {
      side = id;
    }
    const next = side === undefined ? source : { ...source, side };
    sided.set(id, next);
    if (source.kind === 'armed-group' && used.has(id)) groups.push(next);
  }
  const organisers = [...sided.values()].find((s) => used.has(s.id) && ORGANISER.test(s.name));
  const under = (subject: string, root: string): boolean => broaderTerms(vocabulary, subject).includes(root);
  // The state or group the counted people's own words name: "Pakistani soldiers", "Taliban fighter".
  const namedIn = (term: string, security: boolean): string | undefined => {
    const words = term.toLowerCase().split(/[^a-z\u00c0-\u024f-]+/).filter((w) => w !== '');
    if (security) {
      const country = countryIn(words);
      return country === undefined ? undefined : stateOf(country);
    }
    for (const group of groups) {
      const own = `${group.id} ${group.name}`.toLowerCase().split(/[^a-z\u00c0-\u024f]+/).filter((w) => w.length > 2 && !GENERIC.has(w) && !COUNTRY_NAMES.has(w) && !DEMONYMS.has(w));
      if (own.some((w) => words.includes(w))) return group.side;
    }
    return undefined;
  };

  // "the army said the Kamba Front lost 40 fighters": an armed group named as the loser is the side of
  // its losses, whoever reports them; a name no source gave is its own id, a word for any group
  // ("the rebels") the article's one armed group.
  const loserGroup = (owner: string): string | undefined => {
    const words = owner.split(' ').filter((w) => w !== '');
    if (sourceKind(words, vocabulary) !== 'armed-group') return undefined;
    const named = namedIn(owner, false);
    if (named !== undefined) return named;
    const name = words[0] === 'the' ? words.slice(1) : words;
    const naming = name.some((w) => !GENERIC.has(w) && vocabulary.subject(w).id !== 'militants');
    return naming ? slug(name.join(' ')) : groups.length === 1 ? groups[0]?.side : undefined;
  };
  // "25 AU soldiers", "U.N. peacekeepers": a force of many states is a side of its own, named by its
  // body ("au", "un"), never the host state's.
  const forceOfMany = (term: string): string | undefined => {
    const names = term.split(/[^a-z]+/).filter((w) => w !== '' && sourceKind([w], vocabulary) === 'international-org');
    const bodies = names.filter((w) => !w.startsWith('peacekeep'));
    return names.length === 0 ? undefined : slug((bodies.length === 0 ? names : bodies).join(' '));
  };

  const out = drafts.map((draft) => {
    const claimant = sided.get(draft.claimant);
    const m = draft.measure;
    let outcome = m.outcome;
    let outcomeTerm = m.outcomeTerm;
    if (outcome === 'arrested' && claimant?.kind === 'armed-group' && /captur|seiz/.test(m.outcomeTerm)) {
      // Taken by a group that is not a state: an abduction.
      outcome = vocabulary.outcome('abducted').known ? vocabulary.outcome('abducted').id : outcome;
      outcomeTerm = m.outcomeTerm;
    }
    let side: string | undefined;
    const own = m.ownLoss || OWN_DETERMINERS.has(m.term.split(' ')[0] ?? '');
    // "Kyiv said 800 Azerbaijani attackers died": a state's attackers counted by another
    // state's army or government are its soldiers; counted by police, they are assailants.
    const [adjective = '', noun, ...rest] = m.term.split(' ');
    const attackerState = noun === 'attackers' && rest.length === 0 ? demonymCountry(adjective) : undefined;
    const soldiers = vocabulary.subject('soldiers');
    const invading = attackerState !== undefined && soldiers.known && (claimant?.kind === 'military' || claimant?.kind === 'government') && claimant.side !== undefined && claimant.side !== stateOf(attackerState);
    const subject = invading ? soldiers.id : m.subject;
    const security = under(subject, 'security-forces');
    const ownerState = m.owner === undefined ? undefined : countryIn(m.owner.split(' '));
    if (own && ownerState !== undefined) side = stateOf(ownerState);
    else if (own && m.owner !== undefined && loserGroup(m.owner) !== undefined) side = loserGroup(m.owner);
    else if (own && claimant?.side !== undefined) side = claimant.side;
    else if (security) side = forceOfMany(m.term) ?? namedIn(m.term, true) ?? (homeState === undefined || m.mutual === true ? undefined : stateOf(homeState));
    // The article's one armed group, unless it is the claimant: a group counting militants, not its
    // own ("a Peshmerga commander said 30 militants were killed"), counts its enemies.
    else if (under(m.subject, 'militants')) side = namedIn(m.term, false) ?? (groups.length === 1 && groups[0]?.id !== draft.claimant ? groups[0]?.side : undefined);
    else if (outcome === 'attended' && organisers?.side !== undefined) side = organisers.side;
    // "killed 300 enemy troops": a party's enemy is never its own side, whatever the article's state.
    if (side !== undefined && side === claimant?.side && m.term.split(' ')[0] === 'enemy') side = undefined;
    if (side === undefined && outcome === m.outcome) return draft;
    return { ...draft, measure: { ...m, outcome, outcomeTerm, subject, ...(side === undefined ? {} : { side }) } };
  });
  return { sources: sided, drafts: out };
}
