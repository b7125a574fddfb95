import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDefaultVocabulary } from '../../vocabulary/getDefaultVocabulary.js';
import { COUNTRY_NAMES } from '../lexicon/places.js';
import { findDocumentParts } from './findDocumentParts.js';
import { findPlaces } from './findPlaces.js';
import { findSentences } from './findSentences.js';
import { findTimes } from './findTimes.js';
import { isoDay } from './isoDay.js';
import { readDocument } from './readDocument.js';
import { readTokens } from './readTokens.js';
import type { DocumentContext } from '../types.js';

const vocabulary = getDefaultVocabulary();
const SUNDAY = new Date(2009, 9, 18);

// The context of an article, read as extractClaims reads it: page parts, then each sentence's places and times.
function contextOf(text: string, { today }: { today: Date | undefined } = { today: SUNDAY }): DocumentContext {
  const words = readTokens(text);
  const parts = findDocumentParts(words, findSentences(words));
  const sentences = parts.sentences;
  const places = sentences.map((s) => findPlaces(words, s));
  const times = sentences.map((s) => findTimes(words, s));
  return readDocument(words, sentences, places, times, { today, launch: undefined }, vocabulary, parts.dateline);
}

describe("readDocument: the article's country", () => {
  it.each([
    ['a country named as a place', 'Five soldiers died in Kenya, the army said.', 'Kenya'],
    ['the first sentence that names one', 'Police in Kenya said 12 died. Later, 30 died in Uganda.', 'Kenya'],
    ["a people's adjective when no place names one", 'Two Egyptian diplomats were hurt, officials said.', 'Egypt'],
    ['a country the lead names without "in"', 'An earthquake struck northern Kenya, killing 40. In Uganda, 30 died.', 'Kenya'],
    ['not a country that opens the lead and speaks', 'Kenya said 40 died. In Uganda, 30 died.', 'Uganda'],
    ["a place over a people's adjective in one sentence", 'Two Egyptian diplomats were hurt in Libya, officials said.', 'Libya'],
    ['a country that roots a region', "Fighting raged in Kenya's Turkana region.", 'Kenya'],
    ['no country at all', 'Five died in Kandara, police said.', undefined],
    ["not the origin of foreign fighters, and a city for its country", 'Seventy militants, including Kazakh fighters, attacked a post, a Lahore-based official said.', 'Pakistan'],
    ['not a country the lead names as a party', 'Thousands marched in Kandara against the war between Kenya and its neighbours. Police said 5,000 took part.', undefined],
    ['not where a speaker spoke', 'Fighting in the Dorvale region displaced 250,000 people. A spokeswoman told reporters in Geneva that many had fled.', undefined],
    ['not a neighbouring country', 'Helicopters diverted from neighbouring Kenya ferried the wounded. Ugandan charities sent trucks.', 'Uganda'],
    ['nor one a region borders', 'Militants attacked a post in a tribal region bordering Kenya. Ugandan soldiers fought back.', 'Uganda'],
    ["nor for the dateline's lead", 'KAMPALA (Reuters) - Militants attacked a post in a region bordering Kenya, killing ten soldiers. Officials said 25 militants died.', undefined],
    ['not a country the lead names as a target', 'Thousands marched in Kandara in protest at the war on Kenya.', undefined],
    ['the country of a city the lead names', 'Thousands marched in London against the war between Kenya and its neighbours.', 'United Kingdom'],
    ["not the country in a body's name", 'A quake killed 40 in Kandara, officials said. About 1,000 were hurt, according to the United States Geological Survey.', undefined],
    ["nor in an outlet's hyphenated name", 'Insurgents attacked a checkpoint, killing five soldiers, Agence France-Presse reported.', undefined],
    ['nothing from the headline', 'Ugandan Troops Clash With Rebels\n\nFive soldiers died, the army said.', undefined],
    ["the dateline's city, for a lead of its own country", 'NAIROBI (Reuters) - Six Kenyan soldiers died near the border with Somalia. The rebels have bases in Mogadishu.', 'Kenya'],
    ["but not for a lead that names no country: a bureau files others' stories", 'LONDON (Reuters) - Six soldiers died in an ambush. The rebels have bases in Mogadishu.', 'Somalia'],
    ["nor for a lead about another country's people", 'NAIROBI (Reuters) - Six Somali soldiers died in an ambush. The rebels have bases in Mogadishu.', 'Somalia'],
  ])('%s', (_, text, country) => {
    expect(contextOf(text).country).toBe(country);
  });
});

describe('readDocument: the main place', () => {
  it.each([
    ['the place named most', 'Five died in Kandara. Two died in Belwa. Three more died in Belwa on Monday.', 'Belwa'],
    ['the first of places named as often', 'Five died in Kandara. Two died in Belwa.', 'Kandara'],
    ['the place below the country', "Fighting raged in Kenya's Turkana region. Ten died in Kenya. Police in Kenya said so.", 'Turkana'],
    ['none from a country alone', 'Ten died in Kenya. Police in Kenya said so.', undefined],
    ['none from a national scope', 'Protests were held nationwide. Ten were hurt.', undefined],
    ['none from a scope outside the capital', 'Clashes broke out outside the capital on Saturday, police said. On Sunday, ten soldiers died in an ambush.', undefined],
    ['none from "the same area"', 'A second bomb went off in the same area.', undefined],
  ])('%s', (_, text, place) => {
    expect(contextOf(text).mainPlace).toBe(place);
  });
});

describe('readDocument: the day the main event began', () => {
  it.each([
    ['"was launched" with a day', 'The offensive was launched on Saturday. On Friday, troops massed.', '2009-10-17'],
    ['"began" in a later sentence', 'On Friday, troops massed. The offensive began on Saturday.', '2009-10-17'],
    ['the first launch only', 'The offensive began on Friday. A second assault was launched on Saturday.', '2009-10-16'],
    ['a date that needs no publication day', 'The operation started on October 3, 2009.', '2009-10-03'],
  ])('%s', (_, text, day) => {
    const launch = contextOf(text).launch;
    expect(launch === undefined ? undefined : isoDay(launch)).toBe(day);
  });

  it('has no launch day from a time with no launch word, nor from a weekday with no publication day', () => {
    expect(contextOf('Troops massed on Friday. Five soldiers died.').launch).toBeUndefined();
    expect(contextOf('The offensive was launched on Saturday.').launch).toBeDefined();
    expect(contextOf('The offensive was launched on Saturday.', { today: undefined }).launch).toBeUndefined();
  });
});

describe('readDocument: armed groups named by their fighters', () => {
  it.each([
    ['a name before "fighters"', 'Soldiers clashed with Boko Haram fighters near the border.', ['boko haram']],
    ['an acronym before "militants"', 'Police said TTP militants attacked.', ['ttp']],
    ['an acronym before "rebels"', 'Troops fought ADF rebels.', ['adf']],
    ['a name of three words', 'Troops fought Allied Democratic Forces rebels.', ['allied democratic forces']],
    ['a name before "insurgents"', 'Troops fought Red Hand insurgents.', ['red hand']],
  ])('%s', (_, text, names) => {
    expect([...contextOf(text).armedNames]).toEqual(names);
  });

  it('reads a hyphenated name whole', () => {
    expect(contextOf('Troops fought Al-Shabaab fighters.').armedNames.has('al shabaab')).toBe(true);
  });

  it.each([
    ['the first words of a sentence, whose capital is not a name', 'Boko Haram fighters attacked the town.'],
    ['the first word of a quoted sentence', 'He left. “The fighters were buried in Kesh,” the source said.'],
    ["a people's adjective", 'Kurdish rebels attacked a post.'],
    ["a country's adjective", 'Troops fought Nigerian fighters.'],
    ['a name before people who are not fighters', 'Police met Red Cross officials.'],
  ])('names no armed group from %s', (_, text) => {
    expect([...contextOf(text).armedNames]).toEqual([]);
  });
});

describe('readDocument: what a count of the missing counts', () => {
  it.each([
    ['a kidnapping the headline tells of', 'Gunmen kidnap pupils in Belwa\n\nParents say 120 girls are missing.', 'abducted'],
    ['an abduction the lead tells of', 'Gunmen stormed a school in Belwa on Friday and abducted dozens of girls. Parents say 120 are missing.', 'abducted'],
    ['a flood, whose missing are no one taken', 'Floods swept through Belwa on Friday. Officials say 120 people are missing.', undefined],
    ['a kidnapping told only past the opening', 'Floods swept through Belwa. Roads closed. Rescuers searched. Last year gunmen abducted ten traders there.', undefined],
  ])('%s', (_, text, missing) => {
    expect(contextOf(text).missing).toBe(missing);
  });
});

const FRAGMENTS = [
  'in', 'Kenya', "Kenya's", 'Egyptian', 'Kandara', 'Belwa', 'region', 'the', 'town', 'of', 'nationwide', 'outside', 'capital',
  'Boko Haram', 'TTP', 'fighters', 'militants', 'rebels', 'Kurdish', 'launched', 'began', 'on Saturday', 'on Friday',
  'said', 'died', ',', '.', '\n', '\n\n', 'Five', '12',
];
const articleText = fc.oneof(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(' ')), fc.string({ maxLength: 200 }));

describe('readDocument: properties', () => {
  it('never throws; its country is a known country, its main place one the article names, its armed names lower-cased words', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const context = contextOf(text);
        if (context.country !== undefined) expect(COUNTRY_NAMES.has(context.country.toLowerCase())).toBe(true);
        if (context.mainPlace !== undefined) expect(text.replace(/\s+/g, ' ')).toContain(context.mainPlace.replace(/^outside /, ''));
        for (const name of context.armedNames) {
          expect(name).toBe(name.toLowerCase());
          expect(name.trim()).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });
});
