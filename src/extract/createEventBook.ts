import { areIntervalsOverlapping, subDays } from 'date-fns';
import { isPrefix } from '../internal/isPrefix.js';
import type { Event } from '../claims/schemas.js';
import type { DaySpan } from './findTimes.js';
import type { PlaceMention } from './findPlaces.js';
import { isoDay } from './isoDay.js';

/** What one group of figures in a sentence says about where and when. */
export interface EventCue {
  readonly places: readonly PlaceMention[];
  /** The time the words give the incident, resolved. */
  readonly period: DaySpan | undefined;
  /** "In a separate incident", "Elsewhere": not the incident before. */
  readonly separate: boolean;
  /** The day to date an event by when the words give no time (the statement's, else publication). */
  readonly reported: Date | undefined;
}

/** The events of one article, assigned incident by incident. */
export interface EventBook {
  /** The event id for a group of figures. */
  assign(cue: EventCue): string;
  /** The events made so far, in order. */
  readonly events: Event[];
}

interface Draft {
  readonly id: string;
  readonly place: readonly string[];
  /** The place lower-cased, as places are compared. */
  readonly folded: readonly string[];
  readonly period: DaySpan | undefined;
  partOf?: string;
}

const day = isoDay;
// Both ends are whole days, so periods that share a day overlap: the contract's inclusive rule.
const overlaps = (a: DaySpan | undefined, b: DaySpan | undefined): boolean =>
  a === undefined || b === undefined || areIntervalsOverlapping(a, b, { inclusive: true });
const contains = (outer: DaySpan | undefined, inner: DaySpan | undefined): boolean =>
  outer !== undefined && inner !== undefined && outer.start <= inner.start && inner.end <= outer.end;
const samePeriod = (a: DaySpan | undefined, b: DaySpan | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.start.getTime() === b.start.getTime() && a.end.getTime() === b.end.getTime());
// How many recent events a new one is compared with for `partOf`: articles distinguish few
// incidents, and the bound keeps adversarial text (thousands of dated sentences) linear.
const RECENT = 16;

/**
 * Creates the event assignment for one article. Figures whose sentence names no place and no time
 * stay with the incident before; a place or time that differs starts another. A place named alone
 * ("the town of Mir Ali") nests under the incident before when the times agree (Pakistan, North
 * Waziristan, Mir Ali); otherwise it hangs from the article's country. An event without a place
 * takes the article's main place (the one it names most), one without a time the day before the
 * report up to the report's day. An event inside an earlier one (narrower place or shorter period)
 * is `partOf` it; "in a separate incident" and "elsewhere" start a digression that later figures
 * do not continue.
 *
 * @example
 * ```ts
 * const book = createEventBook({ prefix: '', country: 'Pakistan', mainPlace: 'South Waziristan' });
 * book.assign({ places: [], period: undefined, separate: false, reported: new Date(2009, 9, 18) });
 * book.events
 * //=> [{ id: 'e1', label: 'South Waziristan, 2009-10-17 to 2009-10-18', place: ['Pakistan', 'South Waziristan'], period: { start: '2009-10-17', end: '2009-10-18' } }]
 * ```
 */
export function createEventBook(context: { prefix: string; country: string | undefined; mainPlace: string | undefined }): EventBook {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  let current: Draft | undefined;
  const defaultPlace = [context.country, context.mainPlace].filter((p): p is string => p !== undefined);
  const rooted = (path: readonly string[]): string[] => {
    if (context.country === undefined || path[0]?.toLowerCase() === context.country.toLowerCase()) return [...path];
    return [context.country, ...path];
  };

  const placeOf = (cue: EventCue, compatible: boolean): readonly string[] => {
    const same = cue.places.some((p) => p.same);
    let country: string | undefined;
    let names: readonly string[] = [];
    for (const mention of cue.places) {
      if (mention.rooted && country === undefined) country = mention.path[0];
      const rest = mention.rooted ? mention.path.slice(1) : mention.path;
      if (names.length === 0 && rest.length > 0) names = rest;
    }
    if (same && current !== undefined) return current.place;
    if (names.length === 0) {
      if (country !== undefined) return [country];
      return compatible && current !== undefined ? current.place : current === undefined || defaultPlace.length > 0 ? defaultPlace : current.place;
    }
    if (country !== undefined) return [country, ...names];
    if (compatible && current !== undefined && !cue.separate) {
      const at = current.place.findIndex((p) => p.toLowerCase() === (names[0] as string).toLowerCase());
      return at >= 0 ? [...current.place.slice(0, at), ...names] : [...current.place, ...names];
    }
    return rooted(names);
  };

  const assign = (cue: EventCue): string => {
    if (current !== undefined && !cue.separate && cue.places.length === 0 && cue.period === undefined) return current.id;
    const compatible = current !== undefined && overlaps(cue.period, current.period);
    const place = placeOf(cue, compatible);
    const fallback = cue.reported === undefined ? undefined : { start: subDays(cue.reported, 1), end: cue.reported };
    const period = cue.period ?? (compatible && current !== undefined ? current.period : fallback);
    const key = `${place.join('\u0000').toLowerCase()}\u0001${period === undefined ? '' : `${period.start.getTime()}/${period.end.getTime()}`}`;
    const existing = byKey.get(key);
    if (existing !== undefined && !cue.separate) {
      current = existing;
      return existing.id;
    }
    const folded = place.map((p) => p.toLowerCase());
    const draft: Draft = { id: `${context.prefix}e${drafts.length + 1}`, place, folded, period };
    for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - RECENT; k--) {
      const outer = drafts[k] as Draft;
      const narrower = isPrefix(outer.folded, folded) && (outer.place.length < place.length || (contains(outer.period, period) && !samePeriod(outer.period, period)));
      if (narrower && (contains(outer.period, period) || samePeriod(outer.period, period))) {
        draft.partOf = outer.id;
        break;
      }
    }
    drafts.push(draft);
    if (!byKey.has(key)) byKey.set(key, draft);
    if (!cue.separate) current = draft;
    else current ??= draft;
    return draft.id;
  };

  return {
    assign,
    get events(): Event[] {
      return drafts.map((d) => {
        const label = [d.place[d.place.length - 1], d.period === undefined ? undefined : samePeriod(d.period, { start: d.period.start, end: d.period.start }) ? day(d.period.start) : `${day(d.period.start)} to ${day(d.period.end)}`]
          .filter((p) => p !== undefined)
          .join(', ');
        return {
          id: d.id,
          ...(label === '' ? {} : { label }),
          ...(d.place.length === 0 ? {} : { place: [...d.place] }),
          ...(d.period === undefined ? {} : { period: { start: day(d.period.start), end: day(d.period.end) } }),
          ...(d.partOf === undefined ? {} : { partOf: d.partOf }),
        };
      });
    },
  };
}
