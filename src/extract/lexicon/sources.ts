// Word lists for reading who makes a claim. All lower-case.

/**
 * Words that open a noun phrase without naming anything: determiners, quantifiers and the
 * adjectives that do not tell one party from another ("local residents" are the residents).
 */
export const SKIPPED_MODIFIERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'one', 'another', 'some', 'several', 'many', 'other', 'two', 'three', 'four',
  'five', 'few', 'both', 'all', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'that',
  'local', 'senior', 'top', 'unnamed', 'anonymous', 'but', 'and', 'however', 'meanwhile', 'also',
  'latest', 'preliminary', 'initial', 'provisional', 'updated',
]);

/**
 * Titles that precede a person's name and are not part of it.
 */
export const TITLES: ReadonlySet<string> = new Set([
  'gen', 'general', 'maj', 'major', 'lt', 'lieutenant', 'col', 'colonel', 'brig', 'brigadier', 'capt',
  'captain', 'sgt', 'sergeant', 'cpl', 'corporal', 'adm', 'admiral', 'cmdr', 'commander', 'dr', 'doctor',
  'mr', 'mrs', 'ms', 'miss', 'prof', 'professor', 'president', 'prime', 'minister', 'sen', 'senator', 'rep',
  'gov', 'governor', 'mayor', 'chief', 'sheikh', 'maulana', 'mullah', 'imam', 'judge', 'justice', 'ambassador',
  'secretary', 'inspector', 'superintendent', 'deputy', 'vice', 'spokesman', 'spokeswoman', 'spokesperson',
  'marshal', 'field', 'air', 'vice-admiral', 'rev', 'father', 'bishop', 'king', 'queen', 'prince', 'emir',
  // South Asian police ranks written as initials before a name: "SP Vaid", "DIG Khan".
  'sp', 'ssp', 'dsp', 'asp', 'dgp', 'igp', 'dig', 'ig',
]);

/**
 * Nouns for a person speaking for a body; a capitalised name right after one is a person
 * ("spokesman Azam Tariq", "police chief Ahmed Khan").
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'commander', 'chief', 'head', 'official',
  'officer', 'minister', 'governor', 'mayor', 'president', 'director', 'superintendent', 'general',
  'administrator', 'coordinator', 'secretary', 'envoy', 'ambassador', 'member', 'lawmaker', 'senator',
  'councillor', 'councilor', 'representative', 'doctor', 'surgeon', 'physician', 'medic', 'resident',
  'witness', 'activist', 'analyst', 'researcher', 'journalist', 'correspondent', 'organiser', 'organizer',
  'negotiator', 'adviser', 'advisor', 'aide', 'deputy', 'chairman', 'chairwoman', 'founder', 'elder',
]);

/**
 * Nouns for one person speaking without a name; an indefinite phrase with one of them ("one
 * military official") is a source of its own, not the institution.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officer', 'source', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'member',
  'medic', 'doctor', 'witness', 'resident', 'diplomat', 'aide', 'soldier', 'policeman',
]);

/**
 * Capitalised words that make a name an organisation's rather than a person's.
 */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'army', 'front', 'authority', 'ministry', 'agency', 'nations', 'forces', 'force', 'police', 'council',
  'party', 'movement', 'organization', 'organisation', 'group', 'committee', 'commission', 'office',
  'department', 'corps', 'brigade', 'brigades', 'taliban', 'union', 'association', 'cross', 'crescent',
  'watch', 'international', 'institute', 'university', 'bank', 'court', 'government', 'administration',
  'service', 'services', 'command', 'network', 'observatory', 'federation', 'league', 'alliance',
  'coalition', 'militia', 'state', 'republic', 'company', 'news', 'press', 'times', 'post', 'radio',
  'television', 'tv', 'board', 'centre', 'center', 'foundation', 'fund', 'programme', 'program',
  'liberation', 'jihad', 'haram', 'shabab', 'qaeda', 'hezbollah', 'hamas', 'mission', 'unit', 'prefecture',
  'reuters', 'cnn', 'bbc', 'afp', 'opposition',
]);

/**
 * Words that name the military ("Pakistan's army", "the military", "armed forces"), all one
 * institution within an article.
 */
export const MILITARY_WORDS: ReadonlySet<string> = new Set(['army', 'military', 'forces']);

/**
 * Nouns for a document a body issues; "an army statement" is the army's claim.
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'communique', 'communiqué', 'release', 'bulletin', 'announcement', 'tweet', 'post', 'list',
]);

/**
 * Occasions on which a party speaks: "In an interview, the minister said", "in an earlier briefing".
 */
export const OCCASIONS: ReadonlySet<string> = new Set(['interview', 'briefing', 'conference', 'speech', 'remarks', 'video', 'message', 'tweet']);

/**
 * Nouns for a work a body writes and puts out ("a report issued by the ministry", "a study by …").
 */
export const WORK_NOUNS: ReadonlySet<string> = new Set(['report', 'reports', 'update', 'study', 'survey', 'assessment', 'analysis', 'investigation', 'review', 'audit']);

/** Participles that say who put a work out, before "by": "a report issued by the ministry". */
export const AUTHORING: ReadonlySet<string> = new Set(['prepared', 'gathered', 'collected', 'issued', 'published', 'released', 'commissioned', 'compiled', 'produced', 'written', 'given', 'provided', 'presented', 'made', 'conducted', 'carried', 'tweeted', 'posted', 'shared', 'submitted', 'distributed']);

/**
 * Lower-case particles inside names ("Turki al-Maliki", "Osama bin Laden").
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'ul', 'ud', 'de', 'del', 'della', 'da', 'di', 'dos', 'van', 'von', 'der', 'le', 'la',
]);

/**
 * Words of armed groups' names and of what they are: a claimant among them is an `armed-group`, and
 * "a rebel spokesman" speaks for one.
 */
export const ARMED_WORDS: ReadonlySet<string> = new Set(['militant', 'armed', 'rebel', 'front', 'liberation', 'brigade', 'brigades', 'militia', 'mujahideen', 'jihad', 'shabab', 'shabaab', 'haram', 'qaeda', 'hezbollah', 'hamas', 'insurgent', 'islamist', 'jihadist']);

/**
 * News organisations and words for them: a claimant or relay among them is `media`.
 */
export const MEDIA_WORDS: ReadonlySet<string> = new Set([
  'cnn', 'bbc', 'reuters', 'afp', 'ap', 'associated', 'press', 'jazeera', 'spa', 'xinhua', 'tass', 'ria',
  'anadolu', 'irna', 'wafa', 'sana', 'ani', 'pti', 'app', 'kyodo', 'yonhap', 'dpa', 'efe', 'ansa', 'bernama',
  'interfax', 'dawn', 'geo', 'nyt', 'guardian', 'reports', 'report', 'media', 'newspaper', 'radio',
  'television', 'tv', 'channel', 'station', 'broadcaster', 'outlet', 'outlets', 'daily', 'journalist',
  'journalists', 'reporter', 'correspondent', 'news', 'agency', 'website', 'wire', 'agence', 'presse',
  'times', 'herald', 'tribune', 'gazette', 'telegraph', 'chronicle', 'publication', 'magazine',
]);

/**
 * Whom "told" names without relaying anything: "told reporters", "told parliament".
 */
export const NOT_RELAYS: ReadonlySet<string> = new Set([
  'reporters', 'journalists', 'parliament', 'lawmakers', 'conference', 'briefing', 'crowd', 'crowds',
  'supporters', 'residents', 'him', 'her', 'them', 'us', 'me', 'senators', 'congress', 'mourners',
  'families', 'people', 'police', 'investigators', 'court', 'judge', 'committee',
]);

/**
 * Military ranks: a person named with them alone ("Maj-Gen Ahmed Sultan", "Brig. Gen. Samuel
 * Otieno") speaks as the military.
 */
export const MILITARY_RANKS: ReadonlySet<string> = new Set([
  'general', 'gen', 'major', 'maj', 'brigadier', 'brig', 'colonel', 'col', 'lieutenant', 'lt', 'admiral', 'adm',
  'commodore', 'marshal', 'sergeant', 'sgt', 'corporal', 'cpl',
]);

/**
 * Words that make a rank a civil office: "Attorney General", "Surgeon General", "Director General".
 */
export const CIVIL_BEFORE_RANKS: ReadonlySet<string> = new Set([
  'attorney', 'surgeon', 'director', 'solicitor', 'auditor', 'consul', 'postmaster', 'procurator', 'accountant', 'registrar',
]);

/**
 * Roles in which a person speaks for a body, so that the claim is the body's: "army spokesman
 * Colonel Didier Badjeck", "the media wing of the Pakistan Army".
 */
export const SPOKESMAN_ROLES: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'media wing', 'press wing', 'representative', 'public relations officer',
  // Whoever leads a body speaks for it too: "X, the leader of the Kesh Liberation Front", "the
  // director of the monitor".
  'leader', 'president', 'chairman', 'chairwoman', 'chairperson', 'director', 'head',
]);

/** Offices held for a place, which the place tells apart: "the governor of Kesh" is not the governor of Dorvo. */
export const OFFICES: ReadonlySet<string> = new Set(['governor', 'mayor', 'commissioner', 'administrator', 'prefect']);

/** Verbs of an attack: a body that opens a sentence with one ("The Front ambushed a convoy") is an armed group. */
export const ATTACK_VERBS: ReadonlySet<string> = new Set([
  'ambushed', 'attacked', 'stormed', 'raided', 'bombed', 'shelled', 'overran', 'seized', 'kidnapped', 'abducted',
  'captured', 'killed', 'executed', 'beheaded', 'launched', 'targeted', 'besieged',
]);

/** Nouns for a count that a party owns: "police estimates", "the army's own figures". */
export const ESTIMATE_HEADS: ReadonlySet<string> = new Set(['estimates', 'estimate', 'estimations', 'estimation', 'figures', 'figure', 'data', 'count', 'counts', 'tally', 'tallies', 'numbers', 'statistics', 'assessment', 'assessments']);

/** Adjectives of a count that name no party: "official figures", "rough estimates", "a new tally". */
export const TALLY_ADJECTIVES: ReadonlySet<string> = new Set([
  'new', 'current', 'first', 'last', 'latest', 'updated', 'revised', 'official', 'initial', 'previous', 'earlier', 'final', 'provisional', 'preliminary', 'rough', 'early', 'unofficial',
  // "most estimates put the crowd closer to 500,000": how many or what kind, no party.
  'most', 'some', 'many', 'other', 'several', 'various', 'independent', 'conflicting', 'differing', 'varying', 'crowd',
]);

/** Adjectives before a spokesman's role that name the body he speaks for: "presidential spokesman" → the presidency. */
export const BODY_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['presidential', 'presidency'],
  ['parliamentary', 'parliament'],
  ['ministerial', 'ministry'],
  ['governmental', 'government'],
  ['municipal', 'municipality'],
]);

/** Small words inside a body's name, which its initials may leave out: "Front for the Liberation of Kesh", "NPA". */
export const NAME_SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for']);

/** Kinds of source that speak for a state: its army, police and government. */
export const STATE_KINDS: ReadonlySet<string> = new Set(['military', 'police', 'government']);

/** Nouns for papers and numbers that name no one: "according to initial information", "citing data". */
export const FACELESS: ReadonlySet<string> = new Set(['information', 'data', 'figures', 'estimates', 'estimate', 'reports', 'report', 'records', 'statistics', 'calculations', 'results', 'findings', 'count', 'toll', 'tally']);

/** Words before such a noun that say whose it is: "police figures", "official estimates", "hospital records". */
export const SOURCE_MODIFIERS: ReadonlySet<string> = new Set(['government', 'police', 'military', 'army', 'ministry', 'organisers', 'organizers', 'official', 'state', 'hospital', 'health', 'un', 'rebel', 'militant', 'opposition', 'union', 'taliban', 'insurgent']);
