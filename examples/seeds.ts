// The three seed articles as data: validates each hand-made ClaimSet in examples/seeds/, prints
// every claim in one line, then its analysis: which figures compete, how far apart they are, and
// what does not add up. Run: npm run example
import { readFileSync, readdirSync } from 'node:fs';
import { analyze, formatClaim, formatFactor, formatFigure, parseClaimSet, summarize } from 'counterclaim';

const folder = new URL('./seeds/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
if (files.length === 0) {
  console.error(`seeds: no .json files in ${folder.pathname}`);
  process.exit(1);
}

let failed = false;
for (const file of files) {
  const result = parseClaimSet(JSON.parse(readFileSync(new URL(file, folder), 'utf8')));
  if (!result.success) {
    console.error(`${file} is not a valid ClaimSet:\n${result.error.message}`);
    failed = true;
    continue;
  }
  const { sources, events, claims } = result.data;
  const articles = [...new Set(claims.flatMap((claim) => claim.evidence?.document ?? []))].join(', ');
  console.log(`\n${file} (article ${articles}): ${sources.length} sources, ${events.length} events, ${claims.length} claims`);
  for (const claim of claims) console.log(`  ${formatClaim(claim, result.data)}`);

  const analysis = analyze(result.data);
  const disputed = analysis.groups.filter((group) => group.claimants.length > 1);
  console.log(`\n  Analysis: ${analysis.groups.length} groups of competing figures, ${disputed.length} of them disputed`);
  for (const group of disputed) {
    const { factor, statedFactor, compatible, pattern } = group.divergence;
    const figures = group.claims.map((c) => `${c.claimant} ${c.stance === 'denies' ? 'denies' : formatFigure(c.figure)}`).join(' vs ');
    const gap = compatible ? `compatible (stated ${formatFactor(statedFactor)}× apart)` : `at least ${formatFactor(factor)}× apart`;
    console.log(`  • ${group.id}: ${figures} — ${gap}${pattern === null ? '' : `, ${pattern}`}`);
    console.log(`    ${summarize(group, result.data)}`);
  }
  for (const finding of analysis.findings) console.log(`  ! ${finding.kind}: ${finding.message}`);
}
if (failed) process.exit(1);
