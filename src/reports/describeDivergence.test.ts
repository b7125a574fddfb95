import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import { describeDivergence } from './describeDivergence.js';

const group = (army: string | number, ttp?: string | number) => {
  const claim = (id: string, figure: string | number) => ({ id, claimant: id, event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure });
  const { groups } = analyze({
    sources: [{ id: 'army', name: 'The army' }, { id: 'ttp', name: 'The TTP' }],
    events: [{ id: 'day' }],
    claims: [claim('army', army), ...(ttp === undefined ? [] : [claim('ttp', ttp)])],
  });
  return groups[0] as (typeof groups)[number];
};
const describeGroup = (g: ReturnType<typeof group>, detail = false) => describeDivergence(g, g.divergence, { detail });

describe('describeDivergence', () => {
  it('says "one source" for one claimant and "denied" before any ratio', () => {
    expect(describeGroup(group(5))).toBe('one source');
  });

  // Issue 11: 5 against 68 read "at least 11.5× apart": the score's +1 leaked into the words.
  it('gives the ratio of the numbers as stated, and the score named as such', () => {
    expect(describeGroup(group(5, 68))).toBe('13.6× as stated');
    expect(describeGroup(group(5, 68), true)).toBe('13.6× as stated; score 0.91');
    expect(describeGroup(group(2, 1001))).toBe('500× as stated');
  });

  it('gives the ratio of intervals when a figure was not stated as a number, and nothing over zero', () => {
    expect(describeGroup(group('five', 'dozens'))).toBe('at least 4.8× apart');
    expect(describeGroup(group('none', 'dozens'), true)).toBe('incompatible; score 0.96');
  });

  it('calls compatible figures so, with their ratio as stated as detail', () => {
    expect(describeGroup(group('at least seven', 'nine'))).toBe('compatible');
    expect(describeGroup(group('at least seven', 'nine'), true)).toBe('compatible (1.2× as stated)');
  });
});
