import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { singular } from './singular.js';

describe('singular', () => {
  it.each([
    ['soldiers', 'soldier'],
    ['policemen', 'policeman'],
    ['women', 'woman'],
    ['casualties', 'casualty'],
    ['fatalities', 'fatality'],
    ['children', 'child'],
    ['schoolchildren', 'schoolchild'],
    ['security forces', 'security force'],
    ['security-forces', 'security-force'],
    ['soldier', 'soldier'],
    ['people', 'people'],
    ['police', 'police'],
    ['aircraft', 'aircraft'],
    ['press', 'press'],
    ['status', 'status'],
    ['gas', 'gas'],
    ['dies', 'die'],
    ['witnesses', 'witness'],
    ['', ''],
  ])('reads %j as %j', (word, one) => {
    expect(singular(word)).toBe(one);
  });

  const stem = fc.stringMatching(/^[a-z]{3,10}$/);

  it('undoes the regular plural: stem + "s", and consonant + "y" → "ies"', () => {
    fc.assert(
      fc.property(stem, (s) => {
        fc.pre(!/[seu]$/.test(s));
        expect(singular(`${s}s`)).toBe(s);
      }),
    );
    fc.assert(
      fc.property(stem, (s) => {
        fc.pre(/[^aeiou]$/.test(s));
        expect(singular(`${s}ies`)).toBe(`${s}y`);
      }),
    );
  });

  it('leaves a word that does not end in "s", "men" or "children" as it is', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (word) => {
        fc.pre(!word.endsWith('s') && !word.endsWith('men') && !word.endsWith('children'));
        expect(singular(word)).toBe(word);
      }),
    );
  });
});
