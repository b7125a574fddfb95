import { describe, expect, it } from 'vitest';
import { nameInSentence } from './nameInSentence.js';

describe('nameInSentence', () => {
  it('capitalises a name that opens a sentence and keeps a proper name as written inside one', () => {
    expect(nameInSentence('the army', true)).toBe('The army');
    expect(nameInSentence('Dawn', false)).toBe('Dawn');
    expect(nameInSentence('Pakistani military', false)).toBe('Pakistani military');
  });

  // Extracted speakers such as "Its spokesman" read "…; Its spokesman said" inside a sentence.
  it('lower-cases a description that opens with an article, a common noun or a possessive', () => {
    expect(nameInSentence('The army', false)).toBe('the army');
    expect(nameInSentence('Its spokesman', false)).toBe('its spokesman');
    expect(nameInSentence('Their leader', false)).toBe('their leader');
  });
});
