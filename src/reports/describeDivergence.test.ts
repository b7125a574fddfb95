import { describe, expect, it } from 'vitest';
import type { GroupScore } from '../scores/types.js';
import { describeDivergence } from './describeDivergence.js';

const score = (fields: Partial<GroupScore>): GroupScore => ({
  compatible: false,
  factor: 11.5,
  score: 1 - 1 / 11.5,
  statedFactor: 11.5,
  statedScore: 1 - 1 / 11.5,
  pair: ['army', 'ttp'],
  pattern: null,
  denied: false,
  ...fields,
});
const two = { claimants: ['army', 'ttp'] };

describe('describeDivergence', () => {
  it('says "one source" for one claimant and "denied" before any factor', () => {
    expect(describeDivergence({ claimants: ['army'] }, score({}))).toBe('one source');
    expect(describeDivergence(two, score({ denied: true }), { detail: true })).toBe('denied');
  });

  it('gives the factor rounded down, with the score or the stated factor as detail', () => {
    expect(describeDivergence(two, score({}))).toBe('at least 11.5× apart');
    expect(describeDivergence(two, score({}), { detail: true })).toBe('at least 11.5× apart (score 0.91)');
    expect(describeDivergence(two, score({ factor: 1001 / 2 }))).toBe('at least 500× apart');
    expect(describeDivergence(two, score({ compatible: true, factor: 1, statedFactor: 1.25 }))).toBe('compatible');
    expect(describeDivergence(two, score({ compatible: true, factor: 1, statedFactor: 1.25 }), { detail: true })).toBe(
      'compatible (as stated 1.25× apart)',
    );
  });
});
