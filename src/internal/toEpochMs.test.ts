import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toEpochMs } from './toEpochMs.js';
import { IsoDateSchema } from '../claims/schemas.js';

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
      }),
      { numRuns: 500 },
    );
  });
});
