import { addDays } from 'date-fns/addDays';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfWeek } from 'date-fns/endOfWeek';
import { endOfYear } from 'date-fns/endOfYear';
import { getDay } from 'date-fns/getDay';
import { isValid } from 'date-fns/isValid';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfWeek } from 'date-fns/startOfWeek';
import { startOfYear } from 'date-fns/startOfYear';
import { subDays } from 'date-fns/subDays';
import { subMonths } from 'date-fns/subMonths';
import { subWeeks } from 'date-fns/subWeeks';
import { subYears } from 'date-fns/subYears';
import { MONTH_INDEX, WEEKDAY_NAMES } from '../../internal/calendarWords.js';
import { singular } from '../../vocabulary/singular.js';
import { INCIDENT_NOUNS } from '../lexicon/incidents.js';
import { ARTICLES } from '../lexicon/outcomes.js';
import type { DaySpan, Span, TimeAnchor, TimeMention, Words } from '../types.js';




// Words after which "May" is the month: "in May", "since May", "early May".
const MAY_BEFORE = new Set(['in', 'since', 'until', 'till', 'early', 'late', 'mid', 'during', 'last', 'next', 'this', 'of', 'by']);
const WEEKDAYS = new Map<string, number>(WEEKDAY_NAMES.map((name, day) => [name, day]));
const MONTHS = MONTH_INDEX;
const SMALL = new Map([
  ['a', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['twelve', 12], ['few', 3], ['several', 7], ['couple', 2],
]);
const ORDINALS = new Map([['first', 1], ['opening', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5]]);
const BEFORE = new Set(['on', 'last', 'late', 'early', 'overnight', 'since', 'until', 'till', 'by', 'from', 'this']);
const AFTER = new Set(['morning', 'night', 'afternoon', 'evening', 'overnight']);
const WEEK = { weekStartsOn: 1 as const };
// Words a time expression can start its reading at; any other word is skipped at once.
const TRIGGERS = new Set([...WEEKDAYS.keys(), ...MONTHS.keys(), ...ORDINALS.keys(), ...SMALL.keys(), 'yesterday', 'today', 'tonight', 'tomorrow', 'overnight', 'last', 'past', 'recent', 'this', 'since']);
// How far before "since" a superlative may stand: "the city's biggest open-air street festival since".
const SUPERLATIVE_REACH = 6;
// Words that rank, after which "since" compares ("the biggest … since"); a closed list, as words in
// -est are as often places and nouns ("northwest", "Bucharest", "unrest", "latest").
const SUPERLATIVES = new Set([
  'biggest', 'largest', 'worst', 'deadliest', 'bloodiest', 'highest', 'greatest', 'heaviest', 'best', 'strongest',
  'fiercest', 'costliest', 'busiest', 'first', 'lowest', 'smallest',
]);
// "since the armed insurgency started a year ago", "since the start of the conflict": a running total.
const BEGINNINGS = new Set(['began', 'begun', 'started', 'erupted', 'broke', 'start', 'beginning', 'outbreak', 'onset']);
const HEDGES = new Set(['nearly', 'almost', 'about', 'some', 'more', 'over']);
const WARS = new Set(['conflict', 'war', 'insurgency', 'uprising', 'rebellion', 'revolt', 'crisis', 'revolution', 'civil']);
// An undated running total reaches back this far: far enough to read as one, never as the incident.
const OPEN_TOTAL_DAYS = 365;
// An undated spell of unrest (protests, clashes) reaches back this far: a running total, not background.
const OPEN_SPELL_DAYS = 60;
// What a war's running total begins with besides a war's own words: "since the invasion began".
const LONG_WARS = new Set([...WARS, 'invasion', 'hostilities', 'occupation']);
// Words that end the clause of "since X began" with nothing more said of its start.
const SPELL_ENDS = new Set([',', '.', ';', ')', 'and', 'but', 'while']);

const day = (d: Date): DaySpan => ({ start: d, end: d });

// The latest date on or before `today` that falls on `weekday`.
function lastWeekday(today: Date, weekday: number): Date {
  return subDays(today, (getDay(today) - weekday + 7) % 7);
}

// A month and day without a year: the latest such date on or before today.
function latestDate(today: Date, month: number, date: number): Date {
  const candidate = new Date(today.getFullYear(), month, date);
  return candidate > today ? new Date(today.getFullYear() - 1, month, date) : candidate;
}

function monthSpan(year: number, month: number, part?: 'early' | 'mid' | 'late'): DaySpan {
  const start = new Date(year, month, 1);
  if (part === 'early') return { start, end: new Date(year, month, 10) };
  if (part === 'mid') return { start: new Date(year, month, 11), end: new Date(year, month, 20) };
  if (part === 'late') return { start: new Date(year, month, 21), end: endOfMonth(start) };
  return { start, end: endOfMonth(start) };
}

function mention(first: number, last: number, single: boolean, resolve: (a: TimeAnchor) => DaySpan | undefined, key?: string): TimeMention {
  return {
    first,
    last,
    day: single,
    ...(key === undefined ? {} : { key }),
    resolve: (anchor) => {
      const span = resolve(anchor);
      return span !== undefined && isValid(span.start) && isValid(span.end) && span.start <= span.end ? span : undefined;
    },
  };
}

const needToday = (f: (today: Date) => DaySpan) => (a: TimeAnchor) => (a.today === undefined ? undefined : f(a.today));

function countAt(words: Words, i: number): number | undefined {
  if (words.isNum(i)) {
    const n = Number(words.low(i).replace(/,/g, ''));
    return Number.isInteger(n) && n > 0 && n < 10_000 ? n : undefined;
  }
  return SMALL.get(words.low(i));
}

function rolling(unit: string, n: number): ((today: Date) => DaySpan) | undefined {
  const u = singular(unit);
  if (u === 'hour') return (t) => ({ start: subDays(t, Math.ceil(n / 24)), end: t });
  if (u === 'day') return (t) => ({ start: subDays(t, n), end: t });
  if (u === 'week') return (t) => ({ start: subWeeks(t, n), end: t });
  if (u === 'month') return (t) => ({ start: subMonths(t, n), end: t });
  if (u === 'year') return (t) => ({ start: subYears(t, n), end: t });
  return undefined;
}

// One mention starting at token i, or undefined. Reads a bounded number of tokens.
function timeAt(words: Words, i: number, sentence: Span): TimeMention | undefined {
  const w = (k: number): string => (k >= sentence.first && k < sentence.last ? words.low(k) : '');
  const low = w(i);

  const weekday = WEEKDAYS.get(low);
  if (weekday !== undefined && words.cap(i)) {
    const previous = w(i - 1);
    const first = BEFORE.has(previous) ? i - 1 : i;
    const last = AFTER.has(w(i + 1)) ? i + 2 : i + 1;
    const since = previous === 'since' || previous === 'from';
    const lastWeek = previous === 'last';
    return mention(first, last, !since, needToday((t) => {
      let d = lastWeekday(t, weekday);
      if (lastWeek && d.getTime() === t.getTime()) d = subDays(d, 7);
      return since ? { start: d, end: t } : day(d);
    }), since || lastWeek ? undefined : `weekday ${weekday}`);
  }
  if (low === 'since' && !WEEKDAYS.has(w(i + 1)) && !MONTHS.has(w(i + 1)) && !words.isNum(i + 1)) {
    if (compares(words, sentence, i)) return undefined;
    // "543 Palestinians have died since then": a running total from a time told before.
    if (w(i + 1) === 'then') return mention(i, i + 2, false, needToday((t) => ({ start: subDays(t, OPEN_TOTAL_DAYS), end: t })), undefined);
    for (let k = i + 1; k < i + 9 && k < sentence.last; k++) {
      // "since the start of 2016": from that year's first day.
      const year = w(k + 1) === 'of' && /^(19|20)\d\d$/.test(w(k + 2)) ? Number(w(k + 2)) : undefined;
      if (BEGINNINGS.has(w(k)) && year !== undefined) return mention(i, k + 3, false, (a) => ({ start: new Date(year, 0, 1), end: a.today ?? new Date(year, 11, 31) }));
      // ("since the protests began", "since clashes broke out": a running total of the story's own
      // unrest, which reaches back weeks, not the years of a war's background; nor when words after
      // it date the start: "began in 2019", "began two years ago", "… until last week".)
      if (BEGINNINGS.has(w(k))) {
        let war = false;
        for (let j = i + 1; j < k; j++) war ||= LONG_WARS.has(w(j));
        let end = k + 1;
        // ("since the start of the war": what began follows "of".)
        if (w(end) === 'of') for (end++; end < k + 6 && end < sentence.last && !SPELL_ENDS.has(w(end)); end++) war ||= LONG_WARS.has(w(end));
        // ("since the protests began in March 2020", "… began two years ago": from the start it names.)
        const open = !war && end < sentence.last && !SPELL_ENDS.has(w(end)) && w(end) !== 'until' && w(end) !== 'till';
        const start = open ? (timeAt(words, end, sentence) ?? timeAt(words, end + 1, sentence)) : undefined;
        if (start !== undefined) return mention(i, start.last, false, (a) => { const from = start.resolve(a); return from === undefined || a.today === undefined ? undefined : { start: from.start, end: a.today }; }, undefined);
        const reach = war || (end < sentence.last && !SPELL_ENDS.has(w(end)) && !open) ? OPEN_TOTAL_DAYS : OPEN_SPELL_DAYS;
        return mention(i, k + 1, false, needToday((t) => ({ start: subDays(t, reach), end: t })), undefined);
      }
      if (w(k) === ',' || w(k) === '.') break;
    }
    return undefined;
  }
  if (low === 'yesterday') return mention(i, i + 1, true, needToday((t) => day(subDays(t, 1))));
  if (low === 'today' || low === 'tonight') return mention(i, i + 1, true, needToday((t) => day(t)));
  if (low === 'tomorrow') return mention(i, i + 1, true, needToday((t) => day(addDays(t, 1))));
  // "overnight Thursday" is that day's night, read with the weekday as "late Thursday" is.
  if (low === 'overnight' && !(WEEKDAYS.has(w(i + 1)) && words.cap(i + 1))) return mention(i, i + 1, false, needToday((t) => ({ start: subDays(t, 1), end: t })));

  // "the last 24 hours", "the past week", "the past few days", "the last day".
  if ((low === 'last' || low === 'past') && w(i - 1) === 'the') {
    const n = countAt(words, i + 1);
    const unit = n === undefined ? w(i + 1) : w(i + 2);
    const unitAt = n === undefined ? i + 1 : i + 2;
    const f = rolling(unit, n ?? 1);
    if (f !== undefined) {
      const from = ['in', 'over', 'during', 'within', 'for'].includes(w(i - 2)) ? i - 2 : i - 1;
      return mention(from, unitAt + 1, false, needToday(f));
    }
  }
  // "two years ago", "three weeks ago": that day, or the week, month or year it falls in.
  const back = countAt(words, i);
  if (back !== undefined && w(i + 2) === 'ago') {
    const unit = singular(w(i + 1));
    const ago: Record<string, (t: Date) => DaySpan> = {
      day: (t) => day(subDays(t, back)),
      week: (t) => ({ start: startOfWeek(subWeeks(t, back), WEEK), end: endOfWeek(subWeeks(t, back), WEEK) }),
      month: (t) => ({ start: startOfMonth(subMonths(t, back)), end: endOfMonth(subMonths(t, back)) }),
      year: (t) => ({ start: startOfYear(subYears(t, back)), end: endOfYear(subYears(t, back)) }),
    };
    const f = Object.hasOwn(ago, unit) ? ago[unit] : undefined;
    if (f !== undefined) return mention(i, i + 3, unit === 'day', needToday(f));
  }
  // "in recent days/weeks/months".
  if (low === 'recent' && ['days', 'weeks', 'months'].includes(w(i + 1))) {
    const n = w(i + 1) === 'days' ? 7 : w(i + 1) === 'weeks' ? 3 : 3;
    const f = rolling(w(i + 1), n);
    if (f !== undefined) return mention(w(i - 1) === 'in' ? i - 1 : i, i + 2, false, needToday(f));
  }
  // "last week", "last month", "last year", "last night", "last weekend": calendar units.
  if (low === 'last' && w(i - 1) !== 'the') {
    const unit = w(i + 1);
    const calendar: Record<string, (t: Date) => DaySpan> = {
      week: (t) => ({ start: startOfWeek(subWeeks(t, 1), WEEK), end: endOfWeek(subWeeks(t, 1), WEEK) }),
      month: (t) => ({ start: startOfMonth(subMonths(t, 1)), end: endOfMonth(subMonths(t, 1)) }),
      year: (t) => ({ start: startOfYear(subYears(t, 1)), end: endOfYear(subYears(t, 1)) }),
      night: (t) => day(subDays(t, 1)),
      weekend: (t) => {
        const sunday = lastWeekday(subDays(t, 1), 0);
        return { start: subDays(sunday, 1), end: sunday };
      },
    };
    const f = Object.hasOwn(calendar, unit) ? calendar[unit] : undefined;
    if (f !== undefined) return mention(i, i + 2, unit === 'night', needToday(f));
  }
  // "this week", "earlier this month", "this weekend", "this morning".
  if (low === 'this') {
    const unit = w(i + 1);
    const from = w(i - 1) === 'earlier' ? i - 1 : i;
    const current: Record<string, (t: Date) => DaySpan> = {
      week: (t) => ({ start: startOfWeek(t, WEEK), end: t }),
      month: (t) => ({ start: startOfMonth(t), end: t }),
      year: (t) => ({ start: startOfYear(t), end: t }),
      morning: (t) => day(t),
      weekend: (t) => {
        if (getDay(t) === 0) return { start: subDays(t, 1), end: t };
        const saturday = lastWeekday(t, 6);
        return saturday.getTime() === t.getTime() ? day(t) : { start: saturday, end: addDays(saturday, 1) };
      },
    };
    const f = Object.hasOwn(current, unit) ? current[unit] : undefined;
    if (f !== undefined) return mention(from, i + 2, unit === 'morning', needToday(f));
  }
  // "the first day", "the second day of the battle".
  const ordinal = ORDINALS.get(low);
  if (ordinal !== undefined && w(i - 1) === 'the' && w(i + 1) === 'day') {
    const from = ['on', 'in', 'during'].includes(w(i - 2)) ? i - 2 : i - 1;
    return mention(from, i + 2, true, (a) => (a.launch === undefined ? undefined : day(addDays(a.launch, ordinal - 1))));
  }
  // Dates: "October 17", "Oct. 17, 2009", "17 October", "October 2009", "in October", "mid-June", "in 2008".
  const month = MONTHS.get(low);
  // "May" is a month before a number or after "in", "since" or "early", never as the verb ("police may …").
  if (month !== undefined && words.cap(i) && (low !== 'may' || words.isNum(i + 1) || (i > 0 && MAY_BEFORE.has(w(i - 1)) && !words.cap(i + 1)))) {
    let k = i + 1;
    if (w(k) === '.') k++;
    const part = w(i - 2) === 'mid' && w(i - 1) === '-' ? 'mid' : ['early', 'late', 'mid'].includes(w(i - 1)) ? (w(i - 1) as 'early' | 'late' | 'mid') : undefined;
    const from = part === 'mid' && w(i - 1) === '-' ? i - 2 : part !== undefined ? i - 1 : i;
    const dateN = words.isNum(k) ? Number(words.low(k)) : Number.NaN;
    if (Number.isInteger(dateN) && dateN >= 1 && dateN <= 31) {
      const yearAt = w(k + 1) === ',' ? k + 2 : k + 1;
      const year = words.isNum(yearAt) && /^\d{4}$/.test(w(yearAt)) ? Number(w(yearAt)) : undefined;
      const last = year === undefined ? k + 1 : yearAt + 1;
      return mention(from, last, true, (a) =>
        year !== undefined ? day(new Date(year, month, dateN)) : a.today === undefined ? undefined : day(latestDate(a.today, month, dateN)),
      );
    }
    if (words.isNum(k) && /^\d{4}$/.test(w(k))) {
      const year = Number(w(k));
      return mention(from, k + 1, false, () => monthSpan(year, month, part));
    }
    // "in October", "early March", "at October's rally", "a March massacre": the month, the latest one up to today.
    if (part !== undefined || words.poss(i) || ['in', 'since', 'during', 'until', 'till', 'by', 'early', 'late'].includes(w(i - 1)) || (ARTICLES.has(w(i - 1)) && INCIDENT_NOUNS.has(w(i + 1)))) {
      return mention(from, i + 1, false, needToday((t) => {
        const year = month > t.getMonth() ? t.getFullYear() - 1 : t.getFullYear();
        return monthSpan(year, month, part);
      }), part === undefined ? `month ${month}` : undefined);
    }
  }
  if (words.isNum(i) && words.isWord(i + 1)) {
    const dateN = Number(low);
    const m = MONTHS.get(w(i + 1));
    if (m !== undefined && words.cap(i + 1) && Number.isInteger(dateN) && dateN >= 1 && dateN <= 31) {
      const year = words.isNum(i + 2) && /^\d{4}$/.test(w(i + 2)) ? Number(w(i + 2)) : undefined;
      return mention(i, year === undefined ? i + 2 : i + 3, true, (a) =>
        year !== undefined ? day(new Date(year, m, dateN)) : a.today === undefined ? undefined : day(latestDate(a.today, m, dateN)),
      );
    }
  }
  // "the 21-month conflict", "the nearly nine-month-old war": a running total over the war so far.
  const length = words.isNum(i) ? Number(low) : SMALL.get(low);
  const the = w(i - 1) === 'the' || (HEDGES.has(w(i - 1)) && w(i - 2) === 'the');
  if (length !== undefined && the && w(i + 1) === '-' && !words.spaced(i + 1)) {
    const f = rolling(w(i + 2), length);
    let k = i + 3;
    if (w(k) === '-' && (w(k + 1) === 'old' || w(k + 1) === 'long')) k += 2;
    if (f !== undefined && WARS.has(w(k))) return mention(i - 1, k + 1, false, needToday(f));
  }
  // "in 2017", "a 2017 ambush".
  const before = w(i - 1);
  if (words.isNum(i) && /^(19|20)\d\d$/.test(low) && (['in', 'since', 'during', 'until'].includes(before) || (ARTICLES.has(before) && INCIDENT_NOUNS.has(w(i + 1))))) {
    const year = Number(low);
    return mention(ARTICLES.has(before) ? i : i - 1, i + 1, false, () => ({ start: new Date(year, 0, 1), end: new Date(year, 11, 31) }), `year ${year}`);
  }
  return undefined;
}

// Words that join the two days of a span: "between April 2 and May 30", "from May 11 to 13".
const SPAN_JOINS = new Set(['and', 'to', 'until', 'till', 'through', '-', '\u2013']);

// "between April 2 and May 30", "from May 11 to 13", "the May 11-13 protests": one span from the day
// `m` names to the day after the joiner (a date, or a day of the same month), or undefined.
function spanFrom(words: Words, m: TimeMention, sentence: Span): TimeMention | undefined {
  const opener = m.first > sentence.first ? words.low(m.first - 1) : '';
  const opened = opener === 'between' || opener === 'from';
  const joiner = words.low(m.last);
  // A dash with no space either side joins two days without an opener.
  const glued = (joiner === '-' || joiner === '\u2013') && !words.spaced(m.last) && !words.spaced(m.last + 1);
  if (!m.day || !(opened || glued) || !SPAN_JOINS.has(joiner) || m.last + 1 >= sentence.last) return undefined;
  const first = opened ? m.first - 1 : m.first;
  const to = m.last + 1;
  const end = timeAt(words, to, sentence);
  if (end !== undefined && end.day && end.first === to) {
    return mention(first, end.last, false, (a) => {
      const start = m.resolve(a)?.start;
      const last = end.resolve(a)?.end;
      return start === undefined || last === undefined ? undefined : { start, end: last };
    });
  }
  const date = words.isNum(to) ? Number(words.low(to)) : Number.NaN;
  if (!Number.isInteger(date) || date < 1 || date > 31) return undefined;
  return mention(first, to + 1, false, (a) => {
    const start = m.resolve(a)?.start;
    return start === undefined ? undefined : { start, end: new Date(start.getFullYear(), start.getMonth(), date) };
  });
}

// "the biggest street festival since the war began", "the heaviest fighting since 1994": a
// superlative's "since" compares; it is no period of a count.
function compares(words: Words, sentence: Span, since: number): boolean {
  for (let k = since - 1; k >= sentence.first && k >= since - SUPERLATIVE_REACH; k--) if (SUPERLATIVES.has(words.low(k))) return true;
  return false;
}

// "since November 15", "since 2017": from the day or the start of the period named to publication,
// a running total rather than the day itself.
function sinceThen(m: TimeMention, first = m.first - 1): TimeMention {
  return mention(first, m.last, false, (a) => {
    const span = m.resolve(a);
    return span === undefined || a.today === undefined || a.today < span.start ? span : { start: span.start, end: a.today };
  });
}

/**
 * Finds the time expressions of a sentence, left to right, without overlaps. Each resolves later
 * against the publication date (and, for "the first day", the day the main event began): weekdays
 * to the latest such day on or before publication, "last week" to the previous Monday–Sunday,
 * "the last 24 hours" to the day before publication and that day, "since" to a span ending on the
 * publication day. Linear in the sentence's length.
 */
export function findTimes(words: Words, sentence: Span): TimeMention[] {
  const found: TimeMention[] = [];
  let floor = sentence.first;
  for (let i = sentence.first; i < sentence.last; i++) {
    if (!words.isNum(i) && !TRIGGERS.has(words.low(i))) continue;
    const one = timeAt(words, i, sentence);
    if (one === undefined || one.first < floor) continue;
    const span = spanFrom(words, one, sentence);
    const m = span !== undefined && span.first >= floor ? span : one;
    const since = m.first > floor && words.low(m.first - 1) === 'since' ? m.first - 1 : words.low(m.first) === 'since' ? m.first : -1;
    if (since >= 0 && compares(words, sentence, since)) {
      floor = m.last;
      i = m.last - 1;
      continue;
    }
    found.push(since < 0 ? m : sinceThen(m, since));
    floor = m.last;
    i = m.last - 1;
  }
  return found;
}
