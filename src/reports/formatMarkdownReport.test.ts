import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import { parseClaimSet } from '../claims/parseClaimSet.js';
import type { ClaimSet } from '../claims/schemas.js';
import { formatMarkdownReport } from './formatMarkdownReport.js';

function parse(input: unknown): ClaimSet {
  const parsed = parseClaimSet(input);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

const killed = (side: string) => ({ outcome: 'killed', subject: 'soldiers', side });

function twoSides(names: readonly [string, string] = ['The army', 'The TTP'], label = 'The first day'): ClaimSet {
  return parse({
    sources: [
      { id: 'army', name: names[0], side: 'state' },
      { id: 'ttp', name: names[1], side: 'ttp' },
      { id: 'cnn', name: 'CNN' },
    ],
    events: [
      { id: 'day', label, place: ['Pakistan', 'South Waziristan'], period: { start: '2009-10-18', end: '2009-10-18' } },
      { id: 'raid', label: 'The raid' },
    ],
    claims: [
      { id: 'a0', claimant: 'army', event: 'day', measure: killed('state'), figure: '3', statedAt: '2009-10-17' },
      { id: 'a1', claimant: 'army', event: 'day', measure: killed('state'), figure: 'five', statedAt: '2009-10-18' },
      { id: 't', claimant: 'ttp', via: ['cnn'], event: 'day', measure: killed('state'), figure: '68' },
      { id: 'm', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'terrorists', side: 'ttp' }, figure: '60' },
      { id: 'r', claimant: 'ttp', event: 'raid', measure: { outcome: 'abducted', subject: 'soldiers', side: 'state' }, figure: '12' },
      { id: 'd', claimant: 'army', event: 'raid', stance: 'denies', measure: { outcome: 'abducted', subject: 'soldiers', side: 'state' }, figure: 'none' },
    ],
  });
}

// The cells of a table row, split on pipes that are not escaped.
const cells = (line: string): string[] => line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
const tableLines = (report: string): string[] => report.split('\n').filter((l) => l.startsWith('|'));

describe('formatMarkdownReport', () => {
  it('writes a table per event with each claimant, its hedged figure, the divergence and the pattern', () => {
    const set = twoSides();
    const report = formatMarkdownReport(analyze(set), set);
    const lines = report.split('\n');
    expect(lines.slice(0, 9)).toEqual([
      '# Competing figures',
      '',
      '2 events, 3 groups of competing figures, 2 findings.',
      '',
      '## The first day',
      '',
      'Pakistan › South Waziristan · 2009-10-18',
      '',
      '| Measure | Claimant | Figure | Divergence | Pattern |',
    ]);
    const rows = tableLines(report).map(cells);
    expect(rows).toContainEqual(['Militants killed', 'The army', '60 (calls them "terrorists")', 'one source', '—']);
    expect(rows).toContainEqual([
      'Soldiers killed',
      'The army',
      '5 (earlier: 3)',
      'at least 11.5× apart (score 0.91)',
      "self-serving: each side's figure favours itself",
    ]);
    expect(rows).toContainEqual(['', 'The TTP via CNN', '68', '', '']);
    expect(rows).toContainEqual(['Soldiers abducted', 'The army', 'denies', 'denied', "self-serving: each side's figure favours itself"]);
  });

  it('writes a factor of 100 or more as a whole number rounded down, as the other reports do', () => {
    const set = parse({
      sources: [{ id: 'army', name: 'The army' }, { id: 'ttp', name: 'The TTP' }],
      events: [{ id: 'day' }],
      claims: [
        { id: 'a', claimant: 'army', event: 'day', measure: killed('state'), figure: '1' },
        { id: 't', claimant: 'ttp', event: 'day', measure: killed('state'), figure: '2400' },
      ],
    });
    // (2400 + 1) / (1 + 1) = 1200.5
    expect(formatMarkdownReport(analyze(set), set)).toContain('| at least 1,200× apart (score 1.00) |');
  });

  it('writes one scored group as a report of its own, without the counts of an analysis', () => {
    const set = twoSides();
    const group = analyze(set).groups.find((g) => g.event === 'raid')!;
    const report = formatMarkdownReport(group, set, { title: 'The raid' });
    expect(report.split('\n').slice(0, 6)).toEqual([
      '# The raid',
      '',
      '## The raid',
      '',
      '| Measure | Claimant | Figure | Divergence | Pattern |',
      '| --- | --- | --- | --- | --- |',
    ]);
    expect(tableLines(report).slice(2).map(cells)).toEqual([
      ['Soldiers abducted', 'The army', 'denies', 'denied', "self-serving: each side's figure favours itself"],
      ['', 'The TTP', '12', '', ''],
    ]);
    expect(report.endsWith("- The army denied that any soldiers were abducted; The TTP said 12 soldiers were abducted. Each side's figure favours itself.\n")).toBe(true);
  });

  it('follows each table with the summaries and the findings about that event', () => {
    const set = twoSides();
    const report = formatMarkdownReport(analyze(set), set);
    const raid = report.slice(report.indexOf('## The raid'));
    expect(raid).toContain('- The army denied that any soldiers were abducted; The TTP said 12 soldiers were abducted. Each side\'s figure favours itself.');
    expect(raid).toContain('**Findings**\n\n- The army denies that any soldiers were abducted');
    const day = report.slice(0, report.indexOf('## The raid'));
    expect(day).toContain('- The army calls militants "terrorists", a loaded label that is part of the dispute.');
    expect(report).not.toContain('## Other findings');
    expect(report.endsWith('\n')).toBe(true);
  });

  it('keeps every table row at five cells and injects no markup, whatever the names', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b, label) => {
        const set = twoSides([a, b], label);
        const report = formatMarkdownReport(analyze(set), set);
        for (const line of tableLines(report)) expect(cells(line)).toHaveLength(5);
        // No unescaped link, code span or HTML from the data.
        expect(report).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
        expect(report).not.toMatch(/(?<!\\)[<`]/);
      }),
      { numRuns: 60 },
    );
  });

  it('renders a hostile name as text in a table cell', () => {
    const set = twoSides(['<script>alert(1)</script> | x', '[click](javascript:alert(1))']);
    const report = formatMarkdownReport(analyze(set), set);
    expect(report).toContain('\\<script\\>alert(1)\\</script\\> \\| x');
    expect(report).toContain('\\[click\\](javascript:alert(1))');
  });

  it('keeps place, period, names and labels from the data as text at the start of a line', () => {
    const set = twoSides(['# The army', '1. The TTP'], '> The first day');
    const hostile = parse({
      ...set,
      events: set.events.map((e) => (e.id === 'day' ? { ...e, place: ['# x', '- y'], period: { start: '2009-10-17', end: '2009-10-18' } } : e)),
    });
    const lines = formatMarkdownReport(analyze(hostile), hostile).split('\n');
    expect(lines).toContain('\\# x › - y · 2009-10-17 to 2009-10-18');
    expect(lines).toContain('## \\> The first day');
    expect(lines.some((l) => l.startsWith('- \\# The army said'))).toBe(true);
  });

  it('reports an empty analysis and findings that belong to no single event', () => {
    expect(formatMarkdownReport({ groups: [], findings: [] }, { sources: [], events: [], claims: [] })).toBe(
      '# Competing figures\n\n0 events, 0 groups of competing figures, 0 findings.\n\nNo competing claims.\n',
    );
    const set = twoSides();
    const analysis = analyze(set);
    const stray = { kind: 'unknown-term' as const, claims: ['a1', 'r'], message: 'Spans | two events.' };
    const report = formatMarkdownReport({ ...analysis, findings: [...analysis.findings, stray] }, set, { title: 'Seed 000' });
    expect(report.startsWith('# Seed 000\n')).toBe(true);
    expect(report.endsWith('## Other findings\n\n- Spans \\| two events.\n')).toBe(true);
  });
});
