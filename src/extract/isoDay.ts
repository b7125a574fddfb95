const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * The calendar date of a local `Date` as `yyyy-MM-dd`, without a formatter: events and claims
 * write many dates, and this is the only format they need.
 *
 * @example
 * ```ts
 * isoDay(new Date(2009, 9, 18))
 * //=> '2009-10-18'
 * ```
 */
export function isoDay(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}
