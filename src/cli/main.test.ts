import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseClaimSet } from '../claims/parseClaimSet.js';
import type { CliIo } from './io.js';
import { main } from './main.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SEED = 'examples/seeds/000-south-waziristan-offensive.json';
const seedPath = `${root}${SEED}`;
// A short article of our own, so the test needs nothing from outside the repository.
const ARTICLE = join(mkdtempSync(join(tmpdir(), 'counterclaim-cli-')), 'raid.txt');
writeFileSync(
  ARTICLE,
  'Pakistan military officials on Wednesday said at least seven soldiers were killed in a gunfight with militants in South Waziristan. ' +
    'The Pakistani Taliban claimed the firefight had killed nine Pakistani soldiers.\n',
);

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

// Runs main with a piped standard input (or a terminal one) and collects what it writes.
async function run(argv: string[], input: string | { tty: true } = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const stdin =
    typeof input === 'string'
      ? Object.assign(Readable.from([Buffer.from(input)]), { isTTY: false })
      : Object.assign(Readable.from([]), { isTTY: true });
  const io: CliIo = {
    stdin,
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const small = {
  sources: [
    { id: 'army', name: 'The army', side: 'state' },
    { id: 'ttp', name: 'The TTP', side: 'ttp' },
  ],
  events: [{ id: 'day', label: 'The first day' }],
  claims: [
    { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: 'five' },
    { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: '68' },
  ],
};

// A set of n claims, each about its own event, so that it validates and analyses quickly.
function many(n: number): string {
  return JSON.stringify({
    sources: [{ id: 'army', name: 'The army' }],
    events: Array.from({ length: n }, (_, i) => ({ id: `e${i}` })),
    claims: Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      claimant: 'army',
      event: `e${i}`,
      measure: { outcome: 'killed', subject: 'soldiers' },
      figure: { low: i, high: i, stated: i, hedge: 'exact' },
    })),
  });
}

describe('counterclaim analyze', () => {
  it('writes the analysis as JSON by default, from a file or from standard input', async () => {
    const fromFile = await run(['analyze', seedPath]);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stderr).toBe('');
    const analysis = JSON.parse(fromFile.stdout) as { groups: { id: string }[]; findings: unknown[] };
    expect(analysis.groups.map((g) => g.id)).toContain('sw-offensive-2009-last-24h/killed/security-forces@pakistan-state');
    const text = readFileSync(seedPath, 'utf8');
    expect((await run(['analyze', '-'], text)).stdout).toBe(fromFile.stdout);
    expect((await run(['analyze'], text)).stdout).toBe(fromFile.stdout);
  });

  it('writes Markdown, SVG and text reports', async () => {
    const md = await run(['analyze', seedPath, '--format', 'md']);
    expect(md.code).toBe(0);
    // Issue 11: the default title was the file's path.
    expect(md.stdout.startsWith('# Competing figures\n')).toBe(true);
    expect(md.stdout).toContain('| Measure | Claimant | Figure | How far apart | Pattern |');
    const svg = await run(['analyze', seedPath, '--format=svg', '--width', '640', '--title', 'Seed 000']);
    expect(svg.stdout).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="640"/);
    expect(svg.stdout).toContain('>Seed 000</text>');
    const text = await run(['analyze', '--format', 'text'], JSON.stringify(small));
    expect(text.stdout).toBe(
      "Disputed figures:\n[The first day] The army said five soldiers were killed; the TTP said 68 — 13.6 times as many. Each side's figure favours itself.\n",
    );
  });

  it('exits 1 under --strict when there are findings, still writing the report, and 0 without findings', async () => {
    const strict = await run(['analyze', seedPath, '--strict', '--format', 'text']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('Findings:\n- ');
    expect((await run(['analyze', seedPath, '--format', 'text'])).code).toBe(0);
    expect((await run(['analyze', '--strict'], JSON.stringify(small))).code).toBe(0);
  });

  it('exits 2 with the place of the problem for invalid JSON', async () => {
    const bad = await run(['analyze'], '{\n  "sources": [,]\n}');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('counterclaim analyze: <stdin>: invalid JSON at line 2, column 15: unexpected ","\n');
    for (const [input, at] of [
      ['', 'line 1, column 1: unexpected end of input'],
      ['{"a": "b', 'line 1, column 9: unexpected end of input'],
      ['{} x', 'line 1, column 4: unexpected "x"'],
      ['{"a":\n\n tru }', 'line 3, column 5: unexpected " "'],
    ]) {
      expect((await run(['validate'], input)).stderr).toBe(`counterclaim validate: <stdin>: invalid JSON at ${at}\n`);
    }
  });

  it('exits 2 with every problem and its path for an invalid ClaimSet', async () => {
    const invalid = { ...small, claims: [{ ...small.claims[0], claimant: 'nobody' }, { ...small.claims[1], figure: 'many' }] };
    const bad = await run(['analyze', '-'], JSON.stringify(invalid));
    expect(bad.code).toBe(2);
    const lines = bad.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines.every((l) => l.startsWith('counterclaim analyze: <stdin>: claims['))).toBe(true);
    expect(bad.stderr).toContain('<stdin>: claims[0].claimant: ');
    expect(bad.stderr).toContain('<stdin>: claims[1].figure: ');
  });

  it('exits 2 for a missing file, an unknown option, a bad format or width, and two files', async () => {
    const cases: [string[], RegExp][] = [
      [['analyze', 'no-such-file.json'], /no-such-file.json: cannot read: no such file/],
      [['analyze', seedPath, '--colour'], /unknown option --colour; the options are --format, --strict, /],
      [['analyze', seedPath, '--fromat', 'md'], /unknown option --fromat; did you mean --format\?/],
      [['analyze', seedPath, '--format'], /--format needs a value/],
      [['analyze', seedPath, '--format', 'pdf'], /--format must be one of json, md, svg, text, claimreview, got "pdf"/],
      [['analyze', seedPath, '--format', 'svg', '--width', 'wide'], /--width must be a number of pixels/],
      [['analyze', seedPath, '--format', 'claimreview'], /--format claimreview needs --url .* and --author/],
      [['analyze', seedPath, seedPath], /one file at most, got 2/],
    ];
    for (const [argv, message] of cases) {
      const result = await run(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr, argv.join(' ')).toMatch(message);
      expect(result.stdout).toBe('');
    }
  });

  // Issue 11: --title was ignored for JSON and --width 10 clamped, both silently; issue 14: --width 1e308 was accepted.
  it('says on stderr which options the format ignores and which width it draws instead', async () => {
    const json = await run(['analyze', seedPath, '--title', 'Seed', '--width', '640']);
    expect(json.code).toBe(0);
    expect(json.stderr).toBe('counterclaim analyze: --title is ignored with --format json\ncounterclaim analyze: --width is ignored with --format json\n');
    for (const [asked, drawn] of [['10', 320], ['1e308', 10000]] as const) {
      const svg = await run(['analyze', seedPath, '--format', 'svg', '--width', asked]);
      expect(svg.code).toBe(0);
      expect(svg.stderr).toBe(`counterclaim analyze: --width ${asked} is outside 320 to 10000: drawing ${drawn} pixels wide\n`);
      expect(svg.stdout).toMatch(new RegExp(`^<svg [^>]*width="${drawn}"`));
      expect(svg.stdout).not.toMatch(/Infinity|NaN/);
    }
  });

  it('writes ClaimReview JSON-LD, one review per claim of the groups shown', async () => {
    const result = await run(['analyze', seedPath, '--format', 'claimreview', '--url', 'https://checks.example/w', '--author', 'Example Checks', '--disputed-only']);
    expect(result.code).toBe(0);
    const reviews = JSON.parse(result.stdout) as { '@type': string; url: string; author: { name: string } }[];
    expect(reviews).toHaveLength(4);
    expect(reviews.every((r) => r['@type'] === 'ClaimReview' && r.url === 'https://checks.example/w' && r.author.name === 'Example Checks')).toBe(true);
  });

  it('draws only the disputes with --disputed-only', async () => {
    const all = await run(['analyze', seedPath, '--format', 'svg']);
    const disputed = await run(['analyze', seedPath, '--format', 'svg', '--disputed-only']);
    expect((all.stdout.match(/class="row"/g) ?? []).length).toBe(13);
    expect((disputed.stdout.match(/class="row"/g) ?? []).length).toBe(4);
  });

  // Issue 14: a byte-order mark was rejected with an invisible character in the message.
  it('reads a file that starts with a byte-order mark', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'counterclaim-bom-')), 'set.json');
    writeFileSync(file, `\ufeff${JSON.stringify(small)}`);
    expect(await run(['validate', file])).toEqual({ code: 0, stdout: `${file}: valid, 2 sources, 1 event, 2 claims\n`, stderr: '' });
  });

  // Issue 14: the pretty-printed analysis was one string, past V8's limit on large inputs.
  it('writes the JSON analysis piece by piece, the same text as JSON.stringify', async () => {
    const pieces: string[] = [];
    const input = many(3000);
    const io: CliIo = { stdin: Object.assign(Readable.from([input]), { isTTY: false }), stdout: { write: (s: string) => pieces.push(s) }, stderr: { write: () => true } };
    expect(await main(['analyze'], io)).toBe(0);
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.every((p) => p.length < 2 * 65_536)).toBe(true);
    const { analyze } = await import('../analyze/analyze.js');
    expect(pieces.join('')).toBe(`${JSON.stringify(analyze(JSON.parse(input)), null, 2)}\n`);
  });

  it('refuses to wait on a terminal when no file is named', async () => {
    const result = await run(['analyze'], { tty: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no input: name a file, or pipe one in');
  });

  it('shows progress on stderr for inputs over 10,000 claims, and only then', async () => {
    const large = await run(['analyze', '--format', 'text'], many(10_001));
    expect(large.code).toBe(0);
    // Counts in one style, with separators, under the command's name as its other messages.
    expect(large.stderr).toMatch(/^counterclaim analyze: analysing 10,001 claims from <stdin>…\n/);
    expect(large.stderr).toMatch(/counterclaim analyze: 10,001 groups and 0 findings in \d+\.\d s; writing text…\n$/);
    const atLimit = await run(['analyze', '--format', 'text'], many(10_000));
    expect(atLimit.stderr).toBe('');
  }, 60_000);
});

describe('counterclaim validate, schema, extract and help', () => {
  it('validates a document and counts what it holds', async () => {
    const ok = await run(['validate', seedPath]);
    expect(ok).toEqual({ code: 0, stdout: `${seedPath}: valid, 5 sources, 5 events, 13 claims\n`, stderr: '' });
    const bad = await run(['validate'], '{"sources": [], "events": [], "claims": [{}]}');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('counterclaim validate: <stdin>: claims[0]');
  });

  it('prints the JSON Schema, and takes no input', async () => {
    const schema = await run(['schema']);
    expect(schema.code).toBe(0);
    expect(JSON.parse(schema.stdout)).toMatchObject({ type: 'object', required: expect.arrayContaining(['sources', 'events', 'claims']) });
    expect((await run(['schema', 'x.json'])).code).toBe(2);
  });

  it('drafts a valid ClaimSet from an article, from a file or standard input', async () => {
    const file = await run(['extract', ARTICLE, '--published', '2009-10-18', '--outlet', 'CNN']);
    expect(file.code, file.stderr).toBe(0);
    const set = JSON.parse(file.stdout) as { claims: { evidence?: { document?: string } }[] };
    expect(parseClaimSet(set).success).toBe(true);
    expect(set.claims.length).toBeGreaterThan(0);
    expect(set.claims.every((c) => c.evidence?.document === 'raid.txt')).toBe(true);
    const piped = await run(['extract', '--published', '2009-10-18', '--outlet', 'CNN', '--document', 'raid.txt'], readFileSync(ARTICLE, 'utf8'));
    expect(piped.stdout).toBe(file.stdout);
    const badDate = await run(['extract', ARTICLE, '--published', '18 October 2009']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/--published must be an ISO 8601 date/);
  });

  it('answers --help on every command with its usage, and exits 2 for no or an unknown command', async () => {
    for (const command of ['analyze', 'extract', 'validate', 'schema']) {
      for (const flag of ['--help', '-h']) {
        const help = await run([command, flag]);
        expect(help.code).toBe(0);
        expect(help.stdout.startsWith(`Usage: counterclaim ${command}`)).toBe(true);
      }
    }
    const top = await run(['--help']);
    expect(top.code).toBe(0);
    // bin.ts exits 3 when main itself fails: the help says what that code means.
    expect(top.stdout).toMatch(/Exit codes: 0 done; 1 findings under\s+--strict; 2 bad input; 3 unexpected\s+error/);
    for (const command of ['analyze', 'extract', 'validate']) expect((await run([command, '--help'])).stdout).toMatch(/;\s+3 unexpected error/);
    for (const command of ['analyze', 'extract', 'validate', 'schema']) expect(top.stdout).toContain(`  ${command}`);
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: counterclaim <command>');
    const version = await run(['--version']);
    expect(version).toEqual({ code: 0, stdout: `${(JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version}
`, stderr: '' });
    const unknown = await run(['analyse']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^counterclaim: unknown command "analyse"; did you mean "analyze"\?/);
  });
});

describe('counterclaim as a process', () => {
  it('reads standard input and sets the exit code', () => {
    const node = (args: string[], input: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { cwd: root, input, encoding: 'utf8' });
    const ok = node(['analyze', '--format', 'text'], JSON.stringify(small));
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('13.6 times as many');
    const bad = node(['validate'], 'not json');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^counterclaim validate: <stdin>: invalid JSON/);
    const strict = node(['analyze', SEED, '--strict'], '');
    expect(strict.status).toBe(1);
  }, 60_000);
});
