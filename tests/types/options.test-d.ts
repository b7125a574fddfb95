// Type tests, checked by `npm run typecheck` (tsc, with exactOptionalPropertyTypes as in the
// project's tsconfig). Issue 11: option fields lacked `| undefined`, so a caller under
// exactOptionalPropertyTypes could not pass an option it may not have; analyze took `unknown`.
import { expectTypeOf } from 'vitest';
import type {
  AnalyzeOptions,
  CheckClaimsOptions,
  ClaimInput,
  ClaimSet,
  ClaimSetInput,
  FigureInput,
  FigureOptions,
  FormatClaimOptions,
  FormatMarkdownReportOptions,
  FormatTextReportOptions,
  GroupClaimsOptions,
  ParseClaimSetOptions,
  RenderSvgOptions,
  ResolveEventsOptions,
  ScoreGroupOptions,
  SummarizeOptions,
  ToClaimReviewOptions,
  Vocabulary,
} from '../../src/index.js';
import { analyze } from '../../src/index.js';

declare const maybeVocabulary: Vocabulary | undefined;
declare const maybeTitle: string | undefined;

// An option that may be absent can be passed on as it is.
expectTypeOf({ vocabulary: maybeVocabulary, resolveEvents: undefined }).toMatchTypeOf<AnalyzeOptions>();
expectTypeOf({ vocabulary: maybeVocabulary }).toMatchTypeOf<CheckClaimsOptions>();
expectTypeOf({ vocabulary: maybeVocabulary }).toMatchTypeOf<GroupClaimsOptions>();
expectTypeOf({ vocabulary: maybeVocabulary }).toMatchTypeOf<ParseClaimSetOptions>();
expectTypeOf({ vocabulary: maybeVocabulary }).toMatchTypeOf<ScoreGroupOptions>();
expectTypeOf({ vocabulary: maybeVocabulary }).toMatchTypeOf<FormatClaimOptions>();
expectTypeOf({ vocabulary: maybeVocabulary }).toMatchTypeOf<SummarizeOptions>();
expectTypeOf({ vocabulary: maybeVocabulary }).toMatchTypeOf<FormatTextReportOptions>();
expectTypeOf({ title: maybeTitle, vocabulary: maybeVocabulary }).toMatchTypeOf<FormatMarkdownReportOptions>();
expectTypeOf({ title: maybeTitle, width: undefined, disputedOnly: undefined }).toMatchTypeOf<RenderSvgOptions>();
expectTypeOf({ url: 'https://x.example', author: { name: 'X', url: undefined }, datePublished: maybeTitle }).toMatchTypeOf<ToClaimReviewOptions>();
expectTypeOf({ mergeWithinDocument: undefined }).toMatchTypeOf<ResolveEventsOptions>();
expectTypeOf({ tolerance: undefined, vague: undefined }).toMatchTypeOf<FigureOptions>();

// analyze takes a document, input form or parsed, and nothing else.
expectTypeOf(analyze).parameter(0).toEqualTypeOf<ClaimSetInput | ClaimSet>();
// @ts-expect-error -- a number is not a ClaimSet
analyze(42);
expectTypeOf<ClaimInput['figure']>().toEqualTypeOf<FigureInput>();
expectTypeOf<'at least seven'>().toMatchTypeOf<FigureInput>();
expectTypeOf(analyze({ sources: [], events: [], claims: [] }).set).toEqualTypeOf<ClaimSet>();
