import { countryAt } from './countryAt.js';
import type { Words } from './readWords.js';
import {
  DOCUMENT_NOUNS,
  MILITARY_WORDS,
  NAME_PARTICLES,
  ORG_WORDS,
  ROLE_NOUNS,
  SKIPPED_MODIFIERS,
  TITLES,
} from './sourceWords.js';

/** A token range, `last` exclusive. */
export interface Span {
  readonly first: number;
  readonly last: number;
}

/** What a claimant phrase says about who speaks. */
export interface ClaimantPhrase {
  /** The phrase as written, without relay and anonymity clauses: the source's name. */
  readonly name: string;
  /** A person's name without titles ("Azam Tariq"). */
  readonly person?: string;
  /** An acronym the phrase gives ("TTP", "AFAD"). */
  readonly acronym?: string;
  /** The head's words without determiners, generic adjectives, prepositional phrases and document nouns, countries by name. */
  readonly core: readonly string[];
  /** `he`, `she`, `they`, `it` or `we` when the phrase is a pronoun. */
  readonly pronoun?: string;
  /** Opens with "the". */
  readonly definite: boolean;
  /** Opens with "a", "an", "one" or "another". */
  readonly indefinite: boolean;
  /** Names a statement ("an army statement", "the statement"). */
  readonly statement: boolean;
  /** Names the military ("Pakistan's army", "the military"). */
  readonly military: boolean;
  /** The country the head names ("Pakistan's army", "Nigerian army"). */
  readonly country?: string;
  /** Says the speaker is not named ("who asked not to be identified"). */
  readonly anonymous: boolean;
  /** Outlets the phrase says carried the words ("quoted by the Associated Press"). */
  readonly relays: readonly Span[];
  /** Every word of the phrase, lower-cased, for telling the kind of source. */
  readonly words: readonly string[];
}

const PREPOSITIONS = new Set([
  'of', 'at', 'in', 'for', 'from', 'with', 'on', 'near', 'by', 'to', 'under', 'across', 'inside', 'outside',
  'who', 'which', 'whose', 'that', 'commonly', 'also', 'speaking', 'quoted', 'citing', 'after', 'during',
]);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we']);
const ANONYMITY_WORDS = new Set(['anonymity', 'anonymously', 'identified', 'named', 'authorised', 'authorized']);
const RELAY_OPENERS = new Set(['quoted', 'speaking', 'talking', 'told', 'interview', 'citing']);

function segments(words: Words, span: Span): Span[] {
  const list: Span[] = [];
  let first = span.first;
  for (let k = span.first; k <= span.last; k++) {
    if (k === span.last || words.low(k) === ',') {
      if (k > first) list.push({ first, last: k });
      first = k + 1;
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

// A person's name in a segment: a capitalised run after a role or title ("spokesman Azam Tariq",
// "Gen. Athar Abbas"), or two or more capitalised words that name no organisation or country.
function personIn(words: Words, seg: Span): string | undefined {
  const run = trailingRun(words, seg);
  if (run === undefined) return undefined;
  let nameFirst = run.first;
  let titled = false;
  for (let k = run.first; k < run.last; k++) {
    if (words.isWord(k) && TITLES.has(words.low(k)) && k + 1 < run.last) {
      nameFirst = k + 1;
      titled = true;
    }
  }
  while (nameFirst < run.last && !isNameWord(words, nameFirst)) nameFirst++;
  if (nameFirst >= run.last) return undefined;
  const name: Span = { first: nameFirst, last: run.last };
  let capitals = 0;
  for (let k = name.first; k < name.last; k++) {
    if (!words.isWord(k)) continue;
    if (ORG_WORDS.has(words.low(k)) || words.upper(k) || countryAt(words, k) !== undefined) return undefined;
    if (words.cap(k)) capitals++;
  }
  const before = words.low(run.first - 1);
  const afterRole = run.first > seg.first && ROLE_NOUNS.has(before);
  if (titled || afterRole || (capitals >= 2 && run.first === seg.first)) return textOf(words, name).replace(/\s+/g, ' ');
  return undefined;
}

function acronymIn(words: Words, seg: Span): string | undefined {
  let found: string | undefined;
  for (let k = seg.first; k < seg.last; k++) {
    if (!words.upper(k) || countryAt(words, k) !== undefined) continue;
    if (words.low(k - 1) === '(' && words.low(k + 1) === ')') return words.low(k);
    found = words.low(k);
  }
  return found;
}

interface Core {
  readonly core: string[];
  readonly definite: boolean;
  readonly indefinite: boolean;
  readonly statement: boolean;
  readonly country: string | undefined;
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
  const core: string[] = [];
  let country: string | undefined;
  let glue = false;
  for (; k < seg.last; k++) {
    const low = words.low(k);
    if (low === '(' || low === '"' || low === '\u201c' || low === '\u201d') break;
    if (words.isWord(k) && PREPOSITIONS.has(low)) {
      // "Ministry of Health", "Bank of England": "of" inside a capitalised name.
      const keep = low === 'of' && words.cap(k + 1) && ORG_WORDS.has(words.low(k - 1)) && words.cap(k - 1);
      if (!keep) break;
    }
    if (words.isWord(k) && low.endsWith('ed') && PREPOSITIONS.has(words.low(k + 1)) && core.length > 0) break;
    if (low === '-' && !words.spaced(k)) {
      glue = true;
      continue;
    }
    if (!words.isWord(k) && !words.isNum(k)) continue;
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
  return { core, definite, indefinite, statement, country };
}

/**
 * Reads the phrase that names a claimant ("Pakistani Taliban spokesman Azam Tariq", "A local
 * medic, quoted by the Associated Press,", "the U.N. refugee agency"): its head, any person or
 * acronym it names, its appositives, relays and anonymity.
 *
 * @example
 * ```ts
 * const words = readWords('Pakistani Taliban spokesman Azam Tariq told CNN');
 * readClaimant(words, { first: 0, last: 5 }).person
 * //=> 'Azam Tariq'
 * ```
 */
export function readClaimant(words: Words, span: Span): ClaimantPhrase {
  const parts = segments(words, span);
  const relays: Span[] = [];
  const heads: Span[] = [];
  let anonymous = false;
  for (const seg of parts) {
    const first = words.low(seg.first);
    let anonymity = false;
    for (let k = seg.first; k < seg.last; k++) if (ANONYMITY_WORDS.has(words.low(k))) anonymity = true;
    if (anonymity) {
      anonymous = true;
      continue;
    }
    if (RELAY_OPENERS.has(first)) {
      let k = seg.first;
      while (k < seg.last && !['by', 'to', 'with', 'told', 'citing'].includes(words.low(k))) k++;
      if (words.low(k) !== 'told' || k === seg.first) k++;
      if (first === 'citing') k = seg.first + 1;
      if (k < seg.last) relays.push({ first: k, last: seg.last });
      continue;
    }
    if (PREPOSITIONS.has(first) || first === 'who' || first === 'which') continue;
    heads.push(seg);
  }
  const head = heads[0] ?? parts[0] ?? span;
  const lowWords: string[] = [];
  for (const seg of heads) for (let k = seg.first; k < seg.last; k++) if (words.isWord(k)) lowWords.push(words.low(k));
  let person: string | undefined;
  let acronym: string | undefined;
  for (const seg of heads) {
    person ??= personIn(words, seg);
    acronym ??= acronymIn(words, seg);
  }
  const core = coreOf(words, head);
  let from = head.first;
  while (from < head.last && (words.low(from) === 'but' || words.low(from) === 'and')) from++;
  const lastHead = heads[heads.length - 1] ?? head;
  const name = from < lastHead.last ? textOf(words, { first: from, last: lastHead.last }) : textOf(words, head);
  const single = head.last - head.first === 1 ? words.low(head.first) : undefined;
  const military = core.core.some((w) => MILITARY_WORDS.has(w)) && !core.core.includes('security');
  return {
    name: name.length > 120 ? `${name.slice(0, 119)}…` : name,
    ...(person === undefined ? {} : { person }),
    ...(acronym === undefined ? {} : { acronym }),
    core: core.core,
    ...(single !== undefined && PRONOUNS.has(single) ? { pronoun: single } : {}),
    definite: core.definite,
    indefinite: core.indefinite,
    statement: core.statement,
    military,
    ...(core.country === undefined ? {} : { country: core.country }),
    anonymous,
    relays,
    words: lowWords,
  };
}
