import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRepeats } from './findRepeats.js';

// What a Map of each id to the index it was first seen at gives.
function repeatsByMap(ids: readonly (string | undefined)[]): [number, number][] {
  const first = new Map<string, number>();
  const repeats: [number, number][] = [];
  ids.forEach((id, i) => {
    if (id === undefined) return;
    const seen = first.get(id);
    if (seen === undefined) first.set(id, i);
    else repeats.push([i, seen]);
  });
  return repeats;
}

describe('findRepeats', () => {
  it('finds what a Map of first indexes finds, for few ids or many (several parts)', () => {
    const id = fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('__proto__', 'constructor', ''), fc.constant(undefined));
    fc.assert(
      fc.property(fc.oneof(fc.array(id, { maxLength: 60 }), fc.array(id, { minLength: 5000, maxLength: 12000 })), (ids) => {
        expect(findRepeats(ids.length, (i) => ids[i])).toEqual(repeatsByMap(ids));
      }),
      { numRuns: 60 },
    );
  });

  it('finds the repeats of a list sparse past its length limit without sizing a table by its length', () => {
    const ids: (string | undefined)[] = [];
    ids[2 ** 24 + 3] = 'a';
    ids[2 ** 24 + 5] = 'a';
    expect(findRepeats(ids.length, (i) => ids[i])).toEqual([[2 ** 24 + 5, 2 ** 24 + 3]]);
  });
});
