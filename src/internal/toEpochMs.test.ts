import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toEpochMs } from './toEpochMs.js';
import { IsoDateSchema, PeriodSchema } from '../claims/schemas.js';

describe('toEpochMs', () => {
  it('gives a date-only string its whole UTC day', () => {
    expect(toEpochMs('2009-10-18', 'start')).toBe(Date.UTC(2009, 9, 18));
    expect(toEpochMs('2009-10-18', 'end')).toBe(Date.UTC(2009, 9, 19) - 1);
  });

  it('reads a date-time without an offset as UTC, and one with an offset as that instant', () => {
    expect(toEpochMs('2009-10-18T10:00', 'start')).toBe(Date.UTC(2009, 9, 18, 10));
    expect(toEpochMs('2009-10-18T10:00:00', 'end')).toBe(Date.UTC(2009, 9, 18, 10));
    expect(toEpochMs('2009-10-18T15:30:00+05:00', 'start')).toBe(Date.UTC(2009, 9, 18, 10, 30));
    expect(toEpochMs('2009-10-18T10:00:00.250Z', 'start')).toBe(Date.UTC(2009, 9, 18, 10, 0, 0, 250));
  });

  it('reads the years 0000 to 0099 as written, not as 1900 to 1999', () => {
    expect(new Date(toEpochMs('0050-01-01', 'start')).toISOString()).toBe('0050-01-01T00:00:00.000Z');
    expect(new Date(toEpochMs('0000-02-29', 'end')).toISOString()).toBe('0000-02-29T23:59:59.999Z');
    expect(toEpochMs('0099-12-31', 'start')).toBe(toEpochMs('0099-12-31T00:00:00Z', 'start'));
    // Read as 1950, the start fell after this end and a valid period was refused.
    expect(PeriodSchema.safeParse({ start: '0050-06-01', end: '1950-01-01' }).success).toBe(true);
  });

  it('is a finite instant for every string the schema accepts, so a period check can never be skipped by NaN', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const iso = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, '0')),
        two(12),
        two(31),
        fc.option(fc.tuple(two(23), two(59), fc.option(two(59)), fc.option(fc.stringMatching(/^\.\d{1,9}$/)))),
        fc.option(fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), two(23), two(59)).map(([s, h, m]) => `${s}${h}:${m}`))),
      )
      .map(([y, mo, d, time, offset]) => {
        if (time === null) return `${y}-${mo}-${d}`;
        const [h, mi, s, f] = time;
        return `${y}-${mo}-${d}T${h}:${mi}${s === null ? '' : `:${s}${f ?? ''}`}${offset ?? ''}`;
      })
      .filter((text) => IsoDateSchema.safeParse(text).success);
    fc.assert(
      fc.property(iso, (text) => {
        expect(Number.isFinite(toEpochMs(text, 'start'))).toBe(true);
        expect(toEpochMs(text, 'start')).toBeLessThanOrEqual(toEpochMs(text, 'end'));
        // A date starts at its midnight, UTC, read either way.
        if (text.length === 10) expect(toEpochMs(text, 'start')).toBe(toEpochMs(`${text}T00:00:00Z`, 'start'));
      }),
      { numRuns: 500 },
    );
  });
});
