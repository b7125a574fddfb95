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
  it('writes the disputed figures first, a table per event with each claimant, its figure, how far apart and the pattern', () => {
    const set = twoSides();
    const report = formatMarkdownReport(analyze(set));
    const lines = report.split('\n');
    expect(lines.slice(0, 15)).toEqual([
      '# Competing figures',
      '',
      '3 groups of figures about 2 events: 2 disputed, 1 from a single source; 2 findings.',
      '',
      '## Disputed figures',
      '',
      "How far apart: the highest number as stated over the lowest; the score, from 0 to 1, reads every hedge in the claimants' favour (0: the figures can all be right).",
      '',
      '### The raid',
      '',
      '| Measure | Claimant | Figure | How far apart | Pattern |',
      '| --- | --- | --- | --- | --- |',
      "| Soldiers abducted | The army | denies | Denied | Self-serving: each side's figure favours itself |",
      '|  | The TTP | 12 |  |  |',
      '',
    ]);
    const rows = tableLines(report).map(cells);
    expect(rows).toContainEqual(['Soldiers killed', 'The army', 'five (earlier: 3)', '13.6× as stated; score 0.91', "Self-serving: each side's figure favours itself"]);
    expect(rows).toContainEqual(['', 'The TTP via CNN', '68', '', '']);
    expect(rows).toContainEqual(['Militants killed', 'The army', '60 (calls them "terrorists")']);
  });

  // Issue 11: events came by id, so the disputed one came last, and single-source groups were "competing".
  it('orders events by their most divergent group and puts the figures of a single source under their own heading', () => {
    const set = parse({
      sources: [{ id: 'army', name: 'The army' }, { id: 'ttp', name: 'The TTP' }],
      events: [{ id: 'a-calm', label: 'Calm' }, { id: 'b-mild', label: 'Mild' }, { id: 'c-wide', label: 'Wide' }],
      claims: [
        { id: '1', claimant: 'army', event: 'a-calm', measure: killed('state'), figure: 3 },
        { id: '2', claimant: 'army', event: 'b-mild', measure: killed('state'), figure: 5 },
        { id: '3', claimant: 'ttp', event: 'b-mild', measure: killed('state'), figure: 7 },
        { id: '4', claimant: 'army', event: 'c-wide', measure: killed('state'), figure: 5 },
        { id: '5', claimant: 'ttp', event: 'c-wide', measure: killed('state'), figure: 68 },
      ],
    });
    const headings = formatMarkdownReport(analyze(set)).split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual(['# Competing figures', '## Disputed figures', '### Wide', '### Mild', '## Figures from a single source', '### Calm']);
    expect(formatMarkdownReport(analyze(set))).not.toContain('competing');
  });

  it('writes one scored group as a report of its own, without the counts of an analysis', () => {
    const set = twoSides();
    const group = analyze(set).groups.find((g) => g.event === 'raid')!;
    const report = formatMarkdownReport(group, set, { title: 'The raid' });
    expect(report.split('\n').slice(0, 5)).toEqual(['# The raid', '', '## Disputed figures', '', "How far apart: the highest number as stated over the lowest; the score, from 0 to 1, reads every hedge in the claimants' favour (0: the figures can all be right)."]);
    expect(tableLines(report).slice(2).map(cells)).toEqual([
      ['Soldiers abducted', 'The army', 'denies', 'Denied', "Self-serving: each side's figure favours itself"],
      ['', 'The TTP', '12', '', ''],
    ]);
    expect(report.endsWith("- The army denied that any soldiers were abducted; the TTP said 12 soldiers were abducted. Each side's figure favours itself.\n")).toBe(true);
  });

  it('follows each table with the summaries and the findings about that event, each a sentence', () => {
    const set = twoSides();
    const report = formatMarkdownReport(analyze(set), set);
    const raid = report.slice(report.indexOf('### The raid'), report.indexOf('### The first day'));
    expect(raid).toContain("- The army denied that any soldiers were abducted; the TTP said 12 soldiers were abducted. Each side's figure favours itself.");
    expect(raid).toContain('**Findings**\n\n- The army denied that any soldiers were abducted');
    const day = report.slice(report.indexOf('### The first day'));
    // The finding's message opens with the name as it stands inside a sentence; the list item is one.
    expect(day).toContain('- The army calls militants "terrorists", a loaded label that is part of the dispute.');
    expect(report).not.toContain('## Other findings');
    expect(report.endsWith('\n')).toBe(true);
  });

  it('keeps every table row at its number of cells and injects no markup, whatever the names', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b, label) => {
        const set = twoSides([a, b], label);
        const report = formatMarkdownReport(analyze(set), set);
        const [disputed, single] = report.split('## Figures from a single source');
        for (const line of tableLines(disputed ?? '')) expect(cells(line)).toHaveLength(5);
        for (const line of tableLines(single ?? '')) expect(cells(line)).toHaveLength(3);
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
    expect(lines).toContain('### \\> The first day');
    expect(lines.some((l) => l.startsWith('- \\# The army said'))).toBe(true);
  });

  // Issue 11: a table row opens with its cells: "the army" and "self-serving" read as mid-sentence.
  it('opens the claimant, how-far-apart and pattern cells with a capital, and gives the place once', () => {
    const base = twoSides(['the army', 'the TTP'], 'Pakistan, South Waziristan');
    const set = parse({ ...base, sources: base.sources.map((s) => (s.id === 'cnn' ? { ...s, name: 'Unnamed outlet' } : s)) });
    const report = formatMarkdownReport(analyze(set));
    const rows = tableLines(report).map(cells);
    expect(rows).toContainEqual(['Soldiers killed', 'The army', 'five (earlier: 3)', '13.6× as stated; score 0.91', "Self-serving: each side's figure favours itself"]);
    expect(rows).toContainEqual(['', 'The TTP via unnamed outlet', '68', '', '']);
    // The label already names the place: under the heading only the date.
    expect(report).toContain('### Pakistan, South Waziristan\n\n2009-10-18\n');
    expect(formatMarkdownReport(analyze(twoSides()))).toContain('### The first day\n\nPakistan › South Waziristan · 2009-10-18\n');
  });

  it('reports an empty analysis and findings that belong to no single event', () => {
    expect(formatMarkdownReport({ groups: [], findings: [] }, { sources: [], events: [], claims: [] })).toBe('# Competing figures\n\nNo figures; no findings.\n');
    const set = twoSides();
    const analysis = analyze(set);
    const stray = { kind: 'unknown-term' as const, claims: ['a1', 'r'], message: 'Spans | two events.' };
    const report = formatMarkdownReport({ ...analysis, findings: [...analysis.findings, stray] }, { title: 'Seed 000' });
    expect(report.startsWith('# Seed 000\n')).toBe(true);
    expect(report.endsWith('## Other findings\n\n- Spans \\| two events.\n')).toBe(true);
  });
});
