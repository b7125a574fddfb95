import type { ReportedAnalysis } from './types.js';
import type { ScoredGroup } from '../scores/types.js';
import type { ClaimSet } from '../claims/schemas.js';
import { oneLine } from './oneLine.js';
import { summarize } from './summarize.js';
import type { FormatTextReportOptions } from './types.js';

/**
 * Writes an analysis, or one scored group, as plain text for a terminal, an e-mail or a log: one
 * summary sentence per group (see {@link summarize}), in the order of the groups, then the findings
 * under "Findings:", one per line. An analysis without groups reads "No competing claims.". Every
 * line is one line whatever the names in the data hold, and the text ends with a line break.
 *
 * @example
 * ```ts
 * const set = {
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'The TTP', side: 'ttp' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: 'five' },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: '68' },
 *   ],
 * };
 * formatTextReport(analyze(set), set)
 * //=> "The army said 5 soldiers were killed; The TTP said 68 — at least 11.5 times as many. Each side's figure favours itself.\n"
 * formatTextReport({ groups: [], findings: [] }, { sources: [], events: [], claims: [] })
 * //=> 'No competing claims.\n'
 * ```
 */
export function formatTextReport(input: ReportedAnalysis | ScoredGroup, set: ClaimSet, options: FormatTextReportOptions = {}): string {
  const summaryOptions = options.vocabulary === undefined ? {} : { vocabulary: options.vocabulary };
  if (!('groups' in input)) return `${oneLine(summarize(input, set, summaryOptions))}\n`;
  const lines = input.groups.map((group) => oneLine(summarize(group, set, summaryOptions)));
  if (lines.length === 0) lines.push('No competing claims.');
  if (input.findings.length > 0) lines.push('', 'Findings:', ...input.findings.map((f) => `- ${oneLine(f.message)}`));
  return `${lines.join('\n')}\n`;
}
