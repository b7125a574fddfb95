import { describe, expect, it } from 'vitest';
import { findDocumentParts } from './findDocumentParts.js';
import { findSentences } from './findSentences.js';
import { readTokens } from './readTokens.js';

const parts = (text: string) => {
  const words = readTokens(text);
  const read = findDocumentParts(words, findSentences(words));
  return { roles: read.sentences.map((s) => [s.role, text.slice(s.start, s.end)]), dateline: read.dateline };
};

describe('findDocumentParts', () => {
  it.each([
    ['a headline line, then the body', 'Troop Toll Rises To 14 Dead\n\nFourteen soldiers were killed, the army said.', [['headline', 'Troop Toll Rises To 14 Dead'], ['body', 'Fourteen soldiers were killed, the army said.']]],
    ['a deck after the headline', 'CHECHNYA: 30 die in ambush\n* Rebels claim responsibility.\nRebel fighters said they killed 30 soldiers.', [['headline', 'CHECHNYA: 30 die in ambush'], ['headline', '* Rebels claim responsibility.'], ['body', 'Rebel fighters said they killed 30 soldiers.']]],
    ['a byline and a date line', 'By Samir Ali - Trend:\n17 September 2018 13:36\nThe ministry said four soldiers died.', [['byline', 'By Samir Ali - Trend:'], ['byline', '17 September 2018 13:36'], ['body', 'The ministry said four soldiers died.']]],
    ['"By" and a weekday or a month opens a sentence of the story, no byline', 'By Friday, 31 people had died, officials said.\nBy June, 900 had fled.', [['body', 'By Friday, 31 people had died, officials said.'], ['body', 'By June, 900 had fled.']]],
    ['"By" and a person\'s count opens a sentence; "By" and a name that starts like a month is a byline', "By June Okafor\nBy Ana Petrovic's count, 40 died.", [['byline', 'By June Okafor'], ['body', "By Ana Petrovic's count, 40 died."]]],
    ['a photo caption and a credit', 'Five soldiers died, the army said.\nThe commander, pictured in 2008.\nJournalist Nasir Dawar contributed to this report.', [['body', 'Five soldiers died, the army said.'], ['caption', 'The commander, pictured in 2008.'], ['byline', 'Journalist Nasir Dawar contributed to this report.']]],
    ['a caption credited after its own sentence', 'Nine miners died, the company said.\nRescuers carry a stretcher out of the Dorvo pit on May 3, 2019. PHOTO | Kesh Times\nThe union said 14 died.', [['body', 'Nine miners died, the company said.'], ['caption', 'Rescuers carry a stretcher out of the Dorvo pit on May 3, 2019.'], ['caption', 'PHOTO | Kesh Times'], ['body', 'The union said 14 died.']]],
    ['a headline in title case that asks and exclaims', 'Was It 9,100 People or Just 40? Police and Students Are in Total Disagreement!\n\nStudents said 9,100 came.', [['headline', 'Was It 9,100 People or Just 40?'], ['headline', 'Police and Students Are in Total Disagreement!'], ['body', 'Students said 9,100 came.']]],
    ['but a first sentence that exclaims is body', 'Police say 40 came!\n\nStudents said 9,100 came.', [['body', 'Police say 40 came!'], ['body', 'Students said 9,100 came.']]],
    ['a link to another story whose headline runs long, deep in the story', 'Five soldiers died, the army said.\n\nRebels disputed it.\n\nREAD MORE: Kesh coalition airstrike kills 14 civilians in the northern hills of Dorvo, rebels say\n\nThe army denied it.', [['body', 'Five soldiers died, the army said.'], ['body', 'Rebels disputed it.'], ['byline', 'READ MORE: Kesh coalition airstrike kills 14 civilians in the northern hills of Dorvo, rebels say'], ['body', 'The army denied it.']]],
    ['a link to another story, labelled', 'Five soldiers died, the army said.\nREAD MORE: Rebels say 40 soldiers killed in ambush\nAlso Read | Army chief visits the base', [['body', 'Five soldiers died, the army said.'], ['byline', 'READ MORE: Rebels say 40 soldiers killed in ambush'], ['byline', 'Also Read | Army chief visits the base']]],
    ['a subhead between paragraphs', 'Five soldiers died, the army said.\nArmy says raid went well\nThe group said nine died.', [['body', 'Five soldiers died, the army said.'], ['headline', 'Army says raid went well'], ['body', 'The group said nine died.']]],
  ])('%s', (_, text, roles) => {
    expect(parts(text).roles).toEqual(roles);
  });

  it('reads no dateline from a word in capitals that is no city', () => {
    expect(parts('NATO said 12 soldiers were killed.').dateline).toBeUndefined();
  });

  it('reads a credit inside a line of copy as no caption of the line', () => {
    const roles = parts('Police said 12 people died in Dorvo on Monday. (Photo: AFP) Officials said 40 were injured in the Kesh blast, and rescuers said three remain missing.').roles;
    expect(roles[0]).toEqual(['body', 'Police said 12 people died in Dorvo on Monday.']);
  });

  it.each([
    ['KABUL (AP) — Five soldiers died, officials said.', { place: 'KABUL', outlet: 'AP' }],
    ['MOSUL, Iraq, Oct. 28 (UPI) -- Ten people died, police said.', { place: 'MOSUL', outlet: 'UPI' }],
    ['New Delhi, Aug 29 (IANS) The state government says 12 people died.', { place: 'New Delhi', outlet: 'IANS' }],
    ['Port Kesa, Nov 18 The army said that 150 fighters were killed.', { place: 'Port Kesa', outlet: undefined }],
    ['BANGKOK: Five rangers were killed, police said.', { place: 'BANGKOK', outlet: undefined }],
    ['Ankara: Turkey`s military said 90 were killed.', { place: 'Ankara', outlet: undefined }],
    ["CAIRO Egypt's interior ministry said 40 people were killed.", { place: 'CAIRO', outlet: undefined }],
    ['KABUL Afghanistan (AP) — Police said 12 people were killed.', { place: 'KABUL Afghanistan', outlet: 'AP' }],
  ])('cuts the dateline from %j', (text, expected) => {
    const read = parts(text);
    expect(read.dateline).toMatchObject(expected);
    expect(read.roles[1]?.[0]).toBe('body');
  });

  it('cuts a byline run into the first paragraph before its dateline, and keeps the story', () => {
    const read = parts('By Ana Petrovic KESA (Reuters) - Five soldiers died, officials said. Police said six died.');
    expect(read.roles).toEqual([
      ['byline', 'By Ana Petrovic'],
      ['byline', 'KESA (Reuters) -'],
      ['body', 'Five soldiers died, officials said.'],
      ['body', 'Police said six died.'],
    ]);
    expect(read.dateline).toMatchObject({ place: 'KESA', outlet: 'Reuters' });
    // A byline line of its own stays one.
    expect(parts('By Ana Petrovic\nFive soldiers died, officials said.').roles[0]).toEqual(['byline', 'By Ana Petrovic']);
  });

  it('finds no dateline in prose that opens with capitals', () => {
    expect(parts('Officials said five soldiers died.').dateline).toBeUndefined();
    expect(parts('Human Rights Watch (HRW) said 12 people died.').dateline).toBeUndefined();
    expect(parts('US-led forces said 12 militants died.').dateline).toBeUndefined();
  });
});
