import { describe, expect, it } from 'vitest';
import { readClaimant } from './readClaimant.js';
import { readTokens } from './readTokens.js';

const read = (text: string) => {
  const words = readTokens(text);
  return readClaimant(words, { first: 0, last: words.count });
};

describe('readClaimant: the name and the anonymity of a speaker phrase', () => {
  it.each([
    ['a relative clause that asks for anonymity ends the name', 'police and hospital officials who spoke on condition of anonymity in line with regulations', 'police and hospital officials', true],
    ['a relative clause that declines a name', 'an army officer who preferred not to be named', 'an army officer', true],
    ['an aside that only asks for anonymity names no one', 'A local medic, speaking on condition of anonymity,', 'A local medic', true],
    ['a relative clause without anonymity', 'officials who visited the site', 'officials', false],
    ['a time its leading word opens is an aside', 'The governor of Dorvo, late Thursday,', 'The governor of Dorvo', false],
    ['and with its preposition', 'Police, early on Sunday,', 'Police', false],
    ['an adverb and its comma open the phrase, and are no part of the name', 'Initially, the authorities', 'the authorities', false],
    ['a curled apostrophe inside a name is written plain', 'Cameroon\u2019s Tigray People\u2019s government', "Cameroon's Tigray People's government", false],
    ['so does an adverb before an article', 'Immediately the Undersecretary of the Interior', 'the Undersecretary of the Interior', false],
    ['but an acronym that spells a relative does not end it', 'The World Health Organization (WHO)', 'The World Health Organization (WHO)', false],
    ['a participle with an object of its own opens no name', 'contradicting the organisers', 'the organisers', false],
    ['but a participle before a bare noun is part of it', 'striking nurses', 'striking nurses', false],
    ['and a preposition in -ing is no participle', 'during the night the army', 'during the night the army', false],
    ['"though" between commas is no part of the name, as "however" is not', 'Organisers of the march, though,', 'Organisers of the march', false],
    ['a relay without commas', 'local officials quoted by the Associated Press', 'local officials', false],
    ['a party before its count is named without it', 'police estimates', 'police', false],
    ["an owner's own figures", "the navy's own figures", 'the navy', false],
    ["a plural owner's estimates", "organisers' latest estimates", 'organisers', false],
    ['a count with only adjectives names no party', 'official figures', 'official figures', false],
    ["a people's adjective keeps its noun", 'Kenyan tallies', 'Kenyan tallies', false],
    ['a participle with its preposition ends the name', "A resistance group based in Kesh Region's Dorvo Township", 'A resistance group', false],
    ['dashes set off an aside as commas do', 'The Crowd Size Archive — a group that monitors crowd size —', 'The Crowd Size Archive — a group', false],
    ['and a closing dash ends the name', "Organisers — the Workers' Committee —", "Organisers — the Workers' Committee", false],
  ])('%s', (_, text, name, anonymous) => {
    const phrase = read(text);
    expect(phrase.name).toBe(name);
    expect(phrase.anonymous).toBe(anonymous);
  });
});

describe('readClaimant: a person is named by capitals', () => {
  it('but not by capitals after an article, which name a body', () => {
    expect(read('The Crowd Size Archive — a group that monitors crowd size —').person).toBeUndefined();
    expect(read('The Crowd Size Archive, a group').person).toBeUndefined();
    expect(read('Ana Petrovic, a researcher').person).toBe('Ana Petrovic');
  });
  it('and by two capitals after the head word of a body, its officer', () => {
    expect(read('head of the Kesh Police Public Relations Department Ana Petrovic').person).toBe('Ana Petrovic');
    expect(read('State Attorney Representative Ana Petrovic').person ?? '').not.toContain('Representative');
  });
});

describe('readClaimant: pronouns', () => {
  it('reads a possessive alone as the pronoun it stands for, which the source book resolves', () => {
    expect([read('they').pronoun, read('Their').pronoun, read('its').pronoun, read('His').pronoun]).toEqual(['they', 'they', 'it', 'he']);
    expect(read('Their leaders').pronoun).toBeUndefined();
  });
});

describe('readClaimant: a body named after a word for what it is', () => {
  it.each([
    ['in an appositive', "the rally's organiser, the Workers' Solidarity Committee", "the Workers' Solidarity Committee (the rally's organiser)", ['workers', 'solidarity', 'committee']],
    ['straight after it, with "the"', 'Organiser the Civil Liberties Front', 'the Civil Liberties Front (organiser)', ['civil', 'liberties', 'front']],
    ['straight after it, without "the"', 'rights group Amnesty International', 'Amnesty International (rights group)', ['amnesty', 'international']],
    ["a name that opens with a people's adjective", 'monitor the Syrian Observatory', 'the Syrian Observatory (monitor)', ['syria', 'observatory']],
    ['a name with a preposition of its own', 'organisers United for Peace and Justice', 'United for Peace and Justice (organisers)', ['united', 'for', 'peace', 'and', 'justice']],
    ['"NGO" in capitals, a common noun', 'international NGO ActionAid', 'ActionAid (international NGO)', ['actionaid']],
    ['a firm', 'the independent firm Occurrence', 'Occurrence (the independent firm)', ['occurrence']],
    ['but not in what names an author', 'a count by the independent firm Occurrence', 'a count by the independent firm Occurrence', ['count']],
    ['a body described as a body', 'the chairman of the rights body, the Dorvale Rights Commission', 'the Dorvale Rights Commission (the chairman of the rights body)', ['dorvale', 'rights', 'commission']],
    ["a descriptor that opens with a country's name keeps its capital", "Kenya's disaster agency KDMA", "KDMA (Kenya's disaster agency)", ['kdma']],
    ['after a determiner that opens the sentence', 'Another group, the Kesh Counting Collective', 'the Kesh Counting Collective (another group)', ['kesh', 'counting', 'collective']],
    ['but not a descriptor alone', 'the organisers', 'the organisers', ['organisers']],
    ["nor a people's adjective alone", 'the rights group, Syrian activists', 'the rights group, Syrian activists', ['rights', 'group']],
  ])('%s', (_, text, name, core) => {
    const phrase = read(text);
    expect(phrase.name).toBe(name);
    expect(phrase.core).toEqual(core);
  });

  it('names the body a role speaks for by its head words, with what "of" and "for" add', () => {
    expect(read('The chairman of a Kesh inquiry into the clearing of a camp').org?.name).toBe('Kesh inquiry');
    expect(read('A spokesman for the ministry of defence').org?.name).toBe('ministry of defence');
    expect(read('The head of the commission for human rights').org?.name).toBe('commission for human rights');
  });

  it('reads some of a group as the group', () => {
    expect(read('Some of the residents').core).toEqual(['residents']);
    expect(read('two of the nurses').core).toEqual(['nurses']);
    expect(read('Most of the medics').core).toEqual(['medics']);
    expect(read('One of the teachers').core).toEqual(['teachers']);
  });

  it('keeps the place an office holder serves in the head of the phrase', () => {
    expect(read('the governor of Kesh province').core).toEqual(['governor', 'of', 'kesh', 'province']);
    expect(read('the mayor of neighbouring Dorvo').core).toEqual(['mayor', 'of', 'neighbouring', 'dorvo']);
    // But not the place of someone who holds no office for it.
    expect(read('a resident of Kesh').core).toEqual(['resident']);
  });

  it('does not make one of two joined bodies the description of the other', () => {
    expect(read('state TV and the news agency ANSA').name).toBe('state TV and the news agency ANSA');
  });
});

describe('readClaimant: where a body sits is not its name', () => {
  it.each([
    ['a city', 'the Oslo-based Syrian Observatory', ['syria', 'observatory'], undefined, 'Syria'],
    ['a country in initials, which is no acronym of the body nor its country', 'the US-based Human Rights Activists News Agency', ['human', 'rights', 'activists', 'news', 'agency'], undefined, undefined],
  ])('%s', (_, text, core, acronym, country) => {
    const phrase = read(text);
    expect(phrase.core).toEqual(core);
    expect(phrase.acronym).toBe(acronym);
    expect(phrase.country).toBe(country);
  });
});

describe('readClaimant: a capital alone speaks for its country', () => {
  it('reads "Moscow" as Russia, but not "officials in Moscow"', () => {
    expect(read('Moscow')).toMatchObject({ name: 'Moscow', core: ['russia'], country: 'Russia' });
    expect(read('officials in Moscow').core).toEqual(['officials']);
  });
});

describe('readClaimant: whose count a phrase names', () => {
  it.each([
    ['a party before its estimate', 'police estimates', ['police']],
    ['a party before its figures', 'Interior Ministry figures', ['interior', 'ministry']],
    ['an estimate alone stays a noun', 'estimates', ['estimates']],
    ['and one with adjectives only', 'A new tally', ['new', 'tally']],
  ])('%s', (_, text, core) => {
    expect(read(text).core).toEqual(core);
  });

  it('reads the party after "estimates from" or "a statement from" as the author', () => {
    expect(read('estimates from march organizers').author?.core).toEqual(['march', 'organizers']);
    expect(read('figures by the health ministry').author?.core).toEqual(['health', 'ministry']);
    expect(read('estimates of the crowd').author).toBeUndefined();
    expect(read('a statement by the coalition').author?.core).toEqual(['coalition']);
    expect(read('a new report by the health ministry').author?.core).toEqual(['health', 'ministry']);
    expect(read('reports from the region').author).toBeUndefined();
    expect(read('an official security report from the army in the region').author?.core).toEqual(['army']);
    expect(read('the latest report from the local disaster agency').author?.core).toEqual(['disaster', 'agency']);
    expect(read('a previous report on Thursday from security and local sources').author?.core).toEqual(['security', 'and', 'local', 'sources']);
  });

  it('reads who issued a report as its author, with a day between', () => {
    expect(read('a new report released Thursday by state media').author?.core).toEqual(['state', 'media']);
    expect(read('a report published on Monday by the agency').author?.core).toEqual(['agency']);
    expect(read('a report released last year').author).toBeUndefined();
    expect(read('an update issued late on Friday evening by the coast guard').author?.core).toEqual(['coast', 'guard']);
    expect(read('an earlier count given by a doctors\' union').author?.core).toEqual(['doctors', 'union']);
  });

  it('ends a name at a participle with its preposition', () => {
    expect(read('The Saudi-led coalition fighting in Yemen').core).not.toContain('fighting');
    expect(read('a group linked to al-Qaeda').core).toEqual(['group']);
    expect(read('a preliminary U.N. investigation seen by Reuters').core).toEqual(['un', 'investigation']);
    expect(read('the latest figures from the health ministry').author?.core).toEqual(['health', 'ministry']);
    expect(read('A statement from the army').author?.core).toEqual(['army']);
  });

  it('reads no kind from what a group is against', () => {
    expect(read('Organisers of the march against the visit of the President').words).toEqual(['organisers', 'of', 'the', 'march']);
  });
});

describe('readClaimant: the body a spokesman speaks for', () => {
  it.each([
    ["a body's possessive before a part of it", "Ali Musa, the group's military operations spokesman", { name: 'the group', definite: true }],
    ["a body's possessive before a spokesman for a brief", "Ali Musa, the Kesh Front's spokesman for military operations", { name: 'Kesh Front' }],
    ['the head of a department, with its officer named after it', 'head of the Kesh Police Media and Public Relations Department Ana Petrovic', { name: 'Kesh Police Media and Public Relations Department' }],
    ["a country's possessive before its army", "Pakistan's army spokesman Ali Khan", { name: "Pakistan's army" }],
    ['a name with digits glued on, and its possessive', 'K12\u2019s military spokesman Ali Musa', { name: 'K12' }],
    ['who a speaker claims to speak for', 'a spokesman claiming to speak for the local militants', { name: 'militants' }],
    ['a director speaks for the body, named without what it is in lower case', 'Ana Petrovic, the director of the non-governmental Crowd Size Archive', { name: 'Crowd Size Archive' }],
    ['but a lower-case body keeps its words', 'Ali Musa, a spokesman for the provincial governor of Kesh', { name: 'provincial governor of Kesh' }],
  ])('%s', (_, text, org) => {
    expect(read(text).org).toMatchObject(org);
  });

  it('reads an officer named with his rank "of" a force as speaking for it', () => {
    expect(read('Brig-Gen Ana Kyaw of the Kesh Liberation Army')).toMatchObject({ role: 'brig-gen', org: { name: 'Kesh Liberation Army' } });
    expect(read('Colonel Ana Kyaw of the Kesh Liberation Army—an ally of the Front').org).toMatchObject({ name: 'Kesh Liberation Army' });
    expect(read('Ana Kyaw of the Kesh Liberation Army').org).toBeUndefined();
    expect(read('Director General Ana Kyaw of the Kesh Police').org).toBeUndefined();
  });

  it('keeps a title of two capitals before a name as no role', () => {
    expect(read("Kesh's Director General of Police Ali Musa").org).toBeUndefined();
  });
});
