import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimOn, eventWorldArbitrary, resolveEventsByDefinition } from '../../tests/fixtures/eventWorld.js';
import { resolveEvents } from './resolveEvents.js';
import type { Claim, ClaimSet, Event } from './schemas.js';

const event = (id: string, place: string[] | undefined, start: string, end: string, extra: Partial<Event> = {}): Event => ({
  id,
  ...(place === undefined ? {} : { place }),
  period: { start, end },
  ...extra,
});

const setOf = (events: Event[], claims: Claim[] = []): ClaimSet => ({ sources: [{ id: 'src', name: 'Source' }], events, claims });
const sameAs = (set: ClaimSet) => set.events.map((e) => [e.id, e.sameAs ?? null]);

describe('resolveEvents', () => {
  it('merges events whose places agree case-insensitively after trimming, one a prefix of the other, and whose periods overlap', () => {
    const result = resolveEvents(
      setOf(
        [
          event('b-dawn', [' pakistan', 'SOUTH WAZIRISTAN ', 'Kotkai'], '2009-10-18', '2009-10-18'),
          event('a-cnn', ['Pakistan', 'South Waziristan'], '2009-10-17', '2009-10-18'),
        ],
        [claimOn('c1', 'b-dawn', 'dawn'), claimOn('c2', 'a-cnn', 'cnn')],
      ),
    );
    expect(sameAs(result)).toEqual([
      ['b-dawn', 'a-cnn'],
      ['a-cnn', null],
    ]);
    expect(result.claims.map((c) => c.event)).toEqual(['a-cnn', 'a-cnn']);
  });

  it('treats a date-only end as covering its whole day', () => {
    const result = resolveEvents(setOf([event('a', ['X'], '2009-10-17', '2009-10-17'), event('b', ['X'], '2009-10-17T23:30:00Z', '2009-10-18T02:00:00Z')]));
    expect(sameAs(result)).toEqual([
      ['a', null],
      ['b', 'a'],
    ]);
  });

  it('does not merge events in different places, disjoint periods, or without a place or period', () => {
    const result = resolveEvents(
      setOf([
        event('sw', ['Pakistan', 'South Waziristan'], '2009-10-17', '2009-10-18'),
        event('nw', ['Pakistan', 'North Waziristan'], '2009-10-17', '2009-10-18'),
        event('later', ['Pakistan', 'South Waziristan'], '2009-10-20', '2009-10-21'),
        event('nowhere', undefined, '2009-10-17', '2009-10-18'),
        { id: 'whenever', place: ['Pakistan', 'South Waziristan'] },
      ]),
    );
    expect(result.events.every((e) => e.sameAs === undefined)).toBe(true);
  });

  it('never chains through a broad container: Pakistan-all-September merges with neither district', () => {
    const result = resolveEvents(
      setOf([
        event('pakistan-september', ['Pakistan'], '2009-09-01', '2009-09-30'),
        event('south-waziristan', ['Pakistan', 'South Waziristan'], '2009-09-10', '2009-09-10'),
        event('peshawar', ['Pakistan', 'Peshawar'], '2009-09-10', '2009-09-10'),
        event('south-waziristan-2', ['pakistan', 'south waziristan'], '2009-09-10', '2009-09-11'),
      ]),
    );
    expect(sameAs(result)).toEqual([
      ['pakistan-september', null],
      ['south-waziristan', null],
      ['peshawar', null],
      ['south-waziristan-2', 'south-waziristan'],
    ]);
  });

  it('never merges an event with its partOf ancestor', () => {
    const result = resolveEvents(
      setOf([
        event('day', ['Pakistan', 'North Waziristan'], '2007-10-07', '2007-10-07'),
        event('clash', ['Pakistan', 'North Waziristan', 'Mir Ali'], '2007-10-07', '2007-10-07', { partOf: 'day' }),
      ]),
    );
    expect(result.events.every((e) => e.sameAs === undefined)).toBe(true);
  });

  it('does not merge two incidents one article distinguishes, unless asked to', () => {
    const events = [event('first-day', ['Pakistan', 'South Waziristan'], '2009-10-17', '2009-10-17'), event('last-24h', ['Pakistan', 'South Waziristan'], '2009-10-17', '2009-10-18')];
    const claims = [claimOn('c1', 'first-day', 'cnn-article'), claimOn('c2', 'last-24h', 'cnn-article')];
    expect(resolveEvents(setOf(events, claims)).events.every((e) => e.sameAs === undefined)).toBe(true);
    expect(sameAs(resolveEvents(setOf(events, claims), { mergeWithinDocument: true }))).toEqual([
      ['first-day', null],
      ['last-24h', 'first-day'],
    ]);
  });

  it('keeps the smallest id in code-unit order as the survivor, and treats __proto__ as an ordinary id', () => {
    const result = resolveEvents(
      setOf([event('b', ['X'], '2020-01-01', '2020-01-02'), event('__proto__', ['x'], '2020-01-02', '2020-01-03'), event('B', ['X', 'Y'], '2020-01-01', '2020-01-02')]),
    );
    expect(sameAs(result)).toEqual([
      ['b', 'B'],
      ['__proto__', 'B'],
      ['B', null],
    ]);
  });

  it('leaves its input untouched', () => {
    const set = setOf([event('a', ['X'], '2020-01-01', '2020-01-02'), event('b', ['X'], '2020-01-02', '2020-01-03')], [claimOn('c', 'b')]);
    const copy = structuredClone(set);
    resolveEvents(set);
    expect(set).toEqual(copy);
  });
});

describe('resolveEvents laws', () => {
  it('merges exactly as the contract says, checked against a brute-force reading of it', () => {
    fc.assert(
      fc.property(eventWorldArbitrary, ({ events, claims }) => {
        const result = resolveEvents(setOf(events, claims));
        const expected = resolveEventsByDefinition(events, claims);
        expect(result.events.map((e) => [e.id, e.sameAs ?? e.id])).toEqual(events.map((e) => [e.id, expected.get(e.id)]));
        expect(result.claims.map((c) => c.event)).toEqual(claims.map((c) => expected.get(c.event)));
      }),
      { numRuns: 500 },
    );
    // tests/fuzz/resolveEvents.test.ts runs worlds like these, with hostile shapes mixed in, at scale.
  }, 60_000);
});

describe('resolveEvents on long chains', () => {
  it('points an event merged earlier (sameAs) at the survivor of its target', () => {
    const result = resolveEvents(
      setOf(
        [
          event('old', ['X'], '2020-01-05', '2020-01-05', { sameAs: 'b' }),
          event('b', ['X'], '2020-01-01', '2020-01-02'),
          event('a', ['X'], '2020-01-02', '2020-01-03'),
        ],
        [claimOn('c', 'old')],
      ),
    );
    expect(sameAs(result)).toEqual([
      ['old', 'a'],
      ['b', 'a'],
      ['a', null],
    ]);
    expect(result.claims[0]?.event).toBe('a');
  });

  it('handles a partOf chain of 1,000 events on one day and place, and a sameAs chain of 20,000', () => {
    // All 1,000 events are pairwise candidates; the ancestry test must be constant time per pair
    // (the walk it replaced was cubic in the chain's length).
    const chain = Array.from({ length: 1_000 }, (_, i) =>
      event(`p${i}`, ['X'], '2020-01-01', '2020-01-01', i === 0 ? {} : { partOf: `p${i - 1}` }),
    );
    // Every event is the ancestor or descendant of every other: none may merge.
    expect(resolveEvents(setOf(chain)).events.every((e) => e.sameAs === undefined)).toBe(true);
    const n = 20_000;
    const links = Array.from({ length: n }, (_, i): Event => (i === n - 1 ? { id: `s${i}` } : { id: `s${i}`, sameAs: `s${i + 1}` }));
    const result = resolveEvents(setOf(links, [claimOn('c', 's0')]));
    expect(result.claims[0]?.event).toBe(`s${n - 1}`);
    expect(result.events[0]?.sameAs).toBe(`s${n - 1}`);
  });
});
