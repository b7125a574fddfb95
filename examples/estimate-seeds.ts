// What estimate() says about the army's and the TTP's figures across the three seed articles:
// the consensus for each disputed count, and each party's reliability and bias on its own losses
// and on the other side's. Run: npx tsx examples/estimate-seeds.ts
import { readFileSync, readdirSync } from 'node:fs';
import { analyze, estimate, formatFigure, mergeClaimSets, parseClaimSet, type ClaimSet } from 'counterclaim';

const folder = new URL('./seeds/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
if (files.length === 0) {
  console.error(`estimate-seeds: no .json files in ${folder.pathname}`);
  process.exit(1);
}

// One set from the three articles: a source id shared between them is the same source.
const sets = files.map((file): ClaimSet => {
  const parsed = parseClaimSet(JSON.parse(readFileSync(new URL(file, folder), 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
  return parsed.data;
});
const merged = mergeClaimSets(sets);

const { groups } = analyze(merged, { resolveEvents: true });
const result = estimate(groups, merged);

console.log(`${files.length} articles, ${merged.claims.length} claims, ${groups.length} groups; the disputed ones:\n`);
result.groups.forEach((estimated, i) => {
  const group = groups[i];
  if (group === undefined || group.claimants.length < 2) return;
  const figures = group.claims.map((c) => `${c.claimant} ${c.stance === 'denies' ? 'denies' : formatFigure(c.figure)}`).join('; ');
  const { stated } = estimated.consensus;
  const best = stated === null ? '' : `best single figure ${stated}, `;
  console.log(`${estimated.group}\n  ${figures}\n  consensus: ${best}${formatFigure(estimated.consensus)} (${estimated.method})`);
});

const fmt = (x: number | null): string => (x === null ? '—' : `${x.toFixed(2)}×`);
console.log('\nsource              claims  reliability  bias on own losses  bias on the other side\'s');
for (const id of ['pakistan-military', 'ttp']) {
  const s = result.sources.find((source) => source.source === id);
  if (s === undefined) continue;
  console.log(`${id.padEnd(20)}${String(s.claims).padStart(6)}${s.reliability.toFixed(2).padStart(13)}${fmt(s.bias.own).padStart(20)}${fmt(s.bias.other).padStart(25)}`);
}
console.log(
  '\nBias is the geometric mean of (figure + 1) / (consensus + 1): below 1× a party gives lower figures than the consensus.\n' +
    'Caveat: three articles are far too few to rate a source. Each party appears in a handful of groups, mostly\n' +
    'against the other party alone, so the consensus is largely the two claims themselves and the reliabilities\n' +
    'stay near the prior (1 = nothing known). Read these numbers as a description of these articles, not as a\n' +
    'verdict on either party; the method needs many groups and independent sources to say more.',
);
