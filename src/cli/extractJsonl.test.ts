// extract --jsonl: one line out per report in, in order, on any number of workers, and a pure
// filter — shards of a corpus, run apart and concatenated, give the whole run's output.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClaimSet } from '../claims/parseClaimSet.js';
import type { CliIo } from './io.js';
import { main } from './main.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'counterclaim-jsonl-'));

const ARTICLES = [
  'Pakistan military officials on Wednesday said at least seven soldiers were killed in a gunfight with militants in South Waziristan. The Pakistani Taliban claimed the firefight had killed nine Pakistani soldiers.',
  'PESHAWAR, Pakistan (CNN) -- Five soldiers were killed, the military said. A Taliban spokesman told CNN by phone that 68 security forces had died.',
  'Police put the crowd at 350,000. Organisers said two million people marched.',
  'Officials declined to comment.',
];

async function run(argv: string[], input: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdin: Object.assign(Readable.from([Buffer.from(input)]), { isTTY: false }),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const record = (id: string, text: string, extra: Record<string, unknown> = {}) => JSON.stringify({ id, text, ...extra });

describe('extract --jsonl', () => {
  it('answers every line, in order: the report\'s draft claims with ids it prefixes, or why the line is not a report', async () => {
    const input = [
      record('r1', ARTICLES[0] as string, { publishedAt: '2009-10-21' }),
      '',
      'not json',
      record('r2', ARTICLES[1] as string, { url: 'https://example.org/r2' }),
      JSON.stringify({ id: 'r3', text: 'x', publishedAt: 'yesterday' }),
      JSON.stringify(['r4']),
      record('r5', ARTICLES[3] as string),
    ].join('\n');
    const { code, stdout, stderr } = await run(['extract', '--jsonl', '--outlet', 'CNN'], input);
    expect(code).toBe(5);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.id, l.error ?? null])).toEqual([
      ['r1', null],
      [null, 'not JSON: Unexpected token \'o\', "not json" is not valid JSON'],
      ['r2', null],
      ['r3', 'publishedAt must be an ISO 8601 date such as 2009-10-18, got "yesterday"'],
      [null, 'expected a record {"id": …, "text": …}, got a list'],
      ['r5', null],
    ]);
    expect(lines[2].url).toBe('https://example.org/r2');
    // Each set is a valid draft whose ids start with the report's id; --outlet is a default.
    for (const line of [lines[0], lines[2]]) {
      expect(parseClaimSet(line.set).success).toBe(true);
      expect(line.set.claims.length).toBeGreaterThan(0);
      for (const c of line.set.claims) expect(c.id.startsWith(`${line.id}#`)).toBe(true);
      expect(line.set.claims.every((c: { via?: string[] }) => c.via?.includes('cnn'))).toBe(true);
    }
    expect(lines[0].set.claims[0].statedAt).toBe('2009-10-21');
    expect(lines[5].set).toEqual({ sources: [], events: [], claims: [] });
    expect(stderr.split('\n')).toEqual([
      'counterclaim extract: <stdin>: line 3: not JSON: Unexpected token \'o\', "not json" is not valid JSON',
      'counterclaim extract: <stdin>: line 5 (id "r3"): publishedAt must be an ISO 8601 date such as 2009-10-18, got "yesterday"',
      'counterclaim extract: <stdin>: line 6: expected a record {"id": …, "text": …}, got a list',
      expect.stringMatching(/^counterclaim extract: 6 records in \d+\.\d s, \d+\.\d MB\/s; 3 could not be read \(their lines above\)$/),
      '',
    ]);
  });

  it('is a pure filter: shards run apart and concatenated give the whole run\'s output', async () => {
    const lineArb = fc.oneof(
      { weight: 6, arbitrary: fc.tuple(fc.nat(ARTICLES.length - 1), fc.nat(99)).map(([a, n]) => record(`r${n}`, ARTICLES[a] as string)) },
      { weight: 1, arbitrary: fc.constantFrom('', 'oops', '{"id":"x"}', '{"id":"__proto__","text":"Five died.","outlet":"AP"}') },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(lineArb, { minLength: 1, maxLength: 12 }), fc.array(fc.nat(12), { maxLength: 3 }), async (lines, cuts) => {
        const whole = await run(['extract', '--jsonl'], lines.join('\n'));
        const bounds = [0, ...[...new Set(cuts.map((c) => Math.min(c, lines.length)))].sort((a, b) => a - b), lines.length];
        let joined = '';
        for (let k = 0; k + 1 < bounds.length; k++) joined += (await run(['extract', '--jsonl'], lines.slice(bounds[k], bounds[k + 1]).join('\n'))).stdout;
        expect(joined).toBe(whole.stdout);
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  // Worker threads run the built command line (under tsx, a worker would not know TypeScript);
  // `npm test` builds first.
  const built = join(root, 'dist', 'cli.js');
  it.skipIf(!existsSync(built))('gives the same output on two worker threads as on one, and as shards run as processes (dist/cli.js)', () => {
    const lines = Array.from({ length: 400 }, (_, i) => (i % 97 === 5 ? 'broken' : record(`r${i}`, ARTICLES[i % ARTICLES.length] as string)));
    const file = join(dir, 'corpus.jsonl');
    writeFileSync(file, `${lines.join('\n')}\n`);
    const cli = (args: string[], input?: string) =>
      spawnSync(process.execPath, [built, 'extract', '--jsonl', ...args], { cwd: root, encoding: 'utf8', input, maxBuffer: 1 << 28 });
    const one = cli([file, '--jobs', '1']);
    const two = cli([file, '--jobs', '2']);
    expect(one.status).toBe(5);
    expect(two.status).toBe(5);
    expect(one.stdout.split('\n')).toHaveLength(401);
    expect(two.stdout).toBe(one.stdout);
    const shards = [lines.slice(0, 150), lines.slice(150, 151), lines.slice(151)].map((shard) => cli(['-', '--jobs', '2'], shard.join('\n')).stdout);
    expect(shards.join('')).toBe(one.stdout);
  }, 120_000);

  it('refuses options that do not go together, before reading anything', async () => {
    expect(await run(['extract', '--jsonl', '--jobs', '0'], '')).toMatchObject({ code: 2, stderr: 'counterclaim extract: --jobs must be a whole number from 1 to 256, got "0"\n' });
    expect(await run(['extract', '--jobs', '2'], '')).toMatchObject({ code: 2, stderr: 'counterclaim extract: --jobs goes with --jsonl\n' });
    expect(await run(['extract', '--jsonl', '--document', 'd'], '')).toMatchObject({
      code: 2,
      stderr: "counterclaim extract: --document does not go with --jsonl: each report's id names its document\n",
    });
    expect(await run(['extract', '--jsonl', join(dir, 'missing.jsonl')], '')).toMatchObject({ code: 2, stderr: `counterclaim extract: ${join(dir, 'missing.jsonl')}: cannot read: no such file\n` });
  });

  it('shows progress when asked, and says nothing more on a clean run otherwise', async () => {
    const input = record('r1', ARTICLES[1] as string);
    expect((await run(['extract', '--jsonl'], input)).stderr).toBe('');
    expect((await run(['extract', '--jsonl', '--progress'], input)).stderr).toMatch(/^counterclaim extract: 1 record in \d+\.\d s, \d+\.\d MB\/s\n$/);
  });
});
