import { describe, expect, it } from 'vitest';
import { outcomeVerb } from './outcomeVerb.js';

describe('outcomeVerb', () => {
  it('agrees in number and reads custom outcomes as words', () => {
    expect(outcomeVerb('killed', false)).toBe('were killed');
    expect(outcomeVerb('injured', true)).toBe('was injured');
    expect(outcomeVerb('taken-hostage', false)).toBe('were taken hostage');
  });

  it('writes turnout as something people did', () => {
    expect(outcomeVerb('attended', true)).toBe('turned out');
  });
});
