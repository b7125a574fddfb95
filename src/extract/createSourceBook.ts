import type { Source, SourceKind } from '../claims/schemas.js';
import { singular } from '../vocabulary/singular.js';
import type { Vocabulary } from '../vocabulary/types.js';
import type { ClaimantPhrase } from './readClaimant.js';
import { slug } from './slug.js';
import { sourceKind } from './sourceKind.js';
import { ANAPHORIC_HEADS, MEDIA_WORDS, NOT_RELAYS, PERSON_NOUNS } from './sourceWords.js';

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
  /** Marks a source as speaking without its name. */
  markAnonymous(id: string): void;
  /** Sources named in the last `window` sentences up to `sentence` whose phrase ends in `head`. */
  recent(sentence: number, window: number, head: string): string[];
  /** Every source registered, in order of first mention. */
  readonly sources: ReadonlyMap<string, Source>;
}

const ARMED_HEADS = new Set(['group', 'militants', 'rebels', 'insurgents', 'outfit', 'movement', 'organisation', 'organization']);
const MENTION_WINDOW = 32;

/**
 * Creates the registry that turns claimant phrases into source ids. Ids follow one rule, applied
 * in order: a person is the slug of the name without titles (`azam-tariq`), and a later surname
 * alone ("Arshad") is the same person; an acronym is its slug (`ttp`); the army, the military and
 * the armed forces are `military`, after the country when the phrase names it
 * (`pakistan-military`), and a bare "the army" is the military already named; a pronoun, "the
 * statement" and "the group" (or another generic head after "the") are the source they refer
 * to; anything else is the slug of the head's words (`residents`, `interior-ministry`).
 *
 * @example
 * ```ts
 * const book = createSourceBook(createVocabulary(), new Set());
 * const words = readWords('Pakistani Taliban spokesman Azam Tariq');
 * book.resolve(readClaimant(words, { first: 0, last: 5 }), 0)
 * //=> 'azam-tariq'
 * ```
 */
export function createSourceBook(vocabulary: Vocabulary, armedNames: ReadonlySet<string>): SourceBook {
  const sources = new Map<string, Source>();
  const surnames = new Map<string, string>();
  const byHead = new Map<string, string>();
  const byKind = new Map<SourceKind, string>();
  // The military named as an institution ("Pakistan's army"), which "the army" refers back to.
  let military: string | undefined;
  const mentions: { id: string; sentence: number; head: string }[] = [];
  let lastPerson: string | undefined;
  let lastSource: string | undefined;
  let lastStatement: string | undefined;

  const kindOf = (phrase: ClaimantPhrase): SourceKind => {
    const joined = ` ${phrase.words.join(' ')} `;
    for (const name of armedNames) if (joined.includes(` ${name} `)) return 'armed-group';
    return sourceKind(phrase.words, vocabulary);
  };

  const register = (id: string, phrase: ClaimantPhrase, kind: SourceKind | (() => SourceKind), sentence: number, person: boolean): string => {
    if (!sources.has(id)) sources.set(id, { id, name: phrase.name, kind: typeof kind === 'function' ? kind() : kind });
    if (phrase.anonymous) markAnonymous(id);
    const head = phrase.core[phrase.core.length - 1];
    if (head !== undefined) byHead.set(singular(head), id);
    const known = sources.get(id)?.kind;
    if (known !== undefined) byKind.set(known, id);
    if (person) lastPerson = id;
    if (phrase.statement) lastStatement = id;
    lastSource = id;
    mentions.push({ id, sentence, head: singular(head ?? '') });
    if (mentions.length > MENTION_WINDOW) mentions.splice(0, mentions.length - MENTION_WINDOW);
    return id;
  };

  function markAnonymous(id: string): void {
    const source = sources.get(id);
    if (source !== undefined && source.anonymous !== true) sources.set(id, { ...source, anonymous: true });
  }

  const resolve = (phrase: ClaimantPhrase, sentence: number): string | undefined => {
    if (phrase.pronoun !== undefined) {
      return phrase.pronoun === 'he' || phrase.pronoun === 'she' ? (lastPerson ?? lastSource) : lastSource;
    }
    if (phrase.person !== undefined) {
      const id = slug(phrase.person);
      const parts = id.split('-');
      surnames.set(parts[parts.length - 1] as string, id);
      return register(id, phrase, () => kindOf(phrase), sentence, true);
    }
    const core = phrase.core;
    if (core.length === 1 && phrase.acronym === undefined) {
      const known = surnames.get(core[0] as string);
      if (known !== undefined) return register(known, phrase, 'other', sentence, true);
    }
    if (phrase.acronym !== undefined) return register(slug(phrase.acronym), phrase, () => kindOf(phrase), sentence, false);
    if (core.length === 0 && phrase.statement) {
      const target = lastStatement ?? lastSource;
      if (target !== undefined) lastStatement = target;
      return target;
    }
    const head = core[core.length - 1];
    if (head === undefined) return undefined;
    if (phrase.military && !(phrase.indefinite && PERSON_NOUNS.has(head))) {
      const id = phrase.country !== undefined ? `${slug(phrase.country)}-military` : (military ?? 'military');
      military = id;
      return register(id, phrase, 'military', sentence, false);
    }
    if (phrase.definite && core.length <= 3 && ANAPHORIC_HEADS.has(head)) {
      const target = ARMED_HEADS.has(head) ? byKind.get('armed-group') : byHead.get(singular(head));
      if (target !== undefined) return register(target, phrase, 'other', sentence, false);
    }
    const id = slug(core.join(' '));
    return id === '' ? undefined : register(id, phrase, () => kindOf(phrase), sentence, false);
  };

  const relay = (phrase: ClaimantPhrase): string | undefined => {
    if (phrase.words.some((w) => NOT_RELAYS.has(w))) return undefined;
    const media = phrase.words.some((w) => MEDIA_WORDS.has(w));
    const named = phrase.acronym !== undefined || /\p{Lu}/u.test(phrase.name);
    if (!media && !named) return undefined;
    const id = slug(phrase.acronym ?? phrase.core.join(' '));
    if (id === '') return undefined;
    if (!sources.has(id)) sources.set(id, { id, name: phrase.name, kind: 'media' });
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

  return { resolve, relay, outlet, setKind, issuedStatement, markAnonymous, recent, sources };
}
