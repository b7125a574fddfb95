/** The months in lower case, January first: a month's index is its number in `Date.UTC`. */
export const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** The abbreviations of the months that news text uses ("Oct. 18"); May has none. */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'] as const;

/** The days of the week in lower case, Sunday first, as `Date.prototype.getUTCDay` counts them. */
export const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

/** Month names and abbreviations to the month's index (`october` and `oct` to 9). */
// A pure call: a bundle that imports the month names alone (the figure parser) drops the map.
export const MONTH_INDEX: ReadonlyMap<string, number> = /* @__PURE__ */ (() =>
  new Map<string, number>([
    ...MONTH_NAMES.map((name, month): [string, number] => [name, month]),
    ...MONTH_ABBREVIATIONS.map((short): [string, number] => [short, MONTH_NAMES.findIndex((name) => name.startsWith(short))]),
  ]))();

/** The days of the week and the months, whole or abbreviated: words that name a time (a month may also open a name, "June Okafor"). */
export const CALENDAR_NAMES: ReadonlySet<string> = /* @__PURE__ */ (() => new Set<string>([...WEEKDAY_NAMES, ...MONTH_NAMES, ...MONTH_ABBREVIATIONS]))();
