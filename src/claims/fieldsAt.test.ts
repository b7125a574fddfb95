import { describe, expect, it } from 'vitest';
import { fieldsAt } from './fieldsAt.js';

describe('fieldsAt', () => {
  it.each<[(string | number)[], string[]]>([
    [[], ['sources', 'events', 'claims']],
    [['sources', 0], ['id', 'name', 'kind', 'side', 'anonymous']],
    [['events', 2], ['id', 'label', 'place', 'period', 'partOf', 'sameAs']],
    [['events', 2, 'period'], ['start', 'end']],
    [['claims', 1], ['id', 'claimant', 'via', 'event', 'measure', 'figure', 'stance', 'statedAt', 'evidence']],
    [['claims', 1, 'measure'], ['outcome', 'subject', 'side', 'term', 'outcomeTerm']],
    [['claims', 1, 'figure'], ['low', 'high', 'stated', 'hedge', 'text']],
    [['claims', 1, 'evidence'], ['document', 'quote', 'start', 'end']],
  ])('lists the fields at %j in the contract order', (path, fields) => {
    expect(fieldsAt(path)).toEqual(fields);
  });

  it.each<(string | number)[][]>([
    [['claims', 0, 'id']],
    [['claims', 0, 'via', 0]],
    [['sources']],
    [['sources', 'id']],
    [['claims', 0, 'nothing']],
    [['__proto__']],
    [['constructor']],
    [['claims', 0, 'toString']],
  ])('has no fields at %j, which is not an object of the model', (path) => {
    expect(fieldsAt(path)).toBeUndefined();
  });
});
