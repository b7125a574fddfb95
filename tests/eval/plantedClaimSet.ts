// Claim sets with planted truth, for testing estimate(): every group's true count and every
// source's bias and noise are known, so what estimate() recovers can be checked against them.
import type { Claim, ClaimSet, Figure, Source } from '../../src/index.js';
import { seededRandom } from '../bench/syntheticClaimSet.js';

/** A source whose figures are the truth times a bias, with log-normal noise. */
export interface PlantedSource {
  readonly id: string;
  readonly side?: string;
  /** Multiplier on its own side's losses. */
  readonly own: number;
  /** Multiplier on other sides' losses. */
  readonly other: number;
  /** Standard deviation of its log-scale noise. */
  readonly noise: number;
  /** Share of groups it reports on. */
  readonly coverage: number;
}

/** Settings of {@link plantedClaimSet}. */
export interface PlantedOptions {
  readonly seed?: number;
  readonly groups?: number;
  readonly sources?: readonly PlantedSource[];
  /** One-claim sources per group: unbiased, noisy, and hedged honestly around the truth. */
  readonly tailPerGroup?: number;
  /** Log-scale noise of the one-claim sources' values. */
  readonly tailNoise?: number;
  /** Share of one-claim sources whose figure is hedged (at least, more than, a range, about). */
  readonly hedged?: number;
}

/** A planted set: the claims, and the truth they were drawn from. */
export interface Planted {
  readonly set: ClaimSet;
  /** True count per event id (one group per event). */
  readonly truth: Map<string, number>;
  readonly sources: readonly PlantedSource[];
}

/** The default cast: two parties that shrink their own dead and inflate the enemy's, and five monitors. */
export const PLANTED_SOURCES: readonly PlantedSource[] = [
  { id: 'army', side: 'state', own: 0.5, other: 2, noise: 0.1, coverage: 0.8 },
  { id: 'rebels', side: 'rebels', own: 0.4, other: 3, noise: 0.1, coverage: 0.8 },
  ...[0.05, 0.08, 0.1, 0.12, 0.15].map((noise, k) => ({ id: `monitor-${k}`, own: 1, other: 1, noise, coverage: 0.5 })),
];

/**
 * Generates groups (one event each, alternately counting the state's soldiers and the rebels'
 * militants killed) with log-uniform true counts between 10 and 5,000. Each planted source reports
 * on a share of the groups: round(truth × bias × e^N(0, noise²)), exact. Each group also has
 * `tailPerGroup` sources that make that one claim only; a share `hedged` of them hedge honestly,
 * so that their interval holds the truth: "at least N" and "more than N" with N a fraction (50–100 %)
 * of the truth, a range from 60–100 % to 100–160 % of it, or "about N" around a noisy value that
 * the ±10 % still covers; the rest state a noisy value exactly.
 */
export function plantedClaimSet(options: PlantedOptions = {}): Planted {
  const random = seededRandom(options.seed ?? 1);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const between = (a: number, b: number) => a + (b - a) * random();
  const cast = options.sources ?? PLANTED_SOURCES;
  const groups = options.groups ?? 200;
  const tailPerGroup = options.tailPerGroup ?? 3;
  const tailNoise = options.tailNoise ?? 0.2;
  const hedged = options.hedged ?? 0.6;

  const sources: Source[] = cast.map((s) => ({ id: s.id, name: s.id, ...(s.side === undefined ? {} : { side: s.side }) }));
  const claims: Claim[] = [];
  const truth = new Map<string, number>();
  const exact = (n: number): Figure => ({ low: n, high: n, stated: n, hedge: 'exact' });
  for (let g = 0; g < groups; g++) {
    const event = `e${g}`;
    const side = g % 2 === 0 ? 'state' : 'rebels';
    const measure = { outcome: 'killed', subject: side === 'state' ? 'soldiers' : 'militants', side };
    const value = Math.round(Math.exp(between(Math.log(10), Math.log(5000))));
    truth.set(event, value);
    for (const s of cast) {
      if (random() >= s.coverage) continue;
      const bias = s.side === side ? s.own : s.other;
      claims.push({ id: `${event}-${s.id}`, claimant: s.id, event, measure, figure: exact(Math.round(value * bias * Math.exp(s.noise * gaussian()))) });
    }
    for (let k = 0; k < tailPerGroup; k++) {
      const id = `tail-${g}-${k}`;
      sources.push({ id, name: id });
      let figure: Figure;
      if (random() < hedged) {
        const kind = random();
        if (kind < 0.3) {
          const n = Math.floor(value * between(0.5, 1));
          figure = { low: n, high: null, stated: n, hedge: 'at-least' };
        } else if (kind < 0.45) {
          const n = Math.floor(value * between(0.5, 1)) - 1;
          figure = { low: n + 1, high: null, stated: n, hedge: 'more-than' };
        } else if (kind < 0.8) {
          figure = { low: Math.floor(value * between(0.6, 1)), high: Math.ceil(value * between(1, 1.6)), stated: null, hedge: 'range' };
        } else {
          // "About N" with N within 9 % of the truth, so that N ± 10 % still holds it.
          const n = Math.round(value * Math.exp(between(-0.09, 0.09)));
          figure = { low: Math.min(value, Math.floor(n * 0.9)), high: Math.max(value, Math.ceil(n * 1.1)), stated: n, hedge: 'about' };
        }
      } else {
        figure = exact(Math.round(value * Math.exp(tailNoise * gaussian())));
      }
      claims.push({ id: `${event}-${id}`, claimant: id, event, measure, figure });
    }
  }
  return { set: { sources, events: [...truth.keys()].map((id) => ({ id })), claims }, truth, sources: cast };
}
