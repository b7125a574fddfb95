import { censoredMoments } from './censoredMoments.js';

/**
 * Claims laid out for {@link weightedConsensus}, on the log scale `u = ln(1 + count)`: group g
 * holds observations `start[g]` to `start[g + 1] − 1`; an exact claim has `low === high`, an
 * open-ended one `high === Infinity`.
 */
export interface Observations {
  /** Offsets into the observation arrays, one more than the number of groups. */
  readonly start: Int32Array;
  /** The source index (0 to `sources − 1`) of each observation. */
  readonly source: Int32Array;
  /** `ln(1 + low)` of each observation. */
  readonly low: Float64Array;
  /** `ln(1 + high)`, `Infinity` when the claim is open-ended. */
  readonly high: Float64Array;
  /** `ln(1 + point)`: where the iteration starts. */
  readonly point: Float64Array;
  /** How many sources the indices run over. */
  readonly sources: number;
}

/** Settings of {@link weightedConsensus}; every one has a default. */
export interface WeightedConsensusOptions {
  /** Stop when no group's log-scale estimate moves more than this between iterations. */
  readonly tolerance?: number;
  /** Stop after this many iterations even if not converged. */
  readonly maxIterations?: number;
}

/** What {@link weightedConsensus} estimates. */
export interface WeightedConsensus {
  /** Per group, the estimate θ on the log scale, `ln(1 + count)`. */
  readonly theta: Float64Array;
  /**
   * Per group, the lower end of θ's approximate 95 % range on the log scale: θ ± 1.96 standard
   * errors, widened to every claim point the likelihood cannot tell from θ (see below).
   */
  readonly rangeLow: Float64Array;
  /** Per group, the upper end of that range; `Infinity` for an open group. */
  readonly rangeHigh: Float64Array;
  /** Per group, 1 when no claim has an upper bound, so that only a lower bound is supported. */
  readonly open: Uint8Array;
  /** Per source, the precision 1/σ²ₛ relative to the prior's 1/σ₀² (1 = a source nothing is known of). */
  readonly reliability: Float64Array;
  /** Iterations run. */
  readonly iterations: number;
  /** Whether the tolerance was met before the iteration cap. */
  readonly converged: boolean;
}

/**
 * Settings of {@link weightedConsensus}: ν (`tailDegrees`), σ₀ (`priorError`) and ν₀ (`priorClaims`)
 * are fixed, chosen on the population data (docs/consensus.md); the tolerance and the iteration cap
 * are defaults that `estimate` lets callers change.
 */
export const WEIGHTED_DEFAULTS = {
  tolerance: 1e-4,
  maxIterations: 100,
  priorClaims: 5,
  priorError: 0.01,
  tailDegrees: 1,
} as const;

const Z95 = 1.959963984540054;
// The scoring step divides by the observed information but never by less than a tenth of the
// complete one: at most ten EM steps' worth at once, so a group of hedges alone cannot overshoot.
const STEP_FLOOR = 0.1;
const CHI2_95 = Z95 * Z95;
// Groups larger than this skip the likelihood scan, which costs claims² per group.
const LIKELIHOOD_SCAN = 256;

// The Student-t log-likelihood of θ for one group, up to a constant, with an interval claim read
// by its distance from θ (0 inside): the small-σ limit of the censored model.
function logLikelihood(obs: Observations, from: number, to: number, t: number, precision: Float64Array, nu: number): number {
  let sum = 0;
  for (let c = from; c < to; c++) {
    const a = obs.low[c] as number;
    const b = obs.high[c] as number;
    const d = t < a ? a - t : t > b ? t - b : 0;
    sum -= 0.5 * (nu + 1) * Math.log1p(((precision[obs.source[c] as number] as number) * d * d) / nu);
  }
  return sum;
}

/**
 * Reliability-weighted consensus of interval claims across many groups: EM for a censored
 * Student-t model on `ln(1 + count)`, each claim an interval that holds what its source believes,
 * each source with its own precision under a conjugate prior. docs/consensus.md gives the model,
 * the equations, and why each choice was made; the steps below are named after it.
 *
 * @example
 * ```ts
 * const ln1p = (xs: number[]) => Float64Array.from(xs, Math.log1p);
 * // One group: two sources say 100, one says "at least 80", one says 1,000.
 * const r = weightedConsensus({
 *   start: Int32Array.from([0, 4]), source: Int32Array.from([0, 1, 2, 3]),
 *   low: ln1p([100, 100, 80, 1000]), high: Float64Array.from([Math.log1p(100), Math.log1p(100), Infinity, Math.log1p(1000)]),
 *   point: ln1p([100, 100, 80, 1000]), sources: 4,
 * });
 * Math.round(Math.expm1(r.theta[0]))
 * //=> 100
 * [...r.reliability].map((x) => x.toFixed(2)) // the 1,000 is an outlier; "at least 80" says nothing against 100
 * //=> ['1.20', '1.20', '1.00', '0.86']
 * ```
 */
export function weightedConsensus(obs: Observations, options: WeightedConsensusOptions = {}): WeightedConsensus {
  const tolerance = options.tolerance ?? WEIGHTED_DEFAULTS.tolerance;
  const maxIterations = options.maxIterations ?? WEIGHTED_DEFAULTS.maxIterations;
  const state = startingPoint(obs);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations += 1;
    converged = emIteration(obs, state) <= tolerance;
  }
  const { rangeLow, rangeHigh } = likelihoodRanges(obs, state);
  const sigma0 = WEIGHTED_DEFAULTS.priorError;
  const reliability = state.precision.map((p) => p * sigma0 * sigma0);
  return { theta: state.theta, rangeLow, rangeHigh, open: state.open, reliability, iterations, converged };
}

/** What the iteration carries from one step to the next. */
interface EmState {
  /** Per group, θ on the log scale. */
  readonly theta: Float64Array;
  /** Per group, 1 when no claim has an upper bound. */
  readonly open: Uint8Array;
  /** Per group, 1 when its claims come from fewer than three sources: it does not rate them. */
  readonly alone: Uint8Array;
  /** Per source, 1/σ²ₛ. */
  readonly precision: Float64Array;
  /** Per source, how many claims in rating groups are its. */
  readonly counts: Float64Array;
  /** Per claim, the robustness weight λᶜ, and the cut-normal mean ŷᶜ and variance vᶜ. */
  readonly lambda: Float64Array;
  readonly y: Float64Array;
  readonly v: Float64Array;
}

// Start: the median of the points; an open group's largest lower bound. Also marks the groups
// that rate no source and counts each source's claims in the others.
function startingPoint(obs: Observations): EmState {
  const sigma0 = WEIGHTED_DEFAULTS.priorError;
  const groups = obs.start.length - 1;
  const n = obs.source.length;
  const state: EmState = {
    theta: new Float64Array(groups),
    open: new Uint8Array(groups),
    alone: new Uint8Array(groups),
    precision: new Float64Array(obs.sources).fill(1 / (sigma0 * sigma0)),
    counts: new Float64Array(obs.sources),
    lambda: new Float64Array(n).fill(1),
    y: new Float64Array(n),
    v: new Float64Array(n),
  };
  const { theta, open, alone, counts } = state;
  let scratch = new Float64Array(0);
  for (let g = 0; g < groups; g++) {
    const from = obs.start[g] as number;
    const to = obs.start[g + 1] as number;
    let bounded = false;
    let largestLow = 0;
    for (let c = from; c < to; c++) {
      if ((obs.high[c] as number) !== Number.POSITIVE_INFINITY) bounded = true;
      largestLow = Math.max(largestLow, obs.low[c] as number);
    }
    if (!bounded) {
      open[g] = 1;
      theta[g] = largestLow;
      continue;
    }
    if (scratch.length < to - from) scratch = new Float64Array(to - from);
    const points = scratch.subarray(0, to - from);
    points.set(obs.point.subarray(from, to));
    points.sort();
    const mid = points.length >> 1;
    theta[g] = points.length % 2 === 1 ? (points[mid] as number) : 0.5 * ((points[mid - 1] as number) + (points[mid] as number));
    if (sourcesUpTo(obs, from, to, 3) < 3) {
      alone[g] = 1;
      continue;
    }
    for (let c = from; c < to; c++) {
      const s = obs.source[c] as number;
      counts[s] = (counts[s] as number) + 1;
    }
  }
  return state;
}

// How many distinct sources the claims from..to−1 have, counting no further than `cap`. A group
// with one source compares it with nobody, and one with two cannot tell which of them is off.
function sourcesUpTo(obs: Observations, from: number, to: number, cap: number): number {
  let second = -1;
  for (let c = from + 1; c < to; c++) {
    const s = obs.source[c] as number;
    if (s === obs.source[from] || s === second) continue;
    if (second < 0) second = s;
    else return cap;
  }
  return second < 0 ? 1 : 2;
}

// One iteration: per group the E-step and a scoring step for θ, then the M-step for the sources.
// Returns how far the furthest θ moved.
function emIteration(obs: Observations, state: EmState): number {
  const { theta, open, alone, precision, counts } = state;
  const nu0 = WEIGHTED_DEFAULTS.priorClaims;
  const sigma0 = WEIGHTED_DEFAULTS.priorError;
  const prior = nu0 * sigma0 * sigma0;
  const sums = new Float64Array(obs.sources);
  let moved = 0;
  for (let g = 0; g < theta.length; g++) {
    if (open[g] === 1) continue;
    const next = scoringStep(obs, state, g);
    moved = Math.max(moved, Math.abs(next - (theta[g] as number)));
    theta[g] = next;
    if (alone[g] === 1) continue;
    addSquaredErrors(obs, state, g, sums);
  }
  // M-step for the sources: the conjugate-prior precision.
  for (let s = 0; s < obs.sources; s++) precision[s] = (nu0 + (counts[s] as number)) / (prior + (sums[s] as number));
  return moved;
}

// The E-step for group g (where each claim puts the value its source believes, how far that is
// from θ, and the claim's robustness weight), then θ by a scoring step on the observed information.
function scoringStep(obs: Observations, { theta, precision, lambda, y, v }: EmState, g: number): number {
  const nu = WEIGHTED_DEFAULTS.tailDegrees;
  const moments = MOMENTS;
  const from = obs.start[g] as number;
  const to = obs.start[g + 1] as number;
  const t = theta[g] as number;
  let num = 0;
  let den = 0;
  let observed = 0;
  for (let c = from; c < to; c++) {
    const p = precision[obs.source[c] as number] as number;
    const a = obs.low[c] as number;
    const b = obs.high[c] as number;
    let yc = a;
    let vc = 0;
    if (a !== b) {
      censoredMoments(a, b, t, 1 / Math.sqrt(p * (lambda[c] as number)), moments);
      yc = moments[0] as number;
      vc = moments[1] as number;
    }
    const l = (nu + 1) / (nu + ((yc - t) * (yc - t) + vc) * p);
    y[c] = yc;
    v[c] = vc;
    lambda[c] = l;
    num += l * p * yc;
    den += l * p;
    observed += l * p * Math.max(0, 1 - vc * l * p);
  }
  return Math.max(0, t + (num - den * t) / Math.max(observed, STEP_FLOOR * den));
}

// Each claim's expected squared error about group g's new θ, added to its source's sum.
function addSquaredErrors(obs: Observations, { theta, lambda, y, v }: EmState, g: number, sums: Float64Array): void {
  const t = theta[g] as number;
  for (let c = obs.start[g] as number; c < (obs.start[g + 1] as number); c++) {
    const s = obs.source[c] as number;
    const d = (y[c] as number) - t;
    sums[s] = (sums[s] as number) + (lambda[c] as number) * (d * d + (v[c] as number));
  }
}

// Shared scratch for censoredMoments' two outputs: one call at a time, never re-entered.
const MOMENTS = new Float64Array(2);

// The range: θ ± Z·se, and every claim point whose log-likelihood is within χ²₁(0.95)/2 of the
// best (a profile-likelihood interval). Two sources 10 times apart with near-equal reliability
// make two peaks of near-equal height: EM settles on one, and the range keeps the other.
function likelihoodRanges(obs: Observations, { theta, open, lambda, precision, v }: EmState): { rangeLow: Float64Array; rangeHigh: Float64Array } {
  const nu = WEIGHTED_DEFAULTS.tailDegrees;
  const groups = theta.length;
  const rangeLow = new Float64Array(groups);
  const rangeHigh = new Float64Array(groups).fill(Number.POSITIVE_INFINITY);
  let scan = new Float64Array(0);
  for (let g = 0; g < groups; g++) {
    const from = obs.start[g] as number;
    const to = obs.start[g + 1] as number;
    const t = theta[g] as number;
    if (open[g] === 1) {
      rangeLow[g] = t;
      continue;
    }
    let information = 0;
    for (let c = from; c < to; c++) {
      const w = (lambda[c] as number) * (precision[obs.source[c] as number] as number);
      information += w * Math.max(0, 1 - (v[c] as number) * w);
    }
    const spread = information > 0 ? Z95 / Math.sqrt(information) : Number.POSITIVE_INFINITY;
    let low = t - spread;
    let high = t + spread;
    if (to - from > 1 && to - from <= LIKELIHOOD_SCAN) {
      const at = scan.length < to - from ? (scan = new Float64Array(to - from)) : scan;
      let best = logLikelihood(obs, from, to, t, precision, nu);
      for (let c = from; c < to; c++) {
        at[c - from] = logLikelihood(obs, from, to, obs.point[c] as number, precision, nu);
        best = Math.max(best, at[c - from] as number);
      }
      for (let c = from; c < to; c++) {
        if ((at[c - from] as number) < best - CHI2_95 / 2) continue;
        low = Math.min(low, obs.point[c] as number);
        high = Math.max(high, obs.point[c] as number);
      }
    }
    rangeLow[g] = low;
    rangeHigh[g] = high;
  }
  return { rangeLow, rangeHigh };
}
