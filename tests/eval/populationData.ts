// The Pasternack & Roth population claims (../shared/data/population/, see its README), read for
// evaluation and benchmarks: never copied into the repository.
import { existsSync, readFileSync } from 'node:fs';
import type { Claim, ClaimSet } from '../../src/index.js';
import { sharedFolder } from '../../examples/lib/sharedData.js';

/** One claim line of population-claims.tsv. */
export interface PopulationClaim {
  readonly object: string;
  readonly source: string;
  readonly value: number;
}

/** The claims, the dev reference values, and the same claims as a ClaimSet (one event per object). */
export interface PopulationData {
  readonly folder: string;
  readonly claims: PopulationClaim[];
  /** Dev reference value per object key `"<city>, <state>_<year>"`. */
  readonly truth: Map<string, number>;
  readonly set: ClaimSet;
}

/** Where the data lives: ../shared/data/population/ beside the repository root (see sharedFolder). */
export const POPULATION_FOLDER = sharedFolder('data/population') ?? new URL('../../../shared/data/population/', import.meta.url);

// The literature drops values above 1e8 (4,183 lines → 4,138 claims).
const LARGEST = 1e8;

/**
 * Reads the population data set, or returns null when its folder is not there (a clone elsewhere).
 * The files are Latin-1.
 */
export function loadPopulation(folder: URL = POPULATION_FOLDER): PopulationData | null {
  const claimsFile = new URL('population-claims.tsv', folder);
  const truthFile = new URL('population-truth-dev.csv', folder);
  if (!existsSync(claimsFile) || !existsSync(truthFile)) return null;
  const claims: PopulationClaim[] = [];
  for (const line of readFileSync(claimsFile, 'latin1').split('\n')) {
    if (line.trim() === '') continue;
    const [object, source, value] = line.split('\t');
    const n = Number(value);
    if (object === undefined || source === undefined || !Number.isFinite(n) || n < 0 || n > LARGEST) continue;
    claims.push({ object, source, value: n });
  }
  const truth = new Map<string, number>();
  for (const line of readFileSync(truthFile, 'latin1').split('\n')) {
    const fields = line.split(',').map((f) => f.trim());
    if (fields.length < 4) continue;
    const [city, state, year, population] = fields as [string, string, string, string];
    const n = Number(population);
    if (Number.isFinite(n)) truth.set(`${city}, ${state}_${year}`, n);
  }
  return { folder: folder.pathname, claims, truth, set: toClaimSet(claims) };
}

// One event per object, one source per contributor; a population is a count of people.
function toClaimSet(rows: readonly PopulationClaim[]): ClaimSet {
  const sources = new Map<string, { id: string; name: string }>();
  const events = new Map<string, { id: string }>();
  const claims: Claim[] = rows.map((row, i) => {
    if (!sources.has(row.source)) sources.set(row.source, { id: row.source, name: row.source });
    if (!events.has(row.object)) events.set(row.object, { id: row.object });
    return {
      id: `c${i}`,
      claimant: row.source,
      event: row.object,
      measure: { outcome: 'population', subject: 'people' },
      figure: { low: row.value, high: row.value, stated: row.value, hedge: 'exact' },
    };
  });
  return { sources: [...sources.values()], events: [...events.values()], claims };
}
