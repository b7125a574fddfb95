// CATD, the confidence-aware truth discovery of Li et al., "A Confidence-Aware Approach for Truth
// Discovery on Long-Tail Data", PVLDB 8(4), 2014 — the baseline estimate() is measured against.
// It is evaluation code, not a product feature, so it lives here and not in src/.
import { chiSquareQuantile } from './chiSquareQuantile.js';
import type { PopulationClaim } from './populationData.js';

/** Settings of {@link catd}, the paper's defaults. */
export interface CatdOptions {
  /** Significance level α; the weight uses the lower quantile χ²(α/2, |claims of s|). */
  readonly alpha?: number;
  readonly iterations?: number;
  /** Added to a source's summed error so that a source exactly right everywhere has a finite weight
   * (1e-300: large enough to avoid 0/0, small enough to reproduce the README's CATD figures exactly). */
  readonly epsilon?: number;
}

/**
 * CATD on continuous claims, as the paper states it:
 * - per object o, z-normalise its claims: z = (x − mean_o) / std_o (std 1 when they all agree);
 * - start from the median of each object's claims;
 * - source weight, eq. (11): w_s = χ²(α/2, |N_s|) / Σ_{n ∈ N_s} (z_n^s − z_n*)², with the
 *   lower α/2 quantile (two public implementations use chi2.cdf(0.025, n), which inverts the
 *   long-tail correction);
 * - truth, eq. (14): z_o* = Σ_s w_s z_o^s / Σ_s w_s; 20 iterations; back to the original scale.
 * Returns the estimate per object.
 */
export function catd(rows: readonly PopulationClaim[], options: CatdOptions = {}): Map<string, number> {
  const alpha = options.alpha ?? 0.05;
  const iterations = options.iterations ?? 20;
  const epsilon = options.epsilon ?? 1e-300;

  const objectIndex = new Map<string, number>();
  const sourceIndex = new Map<string, number>();
  const object = new Int32Array(rows.length);
  const source = new Int32Array(rows.length);
  rows.forEach((row, i) => {
    if (!objectIndex.has(row.object)) objectIndex.set(row.object, objectIndex.size);
    if (!sourceIndex.has(row.source)) sourceIndex.set(row.source, sourceIndex.size);
    object[i] = objectIndex.get(row.object) as number;
    source[i] = sourceIndex.get(row.source) as number;
  });
  const objects = objectIndex.size;
  const sources = sourceIndex.size;

  const mean = new Float64Array(objects);
  const count = new Float64Array(objects);
  rows.forEach((row, i) => {
    const o = object[i] as number;
    mean[o] = (mean[o] as number) + row.value;
    count[o] = (count[o] as number) + 1;
  });
  for (let o = 0; o < objects; o++) mean[o] = (mean[o] as number) / (count[o] as number);
  const std = new Float64Array(objects);
  rows.forEach((row, i) => {
    const o = object[i] as number;
    const d = row.value - (mean[o] as number);
    std[o] = (std[o] as number) + d * d;
  });
  for (let o = 0; o < objects; o++) std[o] = Math.sqrt((std[o] as number) / (count[o] as number)) || 1;
  const z = Float64Array.from(rows, (row, i) => (row.value - (mean[object[i] as number] as number)) / (std[object[i] as number] as number));

  const truth = new Float64Array(objects);
  const byObject: number[][] = Array.from({ length: objects }, () => []);
  for (let i = 0; i < rows.length; i++) (byObject[object[i] as number] as number[]).push(z[i] as number);
  byObject.forEach((values, o) => {
    values.sort((a, b) => a - b);
    const mid = values.length >> 1;
    truth[o] = values.length % 2 === 1 ? (values[mid] as number) : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
  });

  const claims = new Float64Array(sources);
  for (const s of source) claims[s] = (claims[s] as number) + 1;
  const quantile = Float64Array.from(claims, (n) => chiSquareQuantile(alpha / 2, n));
  const error = new Float64Array(sources);
  const weight = new Float64Array(sources);
  const num = new Float64Array(objects);
  const den = new Float64Array(objects);
  for (let it = 0; it < iterations; it++) {
    error.fill(0);
    for (let i = 0; i < rows.length; i++) {
      const s = source[i] as number;
      const d = (z[i] as number) - (truth[object[i] as number] as number);
      error[s] = (error[s] as number) + d * d;
    }
    for (let s = 0; s < sources; s++) weight[s] = (quantile[s] as number) / ((error[s] as number) + epsilon);
    num.fill(0);
    den.fill(0);
    for (let i = 0; i < rows.length; i++) {
      const o = object[i] as number;
      const w = weight[source[i] as number] as number;
      num[o] = (num[o] as number) + w * (z[i] as number);
      den[o] = (den[o] as number) + w;
    }
    for (let o = 0; o < objects; o++) truth[o] = (num[o] as number) / (den[o] as number);
  }
  const result = new Map<string, number>();
  for (const [key, o] of objectIndex) result.set(key, (mean[o] as number) + (std[o] as number) * (truth[o] as number));
  return result;
}
