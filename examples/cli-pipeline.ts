// The command line on a news report, as a researcher would run it: extract a draft ClaimSet from the
// article (examples/reports/port-clash.txt, an invented wire story written for this example), check
// it, then analyse it into a text summary, a Markdown report, a chart of the disputes only and
// ClaimReview JSON-LD. Each step is the installed `counterclaim` binary, found through the package's
// own name as `npx counterclaim` finds it in a project. Run: npx tsx examples/cli-pipeline.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const manifest = createRequire(import.meta.url).resolve('counterclaim/package.json');
const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: { counterclaim: string } };
const cli = join(dirname(manifest), bin.counterclaim);
const article = fileURLToPath(new URL('./reports/port-clash.txt', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'counterclaim-cli-'));

// `counterclaim …args`: its standard output, or a thrown error with its standard error.
function counterclaim(...args: string[]): string {
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`counterclaim ${args.join(' ')}: exit ${run.status}\n${run.stderr}`);
  return run.stdout;
}

// 1. A draft for a person to review: every claim with the sentence it came from.
const draft = join(out, 'port-clash.json');
writeFileSync(draft, counterclaim('extract', article, '--published', '2025-06-08', '--outlet', 'Example Wire'));
const set = JSON.parse(readFileSync(draft, 'utf8')) as { sources: { name: string }[]; claims: { evidence?: { quote?: string } }[] };
console.log(`extract: ${set.claims.length} claims from ${set.sources.length} sources, each with its sentence, e.g.\n  "${set.claims[0]?.evidence?.quote}"`);

// 2. The reviewed file (here, the draft as it is) checked before anyone relies on it.
process.stdout.write(`validate: ${counterclaim('validate', draft)}`);

// 3. The analysis, as text for a reader and as files for a page.
const text = counterclaim('analyze', draft, '--format', 'text');
console.log(`\n${text}`);
const files = {
  'report.md': counterclaim('analyze', draft, '--format', 'md', '--title', 'Bira garrison attack: whose toll?'),
  'disputes.svg': counterclaim('analyze', draft, '--format', 'svg', '--disputed-only', '--title', 'Bira garrison attack'),
  'claimreview.json': counterclaim('analyze', draft, '--format', 'claimreview', '--url', 'https://factcheck.example/bira', '--author', 'Example Fact Desk'),
};
for (const [name, content] of Object.entries(files)) writeFileSync(join(out, name), content);
console.log(`Written to ${out}: ${Object.keys(files).join(', ')}`);

// What the pipeline should find in this story: the soldiers' toll and the rebels' losses disputed.
const reviews = JSON.parse(files['claimreview.json']) as unknown[];
if (!/27 soldiers[^\n]*112/.test(text) || !/nine militants[^\n]*more than 80/.test(text) || reviews.length < 4 || !files['disputes.svg'].startsWith('<svg')) {
  throw new Error('cli-pipeline: the disputes of the story are not in the reports');
}
