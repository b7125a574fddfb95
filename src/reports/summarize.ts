import type { ScoredGroup } from '../scores/types.js';
import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { toEpochMs } from '../internal/toEpochMs.js';
import { partitionBy } from '../internal/partitionBy.js';
import type { ClaimSet } from '../claims/schemas.js';
import type { ClaimGroup, GroupedClaim } from '../groups/types.js';
import { figurePoint } from '../scores/figurePoint.js';
import { scoreGroup } from '../scores/scoreGroup.js';
import type { GroupScore } from '../scores/types.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import { termWords } from '../vocabulary/termWords.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { capitalize } from './capitalize.js';
import { countInWords } from './countInWords.js';
import { nameInSentence } from '../vocabulary/nameInSentence.js';
import { proseRatio } from './proseRatio.js';
import { quoteFigure } from './quoteFigure.js';
import { outcomeVerb } from '../vocabulary/outcomeVerb.js';
import { sourceNames } from './sourceNames.js';
import type { SummarizeOptions } from './types.js';

// Past the fourth claimant a list of statements stops being a sentence: give the range instead.
const MAX_LISTED = 4;
// Relayed statements name the outlet; "by phone" only where the quoted evidence says so.
const BY_PHONE = /\bby (tele)?phone\b/i;

const PATTERN_SENTENCE = new Map<GroupScore['pattern'], string>([
  ['self-serving', "Each side's figure favours itself."],
  ['reversed', "Each side's figure runs against its own interest."],
  ['mixed', "The figures do not divide along the sides' interests."],
]);

interface Statement {
  readonly claimant: string;
  readonly point: number;
  readonly relay: string;
  readonly phone: boolean;
  /** The claim in words after "said"; `full` keeps the subject, `short` leaves it to the reader. */
  readonly full: string;
  readonly short: string | undefined;
  /** The one subject the statement counts, when its short form can lean on an earlier one's. */
  readonly subject: string | undefined;
  readonly denial: boolean;
}

// How far apart, after the figures: "13.6 times as many" (of the numbers as stated), "at least 4.8
// times as many" (of intervals), or across more than two claimants "the highest … the lowest".
function gapWords(group: ClaimGroup, divergence: GroupScore, claimants: number): string {
  if (divergence.compatible) return ' — the figures broadly agree';
  const ratio = proseRatio(group, divergence);
  if (ratio === undefined) return '';
  if (ratio.times === '1') return ' — the figures cannot all be right, though they are close';
  const times = `${ratio.kind === 'at-least' ? 'at least ' : ''}${ratio.times} times`;
  return claimants > 2 ? ` — the highest ${times} the lowest` : ` — ${times} as many`;
}

function statementOf(
  claims: readonly GroupedClaim[],
  earlier: readonly GroupedClaim[],
  group: ClaimGroup,
  name: (id: string) => string,
  vocabulary: Vocabulary,
): Statement {
  const { outcome } = group.measure;
  const claimant = (claims[0] as GroupedClaim).claimant;
  const viaIds = claims.find((c) => c.via !== undefined && c.via.length > 0)?.via ?? [];
  const phone = claims.some((c) => BY_PHONE.test(c.evidence?.quote ?? ''));
  const outlet = (id: string): string => nameInSentence(name(id), false);
  const relay = viaIds.length === 0 ? '' : phone ? `speaking to ${outlet(viaIds[0] as string)} by phone` : `through ${viaIds.map(outlet).join(' and ')}`;
  const denial = claims.some((c) => c.stance === 'denies');
  if (denial) {
    const subject = termWords(group.measure.subject);
    const text = `denied that any ${subject} ${outcomeVerb(outcome, false)}`;
    return { claimant, point: 0, relay, phone, full: text, short: 'none', subject: undefined, denial };
  }
  // A claimant's claims by subject: one subject normally; in a mixed group, the narrower parts.
  const bySubject = partitionBy(claims, (c) => c.measure.subject);
  const subjectOf = (list: readonly GroupedClaim[]): string => (list[0] as GroupedClaim).measure.subject;
  const onGroupSubject = bySubject.find((list) => subjectOf(list) === group.measure.subject);
  const standing = onGroupSubject === undefined ? bySubject.sort((a, b) => compareCodeUnits(subjectOf(a), subjectOf(b))) : [onGroupSubject];
  let point = 0;
  let singular = true;
  const parts: string[] = [];
  let short: string | undefined;
  let subject: string | undefined;
  for (const same of standing) {
    const first = same[0] as GroupedClaim;
    const words = countInWords(first.figure, first.measure, vocabulary);
    point += same.reduce((max, c) => Math.max(max, figurePoint(c.figure)), 0);
    if (same.length === 1) {
      parts.push(words.phrase);
      singular &&= words.singular;
      short = words.loaded ? undefined : first.figure.high === 0 ? 'none' : words.figure;
      subject = words.loaded ? undefined : first.measure.subject;
    } else {
      // Undated figures that differ: the claimant contradicts itself, and the sentence says so.
      parts.push(`conflicting figures of ${same.map((c) => quoteFigure(c.figure)).join(' and ')} ${termWords(first.measure.subject)}`);
      singular = false;
      short = undefined;
    }
  }
  if (standing.length > 1) {
    singular = false;
    short = undefined;
    subject = undefined;
  }
  const revision = revisionOf(earlier);
  const full = `${parts.join(' and ')} ${outcomeVerb(outcome, singular)}${revision}`;
  return { claimant, point, relay, phone, full, short: short === undefined ? undefined : `${short}${revision}`, subject, denial };
}

// The latest of a claimant's replaced figures, when a later statement replaced any.
function revisionOf(earlier: readonly GroupedClaim[]): string {
  if (earlier.length === 0) return '';
  // By the moment stated, not the text: "2009-10-18T23:00:00-05:00" is after "2009-10-19T01:00:00Z".
  const at = (c: GroupedClaim): number => (c.statedAt === undefined ? Number.NEGATIVE_INFINITY : toEpochMs(c.statedAt, 'start'));
  const latest = earlier.reduce((a, b) => (at(b) > at(a) ? b : a));
  return `, revising an earlier ${latest.stance === 'denies' ? 'denial' : quoteFigure(latest.figure)}${latest.statedAt === undefined ? '' : ` of ${latest.statedAt}`}`;
}

/**
 * Writes one or two sentences a journalist can paste about a group of competing claims: who said
 * what (naming the outlet a claim came through — "speaking to CNN by phone" only where the quoted
 * evidence says "by phone"), how far apart the figures are at the least, and whether each side's
 * figure favours itself.
 *
 * Claimants are named from `set` and ordered from the lowest figure to the highest; a loaded label
 * is quoted in place of the subject ("60 "terrorists" were killed"); a denial reads "denied that
 * any … were killed"; a revision reads "revising an earlier 10"; past four claimants the sentence
 * gives the range instead of every figure. Verbs are in the past tense ("said"), as attribution in
 * news copy is, which also spares guessing whether a name such as "Residents" is plural. The
 * group's `divergence` is used when present (a {@link ScoredGroup}), otherwise scored here.
 *
 * @example
 * ```ts
 * const set = {
 *   sources: [
 *     { id: 'army', name: 'The army', side: 'state' },
 *     { id: 'ttp', name: 'the TTP', side: 'ttp' },
 *     { id: 'cnn', name: 'CNN' },
 *   ],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: 'five' },
 *     { id: 't', claimant: 'ttp', via: ['cnn'], event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: '68',
 *       evidence: { quote: 'A spokesman told CNN by phone that 68 soldiers had died.' } },
 *   ],
 * };
 * const { groups } = analyze(set);
 * summarize(groups[0], set)
 * //=> "The army said five soldiers were killed; the TTP, speaking to CNN by phone, said 68 — 13.6 times as many. Each side's figure favours itself."
 * ```
 */
export function summarize(group: ClaimGroup | ScoredGroup, set: ClaimSet, options: SummarizeOptions = {}): string {
  const vocabulary = options.vocabulary ?? getDefaultVocabulary();
  const name = sourceNames(set);
  const divergence = 'divergence' in group ? group.divergence : scoreGroup(group, set, { vocabulary });
  const what = `${termWords(group.measure.subject)} ${termWords(group.measure.outcome)}`;
  if (group.claims.length === 0) return `No current figures for ${what}.`;

  const earlierOf = new Map(partitionBy(group.superseded, (c) => c.claimant).map((list) => [(list[0] as GroupedClaim).claimant, list]));
  const statements = partitionBy(group.claims, (c) => c.claimant).map((claims) =>
    statementOf(claims, earlierOf.get((claims[0] as GroupedClaim).claimant) ?? [], group, name, vocabulary),
  );
  statements.sort((a, b) => a.point - b.point || compareCodeUnits(a.claimant, b.claimant));

  // One outlet for everyone is said once, up front, rather than after every name.
  const shared = statements.every((s) => !s.phone && s.relay !== '' && s.relay === statements[0]?.relay);
  const opening = shared ? `According to ${(statements[0] as Statement).relay.slice('through '.length)}, ` : '';
  // Each name as it stands in the sentence: capitalised only where it opens it.
  const who = (s: Statement, i: number): string => {
    const named = nameInSentence(name(s.claimant), i === 0 && opening === '');
    return shared || s.relay === '' ? named : `${named}, ${s.relay},`;
  };
  const said = (s: Statement, i: number, short: boolean): string =>
    s.denial ? `${who(s, i)} ${s.full}` : `${who(s, i)} said ${short && s.short !== undefined ? s.short : s.full}`;

  const gap = statements.some((s) => s.denial) ? '' : gapWords(group, divergence, statements.length);
  let first: string;
  if (statements.length <= MAX_LISTED) {
    const lead = statements[0] as Statement;
    const sameSubject = (s: Statement): boolean => s.subject !== undefined && s.subject === lead.subject;
    const listed = statements.map((s, i) => said(s, i, i > 0 && sameSubject(s))).join('; ');
    first = statements.length === 1 ? listed : `${listed}${gap}`;
  } else {
    const low = statements[0] as Statement;
    const high = statements[statements.length - 1] as Statement;
    const named = (s: Statement): string => nameInSentence(name(s.claimant), false);
    first = `${statements.length} sources gave figures for ${what}, from ${low.short ?? low.full} (${named(low)}) to ${high.short ?? high.full} (${named(high)})${gap}`;
  }
  const second = PATTERN_SENTENCE.get(divergence.pattern);
  return `${capitalize(`${opening}${first}`)}.${second === undefined ? '' : ` ${second}`}`;
}
