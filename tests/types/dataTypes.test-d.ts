// Type tests, checked by `npm run typecheck` (tsc): the data types are named interfaces, so that
// errors and the API docs say `Claim` instead of expanding a zod generic (issue 11), and each is
// exactly what its zod schema, the source of truth, parses to.
import { expectTypeOf } from 'vitest';
import type * as z from 'zod';
import type { claimSetInputSchema } from '../../src/claims/claimSetInputSchema.js';
import type {
  Claim,
  ClaimInput,
  ClaimSet,
  ClaimSetInput,
  ClaimSetSchema,
  ClaimSchema,
  Event,
  EventSchema,
  Evidence,
  EvidenceSchema,
  Figure,
  FigureInput,
  FigureSchema,
  Measure,
  MeasureSchema,
  Period,
  PeriodSchema,
  Source,
  SourceSchema,
} from '../../src/index.js';

expectTypeOf<z.infer<typeof FigureSchema>>().toEqualTypeOf<Figure>();
expectTypeOf<z.infer<typeof SourceSchema>>().toEqualTypeOf<Source>();
expectTypeOf<z.infer<typeof PeriodSchema>>().toEqualTypeOf<Period>();
expectTypeOf<z.infer<typeof EventSchema>>().toEqualTypeOf<Event>();
expectTypeOf<z.infer<typeof MeasureSchema>>().toEqualTypeOf<Measure>();
expectTypeOf<z.infer<typeof EvidenceSchema>>().toEqualTypeOf<Evidence>();
expectTypeOf<z.infer<typeof ClaimSchema>>().toEqualTypeOf<Claim>();
expectTypeOf<z.infer<typeof ClaimSetSchema>>().toEqualTypeOf<ClaimSet>();
// A document parses from the input form to the canonical one.
type InputSchema = ReturnType<typeof claimSetInputSchema>;
expectTypeOf<z.input<InputSchema>>().toEqualTypeOf<ClaimSetInput>();
expectTypeOf<z.output<InputSchema>>().toEqualTypeOf<ClaimSet>();
expectTypeOf<z.input<InputSchema>['claims'][number]>().toEqualTypeOf<ClaimInput>();
expectTypeOf<ClaimInput['figure']>().toEqualTypeOf<FigureInput>();
