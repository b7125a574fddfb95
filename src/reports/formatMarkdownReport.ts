import type { Finding } from '../checks/types.js';
import type { ClaimSet, Event } from '../claims/schemas.js';
import type { GroupedClaim } from '../groups/types.js';
import { lookupById } from '../internal/lookupById.js';
import { partitionBy } from '../internal/partitionBy.js';
import { tupleKey } from '../internal/tupleKey.js';
import type { ScoredGroup } from '../scores/types.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import { termWords } from '../vocabulary/termWords.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { capitalize } from './capitalize.js';
import { describeDivergence } from './describeDivergence.js';
import { disputedFirst } from './disputedFirst.js';
import { escapeMarkdownCell } from './escapeMarkdownCell.js';
import { nameInSentence } from '../vocabulary/nameInSentence.js';
import { eventPeriod } from './eventPeriod.js';
import { placeFindings } from './placeFindings.js';
import { quoteFigure } from './quoteFigure.js';
import { reportArguments } from './reportArguments.js';
import { sourceNames } from './sourceNames.js';
import { summarize } from './summarize.js';
import type { FormatMarkdownReportOptions, ReportedAnalysis } from './types.js';

const PATTERN_WORDS = new Map<string | null, string>([
  ['self-serving', "Self-serving: each side's figure favours itself"],
  ['reversed', "Reversed: each side's figure runs against its interest"],
  ['mixed', 'Mixed'],
]);

const md = escapeMarkdownCell;
const plural = (n: number, one: string, many: string): string => `${n === 0 ? 'no' : n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

// The place and period under an event's heading, less what its label already says.
function eventLine(event: Event | undefined): string {
  if (event === undefined) return '';
  const label = event.label ?? '';
  const place = event.place === undefined || event.place.every((p) => label.includes(p)) ? '' : event.place.join(' › ');
  const parts = [place, eventPeriod(event)].filter((p) => p !== '');
  return md(parts.join(' · '));
}

/**
 * Writes an analysis, or one scored group, as a Markdown report a newsroom can read or publish.
 * The disputed figures come first, under "Disputed figures": per event, most divergent first, a
 * table (measure, claimant and the outlet that carried the claim, the figure in the claimant's
 * words, how far apart the figures are and the pattern), the summary of each group in a sentence,
 * and the findings about that event in plain words. Figures that only one source gives follow
 * under "Figures from a single source", and findings that span no single event close the report.
 * An analysis opens with how many groups, events and findings it holds.
 *
 * The set that names sources and events is the analysis' own (`analysis.set`) or the one passed
 * as the second argument. Every text taken from the data — names, labels, quotes, terms — is
 * escaped, so that a `|`, a bracket or a line break in a source name cannot break a table or
 * inject a link.
 *
 * @example
 * ```ts
 * const analysis = analyze({
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'The TTP', side: 'ttp' }],
 *   events: [{ id: 'day', label: 'The first day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: 'five' },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: '68' },
 *   ],
 * });
 * formatMarkdownReport(analysis).split('\n').slice(0, 11)
 * //=> [
 * //  '# Competing figures',
 * //  '',
 * //  '1 group of figures about 1 event: 1 disputed; no findings.',
 * //  '',
 * //  '## Disputed figures',
 * //  '',
 * //  "How far apart: the highest number as stated over the lowest; the score, from 0 to 1, reads every hedge in the claimants' favour (0: the figures can all be right).",
 * //  '',
 * //  '### The first day',
 * //  '',
 * //  '| Measure | Claimant | Figure | How far apart | Pattern |',
 * //]
 * formatMarkdownReport(analysis.groups[0], analysis.set).split('\n')[6]
 * //=> '### The first day'
 * ```
 */
export function formatMarkdownReport(input: ReportedAnalysis | ScoredGroup, options?: FormatMarkdownReportOptions): string;
export function formatMarkdownReport(input: ReportedAnalysis | ScoredGroup, set: ClaimSet, options?: FormatMarkdownReportOptions): string;
export function formatMarkdownReport(
  input: ReportedAnalysis | ScoredGroup,
  setOrOptions?: ClaimSet | FormatMarkdownReportOptions,
  maybeOptions?: FormatMarkdownReportOptions,
): string {
  const { set, options } = reportArguments<ClaimSet, FormatMarkdownReportOptions>(input, setOrOptions, maybeOptions);
  const analysis: ReportedAnalysis = 'groups' in input ? input : { groups: [input], findings: [] };
  const vocabulary = options.vocabulary ?? getDefaultVocabulary();
  const name = sourceNames(set);
  const eventById = lookupById(set.events);
  const { disputed, single } = disputedFirst(analysis.groups);
  const { byEvent: findingsOf, unplaced } = placeFindings(analysis.groups, analysis.findings, set);

  const lines: string[] = [`# ${md(options.title ?? 'Competing figures')}`, ''];
  if ('groups' in input) {
    const events = new Set(analysis.groups.map((g) => g.event)).size;
    const parts = [disputed.length > 0 ? `${disputed.length.toLocaleString('en-US')} disputed` : '', single.length > 0 ? `${single.length.toLocaleString('en-US')} from a single source` : ''];
    const split = parts.filter((p) => p !== '').join(', ');
    lines.push(
      analysis.groups.length === 0
        ? `No figures; ${plural(analysis.findings.length, 'finding', 'findings')}.`
        : `${plural(analysis.groups.length, 'group', 'groups')} of figures about ${plural(events, 'event', 'events')}: ${split}; ${plural(analysis.findings.length, 'finding', 'findings')}.`,
      '',
    );
  }

  // An event's findings go under its first appearance: among the disputed figures when it has any.
  const shown = new Set<string>();
  const eventHeading = (eventId: string): void => {
    const event = eventById(eventId);
    lines.push(`### ${md(event?.label ?? eventId)}`, '');
    const context = eventLine(event);
    if (context !== '') lines.push(context, '');
  };
  const eventFindings = (eventId: string): void => {
    const findings = findingsOf.get(eventId) ?? [];
    if (shown.has(eventId) || findings.length === 0) return;
    shown.add(eventId);
    lines.push('**Findings**', '', ...findings.map((f) => `- ${md(capitalize(f.message))}`), '');
  };

  if (disputed.length > 0) {
    lines.push(
      '## Disputed figures',
      '',
      "How far apart: the highest number as stated over the lowest; the score, from 0 to 1, reads every hedge in the claimants' favour (0: the figures can all be right).",
      '',
    );
    for (const groups of partitionBy(disputed, (g) => g.event)) {
      const eventId = (groups[0] as ScoredGroup).event;
      eventHeading(eventId);
      lines.push('| Measure | Claimant | Figure | How far apart | Pattern |', '| --- | --- | --- | --- | --- |');
      for (const group of groups) {
        const earlierOf = revisions(group);
        group.claims.forEach((claim, i) => {
          const first = i === 0;
          const earlier = earlierOf(claim);
          lines.push(
            `| ${first ? md(measureWords(group)) : ''} | ${md(claimantCell(claim, name))} | ${md(figureCell(claim, earlier, group, vocabulary))} | ${
              first ? capitalize(describeDivergence(group, group.divergence, { detail: true })) : ''
            } | ${first ? (PATTERN_WORDS.get(group.divergence.pattern) ?? '—') : ''} |`,
          );
        });
      }
      lines.push('', ...groups.map((g) => `- ${md(summarize(g, set, { vocabulary }))}`), '');
      eventFindings(eventId);
    }
  }
  if (single.length > 0) {
    lines.push('## Figures from a single source', '');
    for (const groups of partitionBy(single, (g) => g.event)) {
      const eventId = (groups[0] as ScoredGroup).event;
      eventHeading(eventId);
      lines.push('| Measure | Source | Figure |', '| --- | --- | --- |');
      for (const group of groups) {
        const earlierOf = revisions(group);
        group.claims.forEach((claim, i) => {
          lines.push(`| ${i === 0 ? md(measureWords(group)) : ''} | ${md(claimantCell(claim, name))} | ${md(figureCell(claim, earlierOf(claim), group, vocabulary))} |`);
        });
      }
      lines.push('');
      eventFindings(eventId);
    }
  }
  const other: Finding[] = [...unplaced, ...[...findingsOf].filter(([eventId]) => !shown.has(eventId)).flatMap(([, f]) => f)];
  if (other.length > 0) lines.push('## Other findings', '', ...other.map((f) => `- ${md(capitalize(f.message))}`), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

// The figures a claim replaced: the same claimant's superseded claims on the same subject.
function revisions(group: ScoredGroup): (claim: GroupedClaim) => readonly GroupedClaim[] {
  const key = (c: GroupedClaim): string => tupleKey(c.claimant, c.measure.subject);
  const replaced = new Map(partitionBy(group.superseded, key).map((list) => [key(list[0] as GroupedClaim), list]));
  return (claim) => replaced.get(key(claim)) ?? [];
}

const measureWords = (group: ScoredGroup): string => capitalize(`${termWords(group.measure.subject)} ${termWords(group.measure.outcome)}`);

// A cell opens a line: "The army via an unnamed outlet", as a sentence would write the names.
function claimantCell(claim: GroupedClaim, name: (id: string) => string): string {
  const via = (claim.via ?? []).map((id) => nameInSentence(name(id), false));
  const claimant = nameInSentence(name(claim.claimant), true);
  return via.length === 0 ? claimant : `${claimant} via ${via.join(', ')}`;
}

function figureCell(claim: GroupedClaim, earlier: readonly GroupedClaim[], group: ScoredGroup, vocabulary: Vocabulary): string {
  const words = claim.stance === 'denies' ? 'denies' : quoteFigure(claim.figure);
  const subject = claim.measure.subject === group.measure.subject ? '' : ` ${termWords(claim.measure.subject)}`;
  const term = claim.measure.term;
  const loaded = term !== undefined && vocabulary.subject(term).loaded ? ` (calls them "${term}")` : '';
  const revised = earlier.length === 0 ? '' : ` (earlier: ${earlier.map((c) => (c.stance === 'denies' ? 'denied' : quoteFigure(c.figure))).join(', ')})`;
  return `${words}${subject}${loaded}${revised}`;
}
