import { describe, expect, it } from 'vitest';
import { periodText } from './periodText.js';

describe('periodText', () => {
  it('writes a one-day period as one date, a longer one as a range', () => {
    expect(periodText({ start: '2009-10-18', end: '2009-10-18' })).toBe('2009-10-18');
    expect(periodText({ start: '2009-10-17', end: '2009-10-18T12:00:00Z' })).toBe('2009-10-17 to 2009-10-18T12:00:00Z');
  });
});
