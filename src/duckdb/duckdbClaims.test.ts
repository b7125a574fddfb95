// counterclaim/duckdb: rows of a generated corpus loaded into DuckDB from JSON lines and from
// Parquet, grouped by partition in SQL, analysed partition by partition and written back as
// tables, equal to the in-memory analysis. @duckdb/node-api is a dev dependency here, so this runs
// in CI; where its binary cannot install, the suite says so and skips.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import { compareFindings } from '../checks/checkBuckets.js';
import { parseClaimSet } from '../claims/parseClaimSet.js';
import { toRows } from '../claims/toRows.js';
import type { Finding, ScoredGroup } from '../index.js';
import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { corpusArbitrary } from '../../tests/fixtures/corpusArbitrary.js';
import { sourceFiles } from '../../tests/package/importLayers.js';
import { analyzeClaimTable, loadClaimRows } from './duckdbClaims.js';

const duckdb = await import('@duckdb/node-api').catch((error: unknown) => {
  console.warn(`counterclaim/duckdb tests skipped: @duckdb/node-api does not load here (${String(error)})`);
  return undefined;
});
const dir = mkdtempSync(join(tmpdir(), 'counterclaim-duckdb-'));
const byId = (a: { id: string }, b: { id: string }) => compareCodeUnits(a.id, b.id);

describe('@duckdb/node-api', () => {
  it('is imported by counterclaim/duckdb alone, never by the core or the command line', () => {
    const src = new URL('../', import.meta.url).pathname;
    const importers = sourceFiles(src).filter((file) => readFileSync(file, 'utf8').includes("'@duckdb/node-api'"));
    expect(importers.map((file) => file.slice(src.length))).toEqual(['duckdb/duckdbClaims.ts']);
  });
});

describe.skipIf(duckdb === undefined)('counterclaim/duckdb', () => {
  const connect = async () => (await (duckdb as typeof import('@duckdb/node-api')).DuckDBInstance.create(':memory:')).connect();

  it('loads rows from JSON lines and Parquet, analyses each partition in SQL order, and writes tables equal to analyze', async () => {
    const connection = await connect();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(corpusArbitrary(), async (input) => {
        const parsed = parseClaimSet(input);
        if (!parsed.success) throw parsed.error;
        const jsonl = join(dir, `rows-${run}.jsonl`);
        const parquet = join(dir, `rows-${run++}.parquet`);
        const rows = toRows(parsed.data);
        writeFileSync(jsonl, rows.map((row) => JSON.stringify(row)).join('\n'));
        expect(await loadClaimRows(connection, jsonl, 'loaded')).toBe(rows.length);
        await connection.run(`COPY loaded TO '${parquet}' (FORMAT parquet)`);
        expect(await loadClaimRows(connection, parquet)).toBe(rows.length);
        const summary = await analyzeClaimTable(connection);
        const whole = analyze(input);
        const groups = (await connection.runAndReadAll('SELECT group_json, group_id, factor, partition FROM claim_groups')).getRowObjectsJS();
        const findings = (await connection.runAndReadAll('SELECT kind, claims, message FROM claim_findings')).getRowObjectsJS();
        expect(summary).toEqual({ partitions: new Set(rows.filter((r) => r.partition !== null).map((r) => r.partition)).size, groups: whole.groups.length, findings: whole.findings.length });
        expect(groups.map((g) => JSON.parse(g.group_json as string) as ScoredGroup).sort(byId)).toEqual([...whole.groups].sort(byId));
        for (const g of groups) expect(g.factor).toBe((whole.groups.find((w) => w.id === g.group_id) as ScoredGroup).divergence.factor);
        const read = findings.map((f): Finding => ({ kind: f.kind as Finding['kind'], claims: JSON.parse(f.claims as string) as string[], message: f.message as string }));
        expect(read.sort(compareFindings)).toEqual(whole.findings);
      }),
      { numRuns: 25 },
    );
    connection.closeSync();
  }, 120_000);

  it('names the row and column of a bad value it meets in a table', async () => {
    const connection = await connect();
    await connection.run("CREATE TABLE claims AS SELECT 'p' AS partition, 'a' AS claim_id, 'five' AS low");
    await expect(analyzeClaimTable(connection)).rejects.toThrow('rows[0].low: expected a finite number, got the text "five"');
    connection.closeSync();
  });
});
