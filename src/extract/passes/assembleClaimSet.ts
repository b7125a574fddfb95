import type { Claim, ClaimSet, Event, Measure, Source } from '../../claims/schemas.js';
import { termId } from '../../vocabulary/termId.js';
import { isoDay } from './isoDay.js';
import type { ClaimDraft, MeasureRead, Sentence } from '../types.js';


/** What a ClaimSet is assembled from. */
export interface Assembly {
  readonly drafts: readonly ClaimDraft[];
  /** Every source registered, in order of first mention; only those claims use are kept. */
  readonly sources: ReadonlyMap<string, Source>;
  /** Sources no phrase names but claims may use (`unattributed`). */
  readonly extraSources: readonly Source[];
  readonly events: readonly Event[];
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** Prefix of claim ids (`doc#`). */
  readonly prefix: string;
  readonly document: string | undefined;
}

const MAX_QUOTE = 600;

// The sentence, or for a run-on "sentence" (adversarial or unpunctuated text) the words around the figure.
function quoteOf(text: string, sentence: Sentence, start: number, end: number): string {
  if (sentence.end - sentence.start <= MAX_QUOTE) return text.slice(sentence.start, sentence.end);
  return text.slice(Math.max(sentence.start, start - MAX_QUOTE / 2), Math.min(sentence.end, end + MAX_QUOTE / 2));
}

function measureOf(read: MeasureRead): Measure {
  const term = read.term === '' || termId(read.term) === read.subject ? '' : read.term.replace(/["\u201c\u201d]/g, '');
  return {
    outcome: read.outcome,
    subject: read.subject,
    ...(read.side === undefined ? {} : { side: read.side }),
    ...(term === '' ? {} : { term }),
    ...(read.outcomeTerm === '' || termId(read.outcomeTerm) === read.outcome ? {} : { outcomeTerm: read.outcomeTerm }),
  };
}

const countKey = (d: ClaimDraft): string => `${d.claimant}\u0000${d.measure.outcome}\u0000${d.measure.subject}\u0000${d.measure.side ?? ''}\u0000${d.event ?? ''}`;

/**
 * Turns claim drafts into the ClaimSet: drops a denial whose denier gives its own figure for the
 * same count of the same incident (it denies the figure, not the event), numbers the claims, adds
 * evidence (the sentence as quote, a run-on sentence over 600 characters quoted around the
 * figure), keeps the sources claims use (as claimant or relay) and the events they use with every
 * event those are part of.
 */
export function assembleClaimSet(assembly: Assembly): ClaimSet {
  const { drafts, text, sentences, prefix, document } = assembly;
  const asserted = new Set(drafts.filter((d) => d.stance === 'asserts' && d.figure.low > 0).map(countKey));
  const kept = drafts.filter((d) => d.event !== undefined && (d.stance === 'asserts' || !asserted.has(countKey(d))));
  const used = new Set<string>();
  for (const d of kept) {
    used.add(d.claimant);
    for (const v of d.via) used.add(v);
  }
  const sources: Source[] = [];
  for (const [id, source] of assembly.sources) if (used.has(id)) sources.push(source);
  for (const source of assembly.extraSources) if (used.has(source.id) && !assembly.sources.has(source.id)) sources.push(source);
  const claims: Claim[] = kept.map((d, n) => ({
    id: `${prefix}c${n + 1}`,
    claimant: d.claimant,
    ...(d.via.length === 0 ? {} : { via: [...d.via] }),
    event: d.event as string,
    measure: measureOf(d.measure),
    figure: d.figure,
    ...(d.stance === 'denies' ? { stance: 'denies' as const } : {}),
    ...(d.statedAt === undefined ? {} : { statedAt: isoDay(d.statedAt) }),
    evidence: {
      ...(document === undefined ? {} : { document }),
      quote: quoteOf(text, sentences[d.sentence] as Sentence, d.start, d.end),
      start: d.start,
      end: d.end,
    },
  }));
  const byId = new Map(assembly.events.map((e) => [e.id, e]));
  const keep = new Set<string>();
  for (const claim of claims) {
    for (let id: string | undefined = claim.event; id !== undefined && !keep.has(id); id = byId.get(id)?.partOf) keep.add(id);
  }
  return { sources, events: assembly.events.filter((e) => keep.has(e.id)), claims };
}
