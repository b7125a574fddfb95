import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveEvents } from './resolveEvents.js';
import type { Claim, ClaimSet, Event } from './schemas.js';

const event = (id: string, place: string[] | undefined, start: string, end: string, extra: Partial<Event> = {}): Event => ({
  id,
  ...(place === undefined ? {} : { place }),
  period: { start, end },
  ...extra,
});

const claimOn = (id: string, eventId: string, document?: string): Claim => ({
  id,
  claimant: 'src',
  event: eventId,
  measure: { outcome: 'killed', subject: 'soldiers' },
  figure: { low: 1, high: 1, stated: 1, hedge: 'exact' },
  ...(document === undefined ? {} : { evidence: { document } }),
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

// Small generated worlds: a few places along two branches, days in one month.
const PLACES = [['A'], ['A', 'B'], ['A', 'B', 'C'], ['A', 'D'], ['a', 'b']];
const eventsArb = fc
  .array(fc.record({ place: fc.constantFrom(...PLACES), day: fc.integer({ min: 1, max: 9 }), length: fc.integer({ min: 0, max: 3 }) }), {
    maxLength: 14,
  })
  .map((shapes) =>
    shapes.map((s, i): Event => event(`e${i}`, s.place, `2020-01-0${s.day}`, `2020-01-${String(s.day + s.length).padStart(2, '0')}`)),
  );

describe('resolveEvents laws', () => {
  it('merges only events that are pairwise compatible, into their smallest id, and accounts for every claim', () => {
    const lower = (p: readonly string[] = []) => p.map((x) => x.trim().toLowerCase());
    const prefix = (a: string[], b: string[]) => a.every((x, k) => b[k] === x);
    const compatible = (a: Event, b: Event) => {
      const [pa, pb] = [lower(a.place), lower(b.place)];
      const placeOk = prefix(pa, pb) || prefix(pb, pa);
      const overlap = (a.period?.start ?? '') <= (b.period?.end ?? '') && (b.period?.start ?? '') <= (a.period?.end ?? '');
      return placeOk && overlap;
    };
    fc.assert(
      fc.property(eventsArb, (events) => {
        const claims = events.map((e, i) => claimOn(`c${i}`, e.id));
        const result = resolveEvents(setOf(events, claims));
        const survivorOf = new Map(result.events.map((e) => [e.id, e.sameAs ?? e.id]));
        const sets = new Map<string, Event[]>();
        for (const e of events) {
          const s = survivorOf.get(e.id) as string;
          sets.set(s, [...(sets.get(s) ?? []), e]);
        }
        for (const [survivor, members] of sets) {
          expect(survivor).toBe(members.map((m) => m.id).sort()[0]);
          for (const a of members) for (const b of members) if (a !== b) expect(compatible(a, b)).toBe(true);
        }
        expect(result.claims.map((c) => c.event)).toEqual(claims.map((c) => survivorOf.get(c.event)));
      }),
    );
  });
});
