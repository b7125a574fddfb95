// analyze --jsonl: a corpus of records analysed one partition at a time gives the analysis of the
// merged corpus, however the partitions fall into bucket files; bad records are named and left out.
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import { compareFindings } from '../checks/checkBuckets.js';
import { mergeClaimSets } from '../claims/mergeClaimSets.js';
import { parseClaimSet } from '../claims/parseClaimSet.js';
import type { ClaimSet } from '../claims/schemas.js';
import type { ClaimSetInput } from '../claims/types.js';
import type { Finding, ScoredGroup } from '../index.js';
import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { corpusArbitrary } from '../../tests/fixtures/corpusArbitrary.js';
import { analyzeJsonl } from './analyzeJsonl.js';
import type { CliIo } from './io.js';
import { main } from './main.js';

const ioWith = (input: string, out: { stdout: string; stderr: string }): CliIo => ({
  stdin: Object.assign(Readable.from([Buffer.from(input)]), { isTTY: false }),
  stdout: { write: (s: string) => (out.stdout += s) },
  stderr: { write: (s: string) => (out.stderr += s) },
});

async function stream(input: string, options: { resolveEvents?: boolean; bucketClaims?: number } = {}) {
  const out = { stdout: '', stderr: '' };
  const code = await analyzeJsonl('-', { resolveEvents: options.resolveEvents === true, strict: false, progress: false, bucketClaims: options.bucketClaims ?? 3 }, ioWith(input, out));
  const lines = out.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { partition: string | null; groups: ScoredGroup[]; findings: Finding[] });
  return { code, lines, stderr: out.stderr };
}

// A corpus as records, one document each, valid on its own (no sameAs to another document's event).
function records(corpus: ClaimSetInput): ClaimSet[] {
  const parsed = parseClaimSet({ ...corpus, events: corpus.events.map(({ sameAs: _, ...event }) => event) });
  if (!parsed.success) throw parsed.error;
  const documents = [...new Set(parsed.data.events.map((e) => e.id.split('#')[0] as string))];
  return documents.map((d) => ({
    sources: parsed.data.sources,
    events: parsed.data.events.filter((e) => e.id.startsWith(`${d}#`)),
    claims: parsed.data.claims.filter((c) => c.id.startsWith(`${d}#`)),
  }));
}

const byId = (a: { id: string }, b: { id: string }) => compareCodeUnits(a.id, b.id);

describe('analyze --jsonl', () => {
  it('gives the analysis of the merged corpus, a partition per line in key order, word findings last', async () => {
    await fc.assert(
      fc.asyncProperty(corpusArbitrary(), fc.boolean(), fc.integer({ min: 1, max: 20 }), async (corpus, resolve, bucketClaims) => {
        const sets = records(corpus);
        const input = sets.map((set, k) => JSON.stringify(k % 2 === 0 ? { id: `d${k}`, set } : set)).join('\n');
        const { code, lines, stderr } = await stream(input, { resolveEvents: resolve, bucketClaims });
        expect([code, stderr]).toEqual([0, '']);
        const whole = analyze(mergeClaimSets(sets), { resolveEvents: resolve });
        const last = lines.pop();
        expect(last).toEqual({ partition: null, groups: [], findings: expect.any(Array) });
        const keys = lines.map((l) => l.partition as string);
        expect(keys).toEqual([...keys].sort(compareCodeUnits));
        expect(lines.flatMap((l) => l.groups).sort(byId)).toEqual([...whole.groups].sort(byId));
        expect([...lines.flatMap((l) => l.findings), ...(last?.findings ?? [])].sort(compareFindings)).toEqual(whole.findings);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('names each bad record by line and id, leaves it out, analyses the rest, and exits 5', async () => {
    const good = (d: string, figure: number): ClaimSetInput => ({
      sources: [{ id: 'army', name: 'The army' }],
      events: [{ id: `${d}#e1` }],
      claims: [{ id: `${d}#c1`, claimant: 'army', event: `${d}#e1`, measure: { outcome: 'killed', subject: 'soldiers' }, figure }],
    });
    const input = [
      JSON.stringify({ id: 'a', set: good('a', 5) }),
      '{oops',
      JSON.stringify({ id: 'b', set: { ...good('b', 6), claims: [{ ...good('b', 6).claims[0], claimant: 'nobody' }] } }),
      JSON.stringify({ id: 'c', set: { ...good('a', 7), claims: [{ ...good('a', 7).claims[0], id: 'c#c1' }] } }),
      JSON.stringify({ id: 'd', set: { ...good('d', 8), claims: [{ ...good('d', 8).claims[0], id: 'a#c1' }] } }),
      JSON.stringify({ id: 'e', error: 'not JSON' }),
      JSON.stringify(good('f', 9)),
    ].join('\n');
    const { code, lines, stderr } = await stream(input);
    expect(code).toBe(5);
    expect(stderr.split('\n')).toEqual([
      expect.stringMatching(/^counterclaim analyze: <stdin>: line 2: not JSON: Expected property name or '}' in JSON at position 1/),
      'counterclaim analyze: <stdin>: line 3 (id "b"): claims[0].claimant: no source "nobody"',
      'counterclaim analyze: <stdin>: line 6 (id "e"): extract could not read it: not JSON',
      'counterclaim analyze: <stdin>: line 5 (id "d"): claim id "a#c1" is also in line 1',
      'counterclaim analyze: <stdin>: line 4 (id "c"): event id "a#e1" is also in line 1',
      'counterclaim analyze: 5 records left out (their lines above)',
      '',
    ]);
    expect(lines.flatMap((l) => l.groups.map((g) => [g.id, g.claims.map((c) => c.figure.low)]))).toEqual([
      ['a#e1/killed/soldiers', [5]],
      ['f#e1/killed/soldiers', [9]],
    ]);
  });

  it('writes JSON lines only, and says which option does not go with it', async () => {
    const out = { stdout: '', stderr: '' };
    expect(await main(['analyze', '--jsonl', '--format', 'md'], ioWith('', out))).toBe(2);
    expect(await main(['analyze', '--jsonl', '--title', 'T'], ioWith('', out))).toBe(2);
    expect(await main(['analyze', '--progress'], ioWith('', out))).toBe(2);
    expect(out.stderr).toBe(
      [
        'counterclaim analyze: --jsonl writes JSON lines only: --format md does not go with it',
        'counterclaim analyze: --jsonl writes JSON lines only: --title does not go with it',
        'counterclaim analyze: --progress goes with --jsonl',
        '',
      ].join('\n'),
    );
  });
});
