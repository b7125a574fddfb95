import { describe, expect, it } from 'vitest';
import { createEventBook, type EventCue } from './createEventBook.js';
import type { DaySpan } from './findTimes.js';

const days = (start: number, end: number): DaySpan => ({ start: new Date(2009, 9, start), end: new Date(2009, 9, end) });
const cue = (period: DaySpan | undefined, path: string[] = []): EventCue => ({
  places: path.length === 0 ? [] : [{ first: 0, last: 1, path, rooted: false, same: false }],
  period,
  separate: false,
  reported: new Date(2009, 9, 18),
});

// A place named alone nests under the incident before only when the periods overlap.
function placeAfter(first: DaySpan, second: DaySpan): readonly string[] | undefined {
  const book = createEventBook({ prefix: '', country: 'Pakistan', mainPlace: 'South Waziristan' });
  book.assign(cue(first));
  book.assign(cue(second, ['Kotkai']));
  return book.events[1]?.place;
}

describe('createEventBook', () => {
  it('counts periods that share only a day as overlapping, inclusively', () => {
    expect(placeAfter(days(17, 18), days(18, 18))).toEqual(['Pakistan', 'South Waziristan', 'Kotkai']);
    expect(placeAfter(days(18, 18), days(17, 18))).toEqual(['Pakistan', 'South Waziristan', 'Kotkai']);
    expect(placeAfter(days(16, 17), days(18, 19))).toEqual(['Pakistan', 'Kotkai']);
  });

  it('makes an event inside an earlier one part of it', () => {
    const book = createEventBook({ prefix: 'a#', country: 'Pakistan', mainPlace: 'South Waziristan' });
    book.assign(cue(days(17, 18)));
    book.assign(cue(days(18, 18), ['Kotkai']));
    expect(book.events.map((e) => [e.id, e.partOf])).toEqual([['a#e1', undefined], ['a#e2', 'a#e1']]);
  });
});
