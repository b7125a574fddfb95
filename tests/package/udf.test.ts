// dist/counterclaim.udf.js, for BigQuery JavaScript UDFs and any bare V8 host: one file without
// imports that puts the API on one global, `counterclaim`, and runs where there is no require
// and no process. `npm test` builds first; before a build there is nothing to load.
import { existsSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, parseClaimSet, parseFigure, toRows, type ClaimSet, type ClaimSetInput } from '../../src/index.js';

const parseClaimSetOrThrow = (input: ClaimSetInput): ClaimSet => {
  const parsed = parseClaimSet(input);
  if (!parsed.success) throw parsed.error;
  return parsed.data;
};

const file = new URL('../../dist/counterclaim.udf.js', import.meta.url);
const ARTICLE =
  'PESHAWAR, Pakistan (CNN) -- Five soldiers were killed in South Waziristan on Saturday, the military said. A Taliban spokesman told CNN by phone that 68 security forces had died.';
const SET = {
  sources: [
    { id: 'army', name: 'Pakistani military', side: 'pakistan-state' },
    { id: 'ttp', name: 'Pakistani Taliban (TTP)', side: 'ttp' },
  ],
  events: [{ id: 'south-waziristan' }],
  claims: [
    { id: 'army', claimant: 'army', event: 'south-waziristan', measure: { outcome: 'killed', subject: 'soldiers', side: 'pakistan-state' }, figure: 'Five' },
    { id: 'ttp', claimant: 'ttp', event: 'south-waziristan', measure: { outcome: 'killed', subject: 'security forces', side: 'pakistan-state' }, figure: '68' },
  ],
};

describe.skipIf(!existsSync(file))('dist/counterclaim.udf.js in a bare node:vm context', () => {
  const code = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: 'counterclaim.udf.js' });
  // Values cross the realm's boundary as JSON text, as a UDF returns them.
  const inside = (expression: string): unknown => JSON.parse(vm.runInContext(`JSON.stringify(${expression})`, context) as string);

  it('is a script without imports that adds one global, counterclaim, and needs no require or process', () => {
    expect(code).not.toMatch(/\brequire\(|\bimport\(|^import /m);
    expect(inside('[Object.keys(globalThis), typeof require, typeof process]')).toEqual([['counterclaim'], 'undefined', 'undefined']);
    expect(inside('Object.keys(counterclaim).filter((k) => typeof counterclaim[k] === "function").length')).toBeGreaterThan(30);
  });

  it('runs parseFigure, extractClaims and analyze there, with the same results as the package', () => {
    expect(inside('counterclaim.parseFigure("about 10,000 to 15,000 militants")')).toEqual(parseFigure('about 10,000 to 15,000 militants'));
    const options = { publishedAt: '2009-10-18', outlet: 'CNN', document: 'cnn-1' };
    expect(inside(`counterclaim.extractClaims(${JSON.stringify(ARTICLE)}, ${JSON.stringify(options)})`)).toEqual(extractClaims(ARTICLE, options));
    const analysis = inside(`counterclaim.analyze(${JSON.stringify(SET)})`) as { groups: { divergence: { factor: number } }[] };
    expect(analysis).toEqual(JSON.parse(JSON.stringify(analyze(SET))));
    expect(analysis.groups[0]?.divergence.factor).toBe(11.5);
  });

  it("runs the README's BigQuery function bodies, and reports a bad partition instead of crashing the host", () => {
    // The bodies of the README's CREATE TEMP FUNCTION statements, as BigQuery wraps them.
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const bodies = new Map([...readme.matchAll(/CREATE TEMP FUNCTION (\w+)\(([^)]*)\)[\s\S]*?AS r"""([\s\S]*?)""";/g)].map(([, name, params, body]) => [name as string, { params: (params as string).split(',').map((p) => p.trim().split(' ')[0]), body: body as string }]));
    expect([...bodies.keys()]).toEqual(['parse_figure', 'extract_claims', 'analyze_partition']);
    for (const [name, { params, body }] of bodies) vm.runInContext(`function ${name}(${params.join(', ')}) {${body}}`, context);
    const call = (expression: string): unknown => JSON.parse(vm.runInContext(expression, context) as string);
    expect(call('parse_figure("nearly 300 soldiers")')).toEqual({ low: 270, high: 299, stated: 300, hedge: 'nearly', text: 'nearly 300' });
    expect(call(`extract_claims("cnn-1", ${JSON.stringify(ARTICLE)}, "2009-10-18")`)).toEqual(extractClaims(ARTICLE, { document: 'cnn-1', publishedAt: '2009-10-18' }));
    const rows = toRows(parseClaimSetOrThrow(SET)).map((row) => JSON.stringify(row));
    const analysis = call(`analyze_partition(${JSON.stringify(rows)})`) as { groups: { divergence: { factor: number } }[] };
    expect(analysis.groups.map((g) => g.divergence.factor)).toEqual([11.5]);
    expect(call(`analyze_partition(${JSON.stringify([JSON.stringify({ claim_id: 'a', low: 'five' })])})`)).toEqual({
      error: 'rows[0].low: expected a finite number, got the text "five"',
    });
  });
});
