import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCAN_LIMIT } from './partitionBy.js';
import { sortInPlace } from './sortInPlace.js';

describe('sortInPlace', () => {
  it('sorts in place, equal items in their input order', () => {
    const list = [{ k: 2, at: 0 }, { k: 1, at: 1 }, { k: 2, at: 2 }, { k: 1, at: 3 }];
    expect(sortInPlace(list, (a, b) => a.k - b.k)).toBe(list);
    expect(list.map((x) => x.at)).toEqual([1, 3, 0, 2]);
  });

  it('orders any list as Array.prototype.sort does, on both sides of the scan limit', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 3 * SCAN_LIMIT }), (keys) => {
        const items = keys.map((k, at) => ({ k, at }));
        const byKey = (a: { k: number }, b: { k: number }): number => a.k - b.k;
        expect(sortInPlace([...items], byKey)).toEqual([...items].sort(byKey));
      }),
    );
  });
});
