import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from './jsonSyntaxError.js';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('jsonSyntaxError', () => {
  it('finds the first character that breaks the JSON, or the end of a text that stops early', () => {
    expect(jsonSyntaxError('{\n  "sources": [,]\n}')).toBe(16);
    expect(jsonSyntaxError('')).toBe(0);
    expect(jsonSyntaxError('{} x')).toBe(3);
    expect(jsonSyntaxError('{"a":\n\n tru }')).toBe(11);
    expect(jsonSyntaxError('[1, 2,]')).toBe(6);
    expect(jsonSyntaxError('{"a": 01}')).toBe(7);
    expect(jsonSyntaxError('"\\x"')).toBe(2);
    expect(jsonSyntaxError('[1e]')).toBe(3);
    expect(jsonSyntaxError('{"a" 1}')).toBe(5);
  });

  // Issue 14: locating an error re-parsed prefixes (82 s for 224 MB); one pass cannot need deep recursion either.
  it('reads deep nesting with an explicit stack', () => {
    expect(jsonSyntaxError(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toBe(-1);
    expect(jsonSyntaxError(`${'['.repeat(200_000)}x`)).toBe(200_000);
  });

  it('property: says -1 exactly when JSON.parse accepts the text, and never points past its end', () => {
    const mutated = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', ']', '}', '"', 'x', ' ', '\\', ':', '-', '0', 'e')).map(([json, at, insert]) => {
      const i = at % (json.length + 1);
      return json.slice(0, i) + insert + json.slice(i);
    });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated), (text) => {
        const at = jsonSyntaxError(text);
        expect(at === -1).toBe(parses(text));
        expect(at).toBeLessThanOrEqual(text.length);
        // What comes before the offending character fails nowhere earlier: it is JSON, or the start of some.
        if (at > 0) expect([-1, at]).toContain(jsonSyntaxError(text.slice(0, at)));
      }),
      { numRuns: 500 },
    );
  });
});
