import type { Event } from '../claims/schemas.js';
import { periodText } from './periodText.js';

/**
 * An event's period in words, for a report to put after its label: `''` when it has none, or when
 * the label already says it, as extracted events' labels do ("Mopti, 2019-10-28 to 2019-11-02"),
 * so that no report repeats the dates.
 *
 * @example
 * ```ts
 * const period = { start: '2019-10-28', end: '2019-11-02' };
 * [eventPeriod({ id: 'e1', label: 'Mopti', period }), eventPeriod({ id: 'e1', label: 'Mopti, 2019-10-28 to 2019-11-02', period })]
 * //=> ['2019-10-28 to 2019-11-02', '']
 * ```
 */
export function eventPeriod(event: Event | undefined): string {
  if (event?.period === undefined) return '';
  const words = periodText(event.period);
  return event.label?.includes(words) === true ? '' : words;
}
