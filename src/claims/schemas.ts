import * as z from 'zod';
import { instant } from './instant.js';

/**
 * How a figure is hedged: the kind of interval its wording gives.
 *
 * @example
 * ```ts
 * HedgeSchema.options.includes('at-least')
 * //=> true
 * ```
 */
export const HedgeSchema = z.enum([
  'exact',
  'at-least',
  'more-than',
  'at-most',
  'fewer-than',
  'about',
  'nearly',
  'range',
  'vague',
]);

/** How a figure is hedged: `exact`, `at-least`, `more-than`, `at-most`, `fewer-than`, `about`, `nearly`, `range` or `vague`. */
export type Hedge = z.infer<typeof HedgeSchema>;

const count = z.number().finite().nonnegative();

/**
 * One hedged quantity, always an interval `[low, high]` (`high: null` means no upper bound), with
 * the number as stated and the hedge that produced the interval.
 *
 * @example
 * ```ts
 * FigureSchema.parse({ low: 7, high: null, stated: 7, hedge: 'at-least' }).high
 * //=> null
 * FigureSchema.safeParse({ low: 9, high: 3, stated: null, hedge: 'range' }).success
 * //=> false
 * ```
 */
export const FigureSchema = z
  .strictObject({
    low: count,
    high: count.nullable(),
    stated: count.nullable(),
    hedge: HedgeSchema,
    text: z.string().optional(),
  })
  .superRefine((figure, ctx) => {
    if (figure.high !== null && figure.low > figure.high) {
      ctx.addIssue({ code: 'custom', message: `low ${figure.low} is above high ${figure.high}`, input: figure });
    }
  });

/** One hedged quantity: `{ low, high, stated, hedge, text? }`, with `high === null || low <= high`. */
export type Figure = z.infer<typeof FigureSchema>;

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
  'government',
  'armed-group',
  'media',
  'ngo',
  'international-org',
  'research',
  'residents',
  'witness',
  'other',
]);

/** What kind of body a source is (`military`, `armed-group`, `media`, …). */
export type SourceKind = z.infer<typeof SourceKindSchema>;

const id = z.string().min(1);

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
  id,
  name: z.string().min(1),
  kind: SourceKindSchema.optional(),
  side: id.optional(),
  anonymous: z.boolean().optional(),
});

/** Who asserts or relays a figure: `{ id, name, kind?, side?, anonymous? }`. */
export type Source = z.infer<typeof SourceSchema>;

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
  .strictObject({ start: IsoDateSchema, end: IsoDateSchema })
  .superRefine((period, ctx) => {
    if (instant(period.start, 'start') > instant(period.end, 'end')) {
      ctx.addIssue({
        code: 'custom',
        message: `start ${period.start} is after end ${period.end}`,
        input: period,
      });
    }
  });

/** An inclusive period `{ start, end }` of ISO 8601 strings. */
export type Period = z.infer<typeof PeriodSchema>;

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
  id,
  label: z.string().optional(),
  place: z.array(z.string().min(1)).optional(),
  period: PeriodSchema.optional(),
  partOf: id.optional(),
  sameAs: id.optional(),
});

/** Something that happened: `{ id, label?, place?, period?, partOf?, sameAs? }`. */
export type Event = z.infer<typeof EventSchema>;

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
  outcome: id,
  subject: id,
  side: id.optional(),
  term: z.string().optional(),
  outcomeTerm: z.string().optional(),
});

/** What is counted: `{ outcome, subject, side?, term?, outcomeTerm? }`. */
export type Measure = z.infer<typeof MeasureSchema>;

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

/** `asserts` (the default) or `denies`. */
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
    document: z.string().optional(),
    quote: z.string().optional(),
    start: z.number().int().nonnegative().optional(),
    end: z.number().int().nonnegative().optional(),
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

/** Where a claim came from: `{ document?, quote?, start?, end? }`. */
export type Evidence = z.infer<typeof EvidenceSchema>;

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
  id,
  claimant: id,
  via: z.array(id).optional(),
  event: id,
  measure: MeasureSchema,
  figure: FigureSchema,
  stance: StanceSchema.optional(),
  statedAt: IsoDateSchema.optional(),
  evidence: EvidenceSchema.optional(),
});

/** One attributed assertion: `{ id, claimant, via?, event, measure, figure, stance?, statedAt?, evidence? }`. */
export type Claim = z.infer<typeof ClaimSchema>;

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
  sources: z.array(SourceSchema),
  events: z.array(EventSchema),
  claims: z.array(ClaimSchema),
});

/** The document: `{ sources, events, claims }`. */
export type ClaimSet = z.infer<typeof ClaimSetSchema>;
