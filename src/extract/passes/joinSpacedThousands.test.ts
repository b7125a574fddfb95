import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extractClaims.js';
import { joinSpacedThousands } from './joinSpacedThousands.js';

const NBSP = '\u00a0';

describe('joinSpacedThousands: digits grouped by plain spaces', () => {
  it.each([
    ['a round thousand', 'Around 40 000 people marched.', `Around 40${NBSP}000 people marched.`],
    ['before a comma that ends a clause', 'It was more than 48 000, but 12 500 came back.', `It was more than 48${NBSP}000, but 12${NBSP}500 came back.`],
    ['a range, and groups of millions', 'Between 12 000 and 1 500 000 came.', `Between 12${NBSP}000 and 1${NBSP}500${NBSP}000 came.`],
    ['in a text that groups no number with commas, with no round thousand', 'At least 1 550 people have fled; 12 450 were counted.', `At least 1${NBSP}550 people have fled; 12${NBSP}450 were counted.`],
    ['after words that only begin as a month does', '12 000 marched. Maybe 2 000 more joined, police declared.', `12${NBSP}000 marched. Maybe 2${NBSP}000 more joined, police declared.`],
    ['a round thousand after a month', 'In May 5 000 came; in June 2 000.', `In May 5${NBSP}000 came; in June 2${NBSP}000.`],
    ['a number after a month is the day, and the groups after it the number', 'On June 5 100 000 marched, police said 30 000.', `On June 5 100${NBSP}000 marched, police said 30${NBSP}000.`],
  ])('joins %s', (_, text, expected) => {
    expect(joinSpacedThousands(text)).toBe(expected);
  });

  it.each([
    ['a text that groups thousands with commas and writes no round thousand with a space', 'In 2019 300 people marched; 12 450 were counted of 1,200.'],
    ['a year before a count', 'In 2019 100 000 marched.'.replace('100 000', '100,000')],
    ['a group of two or four digits', 'Some 12 00 or 12 0000 came, and 5 000.5 left.'],
    ['a group before a decimal comma', 'It was 1 000,5 and 3 200,25 in all.'],
    ['a number after a label, or after an hour that opens a sentence, in a text that shows no style', 'On day 2 300 people were held. By 9 300 had gathered at gate 4 200 of them.'],
  ])('leaves %s', (_, text) => {
    expect(joinSpacedThousands(text)).toBe(text);
  });

  it('leaves a telephone number and a number after a name inside a sentence, in a text that groups with spaces', () => {
    expect(joinSpacedThousands('Some 5 000 came. Call 020 555 123 for news.')).toBe(`Some 5${NBSP}000 came. Call 020 555 123 for news.`);
    expect(joinSpacedThousands('Some 5 000 came aboard Flight 370 239 days ago.')).toBe(`Some 5${NBSP}000 came aboard Flight 370 239 days ago.`);
  });

  it('keeps the length and every character but spaces, so every offset holds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('1', '12', '000', '500', ' ', 'June ', 'x', ',', '.', '\u00a0'), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const joined = joinSpacedThousands(text);
        expect(joined.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) if (joined[i] !== text[i]) expect([text[i], joined[i]]).toEqual([' ', NBSP]);
      }),
    );
  });

  it('lets extraction read the figures, quoted as the text writes them', () => {
    const set = extractClaims('Organisers said 120 000 people marched. Police put the turnout at 12 000 to 15 000.');
    expect(set.claims.map((c) => [c.figure.low, c.figure.high, c.figure.text])).toEqual([
      [120000, 120000, '120 000'],
      [12000, 15000, '12 000 to 15 000'],
    ]);
  });
});
