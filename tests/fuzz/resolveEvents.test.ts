import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveEvents, type Claim, type ClaimSet, type Event } from '../../src/index.js';
import { claimOn, eventWorldArbitrary, resolvedByDefinition } from '../fixtures/eventWorld.js';
import { fuzzRuns } from './fuzzSettings.js';

const DAY = { start: '2020-01-02', end: '2020-01-02' };
const hour = (h: number): string => `2020-01-02T${String(h % 24).padStart(2, '0')}:00:00Z`;

// Small copies of the shapes that were quadratic, each under its own prefix, with or without
// documents: a star of parts, a chain of parts, one document citing many events, periods that all
// overlap, a staircase of periods, and articles each naming a country and a district.
type Part = { events: Event[]; claims: Claim[] };
const SHAPES: Record<string, (p: string, k: number, cited: boolean) => Part> = {
  star: (p, k, cited) => part(p, k, cited, (i) => ({ place: ['A'], period: DAY, ...(i > 0 ? { partOf: `${p}0` } : {}) })),
  chain: (p, k, cited) => part(p, k, cited, (i) => ({ place: ['A', 'B'], period: DAY, ...(i > 0 ? { partOf: `${p}${i - 1}` } : {}) })),
  document: (p, k) => part(p, k, true, () => ({ place: ['A'], period: DAY }), () => `${p}-doc`),
  overlap: (p, k, cited) => part(p, k, cited, (i) => ({ place: ['A'], period: { start: hour(i), end: hour(i + 12) } })),
  staircase: (p, k, cited) => part(p, k, cited, (i) => ({ place: ['A', 'D'], period: { start: hour(3 * i), end: hour(3 * i + 4) } })),
  articles: (p, k) => {
    const events: Event[] = [];
    const claims: Claim[] = [];
    for (let i = 0; i < k; i++) {
      events.push({ id: `${p}c${i}`, place: ['A'], period: DAY }, { id: `${p}d${i}`, place: ['A', `D${i % 3}`], period: DAY, partOf: `${p}c${i}` });
      claims.push(claimOn(`${p}x${i}`, `${p}c${i}`, `${p}doc${i}`), claimOn(`${p}y${i}`, `${p}d${i}`, `${p}doc${i}`));
    }
    return { events, claims };
  },
};

function part(p: string, k: number, cited: boolean, shape: (i: number) => Omit<Event, 'id'>, doc = (i: number) => `${p}-doc${i % 2}`): Part {
  const events = Array.from({ length: k }, (_, i): Event => ({ id: `${p}${i}`, ...shape(i) }));
  return { events, claims: cited ? events.map((e, i) => claimOn(`${p}c${i}`, e.id, doc(i))) : [] };
}

const hostileWorld: fc.Arbitrary<ClaimSet> = fc
  .tuple(
    eventWorldArbitrary,
    fc.array(fc.tuple(fc.constantFrom(...Object.keys(SHAPES)), fc.integer({ min: 1, max: 6 }), fc.boolean()), { maxLength: 4 }),
  )
  .map(([world, parts]) => {
    const events = [...world.events];
    const claims = [...world.claims];
    parts.forEach(([name, k, cited], n) => {
      const made = (SHAPES[name] as (p: string, k: number, cited: boolean) => Part)(`s${n}${name}`, k, cited);
      events.push(...made.events);
      claims.push(...made.claims);
    });
    return { sources: [{ id: 'src', name: 'Source' }], events, claims };
  });

describe('resolveEvents on hostile shapes', () => {
  it('merges as its definition says when stars, chains, documents and overlapping periods are mixed in', () => {
    fc.assert(
      fc.property(hostileWorld, (set) => {
        expect(resolvedByDefinition(set, resolveEvents(set))).toBe(true);
      }),
      fuzzRuns(300, 20_000),
    );
  }, 600_000);
});
