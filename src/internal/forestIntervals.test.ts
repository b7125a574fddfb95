import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forestIntervals } from './forestIntervals.js';

// Ancestry by walking up, for comparison; a circle counts every node on it as an ancestor.
function walkedAncestors(parents: readonly number[], node: number): Set<number> {
  const out = new Set<number>();
  for (let at = parents[node] ?? -1; at >= 0 && at !== node && !out.has(at); at = parents[at] ?? -1) out.add(at);
  return out;
}

describe('forestIntervals', () => {
  it('nests the intervals as the forest nests: ancestry in two comparisons, subtree sizes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1, max: 40 }), { maxLength: 40 }), (raw) => {
        // Parents earlier in the list only: a forest.
        const parents = raw.map((p, i) => (p < i ? p : -1));
        const { tin, tout } = forestIntervals(parents);
        expect([...tin].sort((a, b) => a - b)).toEqual(parents.map((_, i) => i));
        for (let b = 0; b < parents.length; b++) {
          const ancestors = walkedAncestors(parents, b);
          for (let a = 0; a < parents.length; a++) {
            const inside = (tin[a] as number) <= (tin[b] as number) && (tin[b] as number) < (tout[a] as number);
            expect(inside).toBe(a === b || ancestors.has(a));
          }
        }
      }),
    );
  });

  it('numbers every node once when links go round in a circle, and walks a long chain without a stack', () => {
    const { tin } = forestIntervals([1, 2, 0, 2, -1, 9]);
    expect([...tin].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
    const chain = Array.from({ length: 200_000 }, (_, i) => i - 1);
    const { tin: t, tout } = forestIntervals(chain);
    expect([t[0], tout[0], t[199_999], tout[199_999]]).toEqual([0, 200_000, 199_999, 200_000]);
  });
});
