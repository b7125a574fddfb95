import { describe, expect, it } from 'vitest';
import { eventPeriod } from './eventPeriod.js';

describe('eventPeriod', () => {
  const period = { start: '2019-10-28', end: '2019-11-02' };

  it('writes the period of an event whose label does not say it', () => {
    expect(eventPeriod({ id: 'e1', label: 'Mopti', period })).toBe('2019-10-28 to 2019-11-02');
    expect(eventPeriod({ id: 'e1', period: { start: '2019-10-28', end: '2019-10-28' } })).toBe('2019-10-28');
  });

  // Extracted events' labels carry their dates: every report line said them twice.
  it('leaves out a period the label already says, and an event without one', () => {
    expect(eventPeriod({ id: 'e1', label: 'Mopti, 2019-10-28 to 2019-11-02', period })).toBe('');
    expect(eventPeriod({ id: 'e1', label: 'Mopti' })).toBe('');
    expect(eventPeriod(undefined)).toBe('');
  });
});
