import type { ReportedAnalysis } from './types.js';
import type { ScoredGroup } from '../scores/types.js';
import type { Finding } from '../checks/types.js';
import { partitionBy } from '../internal/partitionBy.js';
import type { ClaimSet, Event } from '../claims/schemas.js';
import { tupleKey } from '../internal/tupleKey.js';
import type { GroupedClaim } from '../groups/types.js';
import { formatFigure } from '../figures/formatFigure.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import { termWords } from '../vocabulary/termWords.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { capitalize } from './capitalize.js';
import { describeDivergence } from './describeDivergence.js';
import { escapeMarkdownCell } from './escapeMarkdownCell.js';
import { lookupById } from '../internal/lookupById.js';
import { periodText } from './periodText.js';
import { sourceNames } from './sourceNames.js';
import { summarize } from './summarize.js';
import type { FormatMarkdownReportOptions } from './types.js';

const PATTERN_WORDS = new Map<string | null, string>([
  ['self-serving', "self-serving: each side's figure favours itself"],
  ['reversed', "reversed: each side's figure runs against its interest"],
  ['mixed', 'mixed'],
]);

const md = escapeMarkdownCell;
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function eventLine(event: Event | undefined): string {
  if (event === undefined) return '';
  const place = event.place === undefined ? '' : event.place.join(' › ');
  const period = event.period === undefined ? '' : periodText(event.period);
  const parts = [place, period].filter((p) => p !== '');
  return md(parts.join(' · '));
}

/**
 * Writes an analysis, or one scored group, as a Markdown report a newsroom can read or publish:
 * per event, a table of the competing figures (measure, claimant and the outlet that carried the
 * claim, the hedged figure, the divergence and the pattern), the summary of each group in a
 * sentence, and the findings about that event in plain words; findings that span no single event
 * close the report. An analysis opens with how many events, groups and findings it holds; a single
 * group, which carries no findings, goes straight to its event.
 *
 * Events come in the order of the analysis' groups. Every text taken from the data — names,
 * labels, quotes, terms — is escaped, so that a `|`, a bracket or a line break in a source name
 * cannot break a table or inject a link.
 *
 * @example
 * ```ts
 * const set = {
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'The TTP', side: 'ttp' }],
 *   events: [{ id: 'day', label: 'The first day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: 'five' },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: '68' },
 *   ],
 * };
 * formatMarkdownReport(analyze(set), set).split('\n').slice(4, 8)
 * //=> [
 * //  '## The first day',
 * //  '',
 * //  '| Measure | Claimant | Figure | Divergence | Pattern |',
 * //  '| --- | --- | --- | --- | --- |',
 * //]
 * formatMarkdownReport(analyze(set).groups[0], set).split('\n')[2]
 * //=> '## The first day'
 * ```
 */
export function formatMarkdownReport(input: ReportedAnalysis | ScoredGroup, set: ClaimSet, options: FormatMarkdownReportOptions = {}): string {
  const analysis: ReportedAnalysis = 'groups' in input ? input : { groups: [input], findings: [] };
  const vocabulary = options.vocabulary ?? getDefaultVocabulary();
  const name = sourceNames(set);
  const eventById = lookupById(set.events);

  // Each claim's event as grouped (after any merging of events), for placing findings.
  const eventOfClaim = new Map(set.claims.map((c) => [c.id, c.event]));
  const byEvent = new Map(partitionBy(analysis.groups, (g) => g.event).map((groups) => [(groups[0] as ScoredGroup).event, groups]));
  for (const group of analysis.groups) {
    for (const claims of [group.claims, group.superseded]) {
      for (const claim of claims) {
        eventOfClaim.set(claim.id, group.event);
        for (const copy of claim.copies ?? []) eventOfClaim.set(copy, group.event);
      }
    }
  }
  const findingsOf = new Map<string, Finding[]>();
  const unplaced: Finding[] = [];
  for (const finding of analysis.findings) {
    const placed = new Set(finding.claims.map((id) => eventOfClaim.get(id)));
    const [only] = placed;
    if (placed.size !== 1 || only === undefined || !byEvent.has(only)) unplaced.push(finding);
    else {
      const list = findingsOf.get(only);
      if (list === undefined) findingsOf.set(only, [finding]);
      else list.push(finding);
    }
  }

  const lines: string[] = [`# ${md(options.title ?? 'Competing figures')}`, ''];
  if ('groups' in input) {
    lines.push(
      `${plural(byEvent.size, 'event', 'events')}, ${plural(analysis.groups.length, 'group', 'groups')} of competing figures, ${plural(analysis.findings.length, 'finding', 'findings')}.`,
      '',
    );
  }
  if (analysis.groups.length === 0) lines.push('No competing claims.', '');

  for (const [eventId, groups] of byEvent) {
    const event = eventById(eventId);
    lines.push(`## ${md(event?.label ?? eventId)}`, '');
    const context = eventLine(event);
    if (context !== '') lines.push(context, '');
    lines.push('| Measure | Claimant | Figure | Divergence | Pattern |', '| --- | --- | --- | --- | --- |');
    for (const group of groups) {
      const measure = capitalize(`${termWords(group.measure.subject)} ${termWords(group.measure.outcome)}`);
      const replacedOf = (c: GroupedClaim): string => tupleKey(c.claimant, c.measure.subject);
      const replaced = new Map(partitionBy(group.superseded, replacedOf).map((list) => [replacedOf(list[0] as GroupedClaim), list]));
      group.claims.forEach((claim, i) => {
        const first = i === 0;
        const earlier = replaced.get(replacedOf(claim)) ?? [];
        lines.push(
          `| ${first ? md(measure) : ''} | ${md(claimantCell(claim, name))} | ${md(figureCell(claim, earlier, group, vocabulary))} | ${
            first ? describeDivergence(group, group.divergence, { detail: true }) : ''
          } | ${first ? (PATTERN_WORDS.get(group.divergence.pattern) ?? '—') : ''} |`,
        );
      });
    }
    lines.push('', ...groups.map((g) => `- ${md(summarize(g, set, { vocabulary }))}`), '');
    const findings = findingsOf.get(eventId) ?? [];
    if (findings.length > 0) lines.push('**Findings**', '', ...findings.map((f) => `- ${md(f.message)}`), '');
  }
  if (unplaced.length > 0) lines.push('## Other findings', '', ...unplaced.map((f) => `- ${md(f.message)}`), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function claimantCell(claim: GroupedClaim, name: (id: string) => string): string {
  const via = (claim.via ?? []).map(name);
  return via.length === 0 ? name(claim.claimant) : `${name(claim.claimant)} via ${via.join(', ')}`;
}

function figureCell(claim: GroupedClaim, earlier: readonly GroupedClaim[], group: ScoredGroup, vocabulary: Vocabulary): string {
  const words = claim.stance === 'denies' ? 'denies' : formatFigure(claim.figure);
  const subject = claim.measure.subject === group.measure.subject ? '' : ` ${termWords(claim.measure.subject)}`;
  const term = claim.measure.term;
  const loaded = term !== undefined && vocabulary.subject(term).loaded ? ` (calls them "${term}")` : '';
  const revised = earlier.length === 0 ? '' : ` (earlier: ${earlier.map((c) => (c.stance === 'denies' ? 'denied' : formatFigure(c.figure))).join(', ')})`;
  return `${words}${subject}${loaded}${revised}`;
}
