// dist/counterclaim.udf.js, for BigQuery JavaScript UDFs and any bare V8 host: one file without
// imports that puts the API on one global, `counterclaim`, and runs where there is no require
// and no process. `npm test` builds first; before a build there is nothing to load.
import { existsSync, readFileSync } from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { analyze, extractClaims, parseFigure } from '../../src/index.js';

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

  it('answers as the README\'s BigQuery UDF body does, and reports a bad document instead of crashing the host', () => {
    vm.runInContext(
      'function parse_figure(text) { return JSON.stringify(counterclaim.parseFigure(text)); }\n' +
        'function analyze_set(json) { try { return JSON.stringify(counterclaim.analyze(JSON.parse(json))); } catch (e) { return JSON.stringify({ error: e.message }); } }',
      context,
    );
    expect(JSON.parse(vm.runInContext('parse_figure("nearly 300 soldiers")', context) as string)).toEqual({ low: 270, high: 299, stated: 300, hedge: 'nearly', text: 'nearly 300' });
    expect(JSON.parse(vm.runInContext(`analyze_set(${JSON.stringify(JSON.stringify({ sources: [], events: [], claims: 'none' }))})`, context) as string)).toEqual({
      error: 'claims: expected a list, got the text "none"',
    });
  });
});
