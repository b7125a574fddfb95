import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SEED_ARTICLES, sharedFolder } from '../../examples/lib/sharedData.js';
import { writeClaimRecords, writeReports } from './corpusFiles.js';
import { realisticPhrases } from './figures.bench.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const load = (): string => loadavg().map((l) => l.toFixed(1)).join(', ');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met');

// Wall time and peak memory of a process, from GNU time (RSS of the process and its threads).
function timed(args: string[]): { seconds: number; peakMb: number } {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const last = result.stderr.trim().split('\n').pop() as string;
  const [seconds, kb] = last.split(' ').map(Number) as [number, number];
  if (result.status !== 0 && result.status !== 5) throw new Error(`scale.bench: ${args.join(' ')} failed: ${result.stderr}`);
  return { seconds, peakMb: kb / 1024 };
}

function timeMs(task: () => unknown): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}

/**
 * Issue 12's targets, each against a baseline measured in the same run, with the load average
 * (the machine is shared: absolute figures are lower bounds, ratios hold better):
 * - CLI `--help` ≤ 2× `node -e 0`;
 * - `parseFigure` ≥ 0.3 of a bare char-code read loop over the same phrases;
 * - `findFigures` on one 4 MB text within 1.5× of the same text in article-sized pieces;
 * - `extract --jsonl` on 50 MB of reports: 2 workers ≥ 1.5× 1 worker (on 2 quiet cores);
 * - `analyze --jsonl` on 10M claims: peak memory ≤ 2 GB (BENCH_STREAM_CLAIMS to change the size).
 * analyze on 1M claims against a Map group-by, and validation against JSON.parse, are in
 * analyze.bench.ts. Needs `npm run build` (the command line and the parser, measured as built) and
 * ../shared/seeds (the reports).
 */
export async function run(): Promise<void> {
  if (!existsSync(cli)) {
    console.log('scale benchmark: dist/cli.js is missing; run `npm run build` first.');
    return;
  }
  // The parser as users run it: the built package, not the source through tsx's transform (which
  // measured it at about half the speed).
  const { findFigures, parseFigure } = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as typeof import('../../src/index.js');
  const work = mkdtempSync(join(tmpdir(), 'counterclaim-scale-'));
  try {
    console.log(`\n## Corpus scale (${cpus().length} cores; load average at the start ${load()})\n`);
    console.log('| target | measure | baseline (same run) | ratio | target | load |');
    console.log('|---|---:|---:|---:|---|---|');

    // Start-up: the median of 11 runs each, interleaved.
    const help: number[] = [];
    const bare: number[] = [];
    for (let k = 0; k < 11; k++) {
      bare.push(timeMs(() => execFileSync(process.execPath, ['-e', '0'])));
      help.push(timeMs(() => execFileSync(process.execPath, [cli, '--help'])));
    }
    const helpRatio = median(help) / median(bare);
    console.log(`| CLI --help | ${fmt(median(help))} ms | node -e 0: ${fmt(median(bare))} ms | ${fmt(helpRatio, 2)}× | ≤ 2× (${verdict(helpRatio <= 2)}) | ${load()} |`);

    // parseFigure against the least any parser must do: read every char code of the same phrases.
    // Flat strings, as text read from a file or a JSON document is: phrases built from template
    // literals reach the lexer in more string representations than V8's feedback keeps, which in
    // about one process in five slowed both sides at random (docs/figure-parser.md, eighth round).
    const phrases = realisticPhrases().map((phrase) => JSON.parse(JSON.stringify(phrase)) as string);
    const readLoop = (): number => {
      let sum = 0;
      for (const phrase of phrases) for (let i = 0; i < phrase.length; i++) sum += phrase.charCodeAt(i);
      return sum;
    };
    const parseAll = (): number => {
      let found = 0;
      for (const phrase of phrases) if (parseFigure(phrase) !== null) found++;
      return found;
    };
    for (let k = 0; k < 50; k++) {
      readLoop();
      parseAll();
    }
    const rate = (task: () => unknown): number => {
      let passes = 0;
      const start = performance.now();
      while (performance.now() - start < 200) {
        task();
        passes++;
      }
      return (passes * phrases.length * 1000) / (performance.now() - start);
    };
    const loopRates: number[] = [];
    const parseRates: number[] = [];
    for (let k = 0; k < 7; k++) {
      loopRates.push(rate(readLoop));
      parseRates.push(rate(parseAll));
    }
    const share = median(parseRates) / median(loopRates);
    console.log(`| parseFigure | ${fmt(median(parseRates))} phrases/s | char-code loop: ${fmt(median(loopRates))} phrases/s | ${fmt(share, 3)} | ≥ 0.3 (${verdict(share >= 0.3)}) | ${load()} |`);

    // findFigures: one 4 MB text against the same text cut into article-sized pieces.
    const folder = sharedFolder('seeds');
    if (folder !== undefined) {
      const seeds = SEED_ARTICLES.map(({ file }) => readFileSync(new URL(file, folder), 'utf8'));
      const pieces: string[] = [];
      let size = 0;
      for (let k = 0; size < 4_000_000; k++) {
        const seed = seeds[k % seeds.length] as string;
        pieces.push(seed);
        size += seed.length + 1;
      }
      const whole = pieces.join('\n');
      const inPieces = (): number => pieces.reduce((n, piece) => n + findFigures(piece).length, 0);
      const inOne = (): number => findFigures(whole).length;
      if (inPieces() !== inOne()) throw new Error('scale.bench: the pieces and the whole find different figures');
      const one: number[] = [];
      const many: number[] = [];
      for (let k = 0; k < 5; k++) {
        many.push(timeMs(inPieces));
        one.push(timeMs(inOne));
      }
      const ratio = median(one) / median(many);
      console.log(`| findFigures, one 4 MB text | ${fmt(median(one))} ms | ${pieces.length} pieces: ${fmt(median(many))} ms | ${fmt(ratio, 2)}× | ≤ 1.5× (${verdict(ratio <= 1.5)}) | ${load()} |`);

      // extract --jsonl: 50 MB of reports on 1 and on 2 worker threads.
      const reportsFile = join(work, 'reports.jsonl');
      const reports = writeReports(reportsFile, Number(process.env.BENCH_EXTRACT_BYTES ?? 50_000_000));
      const single = timed([cli, 'extract', '--jsonl', reportsFile, '--jobs', '1']);
      const loadSingle = load();
      const double = timed([cli, 'extract', '--jsonl', reportsFile, '--jobs', '2']);
      const speedUp = single.seconds / double.seconds;
      const mb = reportsFile === '' ? 0 : readFileSync(reportsFile).length / 1e6;
      console.log(
        `| extract --jsonl, ${fmt(mb)} MB, ${fmt(reports)} reports, 2 workers | ${fmt(double.seconds, 1)} s (${fmt(mb / double.seconds, 1)} MB/s) | 1 worker: ${fmt(single.seconds, 1)} s (${fmt(mb / single.seconds, 1)} MB/s; load ${loadSingle}) | ${fmt(speedUp, 2)}× | ≥ 1.5× on 2 quiet cores (${verdict(speedUp >= 1.5)}) | ${load()} |`,
      );
      rmSync(reportsFile);
    } else {
      console.log('| findFigures, extract --jsonl | skipped: ../shared/seeds is not beside the repository | | | | |');
    }

    // analyze --jsonl: peak memory of a streamed analysis, against node itself.
    const claimsFile = join(work, 'claims.jsonl');
    const corpus = writeClaimRecords(claimsFile, Number(process.env.BENCH_STREAM_CLAIMS ?? 10_000_000));
    const idle = timed(['-e', '0']);
    const streamed = timed([cli, 'analyze', '--jsonl', claimsFile]);
    console.log(
      `| analyze --jsonl, ${fmt(corpus.claims)} claims, ${fmt(corpus.records)} records, ${fmt(corpus.bytes / 1e6)} MB | peak ${fmt(streamed.peakMb)} MB in ${fmt(streamed.seconds)} s | node -e 0: ${fmt(idle.peakMb)} MB | – | ≤ 2,048 MB (${verdict(streamed.peakMb <= 2048)}) | ${load()} |`,
    );
    console.log('\nPeak memory is the process high-water mark (RSS, all threads) from GNU time; times are wall clock.');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
