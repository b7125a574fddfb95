// The layers extraction builds, pass by pass, over one token array. Each pass reads earlier
// layers and adds one; see extractClaims for their order.
import type { Figure } from '../figures/schemas.js';

/** A token range, `last` exclusive. */
export interface Span {
  readonly first: number;
  readonly last: number;
}

/**
 * The tokens of an article as extraction reads them, in parallel arrays: the figure scanner's
 * tokens (so figure spans fall on token boundaries), with the letter case, possessives and line
 * breaks that attribution needs. Reads past the end give `''`, `false` and the text's length.
 */
export interface Words {
  readonly text: string;
  readonly count: number;
  /** Lower-cased token text; a possessive "'s" is dropped ("Pakistan's" → "pakistan"). */
  low(i: number): string;
  /** A word (letters). */
  isWord(i: number): boolean;
  /** A number written in digits. */
  isNum(i: number): boolean;
  /** A word that starts with a capital letter. */
  cap(i: number): boolean;
  /** A word of two or more letters, all capitals ("TTP", "NDMA"). */
  upper(i: number): boolean;
  /** A word that ended in a possessive "'s". */
  poss(i: number): boolean;
  /** Whether a line break comes before the token. */
  lineBefore(i: number): boolean;
  /** Whether whitespace comes before the token. */
  spaced(i: number): boolean;
  start(i: number): number;
  /** Exclusive. */
  end(i: number): number;
}

/** A sentence: tokens `first` to `last` (exclusive) and their character span. */
export interface Sentence {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  /** The index of its line: sentences on one line share a paragraph. */
  readonly paragraph: number;
  /** What part of the page it is; only `body` sentences make claims of their own. */
  readonly role: SentenceRole;
}

/**
 * A sentence's part of the page: the headline block (title, deck, subheads), a byline or other
 * page furniture (dates, sources, credits), a photo caption, or the body.
 */
export type SentenceRole = 'headline' | 'byline' | 'caption' | 'body';

/** A dateline ("KABUL (AP) —", "BANGKOK:"): where the report was filed and the outlet it names. */
export interface Dateline extends Span {
  readonly place: string;
  readonly outlet: string | undefined;
}

/** A figure in a sentence: its tokens (`first`–`last`) and its characters (`start`–`end`). */
export interface FigureItem extends Span {
  readonly figure: Figure;
  readonly start: number;
  readonly end: number;
}

/** A resolved stretch of time, both ends inclusive whole days (local dates). */
export interface DaySpan {
  readonly start: Date;
  readonly end: Date;
}

/** What a time mention is resolved against. */
export interface TimeAnchor {
  /** The publication date. */
  readonly today: Date | undefined;
  /** The day the article's main event began, for "the first day". */
  readonly launch: Date | undefined;
}

/** A time expression in a sentence ("on Sunday", "in the last 24 hours", "last week"). */
export interface TimeMention extends Span {
  /** Whether it names a single day ("Sunday", "yesterday"), which can date a statement. */
  readonly day: boolean;
  /** What tells it from another day when there is no date to resolve against ("weekday 6"). */
  readonly key?: string;
  resolve(anchor: TimeAnchor): DaySpan | undefined;
}

/** A place a sentence names, broad to narrow ("in Pakistan's restive North Waziristan tribal region" → Pakistan, North Waziristan). */
export interface PlaceMention extends Span {
  /** Names broad to narrow; the country first when the sentence names it. */
  readonly path: readonly string[];
  /** Whether the first name is a country. */
  readonly rooted: boolean;
  /** "in the same area": the place of the incident before. */
  readonly same: boolean;
  /** A region ("North Waziristan region", "Borno state") or a town ("the town of Mir Ali"), when the words say. */
  readonly level?: PlaceLevel | undefined;
  /** "nationwide", "across the country": the whole country; "outside the capital": all but the city. */
  readonly scope?: 'national' | 'outside' | undefined;
  /** Within a speaker's phrase ("The Interior Ministry in Kabul said"): where the speaker is. */
  readonly speaker?: boolean;
  /** "1.2 million, including 80,000 in Paris": where a breakdown opens (its "including"); only the figures after it are at the place. */
  readonly part?: number;
  /** "in the capital": the capital of the article's country, which the path leaves empty. */
  readonly capital?: boolean;
}

/** How large a place is, as far as its mention says. */
export type PlaceLevel = 'region' | 'local';

/** A reporting or denial cue in a sentence, with the phrase that names who speaks. */
export interface Cue {
  /** The cue word ("said", "according"). */
  readonly at: number;
  /** Whether it denies ("denied", "dismissed", or a report cue in a sentence that calls something "baseless"). */
  readonly deny: boolean;
  /** "adding", "dismissing": the speaker of the cue before it in the sentence. */
  readonly participle: boolean;
  /** Whether what is said follows the cue ("X said that …") rather than precedes it ("…, X said."). */
  readonly leading: boolean;
  /** The claimant phrase; absent for participles. */
  readonly phrase: Span | undefined;
  /** Outcomes the words were told to ("told CNN by phone"). */
  readonly relays: readonly Span[];
  /** A single-day time right at the cue ("said Sunday", "on Wednesday said"): when it was said. */
  readonly statedAt: TimeMention | undefined;
  /** Tokens that belong to the cue and its phrase, not to what is said. */
  readonly zone: Span;
  /** Tokens whose figures the cue governs: what follows a leading cue, the clause before a trailing one. */
  readonly scope: Span;
  /** Where what is said begins, for a leading cue. */
  readonly content: number;
  /** "said in a statement", "In a statement, X said": later "the statement" is this speaker's. */
  readonly statement: boolean;
  /** "on condition of anonymity" right at the cue. */
  readonly anonymous: boolean;
  /** A noun cue ("Hefazat's estimate of thousands"): its scope ends with the figure it names. */
  readonly bounded?: boolean;
  /** A verb of arresting ("Police arrested 40"): its speaker did what it counts, and yields to anyone who tells of it. */
  readonly actor?: boolean;
  /** A denial of what its sentence said before it ("…, a claim the army denied", "…, which police denied"): it governs no figures. */
  readonly refersBack?: boolean;
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
  /** A pronoun whose verb of saying comes after words of its own ("It has tracked the group since
   * 2005 and counted 11 dead"): it stands for the one who spoke last, not a body only reported. */
  readonly detached?: boolean;
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
  /** The role of a person speaking for a body ("spokesman", "official", "commander"), lower-cased. */
  readonly role?: string;
  /** Whether the role is the body's named before, by a possessive pronoun: "Its spokesperson". */
  readonly roleOfLast?: boolean;
  /** The body the role speaks for: "Pakistani Taliban" in "Pakistani Taliban spokesman Azam Tariq",
   * "the Interior Ministry" in "a spokesman for the Interior Ministry". */
  readonly org?: ClaimantPhrase;
  /** The author of a document: "the Greater London Authority" in "a document prepared by the Greater London Authority". */
  readonly author?: ClaimantPhrase;
  /** The heads of appositives: "group" in "People's Vote, the campaign group". */
  readonly appositiveHeads?: readonly string[];
}

/** An outcome or subject read from the text: its canonical id and the words as written. */
export interface TermRead {
  readonly id: string;
  /** The words as written, lower-cased ("taliban fighter", "wounded"). */
  readonly term: string;
  readonly known: boolean;
  readonly loaded: boolean;
  /** First token of the words. */
  readonly first: number;
  /** Token after the words. */
  readonly next: number;
}

/** What a figure counts, as the sentence around it says. */
export interface MeasureRead {
  readonly outcome: string;
  /** The outcome's words when they differ from its id ("wounded"). */
  readonly outcomeTerm: string;
  readonly subject: string;
  /** The subject's words as written ("terrorists", "soldiers and paramilitary troopers"), or '' when none was written. */
  readonly term: string;
  /** The subject was not written: "lost none of their own", "left 20 wounded" after nothing to inherit from. */
  readonly defaulted: boolean;
  /** Counts the claimant's own losses ("lost", "suffered"). */
  readonly ownLoss: boolean;
  /** A toll ("put the toll at 19"): its dates date the statement, not the incident. */
  readonly toll: boolean;
  /** Whose people were counted, when the text says (set by the sides pass). */
  readonly side?: string;
  /** The words before an own-loss verb, naming whose loss it is ("the armenian side" has lost …). */
  readonly owner?: string;
  /** The sentence sets two states against each other ("between Azerbaijani and Armenian troops"): forces it counts with no nationality of their own are of both. */
  readonly mutual?: boolean;
}

/** What the whole article says that single sentences rely on. */
export interface DocumentContext {
  /** The country the article is about: in the first sentence that names one, the one named as a place, else the first named. */
  readonly country: string | undefined;
  /** The place below the country the article names most, for incidents whose sentences name none. */
  readonly mainPlace: string | undefined;
  /** The day the main event began ("was launched Saturday"), for "the first day". */
  readonly launch: Date | undefined;
  /** Lower-cased names the article uses for armed groups ("boko haram" from "Boko Haram fighters"). */
  readonly armedNames: ReadonlySet<string>;
  /**
   * What a count of the missing counts: `abducted` in a story whose opening (its first three
   * sentences) tells of a kidnapping, where the missing are those taken; else undefined, as after a
   * flood or a shipwreck, where their fate is not known.
   */
  readonly missing: string | undefined;
}

/** A claim as extraction drafts it, before ids, evidence and the source list are settled. */
export interface ClaimDraft {
  readonly claimant: string;
  readonly via: readonly string[];
  readonly measure: MeasureRead;
  readonly figure: Figure;
  readonly stance: 'asserts' | 'denies';
  readonly statedAt: Date | undefined;
  /** The figure's (or the denial word's) offsets in the text. */
  readonly start: number;
  readonly end: number;
  /** The time mention nearest the figure, which decides its event. */
  readonly time: TimeMention | undefined;
  /** The index of its sentence. */
  readonly sentence: number;
  /** The token of its figure (or of the denial word), where its scene is read. */
  readonly token: number;
  /** A draft whose incident this one shares: a denial and what it denies, a report and its denial. */
  sameEventAs?: ClaimDraft;
  event: string | undefined;
}

/** A quotation (tokens `first`–`last`, marks excluded) and the cue that speaks it, by sentence and cue index. */
export interface Quote extends Span {
  readonly speaker: { readonly sentence: number; readonly cue: number } | undefined;
}

/** Who speaks at a cue: a source id, and the outlets that carried the words, nearest first. */
export interface Speaker {
  readonly source: string | undefined;
  readonly via: string[];
  /** The cue names no one the text told of ("According to the report," with no report before): the article's own words. */
  readonly unowned?: boolean;
}

/** "All TTP fighters managed to escape": a group said to have got away, that is none killed. */
export interface Escape extends Span {
  readonly subject: TermRead;
}

/** What a denial denies. */
export interface DenialRead {
  /** "the claim", "them", "it": the figures of the sentence before. */
  readonly anaphoric: boolean;
  /** "denied any casualties" (the dead and the injured), "any losses" (the dead): the only outcomes denied. */
  readonly losses?: readonly string[];
  /** "rejected a request for …": what was asked for is refused, no count denied. */
  readonly notCount?: boolean;
  /** "denied responsibility", "denied it carried out the strike": who did it is denied, no count, even by "it". */
  readonly blame?: boolean;
  /** Whose report is denied: "reports", "claims by the Taliban", "the Taliban's claim". */
  readonly reporter: Span | undefined;
  /** The denied clause ("that the militants had kidnapped some soldiers"). */
  readonly clause: Span;
  /** The outcome and subject the clause names, for a denial without a figure. */
  readonly outcome: TermRead | undefined;
  readonly subject: TermRead | undefined;
}
