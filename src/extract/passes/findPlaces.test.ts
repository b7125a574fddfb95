import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPlaces } from './findPlaces.js';
import { findSentences } from './findSentences.js';
import { readTokens } from './readTokens.js';
import type { Sentence } from '../types.js';

interface Place {
  span: string;
  path: string;
  rooted: boolean;
  same: boolean;
  level?: string;
  scope?: string;
  part?: boolean;
  capital?: boolean;
}

// Each place of a one-sentence text: the words of the mention, its path broad to narrow, and what
// it says of size and scope.
function placesOf(text: string, role: Sentence['role'] = 'body'): Place[] {
  const words = readTokens(text);
  const [sentence] = findSentences(words);
  if (sentence === undefined) return [];
  return findPlaces(words, { ...sentence, role }).map((p) => ({
    span: text.slice(words.start(p.first), words.end(p.last - 1)),
    path: p.path.join('/'),
    rooted: p.rooted,
    same: p.same,
    ...(p.level === undefined ? {} : { level: p.level }),
    ...(p.scope === undefined ? {} : { scope: p.scope }),
    ...(p.part === undefined ? {} : { part: words.low(p.part) === 'including' }),
    ...(p.capital === undefined ? {} : { capital: p.capital }),
  }));
}

describe('findPlaces: scenes, their size and scopes', () => {
  it.each([
    ['a town after "in"', 'Three soldiers were killed in Kandara on Monday.', [{ span: 'in Kandara', path: 'Kandara', rooted: false, same: false }]],
    ['a meeting that was the scene', 'A bomb hit a meeting of elders in Kandara, killing 12.', [{ span: 'in Kandara', path: 'Kandara' }]],
    ['a news conference that was the scene', 'A bomber struck a news conference in Kandara, killing 14 journalists.', [{ span: 'in Kandara', path: 'Kandara' }]],
    ['a place in a region, broad to narrow', 'Gunmen attacked a checkpoint at Belwa in Nakuru province.', [{ span: 'at Belwa in Nakuru province', path: 'Nakuru/Belwa', rooted: false, level: 'region' }]],
    ['"the X area of Y"', 'The blast hit a market in the Jombo area of Lower Dara.', [{ span: 'in the Jombo area of Lower Dara', path: 'Lower Dara/Jombo', rooted: false }]],
    ["a country's possessive roots a region", "Fighting continued in Kenya's remote Turkana region.", [{ span: "in Kenya's remote Turkana region", path: 'Kenya/Turkana', rooted: true, level: 'region' }]],
    ["a country's possessive roots a state", "Fighting raged in Nigeria's Borno state.", [{ path: 'Nigeria/Borno', rooted: true, level: 'region' }]],
    ['a name with an initialism of single letters', 'Thousands marched in Kandara D.K. on Saturday.', [{ span: 'in Kandara D.K.', path: 'Kandara D.K.', rooted: false }]],
    ['a name with "of" inside it', 'Three soldiers were killed near the Line of Control on Wednesday.', [{ span: 'near the Line of Control', path: 'Line of Control', rooted: false }]],
    ['who holds a place is no place', 'Shells fell in Tesh-controlled Belwa.', [{ span: 'in Tesh-controlled Belwa', path: 'Belwa', rooted: false }]],
    ['nor in "X-held areas of Y"', 'Shells fell in rebel-held areas of Nakuru province.', [{ span: 'in rebel-held areas of Nakuru province', path: 'Nakuru', rooted: false, level: 'region' }]],
    ['an appositive names the place a town lies in', 'Shells fell in Rubo, a town in the Tesh-held eastern Kesh region, on Monday.', [{ span: 'in Rubo, a town in the Tesh-held eastern Kesh region', path: 'Kesh/Rubo', rooted: false, level: 'local' }]],
    ['a place in a country', 'A car bomb exploded in Belwa in Kenya.', [{ span: 'in Belwa in Kenya', path: 'Kenya/Belwa', rooted: true }]],
    ['a country alone', 'The army said 12 militants died in Nigeria.', [{ span: 'in Nigeria', path: 'Nigeria', rooted: true }]],
    ['"the town of X" is local', 'Two people died in the town of Mariba late on Friday.', [{ span: 'in the town of Mariba', path: 'Mariba', level: 'local' }]],
    ['"the southern city of X" is local', 'Police said 40 people were hurt in the southern city of Kasumo.', [{ span: 'in the southern city of Kasumo', path: 'Kasumo', level: 'local' }]],
    ["a country's adjective before a place type roots it", 'Officials said 30 people died in the German city of Kassel.', [{ path: 'Germany/Kassel', rooted: true, level: 'local' }]],
    ["a town's possessive before a site within it", "Three soldiers were killed in Kandara's crowded main square.", [{ span: "in Kandara's crowded main square", path: 'Kandara', rooted: false }]],
    ["a town's possessive before a place type", "Shells fell on Belwa's northern outskirts.", [{ span: "on Belwa's northern outskirts", path: 'Belwa' }]],
    ["a country's adjective before \"capital\" roots it", 'A car bomb killed 12 people in the Kenyan capital on Monday.', [{ span: 'in the Kenyan capital', path: 'Kenya', rooted: true, level: 'local' }]],
    ['"the X capital" with its name after it', 'A car bomb killed 12 people in the Kenyan capital Nairobi.', [{ span: 'in the Kenyan capital Nairobi', path: 'Kenya/Nairobi', rooted: true }]],
    ['"the X capital" with its name between commas', 'A car bomb killed 12 people in the Kenyan capital, Nairobi, on Monday.', [{ path: 'Kenya/Nairobi', rooted: true }]],
    ['"X\'s capital" with its name between commas', "Thousands marched in Kenya's capital, Nairobi, on Saturday.", [{ span: "in Kenya's capital, Nairobi", path: 'Kenya/Nairobi', rooted: true }]],
    ['"X\'s capital" alone', "Thousands marched in Kenya's capital on Saturday.", [{ span: "in Kenya's capital", path: 'Kenya', rooted: true }]],
    ['"the X capital," before a clause: not its name', 'A car bomb killed 12 people in the Kenyan capital, Reuters said.', [{ span: 'in the Kenyan capital', path: 'Kenya', rooted: true }]],
    ['a place type with "of" and no preposition', 'Five people died south of the town of Mariba.', [{ span: 'town of Mariba', path: 'Mariba', level: 'local' }]],
    ['a part of a place with "of"', 'Thousands flooded the streets of Dorvale.', [{ span: 'streets of Dorvale', path: 'Dorvale' }]],
    ['"the district of X" is a region', 'Shelling hit the district of Kolwe.', [{ span: 'district of Kolwe', path: 'Kolwe', level: 'region' }]],
    ['a hyphenated name', 'Gunmen struck in Ras-Kamboni overnight.', [{ path: 'Ras-Kamboni' }]],
    ['a name of two capitalised words', 'The bodies were found near Lake Marovo.', [{ span: 'near Lake Marovo', path: 'Lake Marovo' }]],
    ['a name before a verb in "-ed"', 'A protest in Dorvale attracted thousands.', [{ span: 'in Dorvale', path: 'Dorvale' }]],
    ['a name before a verb that does not end in "-ed"', 'Police in Belwa said the toll rose.', [{ span: 'in Belwa', path: 'Belwa' }]],
    ['a name before a form of "be"', 'Crowds in Belwa were large.', [{ span: 'in Belwa', path: 'Belwa' }]],
    ['a town after "downtown"', 'Candles lit up the night in downtown Dorvale.', [{ span: 'in downtown Dorvale', path: 'Dorvale' }]],
    ['a capital or large city without its country is placed in it', 'Thousands marched through the streets of London.', [{ span: 'streets of London', path: 'United Kingdom/London', rooted: true }]],
    ['a city of two words', 'Police said 40 were hurt in New York on Sunday.', [{ span: 'in New York', path: 'United States/New York', rooted: true }]],
    ["a town's possessive before a named site in it", "Police detained 31 people in Belwa's central Liberty Square.", [{ span: "in Belwa's central Liberty Square", path: 'Belwa' }]],
    ['an abbreviation inside a name', 'Police detained one activist in St. Kandara on Sunday.', [{ span: 'in St. Kandara', path: 'St. Kandara' }]],
    ['"throughout" a country is the whole of it', 'The strike brought out 30,400 people throughout Kenya.', [{ span: 'throughout Kenya', path: 'Kenya', rooted: true, scope: 'national' }]],
    ['so is a country "as a whole"', 'The strike brought out 30,400 people in Kenya as a whole.', [{ span: 'in Kenya as a whole', path: 'Kenya', rooted: true, scope: 'national' }]],
    ['"in the same area": the place before', 'A second bomb went off in the same area an hour later.', [{ span: 'in the same area', path: '', same: true }]],
    ['"in the same village"', 'Two houses collapsed in the same village.', [{ path: '', same: true }]],
    ['a scene after an "including" clause a comma closes', 'Five died, including two in Belwa, in Kandara.', [{ span: 'in Belwa', part: true }, { span: 'in Kandara', path: 'Kandara' }]],
    ['a place inside an "including" clause, which is its parts\' only', 'Nine people died in the region, including two in Belwa.', [{ span: 'in Belwa', path: 'Belwa', part: true }]],
    ['places in an "including" list of counts', 'Some 90 people died in the region, including 20 in Belwa, 30 in Kandara and 40 in Dorvale.', [{ path: 'Belwa', part: true }, { path: 'Kandara', part: true }, { path: 'Dorvale', part: true }]],
    ['"in the capital" after a count: the capital of a country named elsewhere', 'The union counted 500,000 marchers in the capital alone.', [{ span: 'in the capital', path: '', capital: true, level: 'local' }]],
    ['and in a breakdown', 'Some 900,000 marched, including 150,000 in the capital.', [{ span: 'in the capital', capital: true, part: true }]],
    ['or fronted, for the sentence it opens', 'In the capital, police counted 55,000 marchers.', [{ span: 'In the capital', path: '', capital: true, level: 'local' }]],
    ['but not fronted before the name of the capital', 'In the capital, Dorvo, police counted 55,000 marchers.', []],
  ])('%s', (_, text, expected) => {
    expect(placesOf(text)).toMatchObject(expected);
  });

  it.each([
    ['"nationwide"', 'Protests were held nationwide on Sunday.', [{ span: 'nationwide', path: '', scope: 'national' }]],
    ['"the national turnout"', 'The union put the national turnout at 250,000.', [{ span: 'national', path: '', scope: 'national' }]],
    ['"across the country"', 'Protests spread across the country after the vote.', [{ span: 'across the country', path: '', scope: 'national' }]],
    ['"throughout the nation"', 'Troops fought throughout the nation for days.', [{ span: 'throughout the nation', path: '', scope: 'national' }]],
    ['"outside the capital"', 'Clashes broke out outside the capital overnight.', [{ span: 'outside the capital', path: 'outside the capital', scope: 'outside' }]],
    ['"outside of" a named town', 'Hundreds marched outside of Dorvale.', [{ span: 'outside of Dorvale', path: 'outside Dorvale', scope: 'outside', level: 'local' }]],
  ])('reads the scope %s', (_, text, expected) => {
    const found = placesOf(text);
    expect(found).toMatchObject(expected);
    expect(found[0]?.rooted).toBe(false);
  });

  it.each([
    ['a building outside the city', 'A vigil was held outside the city hall.'],
    ['a preposition that ends its line, before the next sentence', 'Five soldiers died in\nKandara on Monday.'],
    ['a title in quotes', 'At the main "Women\'s March on Dorvale" organizers said 500,000 came.'],
    ['a title in curly quotes', 'At the \u201cMarch on Dorvale\u201d rally, organizers said 500,000 came.'],
    ['a platform', 'The group posted a statement on Telegram.'],
    ['two platforms', 'The video was shared on Facebook and WhatsApp.'],
    ['an outlet', 'Officials met in the Tehran Times offices.'],
    ['a hospital', 'Nine wounded were treated at Kasumo Hospital.'],
    ['where the dead were taken', 'Bodies of 13 soldiers were brought to his hospital in Kandara.'],
    ['a body whose name holds "of"', 'Officials at the Ministry of Health said five died.'],
    ['a holiday', "Five soldiers died on New Year's Day."],
    ['a named day', 'Five soldiers died on Independence Day.'],
    ['what a body works on, inside its name', 'The Permanent Commission on Human Rights said 63 died.'],
    ['a body named as a centre', 'Nine wounded were treated at the Kandara Trauma Centre.'],
    ['a named site within a town, which is no scene of its own', 'The march ended peacefully in Liberty Square.'],
    ['a named street', 'Police fired tear gas on Harbour Road.'],
    ['a capitalised adjective before a noun', 'Five soldiers died in an overnight Taliban attack.'],
    ['a name used as an adjective', 'Troops were sent in a Kandara operation.'],
    ['two places joined by "and"', 'Rebels fought in North and South Dara.'],
    ['a lone acronym', 'The report was published in NATO briefings.'],
    ['a code of letters and digits', 'The army blamed the raid on K41 rebels.'],
    ['a weekday', 'He spoke on Monday.'],
    ['a language', 'He spoke in English on Tuesday.'],
    ['a festival', 'Ceasefire talks began in Ramadan.'],
    ['"in the capital" with no count before it, where the wounded were taken', 'Six wounded people were taken to hospitals in the capital.'],
    ['"outside" a town in a breakdown', 'Nine people died, including four outside Belwa.'],
    ['a name with no preposition before it', 'Kandara was hit by shelling.'],
    ["a name's possessive before anything but a site", "Twelve died in Hamas's attack on the town."],
    ["a country's border, which may be on either side of it", 'Five soldiers died near the Kenyan border.'],
    ['a side in a fight, with its name spelled out', 'Two died on the Kesa (Kesh Defence Forces) side.'],
  ])('finds no place in %s', (_, text) => {
    expect(placesOf(text)).toEqual([]);
  });

  it("reads no places in a headline, whose capitals are style", () => {
    const text = 'Three Soldiers Killed In Kandara';
    expect(placesOf(text, 'headline')).toEqual([]);
    expect(placesOf(text, 'body')).toMatchObject([{ path: 'Kandara' }]);
  });
});

// Words and marks that reach findPlaces' branches, for random sentences.
const FRAGMENTS = [
  'in', 'at', 'near', 'on', 'outside', 'outside of', 'across', 'throughout', 'the', 'a', 'of', 'and', 'including', ',', ';',
  "Kenya's", 'Kenya', 'German', 'city', 'town', 'region', 'province', 'area', 'same', 'country', 'nationwide', 'capital',
  'Kandara', 'Lower Dara', 'Ras-Kamboni', 'Telegram', 'Times', 'Hospital', 'NATO', 'attack', 'attracted', 'said', 'Monday',
  'remote', 'northern', 'North', 'South', '-', '"', '.', '\n', '\n\n',
  // Cities the table places in a country, possessives and named sites.
  'London', 'Nairobi', "Nairobi's", 'St.', 'Petersburg', 'main', 'square', 'Square', 'Liberty',
];
// Line breaks included: a sentence that ends on a preposition at a line break ("died in\nKandara") is
// not read into the next one.
const sentenceText = fc.oneof(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(' ')), fc.string({ maxLength: 120 }));

describe('findPlaces: properties', () => {
  it('never throws, and gives ordered, disjoint mentions inside the sentence with paths of at most two names', () => {
    fc.assert(
      fc.property(sentenceText, (text) => {
        const words = readTokens(text);
        for (const sentence of findSentences(words)) {
          let end = sentence.first;
          for (const place of findPlaces(words, sentence)) {
            expect(place.first).toBeGreaterThanOrEqual(end);
            expect(place.last).toBeGreaterThan(place.first);
            expect(place.last).toBeLessThanOrEqual(sentence.last);
            expect(place.path.length).toBeLessThanOrEqual(2);
            // A scope or "the same area" names no town of its own; any other mention names one.
            if (place.scope === undefined && !place.same) expect(place.path.length).toBeGreaterThan(0);
            end = place.last;
          }
        }
      }),
      // A name with "of" must not run past the sentence's end, over a paragraph break.
      { numRuns: 300, examples: [['in Petersburg of \n\n Telegram'], ['outside of \n\n the city']] },
    );
  });
});
