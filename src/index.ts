// The public API of counterclaim, named export by export, in pipeline order:
// text → claims → groups → scores → reports.

// Text: figures in words.
export { parseFigure } from './text/parseFigure.js';
export { findFigures } from './text/findFigures.js';
export { formatFigure } from './text/formatFigure.js';
export type { FigureMatch } from './text/scanFigures.js';
export type { FigureOptions, VagueWord } from './text/figureOptions.js';

// Vocabulary: what is counted.
export { createVocabulary } from './vocabulary/createVocabulary.js';
export type { CreateVocabularyOptions } from './vocabulary/createVocabulary.js';
export { defaultVocabulary } from './vocabulary/defaultVocabulary.js';
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
  FigureSchema,
  HedgeSchema,
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
  Figure,
  Hedge,
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
