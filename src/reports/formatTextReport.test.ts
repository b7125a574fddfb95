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
    events: [{ id: 'day' }],
    claims: [
      { id: 'a', claimant: 'army', event: 'day', measure: killed('soldiers', 'state'), figure: 'five' },
      { id: 't', claimant: 'ttp', event: 'day', measure: killed('soldiers', 'state'), figure: '68' },
      { id: 'm', claimant: 'army', event: 'day', measure: killed('militants', 'ttp', 'terrorists'), figure: '60' },
    ],
  });
}

describe('formatTextReport', () => {
  it('writes one summary per group in the order of the analysis, then the findings', () => {
    const set = twoSides();
    const analysis = analyze(set);
    expect(analysis.groups).toHaveLength(2);
    expect(analysis.findings.length).toBeGreaterThan(0);
    expect(formatTextReport(analysis, set)).toBe(
      [
        ...analysis.groups.map((g) => summarize(g, set)),
        '',
        'Findings:',
        ...analysis.findings.map((f) => `- ${f.message}`),
        '',
      ].join('\n'),
    );
  });

  it('writes one scored group as its summary', () => {
    const set = twoSides();
    const soldiers = analyze(set).groups.find((g) => g.measure.subject === 'soldiers')!;
    expect(formatTextReport(soldiers, set)).toBe(
      "The army said 5 soldiers were killed; The TTP said 68 — at least 11.5 times as many. Each side's figure favours itself.\n",
    );
  });

  it('says so when there is nothing to compare', () => {
    expect(formatTextReport({ groups: [], findings: [] }, { sources: [], events: [], claims: [] })).toBe('No competing claims.\n');
  });

  it('property: one line per group and per finding, whatever the names hold', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        const set = twoSides([a, b]);
        const analysis = analyze(set);
        const lines = formatTextReport(analysis, set).split('\n');
        expect(lines.pop()).toBe('');
        expect(lines).toHaveLength(analysis.groups.length + (analysis.findings.length > 0 ? 2 + analysis.findings.length : 0));
        expect(formatTextReport(analysis.groups[0]!, set).split('\n')).toHaveLength(2);
      }),
      { numRuns: 60 },
    );
  });
});
