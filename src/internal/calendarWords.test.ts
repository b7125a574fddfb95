import { describe, expect, it } from 'vitest';
import { MONTH_ABBREVIATIONS, MONTH_INDEX, MONTH_NAMES, WEEKDAY_NAMES } from './calendarWords.js';

describe('calendarWords', () => {
  it('numbers months as Date does, abbreviations with their month', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(MONTH_INDEX.get('january')).toBe(0);
    expect(MONTH_INDEX.get('may')).toBe(4);
    expect(MONTH_INDEX.get('sept')).toBe(8);
    expect(MONTH_INDEX.get('dec')).toBe(11);
    expect(MONTH_INDEX.size).toBe(12 + MONTH_ABBREVIATIONS.length);
  });

  it('numbers weekdays as getUTCDay does', () => {
    expect(WEEKDAY_NAMES[new Date(Date.UTC(2009, 9, 18)).getUTCDay()]).toBe('sunday');
  });
});
