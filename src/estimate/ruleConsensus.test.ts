import { describe, expect, it } from 'vitest';
import type { GroupEntry } from '../scores/types.js';
import { ruleConsensus } from './ruleConsensus.js';

const entry = (claimant: string, low: number, high: number, point: number): GroupEntry => ({ claimant, low, high, point });

describe('ruleConsensus', () => {
  it('gives the median of an odd count as an exact count', () => {
    expect(ruleConsensus([entry('a', 5, 5, 5), entry('b', 9, 9, 9), entry('c', 68, 68, 68)], 'median')).toEqual({ low: 9, high: 9, stated: 9, hedge: 'exact' });
  });

  it('keeps whole bounds when the median of an even count falls between two counts', () => {
    expect(ruleConsensus([entry('a', 7, 7, 7), entry('b', 8, 8, 8)], 'median')).toEqual({ low: 7, high: 8, stated: 7.5, hedge: 'range' });
  });

  it('takes the lowest low as the conservative count, as ACLED codes disputed counts', () => {
    expect(ruleConsensus([entry('a', 7, Infinity, 7), entry('b', 9, 9, 9)], 'conservative')).toEqual({ low: 7, high: 7, stated: 7, hedge: 'exact' });
  });

  it('gives the values every claim allows, or the gap between incompatible claims', () => {
    expect(ruleConsensus([entry('a', 7, Infinity, 7), entry('b', 9, 9, 9)], 'intersection')).toEqual({ low: 9, high: 9, stated: 9, hedge: 'exact' });
    expect(ruleConsensus([entry('a', 5, 5, 5), entry('b', 68, 68, 68)], 'intersection')).toEqual({ low: 5, high: 68, stated: null, hedge: 'range' });
  });

  it('refuses a group without entries', () => {
    expect(() => ruleConsensus([], 'median')).toThrow('ruleConsensus: a group needs at least one entry');
  });
});
