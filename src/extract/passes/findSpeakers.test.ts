import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDefaultVocabulary } from '../../vocabulary/getDefaultVocabulary.js';
import { createSourceBook, type SourceBook } from './createSourceBook.js';
import { findCues } from './findCues.js';
import { findSentences } from './findSentences.js';
import { findSpeakers } from './findSpeakers.js';
import { findTimes } from './findTimes.js';
import { readTokens } from './readTokens.js';
import type { Cue, Speaker } from '../types.js';

const vocabulary = getDefaultVocabulary();

function speak(text: string): { cues: Cue[][]; speakers: Speaker[][]; book: SourceBook; low: (i: number) => string } {
  const words = readTokens(text);
  const sentences = findSentences(words);
  const cues = sentences.map((s) => findCues(words, s, findTimes(words, s), () => false));
  const book = createSourceBook(vocabulary, new Set());
  return { cues, speakers: findSpeakers(words, sentences, cues, book), book, low: words.low };
}

// Each cue of each sentence as "cue→source", with " via relay,…" when outlets carried the words.
function speakersOf(text: string): string[][] {
  const { cues, speakers, low } = speak(text);
  return speakers.map((list, si) => list.map((s, k) => `${low(cues[si]?.[k]?.at ?? -1)}→${s.source ?? '?'}${s.via.length === 0 ? '' : ` via ${s.via.join(',')}`}`));
}

const sourceOf = (text: string, id: string) => speak(text).book.sources.get(id);

describe("findSpeakers: each cue's source, through the source book", () => {
  it.each([
    ['a leading cue', 'The army said five soldiers died.', [['said→military']]],
    ['a trailing cue', 'Five soldiers died, police said.', [['said→police']]],
    ['so are initial reports with no article, inside what a speaker says', 'The coordinator said that initial field reports indicated that 12 civilians died.', [['said→coordinator', 'indicated→coordinator']]],
    ['but media reports stay the media\'s', 'The rebels said that media reports indicated that 12 civilians died.', [['said→rebels', 'indicated→media-reports']]],
    ['a work no one is named for, inside what a speaker says, is the speaker\'s', 'Amnesty International has said that an investigation confirms that 12 protesters died.', [['said→amnesty-international', 'confirms→amnesty-international']]],
    ['"according to" after "said that," leads the clause, and the party numbers came from speaks', 'The magistrate said that, according to numbers received from the health centre, between 40 and 45 people were killed.', [['said→magistrate', 'according→health-centre']]],
    ['the party that made a count speaks', 'According to estimations made by the police, some 9,000 people took part.', [['according→police']]],
    ['and the party that tweeted a report', 'At least 90 people were arrested, according to a provisional report tweeted by the interior minister.', [['according→interior-minister', 'tweeted→interior-minister']]],
    ['and the party that carried one out', 'According to a count carried out by the union, 11,000 people took part.', [['according→union']]],
    ['but not one in a clause of its own after "but"', 'Officials confirmed only two deaths but unconfirmed reports put the figure at 12.', [['confirmed→officials', 'put→unconfirmed-reports']]],
    ['"it" in a clause on the statement the subject issued is that subject', 'The rebels said 30 died. The ministry issued a statement in which it said 12 died.', [['said→rebels'], ['said→ministry']]],
    ['"they" after "where" and a news conference the subject held', 'The rebels said 30 died. The union held a news conference where they said 12 died.', [['said→rebels'], ['said→union']]],
    ['"they" in a relative clause after the object is the subject', 'The rebels said 30 died. Unions organised a rally that they believe 9,000 attended.', [['said→rebels'], ['believe→unions']]],
    ['past a fronted time and the count of the subject', 'The rebels said 30 died. The day before, more than a hundred unions organised a rally that they believe 9,000 attended.', [['said→rebels'], ['believe→unions']]],
    ['a "said" after ", but" is the opening subject\'s, and so is the "it" after it', 'The rebels said 30 died. The coastguard had rescued 144 people, but said it believed nine died.', [['said→rebels'], ['said→coastguard', 'believed→coastguard']]],
    ['"they" after "where", past a fronted clause', 'The rebels said 30 died. As the search went on, survivors were brought to the port, where they told aid workers 400 drowned.', [['said→rebels'], ['told→survivors']]],
    ['but "it" after "which" with no document before it stays the source named last', 'The rebels said 30 died. The ministry visited a town in which it said 12 died.', [['said→rebels'], ['said→rebels']]],
    ['a relay after "told"', 'A rebel commander told AFP that 12 fighters died.', [['told→rebel-commander via afp']]],
    ['"according to" an outlet relays the cue before it', 'Local residents said 40 died, according to Reuters.', [['said→residents via reuters', 'according→reuters']]],
    ['"the group" is the body that opened a sentence before without speaking', 'The Front for Renewal ambushed a convoy near Kelt. The group said it killed 40 soldiers.', [[], ['said→front-for-renewal']]],
    ['or the body that spoke last, if it is no state\'s', 'Nine died, the Kelt Medics Union said. "Forty were hurt," the group said.', [['said→kelt-medics-union'], ['said→kelt-medics-union']]],
    ['but not the police', 'Nine died, police said. "Forty were hurt," the group said.', [['said→police'], ['said→group']]],
    ['"the agency" or "the commission" for such a body too', 'Nine died, the Kelt Rights Commission said. Forty were hurt, the agency said.', [['said→kelt-rights-commission'], ['said→kelt-rights-commission']]],
    ['but not for a state\'s agency', 'Nine died, the Kelt Disaster Authority said. Forty were hurt, the agency said.', [['said→kelt-disaster-authority'], ['said→agency']]],
    ['and so are a group\'s fighters', 'Dar-Tamun fighters stormed a base. The group said it killed 40 soldiers.', [[], ['said→dar-tamun']]],
    ['a spokesman "for" a region speaks for the body named before his role', 'Captain Omar Haddo, army spokesman for northern Kenya, said two soldiers were killed.', [['said→military']]],
    ['and so after an inverted cue, with no article before the role', '"Two soldiers were killed," said Captain Omar Haddo, army spokesman for northern Kenya.', [['said→military']]],
    ['a leader speaks for the body he leads', 'Omar Haddo, the leader of the Kesh Liberation Front, said 12 fighters died.', [['said→kesh-liberation-front']]],
    ['but a leader\'s title before a name in what organisers opposed is no role', 'Organisers of the march against the visit of President Amos Tella said 20,000 marched.', [['said→organisers']]],
    ['a pronoun finds the person named before', 'Governor Amos Tella said 12 people died. He said 30 were hurt.', [['said→amos-tella'], ['said→amos-tella']]],
    ['a pronoun finds one who speaks for a body and opened the sentence before without speaking', 'Ken Dorvo of the Red Cross said 12 people died. UNHCR spokesperson Ana Petrovic expressed alarm. She said 30 were hurt.', [['said→ken-dorvo'], [], ['said→unhcr']]],
    ['and a new name when no one has spoken before it', 'Governor Amos Tella toured the camp on Monday. He said 30 were hurt.', [[], ['said→amos-tella']]],
    ['a pronoun finds a body the sentence before opened with, its verb past but not in -ed', 'The Red Cross sent teams to the town. It said 14 were hurt.', [[], ['said→red-cross']]],
    ['but not a new name, which may be the last speaker described again', 'The interior minister said 12 people died. Ana Petrovic visited the camp. She said 30 were hurt.', [['said→interior-minister'], [], ['said→interior-minister']]],
    ['nor one when the sentence before names another person after its verb', 'Ken Dorvo said 12 people died. UNHCR spokesperson Ana Petrovic praised local doctor Ali Musa. He said 30 were hurt.', [['said→ken-dorvo'], [], ['said→ken-dorvo']]],
    ['nor one after another source has spoken', 'UNHCR spokesperson Ana Petrovic expressed alarm. Police said 12 died. She said 30 were hurt.', [[], ['said→police'], ['said→police']]],
    ['a participle after a fronted "while" clause speaks for the main clause\'s subject', 'While organisers claimed 90,000 marched, the ministry contradicted that estimate, saying 30,000 did.', [['claimed→organisers', 'contradicted→ministry', 'saying→ministry']]],
    ['"adding" speaks for the cue before it', 'The army said five soldiers died, adding that ten were hurt.', [['said→military', 'adding→military']]],
    ['"adding" keeps the relays of the cue before it', 'A commander told AFP that 12 died, adding that 3 were hurt.', [['told→commander via afp', 'adding→commander via afp']]],
    ['"the statement" is the source that issued one, not the last source', 'The ministry said in a statement that 12 died. Police said 14 died. The statement said 30 were hurt.', [['said→ministry'], ['said→police'], ['said→ministry']]],
    ['"the statement" with no statement issued is the last source', 'The ministry said 12 died. Police said 14 died. The statement said 30 were hurt.', [['said→ministry'], ['said→police'], ['said→police']]],
    ['"its teams" inside the words of a speaker are the speaker\'s', 'The Red Cross said its teams had recorded 46 deaths.', [['said→red-cross', 'recorded→red-cross']]],
    ['"its teams" outside any speaker\'s words stay a source of their own', 'Its teams recovered 46 bodies.', [['recovered→teams']]],
    ['each sentence in reading order', 'Police said 12 died. The army said 14 died, adding that 3 were missing.', [['said→police'], ['said→military', 'adding→military']]],
  ])('%s', (_, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  it('gives a participle with no cue before it no source', () => {
    const { speakers } = speak('Adding that ten were hurt, he left.');
    expect(speakers.flat().every((s) => s.source === undefined && s.via.length === 0)).toBe(true);
  });

  it('registers each source once, with the kind its words show', () => {
    const { book } = speak('Local residents said 40 died, according to Reuters. Residents said more.');
    expect([...book.sources.values()].map((s) => [s.id, s.kind])).toEqual([
      ['residents', 'residents'],
      ['reuters', 'media'],
    ]);
  });

  it('makes a body whose fighters it speaks of ("its fighters") an armed group', () => {
    expect(sourceOf('The Blue Council said its fighters killed 12 soldiers.', 'blue-council')?.kind).toBe('armed-group');
    expect(sourceOf('The Blue Council said its men killed 12 soldiers.', 'blue-council')?.kind).toBe('armed-group');
    expect(sourceOf('The Blue Council said 12 soldiers died.', 'blue-council')?.kind).not.toBe('armed-group');
    // A body that opened a sentence with an attack, found again by "the group".
    expect(sourceOf('The Blue Council ambushed a convoy. The group said 12 soldiers died.', 'blue-council')?.kind).toBe('armed-group');
    expect(sourceOf('The Blue Council visited the town. The group said 12 soldiers died.', 'blue-council')?.kind).not.toBe('armed-group');
  });

  it('marks a source that speaks on condition of anonymity, and only that one', () => {
    const text = 'Police said 12 died. Five soldiers died, two security officials said, speaking on condition of anonymity.';
    expect(sourceOf(text, 'security-officials')?.anonymous).toBe(true);
    expect(sourceOf(text, 'police')?.anonymous).toBeUndefined();
    // Officers who will not be named are a source of their own, not the army they serve in.
    const officers = 'Twenty soldiers died, army officers said, speaking on condition of anonymity. The army said five soldiers died.';
    expect(speakersOf(officers)).toEqual([['said→army-officers'], ['said→military']]);
    expect(sourceOf(officers, 'army-officers')?.anonymous).toBe(true);
    expect(sourceOf(officers, 'military')?.anonymous).toBeUndefined();
  });

  it('marks the sources a later sentence says asked not to be named', () => {
    expect(sourceOf('Two officials said 12 died. The officials asked not to be named.', 'officials')?.anonymous).toBe(true);
    expect(sourceOf('Two officials said 12 died. The victims could not be named.', 'officials')?.anonymous).toBeUndefined();
  });
});

const FRAGMENTS = [
  'said', 'told', 'AFP', 'according to', 'Reuters', 'adding', 'that', 'the army', 'police', 'He', 'they', 'Governor Amos Tella',
  'in a statement', 'The statement', 'its fighters', 'two officials', 'on condition of anonymity', 'asked not to be named',
  'denied', 'dismissed', 'reports', 'five soldiers', 'died', 'were killed', ',', '.', '"', '12',
];
const newsText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 50 }).map((parts) => parts.join(' '));

describe('findSpeakers: properties', () => {
  it('never throws, gives one speaker per cue, registers every source it names, and never relays a source through itself', () => {
    fc.assert(
      fc.property(fc.oneof(newsText, fc.string({ maxLength: 150 })), (text) => {
        const { cues, speakers, book } = speak(text);
        expect(speakers.map((list) => list.length)).toEqual(cues.map((list) => list.length));
        for (const speaker of speakers.flat()) {
          if (speaker.source !== undefined) expect(book.sources.has(speaker.source)).toBe(true);
          expect(speaker.via).not.toContain(speaker.source);
          for (const id of speaker.via) expect(book.sources.has(id)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
