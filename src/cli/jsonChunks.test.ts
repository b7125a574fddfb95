import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks, jsonDocument } from './jsonChunks.js';

describe('jsonChunks', () => {
  it('property: the pieces make the text of JSON.stringify(value, null, 2)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out what JSON.stringify leaves out, and writes toJSON results', () => {
    const value = { a: undefined, b: [undefined, () => 1], c: { toJSON: () => 'c' }, d: new Date(0) };
    expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2));
  });

  it('writes a long list as many pieces, and a document ends with a line break', () => {
    const list = Array.from({ length: 1000 }, (_, i) => ({ id: `c${i}` }));
    expect([...jsonChunks({ claims: list })].length).toBeGreaterThan(1000);
    expect([...jsonDocument([])].join('')).toBe('[]\n');
  });
});
