// The three seed articles as data: validates each hand-made ClaimSet in examples/seeds/ and prints
// every claim in one line. Run: npx tsx examples/seeds.ts
import { readFileSync, readdirSync } from 'node:fs';
import { formatClaim, parseClaimSet } from '../src/index.js';

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
}
if (failed) process.exit(1);
