import type { ClaimSet } from '../claims/schemas.js';
import { lookupById } from '../internal/lookupById.js';
import type { ScoredGroup } from '../scores/types.js';
import { capitalize } from './capitalize.js';
import { disputedFirst } from './disputedFirst.js';
import { oneLine } from './oneLine.js';
import { eventPeriod } from './eventPeriod.js';
import { placeFindings } from './placeFindings.js';
import { reportArguments } from './reportArguments.js';
import { summarize } from './summarize.js';
import type { FormatTextReportOptions, ReportedAnalysis } from './types.js';

/**
 * Writes an analysis, or one scored group, as plain text for a terminal, an e-mail or a log: one
 * line per group, its event and date in brackets before the summary sentence (see
 * {@link summarize}); the disputed groups first, most divergent first, then the figures of a single
 * source, then the findings under "Findings:", each with its event when it has one. An analysis
 * without groups reads "No figures.". Every line is one line whatever the names in the data hold,
 * and the text ends with a line break.
 *
 * The set that names sources and events is the analysis' own (`analysis.set`) or the one passed
 * as the second argument.
 *
 * @example
 * ```ts
 * const analysis = analyze({
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'The TTP', side: 'ttp' }],
 *   events: [{ id: 'day', label: 'South Waziristan', period: { start: '2009-10-18', end: '2009-10-18' } }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: 'five' },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: '68' },
 *   ],
 * });
 * formatTextReport(analysis)
 * //=> "Disputed figures:\n[South Waziristan, 2009-10-18] The army said five soldiers were killed; the TTP said 68 — 13.6 times as many. Each side's figure favours itself.\n"
 * formatTextReport({ groups: [], findings: [] })
 * //=> 'No figures.\n'
 * ```
 */
export function formatTextReport(input: ReportedAnalysis | ScoredGroup, options?: FormatTextReportOptions): string;
export function formatTextReport(input: ReportedAnalysis | ScoredGroup, set: ClaimSet, options?: FormatTextReportOptions): string;
export function formatTextReport(
  input: ReportedAnalysis | ScoredGroup,
  setOrOptions?: ClaimSet | FormatTextReportOptions,
  maybeOptions?: FormatTextReportOptions,
): string {
  const { set, options } = reportArguments<ClaimSet, FormatTextReportOptions>(input, setOrOptions, maybeOptions);
  const summaryOptions = options.vocabulary === undefined ? {} : { vocabulary: options.vocabulary };
  const event = lookupById(set.events);
  const where = (eventId: string): string => {
    const e = event(eventId);
    const period = eventPeriod(e);
    return `[${oneLine(`${e?.label ?? eventId}${period === '' ? '' : `, ${period}`}`)}]`;
  };
  const line = (group: ScoredGroup): string => `${where(group.event)} ${oneLine(summarize(group, set, summaryOptions))}`;
  if (!('groups' in input)) return `${line(input)}\n`;

  const { disputed, single } = disputedFirst(input.groups);
  const lines: string[] = [];
  if (disputed.length > 0) lines.push('Disputed figures:', ...disputed.map(line));
  if (single.length > 0) lines.push(...(lines.length > 0 ? [''] : []), 'From a single source:', ...single.map(line));
  if (lines.length === 0) lines.push('No figures.');
  if (input.findings.length > 0) {
    const { byEvent, unplaced } = placeFindings(input.groups, input.findings, set);
    const findings = [...[...byEvent].flatMap(([eventId, list]) => list.map((f) => `- ${where(eventId)} ${oneLine(capitalize(f.message))}`)), ...unplaced.map((f) => `- ${oneLine(capitalize(f.message))}`)];
    lines.push('', 'Findings:', ...findings);
  }
  return `${lines.join('\n')}\n`;
}
