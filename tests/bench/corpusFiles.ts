import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import type { Claim, ClaimSet, Source } from '../../src/index.js';
import { SEED_ARTICLES, sharedFolder } from '../../examples/lib/sharedData.js';
import { seededRandom, syntheticClaimSet } from './syntheticClaimSet.js';

/**
 * A JSON-lines file of news-like reports for `extract --jsonl`, `bytes` long or a little more: the
 * seed articles with their figures and places varied by a seeded generator, so that no two reports
 * are the same text. Returns the number of reports.
 */
export function writeReports(file: string, bytes: number): number {
  const folder = sharedFolder('seeds');
  if (folder === undefined) throw new Error('corpusFiles: the seed articles are not beside the repository (../shared/seeds)');
  const seeds = SEED_ARTICLES.map(({ file: name }) => readFileSync(new URL(name, folder), 'utf8'));
  const random = seededRandom(12);
  const fd = openSync(file, 'w');
  let written = 0;
  let reports = 0;
  let chunk = '';
  while (written < bytes) {
    const seed = seeds[reports % seeds.length] as string;
    // Other numbers in the same words: the extractor reads a new report each time.
    const text = seed.replace(/\b\d+\b/g, (n) => String(Math.max(1, Math.round(Number(n) * (0.5 + random())))));
    const line = `${JSON.stringify({ id: `r${reports}`, text, publishedAt: '2009-10-18', outlet: 'CNN' })}\n`;
    chunk += line;
    written += Buffer.byteLength(line);
    reports++;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  return reports;
}

/**
 * A JSON-lines file of ClaimSet records for `analyze --jsonl` with about `claims` claims: the
 * benchmarks' synthetic sets, made 100,000 claims at a time (never the whole corpus in memory),
 * one record per event with its claims and their sources. Returns claims, records and bytes.
 */
export function writeClaimRecords(file: string, claims: number): { claims: number; records: number; bytes: number } {
  const fd = openSync(file, 'w');
  let made = 0;
  let records = 0;
  for (let part = 0; made < claims; part++) {
    const set = syntheticClaimSet({ claims: Math.min(100_000, claims - made), seed: 1000 + part });
    const sources = new Map(set.sources.map((s) => [s.id, s]));
    const byEvent = new Map<string, Claim[]>();
    for (const claim of set.claims) {
      const list = byEvent.get(claim.event) ?? [];
      list.push(claim);
      byEvent.set(claim.event, list);
    }
    let chunk = '';
    for (const event of set.events) {
      const own = byEvent.get(event.id) ?? [];
      const named = new Set(own.flatMap((c) => [c.claimant, ...(c.via ?? [])]));
      const prefix = `p${part}-`;
      const record: ClaimSet = {
        sources: [...named].map((id) => sources.get(id) as Source),
        events: [{ ...event, id: prefix + event.id }],
        claims: own.map((c) => ({ ...c, id: prefix + c.id, event: prefix + c.event })),
      };
      chunk += `${JSON.stringify({ id: `${prefix}${event.id}`, set: record })}\n`;
      made += own.length;
      records++;
    }
    writeSync(fd, chunk);
  }
  closeSync(fd);
  return { claims: made, records, bytes: statSync(file).size };
}
