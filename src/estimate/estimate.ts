import type { ClaimSet } from '../claims/schemas.js';
import type { Figure } from '../figures/schemas.js';
import type { ClaimGroup } from '../groups/types.js';
import { lookupById } from '../internal/lookupById.js';
import { entryBounds } from '../scores/entryBounds.js';
import { figurePoint } from '../scores/figurePoint.js';
import { groupEntries } from '../scores/groupEntries.js';
import type { GroupEntry } from '../scores/types.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { ruleConsensus } from './ruleConsensus.js';
import type { Estimate, EstimateMethod, EstimateOptions, GroupEstimate, SourceEstimate } from './types.js';
import { WEIGHTED_DEFAULTS, weightedConsensus, type Observations, type WeightedConsensus } from './weightedConsensus.js';

const METHODS: readonly EstimateMethod[] = ['auto', 'intersection', 'conservative', 'median', 'weighted'];

interface Ranked {
  readonly rank: number;
  readonly e: GroupEntry;
}
// Infinity − Infinity is NaN, which is falsy: two open highs fall through to the points.
const byRanked = (a: Ranked, b: Ranked): number => a.rank - b.rank || a.e.low - b.e.low || a.e.high - b.e.high || a.e.point - b.e.point;
function byContent(a: readonly Ranked[], b: readonly Ranked[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    const c = byRanked(a[k] as Ranked, b[k] as Ranked);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

function checkOptions(options: EstimateOptions): void {
  if (options.method !== undefined && !METHODS.includes(options.method)) {
    throw new Error(`estimate: options.method must be one of ${METHODS.join(', ')}; got ${String(options.method)}`);
  }
  if (options.tolerance !== undefined && !(options.tolerance >= 0 && Number.isFinite(options.tolerance))) {
    throw new Error(`estimate: options.tolerance must be a finite number >= 0; got ${String(options.tolerance)}`);
  }
  if (options.maxIterations !== undefined && !(Number.isInteger(options.maxIterations) && options.maxIterations >= 1)) {
    throw new Error(`estimate: options.maxIterations must be a whole number >= 1; got ${String(options.maxIterations)}`);
  }
}

// The weighted consensus as a figure: the rounded point and its range, inside the claims' hull.
function weightedFigure(theta: number, rangeLow: number, rangeHigh: number, entries: readonly GroupEntry[]): Figure {
  const { lowest: hullLow, largestHigh: hullHigh } = entryBounds(entries);
  const clamp = (x: number) => Math.min(Math.max(x, hullLow), hullHigh);
  const stated = clamp(Math.round(Math.expm1(theta)));
  const low = Math.min(stated, clamp(Math.floor(Math.max(0, Math.expm1(rangeLow)))));
  const high = Math.max(stated, clamp(Math.ceil(Math.expm1(rangeHigh))));
  if (high === Number.POSITIVE_INFINITY) return { low, high: null, stated, hedge: 'at-least' };
  // A range, not 'about': the bounds are the estimate's own, not a tolerance around `stated`.
  return { low, high, stated, hedge: low === high ? 'exact' : 'range' };
}

/**
 * Per group the figure the evidence best supports, and per source how reliable it is and which
 * way it leans: the geometric-mean ratio of its points to the consensus, split into its own
 * side's losses and other sides' losses — how a researcher shows that a party shrinks its own dead
 * and inflates the enemy's.
 *
 * Each group is read as `scoreGroup` reads it (current claims only, denials as zero, in a mixed
 * group a claimant's narrower claims summed). Methods:
 * - `intersection`: the values every claim allows (for incompatible claims the gap between them);
 * - `conservative`: the lowest low, as ACLED codes disputed counts;
 * - `median`: the median of the claims' points;
 * - `weighted`: a reliability-weighted estimate across all groups at once (the internal
 *   `weightedConsensus`; docs/consensus.md gives the model): a Student-t model on ln(1 + count)
 *   in which "at least 7" and "10,000 to 15,000" are censored observations, not points, fitted by
 *   EM with Fisher-scoring steps; a source's precision has a conjugate prior worth five claims, so
 *   that the many sources with one claim neither dominate nor vanish. `stated` is the estimate,
 *   `[low, high]` its approximate 95 % range (widened to every claim the likelihood cannot tell
 *   from the estimate, as when two parties of equal standing are ten times apart), both inside the
 *   claims' hull;
 * - `auto` (default): `intersection` for compatible groups, `weighted` for the rest.
 *
 * Reliabilities always come from the weighted model, whichever method reports the groups; bias
 * is measured against the reported consensus' point ({@link figurePoint}). Ratios use
 * (point + 1) / (consensus + 1) so that zeros (denials) stay finite. Only groups whose outcome is
 * a loss (vocabulary interest `lower`) and whose measure has a side count toward bias, since a
 * turnout's interest runs the other way; a source without a side has `own: null`. Deterministic,
 * and independent of the order of groups and claims.
 *
 * @throws {Error} `estimate: …` for an unknown method, a negative tolerance, an iteration cap that
 *   is not a positive whole number, or a group with no current claims.
 * @example
 * ```ts
 * const set = {
 *   sources: [{ id: 'army', name: 'Army', side: 'state' }, { id: 'ttp', name: 'TTP', side: 'ttp' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 68, high: 68, stated: 68, hedge: 'exact' } },
 *   ],
 * };
 * const result = estimate(groupClaims(set), set);
 * result.groups
 * //=> [{ group: 'day/killed/soldiers@state', consensus: { low: 5, high: 68, stated: 19, hedge: 'range' }, method: 'weighted' }]
 * result.sources.map((s) => [s.source, s.bias.own?.toFixed(2), s.bias.other?.toFixed(2)])
 * //=> [['army', '0.30', undefined], ['ttp', undefined, '3.45']]
 * ```
 */
export function estimate(groups: readonly ClaimGroup[], set: ClaimSet, options: EstimateOptions = {}): Estimate {
  checkOptions(options);
  const entries = entriesOf(groups);
  const { claimants, order, ranked } = canonicalOrder(groups, entries);
  const observations = observationsOf(order, ranked, claimants.length);
  const model = weightedConsensus(observations, {
    tolerance: options.tolerance ?? WEIGHTED_DEFAULTS.tolerance,
    maxIterations: options.maxIterations ?? WEIGHTED_DEFAULTS.maxIterations,
  });
  const results = groupConsensus(groups, ranked, order, model, options.method ?? 'auto');
  const vocabulary = options.vocabulary ?? getDefaultVocabulary();
  return { groups: results, sources: sourceEstimates(groups, results, order, observations, claimants, model, set, vocabulary) };
}

// Each group's entries, as scoreGroup reads them; a group without current claims has no consensus.
function entriesOf(groups: readonly ClaimGroup[]): GroupEntry[][] {
  return groups.map((group) => {
    const list = groupEntries(group);
    if (list.length === 0) throw new Error(`estimate: group ${group.id} has no current claims`);
    return list;
  });
}

/** The canonical order of the sums: every floating-point sum runs the same way whatever order the caller's groups and claims come in. */
interface CanonicalOrder {
  /** The claimants' ids in code-unit order; a claimant's rank is its index. */
  readonly claimants: string[];
  /** Each group's entries by source rank, then interval and point (by input group). */
  readonly ranked: Ranked[][];
  /** The input groups' indices by group id, then content. */
  readonly order: number[];
}

function canonicalOrder(groups: readonly ClaimGroup[], entries: readonly GroupEntry[][]): CanonicalOrder {
  // Sources by id in code-unit order: what the comparator-less sort compares, natively.
  const ranks = new Map<string, number>();
  for (const list of entries) for (const e of list) ranks.set(e.claimant, 0);
  const claimants = [...ranks.keys()].sort();
  claimants.forEach((id, rank) => ranks.set(id, rank));
  const ranked = entries.map((list) => list.map((e) => ({ rank: ranks.get(e.claimant) as number, e })).sort(byRanked));
  const sameId = new Map<string, number[]>();
  groups.forEach((group, i) => {
    const list = sameId.get(group.id);
    if (list === undefined) sameId.set(group.id, [i]);
    else list.push(i);
  });
  const order: number[] = [];
  for (const id of [...sameId.keys()].sort()) {
    const indices = sameId.get(id) as number[];
    if (indices.length > 1) indices.sort((i, j) => byContent(ranked[i] as Ranked[], ranked[j] as Ranked[]));
    for (const i of indices) order.push(i);
  }
  return { claimants, ranked, order };
}

// The entries on the log scale, group after group in canonical order, for weightedConsensus.
function observationsOf(order: readonly number[], ranked: readonly Ranked[][], sources: number): Observations {
  const total = ranked.reduce((n, list) => n + list.length, 0);
  const start = new Int32Array(order.length + 1);
  const source = new Int32Array(total);
  const low = new Float64Array(total);
  const high = new Float64Array(total);
  const point = new Float64Array(total);
  let c = 0;
  order.forEach((g, k) => {
    start[k] = c;
    for (const { rank, e } of ranked[g] as Ranked[]) {
      source[c] = rank;
      low[c] = Math.log1p(e.low);
      high[c] = Math.log1p(e.high);
      point[c] = Math.log1p(e.point);
      c += 1;
    }
  });
  start[order.length] = c;
  return { start, source, low, high, point, sources };
}

// Each group's consensus by the method asked for (`auto`: intersection when compatible), in input order.
function groupConsensus(
  groups: readonly ClaimGroup[],
  ranked: readonly Ranked[][],
  order: readonly number[],
  model: WeightedConsensus,
  method: EstimateMethod,
): GroupEstimate[] {
  const results = new Array<GroupEstimate>(groups.length);
  order.forEach((g, k) => {
    const list = (ranked[g] as Ranked[]).map((r) => r.e);
    let chosen: GroupEstimate['method'] = method === 'auto' ? (isCompatible(list) ? 'intersection' : 'weighted') : method;
    if (chosen === 'weighted' && model.open[k] === 1) chosen = 'intersection';
    const consensus =
      chosen === 'weighted'
        ? weightedFigure(model.theta[k] as number, model.rangeLow[k] as number, model.rangeHigh[k] as number, list)
        : ruleConsensus(list, chosen);
    results[g] = { group: (groups[g] as ClaimGroup).id, consensus, method: chosen };
  });
  return results;
}

// Per source: the model's reliability, its entries, and its bias as log-ratios to each loss
// group's consensus, summed in canonical order.
function sourceEstimates(
  groups: readonly ClaimGroup[],
  results: readonly GroupEstimate[],
  order: readonly number[],
  { start, source, point }: Observations,
  claimants: readonly string[],
  model: WeightedConsensus,
  set: ClaimSet,
  vocabulary: Vocabulary,
): SourceEstimate[] {
  const sourceById = lookupById(set.sources);
  const sides = claimants.map((id) => sourceById(id)?.side);
  const sums = new Float64Array(4 * claimants.length); // own sum, own count, other sum, other count
  order.forEach((g, k) => {
    const group = groups[g] as ClaimGroup;
    const side = group.measure.side;
    if (side === undefined || vocabulary.interest(group.measure.outcome) !== 'lower') return;
    const reference = Math.log1p(figurePoint((results[g] as GroupEstimate).consensus));
    for (let o = start[k] as number; o < (start[k + 1] as number); o++) {
      const s = source[o] as number;
      const slot = 4 * s + (sides[s] === side ? 0 : 2);
      sums[slot] = (sums[slot] as number) + (point[o] as number) - reference;
      sums[slot + 1] = (sums[slot + 1] as number) + 1;
    }
  });
  const counts = new Float64Array(claimants.length);
  for (const s of source) counts[s] = (counts[s] as number) + 1;
  const mean = (slot: number): number | null =>
    sums[slot + 1] === 0 ? null : Math.exp((sums[slot] as number) / (sums[slot + 1] as number));
  return claimants.map((id, s) => ({
    source: id,
    reliability: model.reliability[s] as number,
    claims: counts[s] as number,
    bias: { own: mean(4 * s), other: mean(4 * s + 2) },
  }));
}

// Some single value satisfies every entry: the largest low is at most the smallest high.
function isCompatible(entries: readonly GroupEntry[]): boolean {
  const { largestLow, smallestHigh } = entryBounds(entries);
  return largestLow <= smallestHigh;
}
