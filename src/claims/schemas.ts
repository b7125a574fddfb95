import * as z from 'zod';
import { FigureSchema, type Figure } from '../figures/schemas.js';
import { TextSchema } from '../internal/textSchema.js';
import { toEpochMs } from '../internal/toEpochMs.js';

/**
 * What kind of body a source is.
 *
 * @example
 * ```ts
 * SourceKindSchema.parse('armed-group')
 * //=> 'armed-group'
 * ```
 */
export const SourceKindSchema = z.enum([
  'military',
  'police',
  'government',
  'armed-group',
  'media',
  'ngo',
  'international-org',
  'research',
  'health',
  'residents',
  'witness',
  'other',
]);

/**
 * What kind of body a source is (`military`, `armed-group`, `media`, …).
 *
 * @example
 * ```ts
 * const kinds: (SourceKind | undefined)[] = extractClaims('Five soldiers were killed, the military said.', { outlet: 'CNN' }).sources.map((s) => s.kind);
 * kinds
 * //=> ['media', 'military']
 * ```
 */
export type SourceKind = z.infer<typeof SourceKindSchema>;

const id = TextSchema.min(1);

/**
 * Who asserts or relays a figure. `side` names the party the source belongs to; neutral sources
 * have none.
 *
 * @example
 * ```ts
 * SourceSchema.parse({ id: 'ttp', name: 'Tehrik-i-Taliban Pakistan', kind: 'armed-group', side: 'ttp' }).side
 * //=> 'ttp'
 * ```
 */
export const SourceSchema = z.strictObject({
  id: id.meta({ description: 'Unique among the sources of the set: claims name their claimant and relays by it.' }),
  name: TextSchema.min(1).meta({ description: 'The name as a report prints it ("Pakistani Taliban (TTP)").' }),
  kind: SourceKindSchema.optional().meta({ description: 'What kind of body the source is.' }),
  side: id.optional().meta({ description: 'The party the source belongs to ("pakistan-state", "ttp"); none for a neutral source.' }),
  anonymous: z
    .boolean()
    .optional()
    .meta({ description: 'Whether the source speaks without being named ("officials speaking on condition of anonymity").' }),
});

/**
 * Who asserts or relays a figure: `{ id, name, kind?, side?, anonymous? }`.
 *
 * @example
 * ```ts
 * const ttp: Source = { id: 'ttp', name: 'Tehrik-i-Taliban Pakistan', kind: 'armed-group', side: 'ttp' };
 * formatClaim({ id: 'c', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 68, high: 68, stated: 68, hedge: 'exact' } }, { sources: [ttp], events: [] })
 * //=> 'Tehrik-i-Taliban Pakistan: 68 soldiers killed — day'
 * ```
 */
export interface Source {
  /** Unique among the sources of the set: claims name their claimant and relays by it. */
  id: string;
  /** The name as a report prints it ("Pakistani Taliban (TTP)"). */
  name: string;
  /** What kind of body the source is. */
  kind?: SourceKind | undefined;
  /** The party the source belongs to ("pakistan-state", "ttp"); none for a neutral source. */
  side?: string | undefined;
  /**
   * Whether the source speaks without being named ("officials speaking on condition of anonymity").
   */
  anonymous?: boolean | undefined;
}

/**
 * An ISO 8601 date (`2009-10-18`) or date-time (`2009-10-18T06:00:00Z`; without an offset it is
 * read as UTC).
 *
 * @example
 * ```ts
 * IsoDateSchema.safeParse('18 October 2009').success
 * //=> false
 * ```
 */
export const IsoDateSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })]);

/**
 * An inclusive period; a date-only `end` covers that whole day.
 *
 * @example
 * ```ts
 * PeriodSchema.safeParse({ start: '2009-10-18', end: '2009-10-17' }).success
 * //=> false
 * ```
 */
export const PeriodSchema = z
  .strictObject({
    start: IsoDateSchema.meta({ description: 'The first day or moment of the period (ISO 8601).' }),
    end: IsoDateSchema.meta({ description: 'The last day or moment (ISO 8601), not before start; a date-only end covers that whole day.' }),
  })
  .superRefine((period, ctx) => {
    if (toEpochMs(period.start, 'start') > toEpochMs(period.end, 'end')) {
      ctx.addIssue({
        code: 'custom',
        message: `start ${period.start} is after end ${period.end}`,
        input: period,
      });
    }
  });

/**
 * An inclusive period `{ start, end }` of ISO 8601 strings.
 *
 * @example
 * ```ts
 * const period: Period = { start: '2009-10-18T06:00:00Z', end: '2009-10-18' };
 * PeriodSchema.safeParse(period).success
 * //=> true
 * ```
 */
export interface Period {
  /** The first day or moment of the period (ISO 8601). */
  start: string;
  /** The last day or moment (ISO 8601), not before start; a date-only end covers that whole day. */
  end: string;
}

/**
 * Something that happened, about which figures are claimed. `place` runs broad to narrow; `partOf`
 * names a larger event this one is part of; `sameAs` is set by `resolveEvents`.
 *
 * @example
 * ```ts
 * EventSchema.parse({ id: 'day', place: ['Pakistan', 'South Waziristan'] }).place
 * //=> ['Pakistan', 'South Waziristan']
 * ```
 */
export const EventSchema = z.strictObject({
  id: id.meta({ description: 'Unique among the events of the set: claims name their event by it.' }),
  label: TextSchema.optional().meta({ description: 'A name for people to read ("South Waziristan offensive").' }),
  place: z
    .array(TextSchema.min(1))
    .optional()
    .meta({ description: 'Where it happened, broad to narrow (["Pakistan", "South Waziristan", "Kotkai"]).' }),
  period: PeriodSchema.optional().meta({ description: 'When it happened: an inclusive period.' }),
  partOf: id.optional().meta({ description: "The id of a larger event this one is a part of (one clash within a day's fighting)." }),
  sameAs: id.optional().meta({ description: 'Set by resolveEvents: the id of the event this one was merged into.' }),
});

/**
 * Something that happened: `{ id, label?, place?, period?, partOf?, sameAs? }`.
 *
 * @example
 * ```ts
 * const day: Event = { id: 'day', label: 'South Waziristan offensive', place: ['Pakistan', 'South Waziristan'], period: { start: '2009-10-17', end: '2009-10-18' } };
 * formatClaim({ id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } }, { sources: [], events: [day] })
 * //=> 'army: 5 soldiers killed — South Waziristan offensive, 2009-10-17 to 2009-10-18'
 * ```
 */
export interface Event {
  /** Unique among the events of the set: claims name their event by it. */
  id: string;
  /** A name for people to read ("South Waziristan offensive"). */
  label?: string | undefined;
  /** Where it happened, broad to narrow (["Pakistan", "South Waziristan", "Kotkai"]). */
  place?: string[] | undefined;
  /** When it happened: an inclusive period. */
  period?: Period | undefined;
  /** The id of a larger event this one is a part of (one clash within a day's fighting). */
  partOf?: string | undefined;
  /** Set by resolveEvents: the id of the event this one was merged into. */
  sameAs?: string | undefined;
}

/**
 * What is counted: canonical outcome and subject ids, whose people (`side`), and the words the
 * source used (`term`, `outcomeTerm`).
 *
 * @example
 * ```ts
 * MeasureSchema.parse({ outcome: 'killed', subject: 'militants', term: 'terrorists' }).term
 * //=> 'terrorists'
 * ```
 */
export const MeasureSchema = z.strictObject({
  outcome: id.meta({
    description: 'What happened to those counted: an outcome id of the vocabulary ("killed", "injured"). A document may give any alias ("dead"), which parseClaimSet turns into the id, keeping the word in outcomeTerm.',
  }),
  subject: id.meta({
    description: 'Who was counted: a subject id of the vocabulary ("soldiers", "militants"). A document may give any alias ("troops"), which parseClaimSet turns into the id, keeping the word in term.',
  }),
  side: id.optional().meta({ description: 'Whose people were counted: a side, as sources name theirs ("pakistan-state").' }),
  term: TextSchema.optional().meta({ description: 'The word the source used for the subject, where it is not the id ("terrorists", "troops").' }),
  outcomeTerm: TextSchema.optional().meta({ description: 'The word the source used for the outcome, where it is not the id ("martyred", "wounded").' }),
});

/**
 * What is counted: `{ outcome, subject, side?, term?, outcomeTerm? }`.
 *
 * @example
 * ```ts
 * const measure: Measure = { outcome: 'killed', subject: 'militants', side: 'ttp', term: 'terrorists' };
 * formatClaim({ id: 'c', claimant: 'army', event: 'day', measure, figure: { low: 60, high: 60, stated: 60, hedge: 'exact' } }, { sources: [], events: [] })
 * //=> 'army: 60 militants killed (loaded label "terrorists") — day'
 * ```
 */
export interface Measure {
  /**
   * What happened to those counted: an outcome id of the vocabulary ("killed", "injured"). A
   * document may give any alias ("dead"), which parseClaimSet turns into the id, keeping the word
   * in outcomeTerm.
   */
  outcome: string;
  /**
   * Who was counted: a subject id of the vocabulary ("soldiers", "militants"). A document may give
   * any alias ("troops"), which parseClaimSet turns into the id, keeping the word in term.
   */
  subject: string;
  /** Whose people were counted: a side, as sources name theirs ("pakistan-state"). */
  side?: string | undefined;
  /** The word the source used for the subject, where it is not the id ("terrorists", "troops"). */
  term?: string | undefined;
  /** The word the source used for the outcome, where it is not the id ("martyred", "wounded"). */
  outcomeTerm?: string | undefined;
}

/**
 * Whether a claim asserts its figure or denies it (a denial says the figure is zero).
 *
 * @example
 * ```ts
 * StanceSchema.options
 * //=> ['asserts', 'denies']
 * ```
 */
export const StanceSchema = z.enum(['asserts', 'denies']);

/**
 * `asserts` (the default) or `denies`.
 *
 * @example
 * ```ts
 * const stance: Stance = 'denies';
 * formatClaim({ id: 'd', claimant: 'army', event: 'raid', stance, measure: { outcome: 'abducted', subject: 'soldiers' }, figure: { low: 0, high: 0, stated: 0, hedge: 'exact' } }, { sources: [], events: [] })
 * //=> 'army: DENIES any soldiers abducted — raid'
 * ```
 */
export type Stance = z.infer<typeof StanceSchema>;

/**
 * Where a claim came from: a document, the quoted words, and their character offsets.
 *
 * @example
 * ```ts
 * EvidenceSchema.safeParse({ start: 10, end: 4 }).success
 * //=> false
 * ```
 */
export const EvidenceSchema = z
  .strictObject({
    document: TextSchema.optional().meta({ description: 'The document the claim came from: a file name, an address, an id.' }),
    quote: TextSchema.optional().meta({ description: 'The words of the document that make the claim (extractClaims quotes the sentence).' }),
    start: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .meta({ description: "Where the claim's words start in the document, as a character offset from 0 (extractClaims: the figure's)." }),
    end: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .meta({ description: "Where the claim's words end in the document: the offset after their last character, not before start." }),
  })
  .superRefine((evidence, ctx) => {
    if (evidence.start !== undefined && evidence.end !== undefined && evidence.start > evidence.end) {
      ctx.addIssue({
        code: 'custom',
        message: `start ${evidence.start} is after end ${evidence.end}`,
        input: evidence,
      });
    }
  });

/**
 * Where a claim came from: `{ document?, quote?, start?, end? }`.
 *
 * @example
 * ```ts
 * const text = 'Five soldiers were killed, the military said.';
 * const evidence: Evidence | undefined = extractClaims(text, { document: 'dawn-1' }).claims[0]?.evidence;
 * evidence
 * //=> { document: 'dawn-1', quote: text, start: 0, end: 4 }
 * ```
 */
export interface Evidence {
  /** The document the claim came from: a file name, an address, an id. */
  document?: string | undefined;
  /** The words of the document that make the claim (extractClaims quotes the sentence). */
  quote?: string | undefined;
  /**
   * Where the claim's words start in the document, as a character offset from 0 (extractClaims: the
   * figure's).
   */
  start?: number | undefined;
  /**
   * Where the claim's words end in the document: the offset after their last character, not before
   * start.
   */
  end?: number | undefined;
}

/**
 * One attributed assertion: who claims which figure about what, for which event, relayed by whom.
 *
 * @example
 * ```ts
 * ClaimSchema.parse({
 *   id: 'ttp-security-forces',
 *   claimant: 'ttp',
 *   via: ['cnn'],
 *   event: 'day',
 *   measure: { outcome: 'killed', subject: 'security-forces', side: 'pakistan-state' },
 *   figure: { low: 68, high: 68, stated: 68, hedge: 'exact' },
 * }).via
 * //=> ['cnn']
 * ```
 */
export const ClaimSchema = z.strictObject({
  id: id.meta({ description: 'Unique among the claims of the set.' }),
  claimant: id.meta({ description: 'The id of the source that asserts the figure.' }),
  via: z
    .array(id)
    .optional()
    .meta({ description: 'The ids of the sources that carried the claim, nearest first (a spokesman quoted by CNN: ["cnn"]).' }),
  event: id.meta({ description: 'The id of the event the figure is about.' }),
  measure: MeasureSchema.meta({ description: 'What is counted.' }),
  figure: FigureSchema.meta({ description: 'The figure claimed, as an interval.' }),
  stance: StanceSchema.optional().meta({ description: '"asserts" (the default) or "denies": a denial says the figure is zero.' }),
  statedAt: IsoDateSchema.optional().meta({ description: "When the claimant gave the figure (ISO 8601): the latest of a claimant's figures is current." }),
  evidence: EvidenceSchema.optional().meta({ description: 'Where the claim came from.' }),
});

/**
 * One attributed assertion: `{ id, claimant, via?, event, measure, figure, stance?, statedAt?, evidence? }`.
 *
 * @example
 * ```ts
 * const claim: Claim = {
 *   id: 'c1', claimant: 'ttp', via: ['cnn'], event: 'day',
 *   measure: { outcome: 'killed', subject: 'security-forces' },
 *   figure: { low: 68, high: 68, stated: 68, hedge: 'exact' },
 * };
 * formatClaim(claim, { sources: [{ id: 'ttp', name: 'The TTP' }, { id: 'cnn', name: 'CNN' }], events: [{ id: 'day' }] })
 * //=> 'The TTP via CNN: 68 security forces killed — day'
 * ```
 */
export interface Claim {
  /** Unique among the claims of the set. */
  id: string;
  /** The id of the source that asserts the figure. */
  claimant: string;
  /**
   * The ids of the sources that carried the claim, nearest first (a spokesman quoted by CNN:
   * ["cnn"]).
   */
  via?: string[] | undefined;
  /** The id of the event the figure is about. */
  event: string;
  /** What is counted. */
  measure: Measure;
  /** The figure claimed, as an interval. */
  figure: Figure;
  /** "asserts" (the default) or "denies": a denial says the figure is zero. */
  stance?: Stance | undefined;
  /**
   * When the claimant gave the figure (ISO 8601): the latest of a claimant's figures is current.
   */
  statedAt?: string | undefined;
  /** Where the claim came from. */
  evidence?: Evidence | undefined;
}

/**
 * The canonical document: sources, events and the claims that refer to them. This schema checks
 * shapes only; {@link parseClaimSet} also resolves references and accepts the forgiving input
 * form.
 *
 * @example
 * ```ts
 * ClaimSetSchema.parse({ sources: [], events: [], claims: [] }).claims.length
 * //=> 0
 * ```
 */
export const ClaimSetSchema = z.strictObject({
  sources: z.array(SourceSchema).meta({ description: 'Who asserts or carries the figures; ids unique.' }),
  events: z.array(EventSchema).meta({ description: 'What the figures are about; ids unique.' }),
  claims: z.array(ClaimSchema).meta({ description: 'The attributed figures; every source and event they name is in the set.' }),
});

/**
 * The document: `{ sources, events, claims }`.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army' }],
 *   events: [{ id: 'day' }],
 *   claims: [{ id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } }],
 * };
 * groupClaims(set).map((g) => g.id)
 * //=> ['day/killed/soldiers']
 * ```
 */
export interface ClaimSet {
  /** Who asserts or carries the figures; ids unique. */
  sources: Source[];
  /** What the figures are about; ids unique. */
  events: Event[];
  /** The attributed figures; every source and event they name is in the set. */
  claims: Claim[];
}
