import { describe, expect, it } from 'vitest';
import { findTimes } from './findTimes.js';
import { isoDay } from './isoDay.js';
import { readTokens } from './readTokens.js';

const SUNDAY = new Date(2009, 9, 18);

// Each time expression of a sentence, resolved against a Sunday publication date.
function resolved(text: string, launch?: Date): string[] {
  const words = readTokens(text);
  return findTimes(words, { first: 0, last: words.count }).map((t) => {
    const span = t.resolve({ today: SUNDAY, launch });
    return span === undefined ? 'unresolved' : `${isoDay(span.start)}/${isoDay(span.end)}`;
  });
}

describe('findTimes', () => {
  it('resolves weekdays to the latest such day on or before publication', () => {
    expect(resolved('on Thursday')).toEqual(['2009-10-15/2009-10-15']);
    expect(resolved('said Sunday')).toEqual(['2009-10-18/2009-10-18']);
    expect(resolved('launched Saturday morning')).toEqual(['2009-10-17/2009-10-17']);
    expect(resolved('since Friday')).toEqual(['2009-10-16/2009-10-18']);
    expect(resolved('were pulled out overnight Tuesday')).toEqual(['2009-10-13/2009-10-13']);
    expect(resolved("at tomorrow's rally")).toEqual(['2009-10-19/2009-10-19']);
  });

  it('reads "May" as the month after "in" or "since", never as the verb', () => {
    expect(resolved('a rally at the same place in May')).toEqual(['2009-05-01/2009-05-31']);
    expect(resolved('May 3')).toEqual(['2009-05-03/2009-05-03']);
    expect(resolved('Police May revise the toll')).toEqual([]);
    expect(resolved('The toll may rise')).toEqual([]);
  });

  it('resolves rolling and calendar spans', () => {
    expect(resolved('in the last 24 hours')).toEqual(['2009-10-17/2009-10-18']);
    expect(resolved('in the last 48 hours')).toEqual(['2009-10-16/2009-10-18']);
    expect(resolved('in the last day')).toEqual(['2009-10-17/2009-10-18']);
    expect(resolved('over the past week')).toEqual(['2009-10-11/2009-10-18']);
    expect(resolved('last week')).toEqual(['2009-10-05/2009-10-11']);
    expect(resolved('last month')).toEqual(['2009-09-01/2009-09-30']);
    expect(resolved('this weekend')).toEqual(['2009-10-17/2009-10-18']);
    expect(resolved('yesterday and overnight')).toEqual(['2009-10-17/2009-10-17', '2009-10-17/2009-10-18']);
  });

  it('reads the length of a war as a running total up to publication', () => {
    expect(resolved('the toll in the 21-month conflict')).toEqual(['2008-01-18/2009-10-18']);
    expect(resolved('during the 10-year-old insurgency')).toEqual(['1999-10-18/2009-10-18']);
    expect(resolved('the 21-month delay')).toEqual([]);
    expect(resolved('in the nearly nine-month-old war')).toEqual(['2009-01-18/2009-10-18']);
  });

  it('resolves dates, with or without a year, and months', () => {
    expect(resolved('on October 17, 2009')).toEqual(['2009-10-17/2009-10-17']);
    expect(resolved('on 3 March')).toEqual(['2009-03-03/2009-03-03']);
    expect(resolved('on November 20')).toEqual(['2008-11-20/2008-11-20']);
    expect(resolved('in November 2008')).toEqual(['2008-11-01/2008-11-30']);
    expect(resolved('in mid-June')).toEqual(['2009-06-11/2009-06-20']);
    expect(resolved('in 2008')).toEqual(['2008-01-01/2008-12-31']);
    expect(resolved('between April 2 and May 30')).toEqual(['2009-04-02/2009-05-30']);
    expect(resolved('from May 11 to 13')).toEqual(['2009-05-11/2009-05-13']);
    expect(resolved('during the May 11-13 protests')).toEqual(['2009-05-11/2009-05-13']);
    expect(resolved('on May 11 - 13 people died')).toEqual(['2009-05-11/2009-05-11']);
    expect(resolved('from October 3, 2008 through March 1, 2009')).toEqual(['2008-10-03/2009-03-01']);
  });

  it('reads a year or a month before an incident noun as its time: "a 2007 ambush", "the March massacre"', () => {
    expect(resolved('the scene of a 2007 ambush')).toEqual(['2007-01-01/2007-12-31']);
    expect(resolved('killed 66 in the March massacre')).toEqual(['2009-03-01/2009-03-31']);
    // Not a year or a month before any other noun: a count, a name.
    expect(resolved('a 2007 soldiers')).toEqual([]);
    expect(resolved('the March Movement')).toEqual([]);
  });

  it('reads "since" a date, a month or a year as a running total up to publication', () => {
    expect(resolved('since November 20')).toEqual(['2008-11-20/2009-10-18']);
    expect(resolved('Since 3 March, when the protests began')).toEqual(['2009-03-03/2009-10-18']);
    expect(resolved('since mid-June')).toEqual(['2009-06-11/2009-10-18']);
    expect(resolved('since 2008')).toEqual(['2008-01-01/2009-10-18']);
    expect(resolved('since the start of 2008')).toEqual(['2008-01-01/2009-10-18']);
    // "since then", from a time told before: an undated running total, as "since the start of the war".
    expect(resolved('543 have died since then')).toEqual(['2008-10-18/2009-10-18']);
  });

  it('reads no period in a superlative\'s "since": "the biggest crowds since the war began"', () => {
    expect(resolved('Some 90,000 people came, the biggest outdoor crowds since the war began.')).toEqual([]);
    expect(resolved('It was the worst unrest since the protests started.')).toEqual([]);
    // Nor before a year, a month or a day: "the heaviest fighting since 1994" dates no count.
    expect(resolved('18 soldiers died in the heaviest fighting in the conflict zone since 1994.')).toEqual([]);
    expect(resolved('It was the deadliest attack since March 3, officials said.')).toEqual([]);
    expect(resolved('Police said 300 had been arrested since 2007.')).toEqual(['2007-01-01/2009-10-18']);
    // A protest is no superlative, nor a point of the compass: their running totals keep the period
    // (of unrest, weeks; of a war, a year).
    expect(resolved('Police arrested 300 at the protest since the unrest began.')).toEqual(['2009-08-19/2009-10-18']);
    expect(resolved('Activists said 310 were arrested in the northwest since the unrest began.')).toEqual(['2009-08-19/2009-10-18']);
    expect(resolved('Activists said 310 were killed in the northwest since the war began.')).toEqual(['2008-10-18/2009-10-18']);
  });

  it('resolves "N days, weeks, months or years ago" to that day or the unit it falls in', () => {
    expect(resolved('two days ago')).toEqual(['2009-10-16/2009-10-16']);
    expect(resolved('Three weeks ago, gunmen struck')).toEqual(['2009-09-21/2009-09-27']);
    expect(resolved('six months ago')).toEqual(['2009-04-01/2009-04-30']);
    expect(resolved('two years ago')).toEqual(['2007-01-01/2007-12-31']);
    expect(resolved('two hours ago and the ago of it')).toEqual([]);
  });

  it('resolves "the first day" from the launch day, and nothing without it', () => {
    expect(resolved('on the first day of the battle', new Date(2009, 9, 17))).toEqual(['2009-10-17/2009-10-17']);
    expect(resolved('on the second day')).toEqual(['unresolved']);
  });

  it('leaves words that only look like times', () => {
    expect(resolved('the march may be over, he said in that time')).toEqual([]);
  });
});
