// The public API of counterclaim, named export by export, in pipeline order:
// figures → extract → (vocabulary) → claims → groups → scores, checks → estimate → analyze → reports.
// Each folder of src/ is one step; types come from each folder's types.ts.

// Figures: hedged quantities in words, as intervals.
export { FigureSchema, HedgeSchema } from './figures/schemas.js';
export type { Figure, Hedge } from './figures/schemas.js';
export { parseFigure } from './figures/parseFigure.js';
export { findFigures } from './figures/findFigures.js';
export { formatFigure } from './figures/formatFigure.js';
export type { FigureMatch, FigureOptions, VagueWord } from './figures/types.js';

// Extract: draft claims from news text.
export { extractClaims } from './extract/extractClaims.js';
export type { ExtractClaimsOptions } from './extract/extractClaims.js';

// Vocabulary: what is counted.
export { createVocabulary } from './vocabulary/createVocabulary.js';
export type { CreateVocabularyOptions } from './vocabulary/types.js';
export { defaultVocabulary } from './vocabulary/defaultVocabulary.js';
export { getDefaultVocabulary } from './vocabulary/getDefaultVocabulary.js';
export { termWords } from './vocabulary/termWords.js';
export type {
  Interest,
  OutcomeDefinition,
  SubjectDefinition,
  TermMatch,
  Vocabulary,
  VocabularyDefinition,
} from './vocabulary/types.js';

// Claims: the data model.
export {
  ClaimSchema,
  ClaimSetSchema,
  EventSchema,
  EvidenceSchema,
  IsoDateSchema,
  MeasureSchema,
  PeriodSchema,
  SourceKindSchema,
  SourceSchema,
  StanceSchema,
} from './claims/schemas.js';
export type {
  Claim,
  ClaimSet,
  Event,
  Evidence,
  Measure,
  Period,
  Source,
  SourceKind,
  Stance,
} from './claims/schemas.js';
export { parseClaimSet } from './claims/parseClaimSet.js';
export { ClaimSetError } from './claims/ClaimSetError.js';
export type { ClaimInput, ClaimSetInput, FigureInput, ParseClaimSetOptions, ParseClaimSetResult } from './claims/types.js';
export type { ClaimSetIssue } from './claims/ClaimSetError.js';
export { claimSetJsonSchema } from './claims/claimSetJsonSchema.js';
export { mergeClaimSets, mergeSources } from './claims/mergeClaimSets.js';
export { resolveEvents } from './claims/resolveEvents.js';
export { partitionKeys } from './claims/partitionKeys.js';
export { splitClaimSet } from './claims/splitClaimSet.js';
export { toRows } from './claims/toRows.js';
export { fromRows } from './claims/fromRows.js';
export { claimRowColumns } from './claims/claimRowColumns.js';
export type { ClaimRow, ClaimRowColumn, ClaimRowSource, ClaimRowType } from './claims/claimRowColumns.js';
export type { ResolveEventsOptions } from './claims/types.js';

// Groups: which claims compete.
export { groupClaims } from './groups/groupClaims.js';
export type { ClaimGroup, GroupClaimsOptions, GroupedClaim } from './groups/types.js';

// Scores: how far apart.
export { compareFigures } from './scores/compareFigures.js';
export { effectiveFigure } from './scores/effectiveFigure.js';
export { figurePoint } from './scores/figurePoint.js';
export { scoreGroup } from './scores/scoreGroup.js';
export type { FigureComparison, GroupScore, ScoreGroupOptions, ScoredGroup } from './scores/types.js';

// Checks: what does not add up.
export { checkClaims } from './checks/checkClaims.js';
export type { CheckClaimsOptions, Finding, FindingKind } from './checks/types.js';

// Estimate: the consensus per group, and each source's reliability and bias.
export { estimate } from './estimate/estimate.js';
export type { Estimate, EstimateMethod, EstimateOptions, GroupEstimate, SourceEstimate } from './estimate/types.js';

// Analyze: validate, (resolve,) group, score and check in one call.
export { analyze } from './analyze/analyze.js';
export { analyzePartitions } from './analyze/analyzePartitions.js';
export type { Analysis, AnalyzeOptions, AnalyzePartitionsOptions, PartitionAnalysis } from './analyze/types.js';

// Reports: claims and groups for people to read.
export { formatClaim } from './reports/formatClaim.js';
export { formatFactor } from './reports/formatFactor.js';
export { summarize } from './reports/summarize.js';
export { formatMarkdownReport } from './reports/formatMarkdownReport.js';
export { formatTextReport } from './reports/formatTextReport.js';
export { renderSvg } from './reports/renderSvg.js';
export { toClaimReview } from './reports/toClaimReview.js';
export { serializeJsonLd } from './reports/serializeJsonLd.js';
export { escapeXml } from './reports/escapeXml.js';
export { escapeMarkdownCell } from './reports/escapeMarkdownCell.js';
export type {
  ClaimReview,
  ClaimReviewAppearance,
  ClaimReviewClaim,
  ClaimReviewOrganization,
  ClaimReviewRating,
  FormatClaimOptions,
  FormatMarkdownReportOptions,
  FormatTextReportOptions,
  RenderSvgOptions,
  SummarizeOptions,
  ToClaimReviewOptions,
} from './reports/types.js';
