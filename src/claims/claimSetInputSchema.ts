import * as z from 'zod';
import { parseFigure } from '../figures/parseFigure.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import type { TermMatch, Vocabulary } from '../vocabulary/types.js';
import { ClaimSchema, ClaimSetSchema, MeasureSchema, type Measure } from './schemas.js';
import { MAX_COUNT } from '../figures/maxCount.js';
import { FigureSchema, type Figure } from '../figures/schemas.js';
import type { FigureInput } from './types.js';
import { TextSchema } from '../internal/textSchema.js';

/**
 * A figure as a person may type it: a phrase ("at least seven"), a bare count (7), or the
 * canonical object. Typed by what it gives, so that a parsed document is a `ClaimSet` to the letter.
 */
const FigureInputSchema: z.ZodType<Figure, FigureInput> = z.union([
  TextSchema.transform((phrase, ctx) => {
    const figure = parseFigure(phrase);
    if (figure === null) {
      ctx.addIssue({ code: 'custom', message: `no figure in ${JSON.stringify(phrase)}: write a number or a phrase such as "at least 7" or "dozens"`, input: phrase });
      return z.NEVER;
    }
    return figure;
  }),
  z
    .number()
    .nonnegative()
    .max(MAX_COUNT)
    .transform((n): Figure => ({ low: n, high: n, stated: n, hedge: 'exact' })),
  FigureSchema,
]).meta({ description: 'The figure claimed: a phrase ("at least seven"), a count (7), or an interval.' });

// Normalises a vocabulary word, keeping the word as said when it differs from the canonical id.
function normalise(word: string, match: TermMatch, said: string | undefined): { id: string; said: string | undefined } {
  if (said !== undefined) return { id: match.id, said };
  return { id: match.id, said: match.id === word ? undefined : word };
}

/**
 * A measure as the input form normalises it: outcome and subject to their canonical ids, the words
 * as said kept in `outcomeTerm` and `term`; and the fields whose word has no letters or digits (no
 * id), which are errors. Shared by the zod schema and the fast path of `parseClaimSet`.
 *
 * @example
 * ```ts
 * normaliseMeasure({ outcome: 'dead', subject: 'troops', side: 'state' }, createVocabulary())
 * //=> { measure: { outcome: 'killed', subject: 'soldiers', side: 'state', term: 'troops', outcomeTerm: 'dead' }, empty: [] }
 * ```
 */
export function normaliseMeasure(measure: Measure, vocabulary: Vocabulary): { measure: Measure; empty: ('outcome' | 'subject')[] } {
  const outcome = normalise(measure.outcome, vocabulary.outcome(measure.outcome), measure.outcomeTerm);
  const subject = normalise(measure.subject, vocabulary.subject(measure.subject), measure.term);
  const empty: ('outcome' | 'subject')[] = [];
  if (outcome.id === '') empty.push('outcome');
  if (subject.id === '') empty.push('subject');
  // Fields set in order, not spread: this runs once per claim of a document.
  const out: Measure = { outcome: outcome.id, subject: subject.id };
  if (measure.side !== undefined) out.side = measure.side;
  if (subject.said !== undefined) out.term = subject.said;
  if (outcome.said !== undefined) out.outcomeTerm = outcome.said;
  return { measure: out, empty };
}

function measureInputSchema(vocabulary: Vocabulary) {
  return MeasureSchema.transform((input, ctx): Measure => {
    const { measure, empty } = normaliseMeasure(input, vocabulary);
    for (const key of empty) {
      const word = input[key];
      ctx.addIssue({ code: 'custom', path: [key], message: `${JSON.stringify(word)} has no letters or digits`, input: word });
    }
    return measure;
  });
}

/**
 * The forgiving input form of a ClaimSet for one vocabulary: figures may be phrases or counts,
 * outcomes and subjects may be aliases. It is ClaimSetSchema with the claim's `measure` and
 * `figure` widened, so every other field and message is the canonical schema's. It checks shapes
 * only; references are checked by `parseClaimSet`.
 *
 * @example
 * ```ts
 * const schema = claimSetInputSchema(createVocabulary({ subjects: [{ id: 'medics', aliases: ['paramedics'] }] }));
 * schema.parse({ sources: [], events: [], claims: [{ id: 'c', claimant: 's', event: 'e', measure: { outcome: 'dead', subject: 'paramedics' }, figure: 'dozens' }] }).claims[0]
 * //=> { id: 'c', claimant: 's', event: 'e', measure: { outcome: 'killed', subject: 'medics', term: 'paramedics', outcomeTerm: 'dead' },
 * //     figure: { low: 24, high: 99, stated: null, hedge: 'vague', text: 'dozens' } }
 * ```
 */
export function claimSetInputSchema(vocabulary: Vocabulary) {
  // The widened fields keep the canonical ones' descriptions, which the JSON Schema publishes.
  const measure = measureInputSchema(vocabulary).meta({ description: ClaimSchema.shape.measure.description });
  return ClaimSetSchema.extend({
    claims: z.array(ClaimSchema.extend({ measure, figure: FigureInputSchema })).meta({ description: ClaimSetSchema.shape.claims.description }),
  });
}

let defaultSchema: ReturnType<typeof claimSetInputSchema> | undefined;

/**
 * The input schema for the default vocabulary, built once on first use.
 *
 * @example
 * ```ts
 * defaultClaimSetInputSchema() === defaultClaimSetInputSchema()
 * //=> true
 * ```
 */
export function defaultClaimSetInputSchema(): ReturnType<typeof claimSetInputSchema> {
  defaultSchema ??= claimSetInputSchema(getDefaultVocabulary());
  return defaultSchema;
}

