import * as z from 'zod';
import { FigureSchema } from '../figures/schemas.js';
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
  id,
  name: TextSchema.min(1),
  kind: SourceKindSchema.optional(),
  side: id.optional(),
  anonymous: z.boolean().optional(),
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
  label: TextSchema.optional(),
  place: z.array(TextSchema.min(1)).optional(),
  period: PeriodSchema.optional(),
  partOf: id.optional(),
  sameAs: id.optional(),
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
  term: TextSchema.optional(),
  outcomeTerm: TextSchema.optional(),
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
    document: TextSchema.optional(),
    quote: TextSchema.optional(),
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
export type ClaimSet = z.infer<typeof ClaimSetSchema>;
