import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partitionPoint } from './partitionPoint.js';

describe('partitionPoint', () => {
  it('finds the first index where the predicate fails', () => {
    const sorted = [1, 3, 3, 5, 8];
    expect(partitionPoint(sorted.length, (i) => (sorted[i] as number) < 3)).toBe(1);
    expect(partitionPoint(sorted.length, (i) => (sorted[i] as number) <= 3)).toBe(3);
    expect(partitionPoint(sorted.length, () => true)).toBe(5);
    expect(partitionPoint(sorted.length, () => false)).toBe(0);
    expect(partitionPoint(0, () => true)).toBe(0);
  });

  it('agrees with a linear scan on any sorted list', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 })), fc.integer({ min: -1, max: 21 }), (items, bound) => {
        const sorted = [...items].sort((a, b) => a - b);
        const linear = sorted.findIndex((x) => x >= bound);
        expect(partitionPoint(sorted.length, (i) => (sorted[i] as number) < bound)).toBe(linear < 0 ? sorted.length : linear);
      }),
    );
  });
});
