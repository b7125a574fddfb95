// The public API of counterclaim, named export by export, in pipeline order:
// text → claims → groups → scores → reports.

// Figures: hedged quantities in words, as intervals.
export { FigureSchema, HedgeSchema } from './figures/schemas.js';
export type { Figure, Hedge } from './figures/schemas.js';
export { parseFigure } from './figures/parseFigure.js';
export { findFigures } from './figures/findFigures.js';
export { formatFigure } from './figures/formatFigure.js';
export type { FigureMatch } from './figures/scanFigures.js';
export type { FigureOptions, VagueWord } from './figures/figureOptions.js';

// Text: extraction
export { extractClaims } from './extract/extractClaims.js';
export type { ExtractClaimsOptions } from './extract/extractClaims.js';

// Vocabulary: what is counted.
export { createVocabulary } from './vocabulary/createVocabulary.js';
export type { CreateVocabularyOptions } from './vocabulary/createVocabulary.js';
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
export type { ParseClaimSetOptions, ParseClaimSetResult } from './claims/parseClaimSet.js';
export { ClaimSetError } from './claims/ClaimSetError.js';
export type { ClaimSetIssue } from './claims/describeIssues.js';
export type { ClaimSetInput } from './claims/claimSetInputSchema.js';
export { claimSetJsonSchema } from './claims/claimSetJsonSchema.js';
export { mergeClaimSets } from './claims/mergeClaimSets.js';
export { resolveEvents } from './claims/resolveEvents.js';
export type { ResolveEventsOptions } from './claims/resolveEvents.js';

// Groups: which claims compete.
export { groupClaims } from './groups/groupClaims.js';
export type { GroupClaimsOptions } from './groups/groupClaims.js';
export type { ClaimGroup, GroupedClaim } from './groups/types.js';

// Checks: what does not add up.
export { checkClaims } from './checks/checkClaims.js';
export type { CheckClaimsOptions } from './checks/checkClaims.js';
export type { Finding, FindingKind } from './checks/types.js';

// Scores: how far apart.
export { compareFigures } from './scores/compareFigures.js';
export type { FigureComparison } from './scores/compareFigures.js';
export { effectiveFigure } from './scores/effectiveFigure.js';
export { figurePoint } from './scores/figurePoint.js';
export { scoreGroup } from './scores/scoreGroup.js';
export type { GroupScore, ScoreGroupOptions } from './scores/scoreGroup.js';
export { estimate } from './estimate/estimate.js';
export type { Estimate, EstimateMethod, EstimateOptions, GroupEstimate, SourceEstimate } from './estimate/types.js';
export { analyze } from './analyze.js';
export type { Analysis, AnalyzeOptions, ScoredGroup } from './analyze.js';

// Reports: claims and groups for people to read.
export { formatClaim } from './reports/formatClaim.js';
export type { FormatClaimOptions } from './reports/formatClaim.js';
export { formatFactor } from './reports/formatFactor.js';
export { summarize } from './reports/summarize.js';
export type { SummarizeOptions } from './reports/summarize.js';
export { formatMarkdownReport } from './reports/formatMarkdownReport.js';
export type { FormatMarkdownReportOptions } from './reports/formatMarkdownReport.js';
export { formatTextReport } from './reports/formatTextReport.js';
export type { FormatTextReportOptions } from './reports/formatTextReport.js';
export { renderSvg } from './reports/renderSvg.js';
export type { RenderSvgOptions } from './reports/renderSvg.js';
export { toClaimReview } from './reports/toClaimReview.js';
export type {
  ClaimReview,
  ClaimReviewAppearance,
  ClaimReviewClaim,
  ClaimReviewOrganization,
  ClaimReviewRating,
  ToClaimReviewOptions,
} from './reports/toClaimReview.js';
export { serializeJsonLd } from './reports/serializeJsonLd.js';
export { escapeXml } from './reports/escapeXml.js';
export { escapeMarkdownCell } from './reports/escapeMarkdownCell.js';
