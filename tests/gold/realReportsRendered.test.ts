// The reports rendered on real news reports' analyses (../shared/data/real-reports, read here at
// test time, never copied into the repository): extractClaims → analyze → the text, Markdown, SVG
// and ClaimReview reports, each read as an editor would (tests/fixtures/reportsReadAsCopy.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../examples/lib/sharedData.js';
import { analyze, extractClaims } from '../../src/index.js';
import { expectReportsReadAsCopy } from '../fixtures/reportsReadAsCopy.js';

interface RealReport {
  readonly id: string;
  readonly text: string;
  readonly publishedAt?: string;
  readonly outlet?: string;
}

const data = sharedFolder('data/real-reports');
const reason = 'the real reports live in ../shared/data/real-reports, beside the repository; absent here';
if (data === undefined) console.warn(`tests/gold/realReportsRendered: skipped: ${reason}`);
// Read when the suite is collected only when the data is there: a skipped suite reads nothing.
const reports: readonly RealReport[] = data === undefined ? [] : (JSON.parse(readFileSync(new URL('reports.json', data), 'utf8')) as RealReport[]);

describe.skipIf(data === undefined)(`the reports of real news reports' analyses${data === undefined ? ` (skipped: ${reason})` : ''}`, () => {
  it('are there to read', () => {
    expect(reports.length).toBeGreaterThan(20);
  });

  it.each(reports.map((r) => [r.id, r] as const))('%s: every report reads as copy', (id, report) => {
    const set = extractClaims(report.text, {
      document: id,
      ...(report.publishedAt === undefined ? {} : { publishedAt: report.publishedAt }),
      ...(report.outlet === undefined ? {} : { outlet: report.outlet }),
    });
    expectReportsReadAsCopy(analyze(set), id);
  });
});
