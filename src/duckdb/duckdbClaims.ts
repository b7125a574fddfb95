import type { DuckDBConnection } from '@duckdb/node-api';
import { analyzePartitions, claimRowColumns, fromRows, type AnalyzePartitionsOptions, type ClaimSet, type PartitionAnalysis } from 'counterclaim';

/**
 * Where {@link analyzeClaimTable} reads the claim rows and writes what it finds.
 *
 * @example
 * ```ts
 * const options: ClaimTableOptions = { table: 'wire_2009', groups: 'wire_2009_groups', findings: 'wire_2009_findings' };
 * options.groups
 * //=> 'wire_2009_groups'
 * ```
 */
export interface ClaimTableOptions extends AnalyzePartitionsOptions {
  /** The table of claim rows (claimRowColumns); default `claims`. */
  readonly table?: string | undefined;
  /** The table written with one row per group; default `claim_groups`. */
  readonly groups?: string | undefined;
  /** The table written with one row per finding; default `claim_findings`. */
  readonly findings?: string | undefined;
}

/**
 * What {@link analyzeClaimTable} wrote: the partitions read, and the rows of the two tables.
 *
 * @example
 * ```ts
 * const summary: ClaimTableSummary = { partitions: 12, groups: 30, findings: 4 };
 * summary.groups
 * //=> 30
 * ```
 */
export interface ClaimTableSummary {
  readonly partitions: number;
  readonly groups: number;
  readonly findings: number;
}

// Table names go into SQL text: quoted, with any quote inside doubled.
const quote = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const columnList = claimRowColumns.map((c) => `${quote(c.name)} ${c.type}`).join(', ');

/**
 * Creates (or replaces) the claim table with the columns and SQL types of `claimRowColumns`, and
 * fills it from a file of rows: JSON lines as `toRows` writes them, or Parquet (by the `.parquet`
 * extension). Returns the number of rows.
 *
 * @example
 * ```ts
 * // import { DuckDBInstance } from '@duckdb/node-api';
 * const connection = await (await DuckDBInstance.create(':memory:')).connect();
 * const file = `${tmpdir()}/counterclaim-example-rows.parquet`;
 * await connection.run(`COPY (SELECT 'raid' AS partition, 'a' AS claim_id, 'army' AS claimant_id) TO '${file}' (FORMAT parquet)`);
 * await loadClaimRows(connection, file)
 * //=> 1
 * ```
 */
export async function loadClaimRows(connection: DuckDBConnection, file: string, table = 'claims'): Promise<number> {
  await connection.run(`CREATE OR REPLACE TABLE ${quote(table)} (${columnList})`);
  const path = `'${file.replaceAll("'", "''")}'`;
  const types = claimRowColumns.map((c) => `${quote(c.name)}: '${c.type}'`).join(', ');
  const source = file.endsWith('.parquet') ? `read_parquet(${path})` : `read_json(${path}, format = 'newline_delimited', columns = {${types}})`;
  await connection.run(`INSERT INTO ${quote(table)} BY NAME SELECT * FROM ${source}`);
  const reader = await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${quote(table)}`);
  return reader.getRowObjectsJS()[0]?.n as number;
}

/**
 * Analyses a claim table in DuckDB, one partition at a time: SQL groups the rows by `partition`,
 * each group becomes a set (`fromRows`) that `analyzePartitions` analyses alone, and what it finds
 * is written back as two tables — one row per group (its id, event, measure, divergence, and the
 * whole group as JSON) and one row per finding (kind, claims as a JSON list, message; `partition`
 * null for the findings about words, which span partitions). Memory holds one partition; the
 * result equals `analyze` on the whole table's set (resolve events before writing the rows).
 *
 * @throws {ClaimSetError} when a partition's rows are not a valid set.
 * @example
 * ```ts
 * // import { DuckDBInstance } from '@duckdb/node-api';
 * const connection = await (await DuckDBInstance.create(':memory:')).connect();
 * await connection.run(`CREATE TABLE claims AS SELECT 'raid' AS partition, 'a' AS claim_id, 'army' AS claimant_id, 'The army' AS claimant_name,
 *   'raid' AS event_id, 'killed' AS outcome, 'soldiers' AS subject, 5.0 AS low, 5.0 AS high, 5.0 AS stated, 'exact' AS hedge`);
 * await analyzeClaimTable(connection)
 * //=> { partitions: 1, groups: 1, findings: 0 }
 * (await connection.runAndReadAll('SELECT group_id, factor FROM claim_groups')).getRowObjectsJS()
 * //=> [{ group_id: 'raid/killed/soldiers', factor: 1 }]
 * ```
 */
export async function analyzeClaimTable(connection: DuckDBConnection, options: ClaimTableOptions = {}): Promise<ClaimTableSummary> {
  const table = quote(options.table ?? 'claims');
  const groupsTable = quote(options.groups ?? 'claim_groups');
  const findingsTable = quote(options.findings ?? 'claim_findings');
  await connection.run(
    `CREATE OR REPLACE TABLE ${groupsTable} (partition VARCHAR, group_id VARCHAR, event VARCHAR, outcome VARCHAR, subject VARCHAR, side VARCHAR, ` +
      'claims INTEGER, compatible BOOLEAN, factor DOUBLE, score DOUBLE, stated_factor DOUBLE, pattern VARCHAR, denied BOOLEAN, group_json VARCHAR)',
  );
  await connection.run(`CREATE OR REPLACE TABLE ${findingsTable} (partition VARCHAR, kind VARCHAR, claims VARCHAR, message VARCHAR)`);
  const groups = await connection.createAppender(options.groups ?? 'claim_groups');
  const findings = await connection.createAppender(options.findings ?? 'claim_findings');
  const text = (value: string | null | undefined, appender: typeof groups): void => (value === null || value === undefined ? appender.appendNull() : appender.appendVarchar(value));
  const summary = { partitions: 0, groups: 0, findings: 0 };
  const write = (part: PartitionAnalysis): void => {
    for (const group of part.groups) {
      text(part.partition, groups);
      text(group.id, groups);
      text(group.event, groups);
      text(group.measure.outcome, groups);
      text(group.measure.subject, groups);
      text(group.measure.side, groups);
      groups.appendInteger(group.claims.length);
      groups.appendBoolean(group.divergence.compatible);
      groups.appendDouble(group.divergence.factor);
      groups.appendDouble(group.divergence.score);
      groups.appendDouble(group.divergence.statedFactor);
      text(group.divergence.pattern, groups);
      groups.appendBoolean(group.divergence.denied);
      groups.appendVarchar(JSON.stringify(group));
      groups.endRow();
    }
    for (const finding of part.findings) {
      text(part.partition, findings);
      findings.appendVarchar(finding.kind);
      findings.appendVarchar(JSON.stringify(finding.claims));
      findings.appendVarchar(finding.message);
      findings.endRow();
    }
    summary.groups += part.groups.length;
    summary.findings += part.findings.length;
  };
  // analyzePartitions pulls partitions from a synchronous iterable while the rows arrive
  // asynchronously: each one is handed over just before the generator is asked for its result.
  let next: ClaimSet | undefined;
  const handOver: Iterable<ClaimSet> = {
    [Symbol.iterator]: () => ({
      next: () => {
        const value = next;
        next = undefined;
        return value === undefined ? { done: true, value: undefined } : { done: false, value };
      },
    }),
  };
  const analysis = analyzePartitions(handOver, options);
  const result = await connection.stream(`SELECT to_json(list(t))::VARCHAR AS rows FROM ${table} t WHERE partition IS NOT NULL GROUP BY partition ORDER BY partition`);
  for (let chunk = await result.fetchChunk(); chunk !== null && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
    for (const [rows] of chunk.getRows()) {
      next = fromRows(JSON.parse(rows as string) as unknown[]);
      const part = analysis.next();
      if (!part.done) write(part.value);
      summary.partitions++;
    }
  }
  for (let part = analysis.next(); !part.done; part = analysis.next()) write(part.value);
  groups.closeSync();
  findings.closeSync();
  return summary;
}
