import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createUnionFind } from './createUnionFind.js';

describe('createUnionFind', () => {
  it('starts with every element alone', () => {
    const sets = createUnionFind(3, (x, y) => x < y);
    expect([0, 1, 2].map(sets.find)).toEqual([0, 1, 2]);
  });

  it('joins sets and keeps the root the caller prefers', () => {
    const sets = createUnionFind(5, (x, y) => x < y);
    sets.union(4, 3);
    sets.union(3, 1);
    sets.union(0, 2);
    expect([0, 1, 2, 3, 4].map(sets.find)).toEqual([0, 1, 0, 1, 1]);
    sets.union(4, 2);
    expect([0, 1, 2, 3, 4].map(sets.find)).toEqual([0, 0, 0, 0, 0]);
  });

  it('gives the same partition and roots as a naive labelling, whatever the order of unions', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(9), fc.nat(9))), (pairs) => {
        const sets = createUnionFind(10, (x, y) => x < y);
        for (const [a, b] of pairs) sets.union(a, b);
        // Naive: relabel until stable, each element taking the smallest label among its links.
        const label = Array.from({ length: 10 }, (_, i) => i);
        for (let changed = true; changed; ) {
          changed = false;
          for (const [a, b] of pairs) {
            const m = Math.min(label[a] as number, label[b] as number);
            for (const i of [a, b]) if ((label[i] as number) !== m) {
              const old = label[i] as number;
              for (let k = 0; k < 10; k++) if (label[k] === old) label[k] = m;
              changed = true;
            }
          }
        }
        expect(Array.from({ length: 10 }, (_, i) => sets.find(i))).toEqual(label);
      }),
    );
  });
});
