import type { Period } from '../claims/schemas.js';

/**
 * An event's period as a reader sees it: one date for a period that starts and ends on the same
 * date, otherwise "start to end".
 *
 * @example
 * ```ts
 * periodText({ start: '2009-10-18', end: '2009-10-18' })
 * //=> '2009-10-18'
 * periodText({ start: '2009-10-17', end: '2009-10-18' })
 * //=> '2009-10-17 to 2009-10-18'
 * ```
 */
export function periodText(period: Period): string {
  return period.start === period.end ? period.start : `${period.start} to ${period.end}`;
}
