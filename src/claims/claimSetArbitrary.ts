import fc from 'fast-check';
import { createVocabulary } from '../vocabulary/createVocabulary.js';
import type { ClaimSetInput } from './claimSetInputSchema.js';
import { HedgeSchema, SourceKindSchema, type Claim, type ClaimSet, type Event, type Figure, type Source } from './schemas.js';

// Ids that would break a plain-object lookup table: they must behave like any other id.
const TRICKY_IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'a b', 'é', '0'];

const idArb = fc.oneof(fc.constantFrom(...TRICKY_IDS), fc.string({ minLength: 1, maxLength: 8 }));

// A word the default vocabulary maps to itself: a canonical id that parseClaimSet keeps as it is.
const canonical = (lookup: (word: string) => { id: string }) => (word: string) => lookup(word).id === word;
const vocabulary = createVocabulary();
const customWord = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(?:-[a-z0-9]{1,6})?$/);
const outcomeArb = fc.oneof(
  fc.constantFrom(...vocabulary.outcomes.map((o) => o.id)),
  customWord.filter(canonical(vocabulary.outcome)),
);
const subjectArb = fc.oneof(
  fc.constantFrom(...vocabulary.subjects.map((s) => s.id)),
  customWord.filter(canonical(vocabulary.subject)),
);

const amount = fc.oneof(fc.nat({ max: 1_000_000 }), fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }));

const figureArb: fc.Arbitrary<Figure> = fc
  .record(
    {
      low: amount,
      width: fc.option(amount, { nil: null }),
      stated: fc.option(amount, { nil: null }),
      hedge: fc.constantFrom(...HedgeSchema.options),
      text: fc.string({ maxLength: 12 }),
    },
    { requiredKeys: ['low', 'width', 'stated', 'hedge'], noNullPrototype: true },
  )
  .map(({ low, width, ...rest }) => ({ low, high: width === null ? null : low + width, ...rest }));

const DAY = 86_400_000;
const dateArb = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2030, 0, 1) });
const isoArb = (ms: number, dateOnly: boolean): string => {
  const iso = new Date(ms).toISOString();
  return dateOnly ? iso.slice(0, 10) : iso;
};

const periodArb = fc
  .tuple(dateArb, fc.integer({ min: 0, max: 30 * DAY }), fc.boolean(), fc.boolean())
  .map(([start, length, startDateOnly, endDateOnly]) => ({
    start: isoArb(start, startDateOnly),
    end: isoArb(start + length, endDateOnly),
  }));

const sourceArb = (id: string): fc.Arbitrary<Source> =>
  fc.record(
    {
      id: fc.constant(id),
      name: fc.string({ minLength: 1, maxLength: 12 }),
      kind: fc.constantFrom(...SourceKindSchema.options),
      side: idArb,
      anonymous: fc.boolean(),
    },
    { requiredKeys: ['id', 'name'], noNullPrototype: true },
  );

// partOf points only at earlier events, so the partOf graph never has a cycle.
const eventArb = (ids: readonly string[], index: number): fc.Arbitrary<Event> => {
  const earlier = ids.slice(0, index);
  const id = ids[index] as string;
  const reference = earlier.length === 0 ? fc.constant(undefined) : fc.option(fc.constantFrom(...earlier), { nil: undefined });
  return fc
    .record(
      {
        label: fc.string({ maxLength: 12 }),
        place: fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 3 }),
        period: periodArb,
        partOf: reference,
        sameAs: reference,
      },
      { requiredKeys: [], noNullPrototype: true },
    )
    .map(({ partOf, sameAs, ...rest }) => ({
      id,
      ...rest,
      ...(partOf === undefined ? {} : { partOf }),
      ...(sameAs === undefined ? {} : { sameAs }),
    }));
};

const claimArb = (id: string, sources: readonly string[], events: readonly string[]): fc.Arbitrary<Claim> =>
  fc.record(
    {
      id: fc.constant(id),
      claimant: fc.constantFrom(...sources),
      via: fc.array(fc.constantFrom(...sources), { maxLength: 2 }),
      event: fc.constantFrom(...events),
      measure: fc.record(
        { outcome: outcomeArb, subject: subjectArb, side: idArb, term: fc.string({ maxLength: 10 }), outcomeTerm: fc.string({ maxLength: 10 }) },
        { requiredKeys: ['outcome', 'subject'], noNullPrototype: true },
      ),
      figure: figureArb,
      stance: fc.constantFrom('asserts' as const, 'denies' as const),
      statedAt: fc.tuple(dateArb, fc.boolean()).map(([ms, dateOnly]) => isoArb(ms, dateOnly)),
      evidence: fc
        .record(
          { document: fc.string({ maxLength: 8 }), quote: fc.string({ maxLength: 12 }), start: fc.nat(1000), length: fc.nat(200) },
          { requiredKeys: [], noNullPrototype: true },
        )
        .map(({ start, length, ...rest }) => ({
          ...rest,
          ...(start === undefined ? {} : { start }),
          ...(start === undefined || length === undefined ? {} : { end: start + length }),
        })),
    },
    { requiredKeys: ['id', 'claimant', 'event', 'measure', 'figure'], noNullPrototype: true },
  );

// Words as a person may type them: ids and aliases in other cases or with spaces around, and
// words the vocabulary does not know.
const wordArb = (entries: readonly { readonly id: string; readonly aliases?: readonly string[] }[]) =>
  fc.oneof(
    fc
      .constantFrom(...entries.flatMap((entry) => [entry.id, ...(entry.aliases ?? [])]))
      .chain((word) => fc.constantFrom(word, word.toUpperCase(), ` ${word} `)),
    fc.string({ minLength: 1, maxLength: 10 }).filter((word) => /[\p{L}\p{N}]/u.test(word)),
  );

const PHRASES = ['at least seven', 'nearly 300', 'more than a dozen', 'dozens', 'about 10,000 to 15,000', 'none', '68'];

// The same claim with its figure as a count or a phrase and its measure in a person's words.
const inputFormOf = (claim: Claim): fc.Arbitrary<ClaimSetInput['claims'][number]> =>
  fc
    .record(
      {
        outcome: wordArb(vocabulary.outcomes),
        subject: wordArb(vocabulary.subjects),
        figure: fc.oneof(figureArb, fc.nat(10_000), fc.constantFrom(...PHRASES)),
      },
      { noNullPrototype: true },
    )
    .map(({ outcome, subject, figure }) => ({
      ...claim,
      figure,
      measure: { outcome, subject, ...(claim.measure.side === undefined ? {} : { side: claim.measure.side }) },
    }));

/**
 * Valid ClaimSet documents for property tests: unique ids (including `__proto__` and
 * `constructor`), every reference resolving, partOf without cycles, periods with `start <= end`.
 * By default they are canonical, with outcomes and subjects that the default vocabulary keeps as
 * they are, so `parseClaimSet` must return each one unchanged. With `inputForm: true`, figures may
 * be counts or phrases and outcomes and subjects are words a person may type (aliases, other
 * cases, unknown words), without `term` or `outcomeTerm`.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(claimSetArbitrary(), (set) => parseClaimSet(set).success))
 * //=> undefined
 * fc.assert(fc.property(claimSetArbitrary({ inputForm: true }), (input) => parseClaimSet(input).success))
 * //=> undefined
 * ```
 */
export function claimSetArbitrary(): fc.Arbitrary<ClaimSet>;
export function claimSetArbitrary(options: { readonly inputForm: true }): fc.Arbitrary<ClaimSetInput>;
export function claimSetArbitrary(options: { readonly inputForm?: boolean } = {}): fc.Arbitrary<ClaimSet | ClaimSetInput> {
  const ids = (min: number) => fc.uniqueArray(idArb, { minLength: min, maxLength: 4 });
  const canonicalSets = fc.tuple(ids(1), ids(1), ids(0)).chain(([sourceIds, eventIds, claimIds]) =>
    fc.record(
      {
        sources: fc.tuple(...sourceIds.map(sourceArb)),
        events: fc.tuple(...eventIds.map((_, index) => eventArb(eventIds, index))),
        claims: fc.tuple(...claimIds.map((id) => claimArb(id, sourceIds, eventIds))),
      },
      // Plain objects, as JSON.parse makes them: parseClaimSet returns plain objects too.
      { noNullPrototype: true },
    ),
  );
  if (options.inputForm !== true) return canonicalSets;
  return canonicalSets.chain((set) => fc.tuple(...set.claims.map(inputFormOf)).map((claims) => ({ ...set, claims })));
}
