import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIdIndex } from './createIdIndex.js';

describe('createIdIndex', () => {
  it('answers as a Map of each id to the index it was first added at, however many ids it holds against the number expected', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('__proto__', 'constructor', '')), { maxLength: 200 }), fc.nat(300), (ids, expected) => {
        const index = createIdIndex(expected);
        const map = new Map<string, number>();
        ids.forEach((id, i) => {
          expect(index.add(id, i)).toBe(map.get(id));
          if (!map.has(id)) map.set(id, i);
        });
        for (const id of [...ids, 'missing', 'a']) {
          expect(index.get(id)).toBe(map.get(id));
          expect(index.has(id)).toBe(map.has(id));
        }
      }),
    );
  });
});
