import type { SourceKind } from '../../claims/schemas.js';
import type { Vocabulary } from '../../vocabulary/types.js';
import { lookupTerm } from './lookupTerm.js';
import { ARMED_WORDS, MEDIA_WORDS } from '../lexicon/sources.js';

// Kinds in the order they win: "the U.N. refugee agency" is international before it is an agency,
// "military officials" military before government.
const KIND_WORDS: readonly (readonly [SourceKind, ReadonlySet<string>])[] = [
  ['international-org', new Set(['un', 'unhcr', 'unicef', 'who', 'ocha', 'iom', 'wfp', 'nato', 'unama', 'unifil', 'monusco', 'nations', 'humanitarian', 'au', 'amisom', 'atmis', 'minusma', 'unmiss', 'peacekeepers', 'peacekeeping'])],
  ['ngo', new Set(['cross', 'crescent', 'icrc', 'amnesty', 'msf', 'charity', 'ngo', 'observatory', 'monitor', 'rights', 'watchdog', 'aid'])],
  // "Agency" alone is no outlet: "the national disaster agency" is the state's; "the state news agency" has "news".
  ['media', new Set([...MEDIA_WORDS].filter((w) => w !== 'agency'))],
  ['armed-group', ARMED_WORDS],
  ['police', new Set(['police', 'policeman', 'policemen', 'gendarmerie', 'gendarmes', 'constabulary', 'yard'])],
  ['military', new Set(['army', 'military', 'junta', 'forces', 'troops', 'navy', 'coalition', 'defence', 'defense', 'soldiers', 'marines', 'idf', 'guard', 'guards', 'coastguard'])],
  ['health', new Set(['hospital', 'hospitals', 'medic', 'medics', 'doctor', 'doctors', 'health', 'morgue', 'medical', 'surgeon', 'physician', 'physicians', 'paramedics', 'clinic'])],
  ['government', new Set([ 'ministry', 'minister', 'government', 'officials', 'official', 'authorities', 'authority', 'governor', 'mayor', 'president', 'council', 'administration', 'agency', 'interior', 'department', 'office', 'provincial', 'district', 'state', 'prime', 'cabinet', 'presidency', 'embassy'])],
  ['residents', new Set(['residents', 'resident', 'locals', 'villagers', 'inhabitants', 'tribesmen', 'elders'])],
  ['witness', new Set(['witness', 'witnesses', 'eyewitness', 'eyewitnesses', 'survivor', 'survivors'])],
  ['research', new Set(['researchers', 'researcher', 'university', 'institute', 'study', 'analysts', 'academics', 'scientists'])],
];

// Units of a state's army: "403rd Infantry Brigade", "88th Infantry Battalion" are the military,
// whatever else their name says.
const UNITS = new Set(['infantry', 'battalion', 'regiment', 'division', 'corps', 'artillery', 'brigadier']);
// Works a body puts out, which name an outlet only alone.
const WORKS = new Set(['report', 'reports']);
// Words after "media" or "press" that make it a department of the body named with it.
const POST_ROLES = new Set(['commander', 'chief', 'officer', 'head', 'master', 'commandant', 'in-charge']);
const OFFICE_AFTER = new Set(['and', 'relations', 'office', 'centre', 'center', 'wing', 'cell', 'department', 'unit', 'directorate', 'section']);

/**
 * The kind of body a claimant phrase names, from its words: `media` for outlets and "reports",
 * `armed-group` for words the vocabulary counts as militants ("Taliban") and names of armed
 * movements, `military`, `government`, … and `other` when nothing tells.
 */
export function sourceKind(words: readonly string[], vocabulary: Vocabulary): SourceKind {
  // "A hospital report", "the army's report": a report is its maker's, an outlet's only when nothing
  // else tells ("media reports", "reports said").
  const made = words.filter((w) => !WORKS.has(w));
  if (made.length < words.length && made.length > 0) {
    const kind = kindOf(made, vocabulary);
    if (kind !== 'other') return kind;
  }
  return kindOf(words, vocabulary);
}

function kindOf(words: readonly string[], vocabulary: Vocabulary): SourceKind {
  if (words.some((w) => UNITS.has(w))) return 'military';
  // "the group's military wing": a movement has a military or armed wing, a state its armed forces.
  if (words.some((w, k) => (w === 'military' || w === 'armed') && words[k + 1] === 'wing')) return 'armed-group';
  // "the Civil Defence", "civil protection", "the fire brigade": a state's rescue service, not an army.
  if (words.some((w, k) => (w === 'civil' && ['defence', 'defense', 'protection'].includes(words[k + 1] ?? '')) || (w === 'fire' && ['brigade', 'brigades', 'service', 'department'].includes(words[k + 1] ?? '')))) return 'government';
  // "the Mozambican Armed Forces" are a state's, unless another word names a movement ("the
  // Revolutionary Armed Forces of Colombia").
  if (words.some((w, k) => w === 'armed' && words[k + 1] === 'forces') && !words.some((w) => w !== 'armed' && (ARMED_WORDS.has(w) || w === 'revolutionary'))) return 'military';
  for (const [kind, set] of KIND_WORDS) {
    // "a coalition of opposition parties" is no army, as "the US-led coalition" is; "the Police Media
    // and Public Relations Department", "the army's media office" are another body's, no outlet.
    // A "station commander" or "station chief" commands a post, no broadcaster.
    if (words.some((w, k) => set.has(w) && !(w === 'coalition' && words[k + 1] === 'of') && !((w === 'media' || w === 'press') && OFFICE_AFTER.has(words[k + 1] ?? '')) && !(w === 'station' && POST_ROLES.has(words[k + 1] ?? '')))) return kind;
    if (kind === 'international-org' && words.some((w, k) => w === 'u' && words[k + 1] === 'n')) return kind;
    if (kind === 'armed-group' && words.some((w) => w.length > 2 && lookupTerm(vocabulary, 's', w).id === 'militants')) return kind;
  }
  return 'other';
}
