import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import { parseClaimSet } from '../claims/parseClaimSet.js';
import type { ClaimSet } from '../claims/schemas.js';
import { formatTextReport } from './formatTextReport.js';
import { summarize } from './summarize.js';

function parse(input: unknown): ClaimSet {
  const parsed = parseClaimSet(input);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
}

function twoSides(names: readonly [string, string] = ['The army', 'The TTP']): ClaimSet {
  const killed = (subject: string, side: string, term?: string) => ({ outcome: 'killed', subject, side, ...(term === undefined ? {} : { term }) });
  return parse({
    sources: [{ id: 'army', name: names[0], side: 'state' }, { id: 'ttp', name: names[1], side: 'ttp' }],
    events: [{ id: 'day', label: 'South Waziristan', period: { start: '2009-10-18', end: '2009-10-18' } }, { id: 'night' }],
    claims: [
      { id: 'a', claimant: 'army', event: 'day', measure: killed('soldiers', 'state'), figure: 'five' },
      { id: 't', claimant: 'ttp', event: 'day', measure: killed('soldiers', 'state'), figure: '68' },
      { id: 'm', claimant: 'army', event: 'day', measure: killed('militants', 'ttp', 'terrorists'), figure: '60' },
      { id: 'n', claimant: 'ttp', event: 'night', measure: killed('soldiers', 'state'), figure: 'dozens' },
    ],
  });
}

describe('formatTextReport', () => {
  // Issue 11: no line said its event or date, and single-source groups came in among the disputes.
  it('writes the disputed groups first, then those of a single source, each line with its event and date, then the findings', () => {
    const set = twoSides();
    const analysis = analyze(set);
    expect(analysis.groups).toHaveLength(3);
    expect(formatTextReport(analysis)).toBe(
      [
        'Disputed figures:',
        "[South Waziristan, 2009-10-18] The army said five soldiers were killed; the TTP said 68 — 13.6 times as many. Each side's figure favours itself.",
        '',
        'From a single source:',
        '[South Waziristan, 2009-10-18] The army said 60 "terrorists" were killed.',
        '[night] The TTP said dozens of soldiers were killed.',
        '',
        'Findings:',
        '- [South Waziristan, 2009-10-18] The army calls militants "terrorists", a loaded label that is part of the dispute.',
        '',
      ].join('\n'),
    );
    expect(formatTextReport(analysis, set)).toBe(formatTextReport(analysis));
  });

  it('writes one scored group as its summary, after its event', () => {
    const set = twoSides();
    const soldiers = analyze(set).groups.find((g) => g.measure.subject === 'soldiers' && g.event === 'day')!;
    expect(formatTextReport(soldiers, set)).toBe(`[South Waziristan, 2009-10-18] ${summarize(soldiers, set)}\n`);
  });

  it("says an event's dates once when its label already gives them, as extracted labels do", () => {
    const set = twoSides();
    const labelled = parse({ ...set, events: set.events.map((e) => (e.id === 'day' ? { ...e, label: 'South Waziristan, 2009-10-18' } : e)) });
    expect(formatTextReport(analyze(labelled)).split('\n')[1]).toMatch(/^\[South Waziristan, 2009-10-18\] The army said five/);
  });

  it('says so when there is nothing to compare', () => {
    expect(formatTextReport({ groups: [], findings: [] }, { sources: [], events: [], claims: [] })).toBe('No figures.\n');
  });

  it('property: one line per group and per finding, and one per heading, whatever the names hold', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        const set = twoSides([a, b]);
        const analysis = analyze(set);
        const lines = formatTextReport(analysis, set).split('\n');
        expect(lines.pop()).toBe('');
        // Two headings with a blank line between them, and the findings' heading after one.
        expect(lines).toHaveLength(analysis.groups.length + 3 + (analysis.findings.length > 0 ? 2 + analysis.findings.length : 0));
        expect(formatTextReport(analysis.groups[0]!, set).split('\n')).toHaveLength(2);
      }),
      { numRuns: 60 },
    );
  });
});
