import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFigure } from '../../figures/parseFigure.js';
import type { Figure } from '../../figures/schemas.js';
import { getDefaultVocabulary } from '../../vocabulary/getDefaultVocabulary.js';
import { singular } from '../../vocabulary/singular.js';
import { isNotCount } from './isNotCount.js';
import { lookupTerm } from './lookupTerm.js';
import { readTokens } from './readTokens.js';

const vocabulary = getDefaultVocabulary();
// As extractClaims: a subject or outcome of the vocabulary, or "casualties".
const isTerm = (w: string): boolean => singular(w) === 'casualty' || lookupTerm(vocabulary, 's', w).known || lookupTerm(vocabulary, 'o', w).known;

// Whether the figure in [brackets] is a count: the sentence without the brackets, the figure on
// the tokens between them, as the scanner would give it ("1979-1989" a range, "7.5 billion" parsed).
function verdict(marked: string): 'count' | 'not a count' {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const text = marked.replace('[', '').replace(']', '');
  const inner = text.slice(start, end);
  const words = readTokens(text);
  let first = 0;
  while (first < words.count && words.start(first) < start) first++;
  let next = first;
  while (next < words.count && words.end(next) <= end) next++;
  const years = /^(\d+)-(\d+)$/.exec(inner);
  const n = Number(inner.replace(/,/g, ''));
  const figure: Figure = years
    ? { low: Number(years[1]), high: Number(years[2]), stated: null, hedge: 'range', text: inner }
    : (parseFigure(inner) ?? { low: n, high: n, stated: n, hedge: 'exact', text: inner });
  return isNotCount(words, first, next, figure, isTerm) ? 'not a count' : 'count';
}

describe('isNotCount: numbers that count nothing that happened', () => {
  it.each([
    ['a year between an article and a noun', 'A memorial to the [1998] martyrs was unveiled.'],
    ['and one before a single death', 'The protests began over the [2021] death of an activist in custody.'],
    ['a forecast after a modal', 'Officials said the toll could rise to [50].'],
    ['and one with an adverb of likelihood after the modal', 'Officials said the toll could possibly reach [90].'],
    ['or after "will"', 'Officials said the toll will probably rise to [100].'],
    ['a condition after "if"', 'He said that if [more than a hundred thousand] demonstrated, he would go home.'],

    ['a forecast after "risks"', 'The group warned the toll risks reaching the scale of [25,000].'],
    ['a forecast after "expected to"', 'The toll is expected to reach [1,000].'],
    ['a count expected by a party', 'The union said it was expecting [half a million] to march.'],
    ['a count hoped for', 'The organisers had hoped for [20,000].'],
    ['an average to compare with', 'The morgue received 75 bodies, against a daily average of [seven] bodies.'],
    ['a count that "would" come', 'Police had estimated that [7,000] people would gather.'],
    ['a record, not the incident\'s', 'The gunman, a man with [four] previous arrests, was shot.'],
    ['a flight that "could" come', 'The agency fears up to [5 million] people could flee the country.'],
    ['and one people "could be forced" into', 'As many as [200,000] people could be forced from their homes.'],
    ['a count that "will" come, with no noun', 'Organisers say [50,000] will march on Sunday.'],
    ['a year', 'The war began in [2014].'],
    ['a year with no term after it', 'The unrest of [1971] is remembered.'],
    ['a date, month first', 'On May [14], 12 people died.'],
    ['a date, day first', 'On [14] May, 12 people died.'],
    ['the hour of a time', 'The blast came at [10]:30.'],
    ['the minutes of a time', 'The blast came at 10:[30].'],
    ['"p.m."', 'The strike came at [11] p.m. on Friday.'],
    ['"a.m."', 'At [6] a.m. the shelling began.'],
    ['"am"', 'At [2] am the shelling began.'],
    ['money after a dollar sign', 'Donors pledged $[7.5 billion].'],
    ['money after a currency code', 'They paid Rs [500] each.'],
    ['money after an upper-case code', 'USD [500] was paid.'],
    ['money in words', 'Rebels seized [2 million] dollars.'],
    ['an age', 'A [25]-year-old man died.'],
    ['"aged"', 'The child, aged [12], was hurt.'],
    ['an age set off after a person\'s name', 'We are not afraid, said one marcher, Ana Petrovic, [53].'],
    ['a duration', 'The siege lasted [24] hours.'],
    ['a duration in words', 'Rebels held the town for [five] years.'],
    ['a compound duration', 'A [12]-hour curfew was imposed.'],
    ['a distance', 'The convoy was [50] km long.'],
    ['a share', 'Turnout was [30] percent.'],
    ['a temperature, by its sign', 'It was [47]°C in Kesh, and 45 ºC in Dorvo.'],
    ['the first bodies found, told in order', 'It took ten hours to bring the first [two] bodies to the surface.'],
    ['"the only one", a pronoun', 'State television, the [only one] allowed to broadcast, showed the ruins.'],
    ['the people of a place', 'A reliable death toll in the city of [80,000] was not yet available.'],
    ['the children of a parent', 'The mother of [three] said her son was killed.'],
    ['a share with a sign', 'Turnout was [30]%.'],
    ['a share in two words', '[40] per cent voted.'],
    ['a density, its noun before the unit', 'Organisers assumed [four] people per square metre.'],
    ['a rate a day', 'About [200] people a day reached the camp.'],
    ['a rate its clause says after the verb', 'Around [30] patients die at the clinic every day.'],
    ['a rate an adverb of frequency says', 'About [630] people were crossing the border daily in May.'],
    ['a rate "a year" at the clause\'s end', 'Some [400] people drown on that coast a year, the agency said.'],
    ['a multiple', '[3] times more people came.'],
    ['a difference between two counts', 'The new tally is at least [700] higher than the officials\' count.'],
    ['a whole number written with decimals, a measurement', 'The survey gauged the tremor at [6.0] on Monday.'],
    ['a label after "Flight"', 'Flight [17] crashed.'],
    ['a label after "No."', 'No. [3] platoon lost 4 men.'],
    ['a label after "number"', 'The number [14] bus exploded.'],
    ['a number that is part of a name', 'The Channel [13] report said 40 died.'],
    ['a number after a name, before a word that is no term', 'Brigade [12] had withdrawn.'],
    ['a fraction', 'About [1.5] people per house.'],
    ['"one of several"', '[One] of several victims died.'],
    ['"one of" a number', '[One] of 12 victims died.'],
    ['the vague count after "one of"', 'He was one of [several] victims.'],
    ['a population', 'Nearly one in four of the total population of [7 million] marched.'],
    ['a population after "is"', "The country's total population is [138 million]."],
    ['a population after "stands at"', 'The population stands at [2 million].'],
    ['the part of a proportion', 'More than [one] in five residents have fled their homes.'],
    ['and its whole', 'More than one in [five] residents have fled their homes.'],
    ['"in every"', '[One] in every four people was hurt.'],
  ])('%s', (_, marked) => {
    expect(verdict(marked)).toBe('not a count');
  });

  it.each([
    ['what "may have" befallen them, said of the past', 'Up to [70] people may have drowned.'],
    ['"the number" before a hedge whose "at" is the link\'s', 'An estimate put the number [at least 800,000].'],
    ['the first of a crowd that something befell', 'Police said the first [two] protesters were killed near the square.'],
    ['"the one" before a noun for people', 'The army said the [one] soldier killed in the ambush was buried on Friday.'],
    ['but a count of people of a town that something befell', 'Police said the town of [40] people killed in the raid was mourning.'],
    ['a likeness after "as if"', 'As if [30] deaths were not enough, the rebels shelled the hospital.'],
    ['a question after "sure if"', 'Ali Musa said he was not sure if [40 or 50] had died.'],
    ['a count after "unless", which exists whatever is done', 'Ali Musa said he would resign unless [200] detainees were freed.'],
    ['people a "previous" before their own noun describes', 'Police said [five] prior detainees were re-arrested.'],
    ['a count reached in so long, "in a month"', 'The clashes brought the death toll to [300] in a month.'],
    ['a count of events an adjective of frequency describes', 'Police said [18] people were injured in weekly clashes on Friday.'],
    ['a count that moved, with no modal', 'The toll had reached [50].'],
    ['a count likely to stay, not to move', 'The number who died is likely to remain at [80].'],
    ['a plain count', '[12] people died.'],
    ['a count "in" more places than it counts, which is no proportion', 'Police arrested [20] in three cities.'],
    ['a count in its places', 'Police arrested 20 in [three] cities.'],
    ['a count in a span of time, less than it', 'Police arrested [15] in 24 hours.'],
    ['a count in a year', 'The army said it killed [40] in 2019.'],
    ['a count in more raids than it counts', 'Police arrested [two] in three raids.'],
    ['four digits before a noun for people alive are a count', 'Police fired tear gas at the [2000] protesters outside.'],
    ['a count of a year\'s size with no article before it', 'Police said [1998] people were held.'],
    ['a count on a day, no rate', '[12] people died a day after the blast.'],
    ['a count at a market held every week, in another clause', '[12] people died at the market, which is held every week.'],
    ['a count of how fast, "in a day"', 'The fighting killed [40] people in a day.'],
    ['a count of people who do something every day', 'Gunmen killed [20] farmers who tend fields every day.'],
    ['a count a distance away, no rate', 'Gunmen killed [12] villagers a kilometre from the border.'],
    ['a hedged count', 'At least [12] soldiers died.'],
    ['a count with a thousands separator that reads like a year', 'Police said [2,014] people were arrested.'],
    ['four digits before a term', 'Some [2000] protesters gathered.'],
    ['four digits beyond the years', 'Officials said [2101] were arrested.'],
    ['a magnitude written with decimals', 'Police said [1.0 million] people marched.'],
    ['a count after a weekday, before a word that is no term', 'By Monday [12] had died.'],
    ['a count after a name, before a term', 'In the US [40] people died.'],
    ['a count with thousands separators after a name, before a word that is no term', 'In Lisbon [500,000] came out.'],
    ['a count after a word that opens the sentence, before a word that is no term', 'Another [17] were injured.'],
    ['a count after "The" opening the sentence', 'The [17] were freed on Monday.'],
    ['a count after a name, before a term that names a unit', 'Brigade [12] soldiers withdrew.'],
    ['a count after a colon', 'He said:\n[12] died.'],
    ['a count after the name of the one told', 'A spokesman told CNN [68] were killed.'],
    ['a count after an agency told, before "had"', 'The group told Reuters [12] had died.'],
    ['the count that "one of the" picks from', 'One of the [12] wounded later died.'],
    ['a camp\'s population, which the displaced make', 'The UN said a camp population of [40,000] fled.'],
    ['a camp\'s population after "is"', 'The UN said the camp population is [40,000].'],
  ])('keeps %s', (_, marked) => {
    expect(verdict(marked)).toBe('count');
  });
});

describe('isNotCount: properties', () => {
  const integer = fc.integer({ min: 2, max: 9_999_999 });
  const written = (n: number) => n.toLocaleString('en-US');

  it('keeps any number before "people were killed", and drops it as money, a duration or a share', () => {
    fc.assert(
      fc.property(integer, (n) => {
        expect(verdict(`Police said [${written(n)}] people were killed.`)).toBe('count');
        expect(verdict(`Donors gave $[${written(n)}].`)).toBe('not a count');
        expect(verdict(`The siege lasted [${written(n)}] hours.`)).toBe('not a count');
        expect(verdict(`Turnout rose [${written(n)}] percent.`)).toBe('not a count');
      }),
    );
  });

  it('never throws for any span of any text, reading only a few tokens around it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 3000 }), (text, a, b, n) => {
        const words = readTokens(text);
        const first = words.count === 0 ? 0 : a % (words.count + 1);
        const next = first + (words.count === 0 ? 0 : b % (words.count + 1 - first));
        const figure: Figure = { low: n, high: n, stated: n, hedge: 'exact', text: String(n) };
        expect(typeof isNotCount(words, first, next, figure, isTerm)).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
