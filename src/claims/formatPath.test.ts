import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath } from './formatPath.js';

describe('formatPath', () => {
  it.each<[(string | number)[], string]>([
    [[], '(document)'],
    [['claims'], 'claims'],
    [['claims', 3, 'figure'], 'claims[3].figure'],
    [['claims', 0, 'via', 1], 'claims[0].via[1]'],
    [['events', 0, 'place', 'odd key'], 'events[0].place["odd key"]'],
    [['sources', 0, '__proto__'], 'sources[0].__proto__'],
    [['claims', 0, 'zz-unknown'], 'claims[0]["zz-unknown"]'],
    [['sources', 0, 'a"b'], 'sources[0]["a\\"b"]'],
  ])('writes %j as %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });

  it('never writes a line break, so error.message has one line per issue', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.nat())), (path) => {
        expect(formatPath(path)).not.toMatch(/[\n\r\u2028\u2029]/);
      }),
    );
  });
});
