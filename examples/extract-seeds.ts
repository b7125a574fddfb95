// From raw text to a verdict: extracts draft claims from the three seed articles, puts them in one
// set, merges the events the articles share, and analyses the result — the figures, who disputes
// them, and how far apart they are. Run: npx tsx examples/extract-seeds.ts
import { readFileSync } from 'node:fs';
import { analyze, extractClaims, formatFactor, formatFigure, mergeClaimSets } from 'counterclaim';
import { SEED_ARTICLES, sharedFolder } from './lib/sharedData.js';

const folder = sharedFolder('seeds');
if (folder === undefined) {
  console.log('extract-seeds: the seed articles are not beside this repository (../shared/seeds); set COUNTERCLAIM_SHARED to run this example.');
  process.exit(0);
}

const drafts = SEED_ARTICLES.map(({ file, publishedAt, ...rest }) => {
  const text = readFileSync(new URL(file, folder), 'utf8');
  const set = extractClaims(text, { publishedAt, document: file.slice(0, 3), ...('outlet' in rest ? { outlet: rest.outlet } : {}) });
  console.log(`${file}: ${set.claims.length} draft claims, ${set.events.length} events, ${set.sources.length} sources`);
  return set;
});

const { groups, findings } = analyze(mergeClaimSets(drafts), { resolveEvents: true });
const disputed = groups.filter((g) => g.claimants.length > 1);
console.log(`\n${groups.length} groups after merging events across articles; ${disputed.length} disputed:`);
for (const group of disputed) {
  const { compatible, factor, statedFactor } = group.divergence;
  const figures = group.claims.map((c) => `${c.claimant} ${c.stance === 'denies' ? 'denies' : formatFigure(c.figure)}`).join(' vs ');
  console.log(`  ${group.id}: ${figures} — ${compatible ? `compatible (stated ${formatFactor(statedFactor)}× apart)` : `at least ${formatFactor(factor)}× apart`}`);
}
console.log(`\n${findings.length} findings, e.g. ${findings[0]?.message ?? 'none'}`);
