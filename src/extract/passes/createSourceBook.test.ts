import { describe, expect, it } from 'vitest';
import { createVocabulary } from '../../vocabulary/createVocabulary.js';
import { createSourceBook } from './createSourceBook.js';
import { readClaimant } from './readClaimant.js';
import { readTokens } from './readTokens.js';

// Resolves each phrase in turn with one book, as an article names its sources one after another.
function ids(...phrases: string[]): (string | undefined)[] {
  const book = createSourceBook(createVocabulary(), new Set(['abu sayyaf']));
  return phrases.map((phrase, k) => {
    const words = readTokens(phrase);
    return book.resolve(readClaimant(words, { first: 0, last: words.count }), k);
  });
}

// The kind of the source one claimant phrase names, alone in an article.
function kindOf(phrase: string) {
  const book = createSourceBook(createVocabulary(), new Set());
  const words = readTokens(phrase);
  const id = book.resolve(readClaimant(words, { first: 0, last: words.count }), 0) as string;
  return book.sources.get(id)?.kind;
}

describe('createSourceBook', () => {
  it('names persons without titles, and knows them again by surname and pronoun', () => {
    expect(ids('Major General Waheed Arshad', 'Arshad', 'he')).toEqual(['waheed-arshad', 'waheed-arshad', 'waheed-arshad']);
    // As a spokesman he speaks for the military, and his name finds it again.
    expect(ids('military spokesman Major General Waheed Arshad', 'Arshad', 'he')).toEqual(['military', 'military', 'military']);
    // "I" is the person who spoke last, as "he" is, and no source named "I".
    expect(ids('Major General Waheed Arshad', 'I')).toEqual(['waheed-arshad', 'waheed-arshad']);
    // "Its spokesperson" speaks for the body named last, not for the person before it.
    expect(ids('the health ministry', 'Dr Amina Qureshi', 'its spokesperson Igor Halden', 'Halden')).toEqual(['health-ministry', 'amina-qureshi', 'health-ministry', 'health-ministry']);
    expect(ids('U.S. President Barack Obama', 'Dr Amina Qureshi', 'Maliki')).toEqual(['barack-obama', 'amina-qureshi', 'maliki']);
    expect(ids('village elder Joseph Mwangi', 'Mwangi')).toEqual(['joseph-mwangi', 'joseph-mwangi']);
    // A police rank in initials is a title, not an organisation's acronym.
    expect(ids('SP Imran Vaid', 'Vaid')).toEqual(['imran-vaid', 'imran-vaid']);
    expect(ids('Dr Amina Qureshi', 'Amina', 'colonel Qureshi')).toEqual(['amina-qureshi', 'amina-qureshi', 'amina-qureshi']);
  });

  it('gives a spokesman\'s words to the body he speaks for, keeping him in its name', () => {
    const book = createSourceBook(createVocabulary(), new Set());
    const resolve = (text: string) => {
      const words = readTokens(text);
      return book.resolve(readClaimant(words, { first: 0, last: words.count }), 0);
    };
    expect([resolve('Coalition spokesman Turki al-Maliki'), resolve('Maliki'), resolve('the spokesman')]).toEqual(['coalition', 'coalition', 'coalition']);
    expect(book.sources.get('coalition')?.name).toBe('Coalition (spokesman Turki al-Maliki)');
    expect(resolve('a spokesman for the Interior Ministry')).toBe('interior-ministry');
  });

  it('gives a "presidential spokesman" to the presidency, as the presidency itself is found', () => {
    expect(ids('the presidency', 'presidential spokesman Ali Musa', 'Musa')).toEqual(['presidency', 'presidency', 'presidency']);
    expect(ids('a parliamentary spokeswoman')).toEqual(['parliament']);
  });

  it('gives "a rebel spokesman, Ali Musa," to the rebels, as "a Taliban spokesman" is the Taliban\'s', () => {
    expect(ids('a rebel spokesman, Ali Musa,', 'Musa')).toEqual(['rebel', 'rebel']);
    expect(ids('militant spokesman Ali Musa')).toEqual(['militant']);
  });

  it('names the party of an estimate without the estimate\'s standing', () => {
    expect(ids('Unofficial police estimates', 'police')).toEqual(['police', 'police']);
  });

  it('reads a public relations officer as a spokesman, the name after the title', () => {
    const book = createSourceBook(createVocabulary(), new Set());
    const resolve = (text: string) => {
      const words = readTokens(text);
      return book.resolve(readClaimant(words, { first: 0, last: words.count }), 0);
    };
    expect([resolve('the Dorvo state police Public Relations Officer Ali Musa'), resolve('Musa')]).toEqual(['dorvo-state-police', 'dorvo-state-police']);
    expect(book.sources.get('dorvo-state-police')?.name).toBe('Dorvo state police (public relations officer Ali Musa)');
  });

  it('finds a non-governmental body again by a description of its kind: "the human rights group"', () => {
    expect(ids('Dorvo Rights Watch', 'the human rights group', 'the aid group')).toEqual(['dorvo-rights-watch', 'dorvo-rights-watch', 'dorvo-rights-watch']);
    // Not a group described otherwise, nor one with no such body before it.
    expect(ids('Dorvo Rights Watch', 'the armed group')[1]).not.toBe('dorvo-rights-watch');
    expect(ids('the human rights group')).toEqual(['human-rights-group']);
  });

  it('finds a person again by the role named with the name: "the minister"', () => {
    expect(ids('Interior Minister Ana Petrovic', 'the minister', 'the interior minister')).toEqual(['ana-petrovic', 'ana-petrovic', 'ana-petrovic']);
    // But not one the role named before: the first body or person keeps it.
    expect(ids('the Minister of Health', 'Minister Ana Petrovic', 'the minister')).toEqual(['minister', 'ana-petrovic', 'minister']);
  });

  it('finds an office holder named with the place served again by the office', () => {
    expect(ids('The governor of Kesh', 'The governor', 'the governor of Dorvo')).toEqual(['governor-of-kesh', 'governor-of-kesh', 'governor-of-dorvo']);
  });

  it('finds neither of two parties speaking together again by the last one\'s head', () => {
    expect(ids('Police and union organisers', 'the organisers')).toEqual(['police-and-union-organisers', 'organisers']);
    // But an "and" inside a name's "of" phrase is the name's own.
    expect(ids('the Federation of Kesh and Dorvo Unions', 'the unions')).toEqual(['federation-of-kesh-and-dorvo-unions', 'federation-of-kesh-and-dorvo-unions']);
  });

  it('makes "another" one more of whom spoke last, named so', () => {
    expect(ids('a security source', 'and another')).toEqual(['security-source', 'another-source']);
    expect(ids('another')).toEqual([undefined]);
    // A third is another again, and "another" after a body that is no person names no one.
    expect(ids('a police officer', 'another', 'another')).toEqual(['police-officer', 'another-officer', 'another-officer-2']);
    expect(ids('the army', 'and another')).toEqual(['military', undefined]);
  });

  it('finds an international body again as "the agency"', () => {
    expect(ids('the UN High Commissioner for Refugees (UNHCR)', 'the agency')).toEqual(['unhcr', 'unhcr']);
    // Not a state's body, whose agency may be another.
    expect(ids('the interior ministry', 'the agency')).toEqual(['interior-ministry', 'agency']);
  });

  it('finds a police command again as "the state police" or "state police" before an officer', () => {
    expect(ids('the Dorvo State Police Command', 'the state police', 'the state Police Public Relations Officer, Ali Musa')).toEqual(['dorvo-state-police-command', 'dorvo-state-police-command', 'dorvo-state-police-command']);
    // A police complaints board is no police force.
    expect(ids('the Independent Police Complaints Board', 'police')).toEqual(['independent-police-complaints-board', 'police']);
  });

  it('finds a body again by its head only when the new words were its own: "the health ministry" is not the defence ministry', () => {
    expect(ids('the defence ministry', 'the health ministry', 'the ministry', "the country's defence ministry", 'the Afghan defence ministry')).toEqual([
      'defence-ministry',
      'health-ministry',
      'health-ministry',
      'defence-ministry',
      'defence-ministry',
    ]);
  });

  it('finds "the Ministry of Health" again as "the health ministry", and the other way round', () => {
    expect(ids('the health ministry', 'the Ministry of Health', 'the Ministry of Defence', 'the defence ministry')).toEqual(['health-ministry', 'health-ministry', 'ministry-of-defence', 'ministry-of-defence']);
  });

  it('prefers an acronym, and "the militant group" is the armed group named before', () => {
    expect(ids('The outlawed Tehrik-i-Taliban Pakistan (TTP)', 'The militant group, commonly known as the Pakistani Taliban')).toEqual(['ttp', 'ttp']);
    expect(ids('the disaster agency AFAD')).toEqual(['afad']);
  });

  it('finds a non-governmental body again as "the organization", but "the group" only by a name that says it is one', () => {
    expect(ids('The local NGO Temblores', 'the organization')).toEqual(['temblores', 'temblores']);
    expect(ids('The local NGO Temblores', 'the group')).toEqual(['temblores', 'group']);
  });

  it('names the army, the military and the armed forces as one institution after its country', () => {
    expect(ids("Pakistan's army", 'the military', 'An army statement')).toEqual(['pakistan-military', 'pakistan-military', 'pakistan-military']);
    expect(ids('the Nigerian armed forces')).toEqual(['nigeria-military']);
    expect(ids('One military official', 'the army')).toEqual(['military-official', 'military']);
    // Officers who will not be named speak as themselves; officers who are named speak for the army.
    expect(ids('army officers, speaking on condition of anonymity,', 'army officers')).toEqual(['army-officers', 'military']);
  });

  it('slugs the head words otherwise, without determiners, numbers, generic adjectives or prepositional phrases', () => {
    expect(ids('Local residents', 'two security officials', 'Doctors at the district hospital', 'the U.N. refugee agency', 'the Houthi-run health ministry')).toEqual([
      'residents',
      'security-officials',
      'doctors',
      'un-refugee-agency',
      'houthi-run-health-ministry',
    ]);
  });

  it('tells the kind of source from its words', () => {
    const book = createSourceBook(createVocabulary(), new Set(['abu sayyaf']));
    const kinds = ['Pakistani Taliban spokesman Azam Tariq', 'the U.N. refugee agency', 'Abu Sayyaf spokesman Abu Rami', 'Local residents', 'reports', 'Organisers', 'the Civil Defence', 'Israeli tallies'].map((phrase, k) => {
      const words = readTokens(phrase);
      const id = book.resolve(readClaimant(words, { first: 0, last: words.count }), k) as string;
      return book.sources.get(id)?.kind;
    });
    expect(kinds).toEqual(['armed-group', 'international-org', 'armed-group', 'residents', 'media', 'other', 'government', 'government']);
  });

  it('tells a person by military ranks alone as the military, an agency as an outlet only by a word for news, Islamists as armed and a coast guard as the military', () => {
    expect(['Maj-Gen Ahmed Sultan', 'Brig. Gen. Samuel Otieno', 'Colonel Badjeck', 'Attorney General Eric Holder', 'Inspector General Ahmed Khan', 'Police Colonel Ahmed Khan'].map(kindOf)).toEqual([
      'military',
      'military',
      'military',
      'other',
      'other',
      'police',
    ]);
    expect(['the national disaster agency', 'the state news agency'].map(kindOf)).toEqual(['government', 'media']);
    expect(['the Islamist group', 'the jihadist group', 'the Libyan coast guard'].map(kindOf)).toEqual(['armed-group', 'armed-group', 'military']);
  });

  it('tells a defence force that names no country as an armed group, and one that does as the military', () => {
    expect(kindOf('The Kenyan Armed Forces (KAF)')).toBe('military');
    expect(['the Oromo Hills Defence Force', "the Malawi People's Defence Force", 'the Defence Force of Ghana'].map(kindOf)).toEqual(['armed-group', 'military', 'military']);
    expect(["the Oromo Hills People's Defense Alliance", 'the Oromo Protection Units'].map(kindOf)).toEqual(['armed-group', 'armed-group']);
  });

  it('knows a source again by its head word in the singular, irregular plurals included', () => {
    expect(ids('Provincial authorities', 'the authority')).toEqual(['provincial-authorities', 'provincial-authorities']);
    expect(ids('Two Taliban spokesmen', 'the spokesman')).toEqual(['taliban', 'taliban']);
  });

  it('finds a body named in the singular not again by its head in the plural: "the unions" are more than one', () => {
    expect(ids('the Kesh Workers union', 'the unions')).toEqual(['kesh-workers-union', 'unions']);
    expect(ids('Kesh unions', 'the unions')).toEqual(['kesh-unions', 'kesh-unions']);
  });

  it('keeps ids like __proto__ ordinary', () => {
    expect(ids('__proto__')).toEqual(['proto']);
  });
});
