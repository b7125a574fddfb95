import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClaimSet } from '../claims/parseClaimSet.js';
import type { ClaimSet } from '../claims/schemas.js';
import { createVocabulary } from '../vocabulary/createVocabulary.js';
import { extractClaims } from './extractClaims.js';

const SUNDAY = '2009-10-18';

// One line per claim: who, what, how many, and the stance when it denies.
const lines = (set: ClaimSet): string[] =>
  set.claims.map((c) => `${c.claimant} ${c.measure.outcome} ${c.measure.subject} ${c.figure.low}-${c.figure.high ?? '∞'}${c.stance === 'denies' ? ' denies' : ''}`);

describe('extractClaims: figures', () => {
  it('ignores numbers that are not counts of what happened: years, dates, times, money, ages, durations, ordinals', () => {
    const set = extractClaims(
      'In the last 24 hours of the 1979-1989 war, on October 17, 2009, at 10:30, a 12-year-old was killed, $7.5 billion was approved over five years, and 30 percent of the village fled on the first day.',
      { publishedAt: SUNDAY },
    );
    expect(set.claims.map((c) => c.figure.text)).toEqual([]);
  });

  it('finds no figure in "Nobody has claimed responsibility"', () => {
    expect(extractClaims('Nobody has claimed responsibility for the attack.').claims).toEqual([]);
  });

  it('drops figures with no outcome: counts of officials, convoys, sides', () => {
    const set = extractClaims('One military official said the two sides ambushed two military convoys, and some 500 security personnel launched an operation.');
    expect(set.claims).toEqual([]);
  });
});

describe('extractClaims: what was counted', () => {
  it('reads coordinated figures with one verb', () => {
    expect(lines(extractClaims('Five soldiers and 12 militants were killed, the army said.'))).toEqual([
      'military killed soldiers 5-5',
      'military killed militants 12-12',
    ]);
  });

  it('keeps a name, an age and a role, all three, as one speaker after the figure', () => {
    expect(lines(extractClaims('Twelve people died in the raid, Ali Musa, 45, a shopkeeper, said.'))).toEqual(['ali-musa killed people 12-12']);
  });

  it('reads participles, and "others" takes the subject before it', () => {
    expect(lines(extractClaims('A bomber struck a market, killing 13 people and wounding 20 others, police said.'))).toEqual([
      'police killed people 13-13',
      'police injured people 20-20',
    ]);
  });

  it('gives "others" in a sentence of their own the people counted last, people at large too', () => {
    expect(lines(extractClaims('Two doctors were killed, the hospital said. The ministry said 197 people were killed. More than 1,235 others have been wounded.', { outlet: 'Dawn' }))).toEqual([
      'hospital killed doctors 2-2',
      'ministry killed people 197-197',
      'ministry injured people 1236-∞',
    ]);
  });

  it('gives counts in an aside that add up to a count before it that count\'s outcome, not a crowd\'s', () => {
    expect(lines(extractClaims('Across the country 116 people were injured during the protests — 70 police officers and 46 protesters — according to the ministry.'))).toEqual([
      'ministry injured people 116-116',
      'ministry injured police 70-70',
      'ministry injured protesters 46-46',
    ]);
    expect(lines(extractClaims('At least 30 people were killed (12 soldiers and 10 civilians), the army said.'))).toEqual(['military killed people 30-∞']);
    // Parts that were no crowd stay breakdowns, drafted nowhere.
    expect(lines(extractClaims('At least 30 people were killed (12 soldiers and 18 civilians), the army said.'))).toEqual(['military killed people 30-∞']);
  });

  it('gives "others" the group named before a crowd of people at large', () => {
    expect(lines(extractClaims('Police arrested 40 protesters at a rally attended by 5,000 people. 20 others were injured.', { outlet: 'Dawn' }))).toContain('dawn injured protesters 20-20');
  });

  it('reads a numeral standing alone before its verb as the people last named, people at large too', () => {
    const text = 'The governor said 137 pupils were abducted. One of the teachers, Musa Bello, told reporters that 287 were kidnapped. Nine gunmen attacked a market, killing 40 people. Only 6 had died in hospital, a doctor said.';
    expect(lines(extractClaims(text))).toEqual([
      'governor abducted civilians 137-137',
      'musa-bello abducted civilians 287-287',
      'unattributed killed people 40-40',
      'doctor killed people 6-6',
    ]);
  });

  it('reads a numeral standing alone with a relative clause between commas before its verb', () => {
    const text = 'The army said nine soldiers died in the raid on Kesh. Four, who had been taken prisoner, were killed later, a commander said.';
    expect(lines(extractClaims(text))).toEqual([
      'military killed soldiers 9-9',
      'commander killed soldiers 4-4',
    ]);
  });

  it('counts the missing of a kidnapping story as abducted, and no one of a flood story', () => {
    const text = 'Gunmen abduct pupils in Belwa\n\nThe number of girls missing from the school is 143, parents said. Officials put the number of missing girls at 96. Police said 17 were still unaccounted for.';
    expect(lines(extractClaims(text))).toEqual(['parents abducted civilians 143-143', 'officials abducted civilians 96-96', 'police abducted civilians 17-17']);
    expect(lines(extractClaims('Floods hit Belwa\n\nOfficials said 143 people were missing.'))).toEqual([]);
    expect(lines(extractClaims('The governor said the number of abductees was 143.'))).toEqual(['governor abducted people 143-143']);
  });

  it('gives a part named before its whole ("N soldiers were among M people killed") the whole\'s outcome', () => {
    expect(lines(extractClaims('Four soldiers were among 11 people killed in the raid, a monitor said.'))).toEqual(['monitor killed soldiers 4-4', 'monitor killed people 11-11']);
    expect(lines(extractClaims('Four soldiers were among 11 people rescued, a monitor said.'))).toEqual([]);
  });

  it('reads "put the dead at N" and "put the wounded at N" as tolls of the one who puts them', () => {
    expect(lines(extractClaims('Rebels attacked the town on Sunday. Ali Musa, a doctor, put the dead at more than 120, and medics put the wounded at 300.'))).toEqual(['ali-musa killed people 121-∞', 'medics injured people 300-300']);
    expect(lines(extractClaims('Police said 40 were killed. Volunteers buried the dead at 6 in the morning.'))).toEqual(['police killed people 40-40']);
  });

  it('gives "the report" to the body that released one before, and "according to the report" too', () => {
    const released = 'The Dorvo Relief Agency released a report on Monday. ';
    expect(lines(extractClaims(`${released}According to the report, 40 people were detained in Kesh.`))).toEqual(['dorvo-relief-agency arrested people 40-40']);
    expect(lines(extractClaims(`${released}The report said 40 people were detained in Kesh.`))).toEqual(['dorvo-relief-agency arrested people 40-40']);
    // With no report told before, "according to the report" is the article's own, as before.
    expect(lines(extractClaims('According to the report, 40 people were detained in Kesh.'))).toEqual(['unattributed arrested people 40-40']);
    // A news medium's words are its report.
    expect(lines(extractClaims('The state news agency said gunmen raided Kesh. The report said four soldiers were killed.'))).toEqual(['state-news-agency killed soldiers 4-4']);
  });

  it('reads a toll with an adverb of likelihood before its figure: "was probably more than 90"', () => {
    expect(lines(extractClaims('A doctor said the death toll was probably more than 90, and the number injured was likely more than 200.'))).toEqual(['doctor killed people 91-∞', 'doctor injured people 201-∞']);
  });

  it('denies no count where the act is denied: "denied it carried out the strike", "denied it had shelled a clinic, killing 16"', () => {
    expect(lines(extractClaims('The army denied it had shelled a clinic, killing 16 patients.'))).toEqual(['unattributed killed people 16-16']);
    expect(lines(extractClaims('The Kesh Front has denied it carried out the strike, which killed 40 people, activists said.'))).toEqual(['activists killed people 40-40']);
    expect(lines(extractClaims('The army denied responsibility for the attack, which killed 12 people.'))).toEqual(['unattributed killed people 12-12']);
    // (A denial of the count itself still denies it.)
    expect(lines(extractClaims('The army denied it had killed any civilians.'))).toEqual(['military killed civilians 0-0 denies']);
  });

  it('reads "one American was killed" as a count of one, and "at between N to M" as a range', () => {
    expect(lines(extractClaims('One American was killed, the State Department said.'))).toEqual(['state-department killed people 1-1']);
    expect(lines(extractClaims('Thousands marched in Kesh on Sunday. Reporters estimated the turnout at between 30,000 to 60,000.'))).toEqual(['unattributed attended people 2000-9999', 'reporters attended people 30000-60000']);
  });

  it('names the speaker before an aside between dashes, and the body whose officer "of" a unit speaks', () => {
    expect(lines(extractClaims('A villager at the scene - who asked not to be named - said the houses had been burned and estimated the death toll to be higher than 120.'))).toEqual(['villager killed people 121-∞']);
    expect(lines(extractClaims("Ali Musa, the Kesh Health Ministry's general director of communications, told the AP that 769 people were killed."))).toEqual(['kesh-health-ministry killed people 769-769']);
  });

  it('gives a count a news medium quotes from its own copy to whom the copy says counted', () => {
    expect(lines(extractClaims('"The organizers estimate the number of protesters at 800,000," the publication says.'))).toEqual(['organizers attended people 800000-800000']);
  });

  it('never gives "it" to a person: after a person spoke, "it" is the body or medium named last', () => {
    expect(lines(extractClaims('The ministry said 5 died. Ali Musa said 7 were hurt. It said 30 were arrested.'))).toEqual(['ministry killed people 5-5', 'ali-musa injured people 7-7', 'ministry arrested people 30-30']);
  });

  it('gives information gathered by a party, or provided to it, to that party', () => {
    expect(lines(extractClaims('At least 14 people died, according to information gathered by the Kesh Rights Group.'))).toEqual(['kesh-rights-group killed people 14-∞']);
    expect(lines(extractClaims('At least 14 people died, according to information provided to the Kesh Rights Group by relatives.'))).toEqual(['kesh-rights-group killed people 14-∞']);
    // (Given to reporters or to parliament by a body, it is that body's.)
    expect(lines(extractClaims('At least 14 people died, according to figures given to reporters by the health ministry.'))).toEqual(['health-ministry killed people 14-∞']);
  });

  it('reads "put the number at least N" with the hedge\'s "at" as the link\'s', () => {
    expect(lines(extractClaims('Thousands rallied in Belwa on Saturday. An agency estimate put the number at least 80,000.'))).toEqual(['unattributed attended people 2000-9999', 'agency attended people 80000-∞']);
    expect(lines(extractClaims('Gunmen attacked the village on Sunday. Police put the death toll at least 86.'))).toEqual(['police killed people 86-∞']);
  });

  it('reads a list after a toll noun\'s "of" as one count: "the deaths of N soldiers and M civilians"', () => {
    expect(lines(extractClaims('Officials announced the deaths of at least 17 soldiers and 23 civilians.'))).toEqual(['officials killed soldiers 17-∞', 'officials killed civilians 23-23']);
    // But a toll's figure ends its clause: what follows has its own verb.
    expect(lines(extractClaims('The death toll was four, and 26 were injured.'))).toEqual(['unattributed killed people 4-4', 'unattributed injured people 26-26']);
  });

  it('reads who the people of a count just told were: "N were soldiers and M were policemen"', () => {
    const text = 'Police said 23 security men were killed in the ambush. "Nineteen were paramilitary soldiers and four were policemen."';
    expect(lines(extractClaims(text))).toEqual(['police killed security-forces 23-23', 'police killed paramilitary 19-19', 'police killed police 4-4']);
    // Only a count whose clause ends with who they were: "were students at the university" is no such list.
    expect(lines(extractClaims('Police arrested 41 people. Twelve were students at the university.'))).toEqual(['police arrested people 41-41']);
  });

  it('counts "security men" as security forces', () => {
    expect(lines(extractClaims('Police said 17 security men were killed in the ambush.'))).toEqual(['police killed security-forces 17-17']);
  });

  it('gives "said the statement" after a quotation and its place, and "it added" after it, to the body that announced', () => {
    const text = [
      'The Dorvo army has announced the death of 9 soldiers after an attack on a base.',
      'A previous report from local sources put the death toll at five.',
      '"A complex attack targeted the base" in the province of Kesh, in the east, said the statement, released on Thursday.',
      '"Nine soldiers lost their lives in the attack" and "at least 14 soldiers were hurt," it added.',
    ].join('\n\n');
    expect(lines(extractClaims(text))).toEqual(['dorvo-army killed soldiers 9-9', 'sources killed people 5-5', 'dorvo-army injured soldiers 14-∞']);
  });

  it('denies with "this information" only counts near it, not those of an earlier part of the story', () => {
    const story = (gap: number): string =>
      ['Rebels said 41 villagers were killed in Kesh.', ...Array.from({ length: gap }, (_, k) => `The gunmen came back on day ${k + 2} and burned the market.`), 'In a statement, the army denied this information.'].join('\n\n');
    expect(lines(extractClaims(story(1)))).toEqual(['rebels killed civilians 41-41', 'military killed civilians 0-0 denies']);
    expect(lines(extractClaims(story(5)))).toEqual(['rebels killed civilians 41-41']);
  });

  it('gives a participle after a quotation closed by its comma to whoever spoke the quotation', () => {
    const text = 'The spokeswoman said, "This is not true. It is pure propaganda," adding that 14 soldiers were wounded.';
    expect(lines(extractClaims(text))).toEqual(['spokeswoman injured soldiers 14-14']);
    // The second sentence of the quotation names no one: the words that open it are not the participle's subject.
    expect(lines(extractClaims('The spokeswoman said, "This is not true. All lies," adding that 14 soldiers were wounded.'))).toEqual(['spokeswoman injured soldiers 14-14']);
  });

  it('counts people "on site" or "present" as a crowd after a crowd was counted, and not elsewhere', () => {
    expect(lines(extractClaims('Police spoke of about 6,000 marchers. The organisers said 14,000 people were on site.'))).toEqual([
      'police attended protesters 5400-6600',
      'organisers attended people 14000-14000',
    ]);
    expect(lines(extractClaims('A fire broke out at the depot. Police said 300 people were on site.'))).toEqual([]);
    // Nor are those there to work at it.
    expect(lines(extractClaims('Some 5,000 protesters rallied in Dorvo, organisers said. Police said 3 people were hurt; 20 medics were present.'))).toEqual([
      'organisers attended protesters 4500-5500',
      'police injured people 3-3',
    ]);
  });

  it('reads "N in a city and M in a country as a whole" as two counts of one kind, the city part of the country', () => {
    const set = extractClaims('The minister said the number of marchers had reached some 4,100 in Nairobi and 27,000 in Kenya as a whole.', { publishedAt: SUNDAY });
    expect(lines(set)).toEqual(['minister attended people 3690-4510', 'minister attended people 27000-27000']);
    const [city, country] = set.claims.map((c) => set.events.find((e) => e.id === c.event));
    expect(city?.partOf).toBe(country?.id);
  });

  it('drops the article\'s own count that a source gives again for people it names otherwise', () => {
    const text = 'A total of 164 students were detained on Tuesday.\n\n"In total, 164 protesters were detained," the police chief said.\n\nSeven students were hurt. Police said 7 protesters were hurt.';
    expect(lines(extractClaims(text, { outlet: 'Kesh Daily' }))).toEqual(['police-chief arrested protesters 164-164', 'kesh-daily injured civilians 7-7', 'police injured protesters 7-7']);
    // But not the same number of another incident.
    const two = extractClaims('A fire in Belwa killed 28 people. A week earlier, a fire in Kesh killed 28 workers, the ministry said.', { outlet: 'Kesh Daily', publishedAt: SUNDAY });
    expect(lines(two)).toEqual(['kesh-daily killed people 28-28', 'ministry killed workers 28-28']);
  });

  it('dates a count by a day that opens its sentence before a trailing speaker, not the statement', () => {
    const set = extractClaims('Thousands marched in Kesh on Saturday. On Friday, strikes drew more than 2 million people, unions said.', { publishedAt: SUNDAY });
    const union = set.claims.find((c) => c.claimant === 'unions');
    expect(set.events.find((e) => e.id === union?.event)?.period?.start).toBe('2009-10-16');
    // But a count with a day of its own keeps it: the opening day is then the statement's.
    const own = extractClaims('On Friday, 8 people died in Kesh on Wednesday, the ministry said.', { publishedAt: SUNDAY });
    expect(own.events.map((e) => e.period?.start)).toEqual(['2009-10-14']);
  });

  it('gives a bare count the outcome the story gave that number before, over the outcome named last', () => {
    const text = 'A riot at a prison left at least 37 women dead, officials said.\n\nAt least nine inmates were treated for wounds, doctors said.\n\n"The teams confirm they have counted 37," the spokesman said.';
    expect(lines(extractClaims(text))).toEqual(['officials killed civilians 37-∞', 'doctors injured people 9-∞', 'spokesman killed civilians 37-37']);
  });

  it('reads "the national turnout" as the whole country\'s count, of which a city\'s is a part', () => {
    const text = 'Strikes spread in Kenya. The union estimated the national turnout at 250,000, with 60,000 in Nairobi.';
    const set = extractClaims(text, { publishedAt: SUNDAY });
    const place = (low: number): readonly string[] | undefined => set.events.find((e) => e.id === set.claims.find((c) => c.figure.low === low)?.event)?.place;
    expect([place(250000), place(60000)]).toEqual([['Kenya'], ['Kenya', 'Nairobi']]);
  });

  it('counts prisoners of war as soldiers, and other prisoners as people', () => {
    expect(lines(extractClaims('The ministry said 23 POWs were killed. Rebels said 31 prisoners of war died. Rioting inmates killed 9 prisoners.'))).toEqual([
      'ministry killed soldiers 23-23',
      'rebels killed soldiers 31-31',
      'unattributed killed people 9-9',
    ]);
  });

  it('reads an outcome after "forced to": "were forced to flee"', () => {
    expect(lines(extractClaims('About 12,000 villagers were forced to flee, the agency said.'))).toEqual(['agency displaced civilians 10800-13200']);
  });

  it('reads a toll "at a much lower N", "at a revised N", "reached a staggering N"', () => {
    expect(lines(extractClaims('A local official put the death toll at a much lower 52.'))).toEqual(['official killed people 52-52']);
    expect(lines(extractClaims('The ministry put the toll at a revised 47.'))).toEqual(['ministry killed people 47-47']);
    expect(lines(extractClaims('The ministry said the death toll had reached a staggering 4,700.'))).toEqual(['ministry killed people 4700-4700']);
    expect(lines(extractClaims('The ministry put the toll at a provisional 47.'))).toEqual(['ministry killed people 47-47']);
    // "a record N" is no toll's: "record" describes too much else.
    expect(lines(extractClaims('The death toll kept rising as hospitals in Kesh admitted patients at a record 310 a day.'))).toEqual([]);
  });

  it('reads a place "including in …" before the counts as no list of them', () => {
    expect(lines(extractClaims('On the northern front, including in the hills, 31 soldiers and 18 civilians have been killed, according to army figures.'))).toEqual([
      'military killed soldiers 31-31',
      'military killed civilians 18-18',
    ]);
  });

  it('keeps parts by sex and age, and lists of who they were outside harm, out of the counts', () => {
    // "including around 10 in Kesh": "around" is a hedge here, so the count is a breakdown.
    expect(lines(extractClaims('The strike killed 31 people, including around 11 in Kesh, health officials said.'))).toEqual(['health-officials killed people 31-31']);
    // Children among the dead are a part, not a count of civilians another party's count competes with.
    expect(lines(extractClaims('Three children were among 17 people killed in the strike, officials said.'))).toEqual(['officials killed people 17-17']);
    expect(lines(extractClaims('Police said 43 people were arrested. Twelve were women.'))).toEqual(['police arrested people 43-43']);
    // A crowd is no harm.
    expect(lines(extractClaims('Organisers said 5,500 people joined the march. Around 2,000 were police, witnesses said.'))).toEqual(['organisers attended people 5500-5500']);
    // "five policemen and 14 others" in one list: the others are other people.
    expect(lines(extractClaims('The ministry confirmed the deaths of five policemen and 13 others in the attack.'))).toEqual(['ministry killed police 5-5', 'ministry killed people 13-13']);
  });

  it('reads the missing of a kidnapping story as taken only where nothing else befell them', () => {
    expect(lines(extractClaims('Gunmen abduct 41 pupils in Belwa\n\nSoldiers found 3 missing pupils dead near the school, police said.'))).toEqual(['unattributed abducted civilians 41-41', 'police killed civilians 3-3']);
    expect(lines(extractClaims('Gunmen abduct 81 pupils in Belwa\n\nThirty were freed on Monday. The remaining 51 are still unaccounted for, police said.'))).toEqual(['unattributed abducted civilians 81-81']);
    expect(lines(extractClaims('Air strikes pound Dorvo as hostage talks stall\n\nRescuers said 12 people were still missing.'))).toEqual([]);
  });

  it('reads a possessor before a figure noun back to a preposition, not past it', () => {
    expect(lines(extractClaims("Police did not quarrel with the organisers' estimate of 500,000 marchers."))).toEqual(['organisers attended protesters 500000-500000']);
  });

  it('reads no cue in an attack "claimed by" a group, nor a denial in where a place "lies"', () => {
    expect(lines(extractClaims('The army chief said that five soldiers had died in the attack claimed by the militant group.'))).toEqual(['military killed soldiers 5-5']);
    expect(lines(extractClaims('A militia commander near Dorvo, which lies in the central state, said 11 soldiers had died.'))).toEqual(['militia-commander killed soldiers 11-11']);
  });

  it('gives a count a time owns ("last year\'s estimate") to whoever speaks around it', () => {
    expect(lines(extractClaims("The police put the turnout at 7,500, down from last year's estimate of 12,000."))).toEqual([
      'police attended people 7500-7500',
      'police attended people 12000-12000',
    ]);
  });

  it('goes on in a trailing cue\'s words through ", and" when no cue follows', () => {
    expect(lines(extractClaims('Forty people were detained, police said, and 15 were injured.'))).toEqual(['police arrested people 40-40', 'police injured people 15-15']);
    expect(lines(extractClaims('Forty people were detained, police said, and medics said 15 were injured.'))).toEqual(['police arrested people 40-40', 'medics injured people 15-15']);
  });

  it('gives a count "than the N counted by X" to X', () => {
    expect(lines(extractClaims('Organisers said 150,000 people took part, far more than the 40,000 counted by police.'))).toEqual([
      'organisers attended people 150000-150000',
      'police attended people 40000-40000',
    ]);
  });

  it('gives a participle after ", a claim X rejected," to X', () => {
    expect(lines(extractClaims('The rebels said they killed 40 soldiers, a claim the government rejected, saying only 12 died.'))).toEqual([
      'rebels killed soldiers 40-40',
      'government killed soldiers 12-12',
    ]);
  });

  it('gives each count of a passive with two agents to its own agent', () => {
    expect(lines(extractClaims('Turnout was put at 70,000 by the organisers and at 20,000 by the police.'))).toEqual([
      'organisers attended people 70000-70000',
      'police attended people 20000-20000',
    ]);
  });

  it('reads the noun after the second number of "at least N and maybe as many as M"', () => {
    expect(lines(extractClaims('The commission said that at least 10 and maybe as many as 14 people were killed.'))).toEqual(['commission killed people 10-14']);
  });

  it('keeps a cue inside a relative clause to the clause, and the subject before it speaks', () => {
    expect(lines(extractClaims('The opposition, which held a rally against a vote that it fears will be rigged, said three protesters were shot dead.'))).toEqual(['opposition killed protesters 3-3']);
  });

  it('steps over a date after "on", and a statement\'s participle with its time, to what was said', () => {
    expect(lines(extractClaims('After the order came, the army reported on June 30 that it had killed 22 suspects.'))).toEqual(['military killed people 22-22']);
    expect(lines(extractClaims('"The patrol killed three people," the army said in a statement released on Thursday afternoon.'))).toEqual(['military killed people 3-3']);
  });

  it('reads a figure hard-wrapped across a line after a word that cannot end one', () => {
    expect(lines(extractClaims('The magistrate said that between 40 and\n45 people were killed.'))).toEqual(['magistrate killed people 40-45']);
  });

  it('gives a figure after "said that, according to X," to X', () => {
    expect(lines(extractClaims('The magistrate said that, according to numbers received from the health centre, between 40 and 45 people were killed.'))).toEqual(['health-centre killed people 40-45']);
  });

  it('gives the figure of a clause whose verb is left out to the party named in it', () => {
    expect(lines(extractClaims('In Kesh, the unions counted 30,000 demonstrators and the prefecture 9,000.'))).toEqual([
      'unions attended protesters 30000-30000',
      'prefecture attended protesters 9000-9000',
    ]);
    expect(lines(extractClaims('Organisers counted 100,000 marchers, police 40,000.'))).toEqual(['organisers attended protesters 100000-100000', 'police attended protesters 40000-40000']);
    // Not a place, and not a noun for people counted by another outcome.
    expect(lines(extractClaims('Police said 20,000 people marched in Kesh and Dorvo 8,500.'))).toEqual(['police attended people 20000-20000']);
    expect(lines(extractClaims('The army said 20 soldiers died and the militants 30.'))).toEqual(['military killed soldiers 20-20']);
  });

  it('gives a figure in a reduced passive after a comma to its agent, and the one before to the speaker', () => {
    expect(lines(extractClaims('Organisers said 500,000 people attended, a figure slashed to 30,000 by police estimates.'))).toEqual([
      'organisers attended people 500000-500000',
      'police attended people 30000-30000',
    ]);
  });

  it('counts "the two dead" as the small count they point back to, but not a small number said again without "the"', () => {
    expect(lines(extractClaims('Two Kesh soldiers were killed. The minister said that besides the two dead, three were hurt.'))).toEqual(['minister killed soldiers 2-2', 'minister injured soldiers 3-3']);
    expect(lines(extractClaims('Two Kesh soldiers were killed. The minister said two died.'))).toEqual(['unattributed killed soldiers 2-2', 'minister killed people 2-2']);
  });

  it('gives a count noun after a count of the trapped or missing no outcome from before them', () => {
    const text = 'Rescuers said 40 people died in the flood. They said 3,000 villagers are trapped by the water. The governor put the number at 2,000.';
    expect(lines(extractClaims(text))).toEqual(['rescuers killed people 40-40']);
    // (A sentence that names the trapped beside another count still passes the outcome on.)
    const roads = 'Police said 25 people died in Kesh. Roads to 12 villages were cut and people were trapped briefly. The mayor put the number at 27.';
    expect(lines(extractClaims(roads))).toEqual(['police killed people 25-25', 'mayor killed people 27-27']);
  });

  it('gives a list after a count stated by a copula to its party, up to a clause of its own or a cue of another', () => {
    expect(lines(extractClaims('Official police figures were lower, with 31 people dead, 52 injured and 140 arrested.'))).toEqual(['official-police killed people 31-31', 'official-police injured people 52-52', 'official-police arrested people 140-140']);
    expect(lines(extractClaims('Police figures were lower, with 31 dead and 52 injured, and 40 people were arrested, according to Kesh Watch.')).at(-1)).toBe('kesh-watch arrested people 40-40');
  });

  it('counts "its citizens" as people, not as the speaking army\'s soldiers', () => {
    expect(lines(extractClaims('The army said the shelling killed five of its citizens.'))).toEqual(['military killed people 5-5']);
    expect(lines(extractClaims('The army said the shelling killed five of its men.'))).toEqual(['military killed soldiers 5-5']);
  });

  it('steps over an appositive that holds a cue of its own to the speaker before it', () => {
    const text = 'The mayor of Pelt, the town the rebels said they had shelled, said 11 people were killed.';
    expect(lines(extractClaims(text))).toEqual(['mayor-of-pelt killed people 11-11']);
  });

  it('reads "one other" with no noun as one more of the people just named, and a small number again as new people', () => {
    const text = 'Five paramilitary rangers were killed and one other wounded in an ambush, police said. Two soldiers died and one other was hurt, the army said.';
    expect(lines(extractClaims(text))).toEqual([
      'police killed paramilitary 5-5',
      'police injured paramilitary 1-1',
      'military killed soldiers 2-2',
      'military injured soldiers 1-1',
    ]);
  });

  it('reads tolls', () => {
    expect(lines(extractClaims('Hospital officials put the death toll at 19.'))).toEqual(['hospital-officials killed people 19-19']);
    expect(lines(extractClaims('The death toll from the blast rose to 13, the agency said.'))).toEqual(['agency killed people 13-13']);
  });

  it("counts own losses as the claimant's own people", () => {
    expect(lines(extractClaims('The Taliban said they had killed 30 police and lost none of their own.'))).toEqual([
      'taliban killed police 30-30',
      'taliban killed militants 0-0',
    ]);
    expect(lines(extractClaims('The group said all its fighters managed to escape.'))).toEqual(['group killed militants 0-0']);
    expect(lines(extractClaims('"We have lost 12 of our comrades," the rebels said.'))).toEqual(['rebels killed militants 12-12']);
    expect(lines(extractClaims('The army said 12 of its men died. Hamas said 30 of its members were killed.'))).toEqual(['military killed soldiers 12-12', 'hamas killed militants 30-30']);
    for (const casualties of ['no casualties', 'no casualty', 'no losses']) {
      expect(lines(extractClaims(`The BLF said its fighters had killed 11 soldiers and suffered ${casualties}.`)), casualties).toEqual([
        'blf killed soldiers 11-11',
        'blf killed militants 0-0',
      ]);
    }
  });

  it('counts the people of an incident whose only named count is of one population (passengers, migrants) as that population', () => {
    expect(lines(extractClaims('At least 31 passengers were killed when the bus crashed, police said. The transport authority later said 34 people had died.'))).toEqual([
      'police killed passengers 31-∞',
      'transport-authority killed passengers 34-34',
    ]);
    // Two populations named: "people" may be either or both.
    expect(lines(extractClaims('Police said 31 passengers and two workers were killed. The authority later said 34 people had died.'))).toEqual([
      'police killed passengers 31-31',
      'police killed workers 2-2',
      'authority killed people 34-34',
    ]);
  });

  it('counts the one nationality an incident names as people, unless people are counted beside it, and keeps two apart', () => {
    expect(lines(extractClaims('Nine Kenyans were killed in the raid, the army said. The Kesh Front said it wounded 14.'))).toEqual([
      'military killed people 9-9',
      'kesh-front injured people 14-14',
    ]);
    // Beside a count of people, the nationality may be a part of them.
    expect(lines(extractClaims('Police said 20 people died in the blast. Seven Iraqis were killed, the ministry said.'))).toEqual([
      'police killed people 20-20',
      'ministry killed iraqis 7-7',
    ]);
    expect(lines(extractClaims('Nine Kenyans and two Ugandans were killed in the raid, the army said.'))).toEqual([
      'military killed kenyans 9-9',
      'military killed ugandans 2-2',
    ]);
  });

  it('counts a nationality that fled whole: as the population the incident names, else people, unless a part', () => {
    expect(lines(extractClaims('Some 71,000 Ukrainian refugees have crossed into Dorvo, the ministry said. Some 196,000 Ukrainians have fled over the border, its border guard said.'))).toEqual([
      'ministry displaced refugees 63900-78100',
      'border-guard displaced refugees 176400-215600',
    ]);
    // A count of people in another sentence is the same flight, counted otherwise.
    expect(lines(extractClaims('The agency said 3,500 people had fled. Some 2,000 Syrians fled Kesh on Monday, it said.'))).toEqual([
      'agency displaced people 3500-3500',
      'agency displaced people 1800-2200',
    ]);
    // But not a part of the people its own sentence counts, nor another nation's people.
    expect(lines(extractClaims('Some 2,000 Syrians were among 5,000 people who fled, the agency said.'))).toEqual([
      'agency displaced syrians 1800-2200',
      'agency displaced people 5000-5000',
    ]);
    expect(lines(extractClaims('Some 71,000 Ukrainian refugees have crossed into Dorvo, the ministry said. Some 5,000 Belarusians have fled over the border, its border guard said.'))).toEqual([
      'ministry displaced refugees 63900-78100',
      'border-guard displaced belarusians 4500-5500',
    ]);
    // The people of the incident stay people beside the population and the nationality alike.
    expect(lines(extractClaims('The clashes displaced some 40,000 people, the agency said. Over 11,000 Ukrainians have fled into Dorvo, it said. Some 71,000 Ukrainian refugees have crossed into Kesh, it said.'))).toEqual([
      'agency displaced people 36000-44000',
      'agency displaced refugees 11001-∞',
      'agency displaced refugees 63900-78100',
    ]);
  });

  it('keeps the word the source used for loaded labels and outcomes', () => {
    const [claim] = extractClaims('The army said it had killed 60 "terrorists" and 12 soldiers were wounded.').claims;
    expect(claim?.measure).toEqual({ outcome: 'killed', subject: 'militants', term: 'terrorists' });
  });

  it('uses the vocabulary it is given', () => {
    const vocabulary = createVocabulary({ subjects: [{ id: 'medics', broader: 'civilians', aliases: ['paramedics'] }] });
    expect(lines(extractClaims('Three paramedics were killed, the ministry said.', { vocabulary }))).toEqual(['ministry killed medics 3-3']);
  });

  it('counts a plural noun the vocabulary does not know as its own subject, irregular plurals included', () => {
    const vocabulary = createVocabulary({ mode: 'replace', outcomes: [{ id: 'killed', interest: 'lower' }], subjects: [{ id: 'people' }] });
    expect(lines(extractClaims('Five miners were killed, police said.', { vocabulary }))).toEqual(['police killed miners 5-5']);
    expect(lines(extractClaims('Five children were killed, police said.', { vocabulary }))).toEqual(['police killed children 5-5']);
  });
});

describe('extractClaims: who claims it', () => {
  it('keeps the count a speaker reported before a second verb of saying: "X said N died … and claimed …"', () => {
    expect(lines(extractClaims('The Dorvo Front said 117 soldiers died in the attack and claimed its fighters took the base.'))).toEqual(['dorvo-front killed soldiers 117-117']);
    expect(lines(extractClaims('There were scuffles near the stadium and police said they detained 12 people.'))).toEqual(['police arrested people 12-12']);
  });

  it('gives "their numbers" after a verb of estimating to the one estimating, not to those counted', () => {
    expect(lines(extractClaims('The crowds formed a sea of red, with lawmaker Ali Musa estimating their numbers at more than a million.'))).toEqual(['ali-musa attended people 1000001-∞']);
    // What the count noun counts may be named earlier in the same sentence, as in the one before.
    expect(lines(extractClaims('Protesters gathered outside parliament in Dorvo, and police put their number at about 5,000.'))).toEqual(['police attended people 4500-5500']);
    expect(lines(extractClaims('Police put their number at about 5,000.'))).toEqual([]);
  });

  it('names parties counted after an article, but not people a count names', () => {
    expect(lines(extractClaims('Ten people died in Dorvo, according to the three officials briefed on the incident.'))).toEqual(['officials killed people 10-10']);
    expect(lines(extractClaims('At least 14 people were killed, according to the five aid agencies working there.'))).toEqual(['aid-agencies-working-there killed people 14-∞']);
    expect(lines(extractClaims('The four injured journalists said police beat them.'))).toEqual(['unattributed injured journalists 4-4']);
  });

  it('registers no source for the speaker\'s own words inside a quotation: "The files in our office show …"', () => {
    const set = extractClaims('"The files in our office show that 40 people have died," the state-funded body said in a statement, adding that the figures covered June.\nIt also said there had been 600 arrests of protesters.');
    expect(set.claims.map((c) => c.claimant)).toEqual(['state-funded-body', 'state-funded-body']);
    // A phrase that opens with the possessive is a source as before: "Our correspondent in Tamsk said …".
    expect(extractClaims('Our correspondent in Tamsk said at least 20 people were killed.').claims).toHaveLength(1);
  });

  it('reads the claimant phrase with appositives, the relay, and the outlet as the last relay', () => {
    const set = extractClaims('Pakistani Taliban spokesman Azam Tariq told CNN by phone that only one Taliban fighter had been killed.', { outlet: 'CNN' });
    // A spokesman speaks for the body: the claim is the Pakistani Taliban's, the person stays in its name.
    expect(set.claims[0]?.claimant).toBe('pakistan-taliban');
    expect(set.claims[0]?.via).toEqual(['cnn']);
    expect(set.sources.find((s) => s.id === 'pakistan-taliban')).toMatchObject({ name: 'Pakistani Taliban (spokesman Azam Tariq)', kind: 'armed-group' });
    const relayed = extractClaims('A local medic, quoted by the Associated Press, said 35 people had been wounded.', { outlet: 'BBC' });
    expect(relayed.claims[0]?.via).toEqual(['associated-press', 'bbc']);
  });

  it('gives a figure the correcting party sets against its own to the party it names', () => {
    expect(lines(extractClaims('Governor Ali Musa said the number of abductees was 143 and not 170 as earlier stated by the police.'))).toEqual([
      'ali-musa abducted people 143-143',
      'police abducted people 170-170',
    ]);
    expect(lines(extractClaims('At least 143 people died, far more than the 96 reported by officials, parents said.'))).toEqual(['parents killed people 143-∞', 'officials killed people 96-96']);
    // Without a party of its own, a figure corrected is the one another party gave, restated.
    expect(lines(extractClaims('Governor Ali Musa said 143 people were killed, not 170.'))).toEqual(['ali-musa killed people 143-143']);
  });

  it('gives a body a person calls "his group" or "her office" to the person', () => {
    expect(lines(extractClaims('Ana Petrovic said her office had recorded more than 40 deaths.'))).toEqual(['ana-petrovic killed people 41-∞']);
    expect(lines(extractClaims('The rights monitor Ali Musa said his group counted 52 arrests.'))).toEqual(['ali-musa arrested people 52-52']);
  });

  it('reads the agent of a participle aside as who gave a count: "an estimate, given by the ministry, put …"', () => {
    expect(extractClaims('A previous estimate of the dead, given by the Kesh interior ministry, put the toll at 35.').sources.map((s) => s.name)).toEqual(['Kesh interior ministry']);
  });

  it('gives each party of a correction its own figure, and keeps a leading cue\'s count its own', () => {
    expect(lines(extractClaims('Ana Petrovic said 63 people had died, not 47 as estimated by the army.'))).toEqual(['ana-petrovic killed people 63-63', 'military killed people 47-47']);
    expect(lines(extractClaims('The toll stands at 63, not 47 as initially announced by the governor, the health ministry said.'))).toEqual(['health-ministry killed people 63-63', 'governor killed people 47-47']);
    expect(lines(extractClaims('The death toll is 63 and not 47 people as reported by state media.'))).toEqual(['unattributed killed people 63-63', 'state-media killed people 47-47']);
    // "injured by police" is what befell them, not whose count it is.
    expect(lines(extractClaims('Doctors said 14 people were treated, not 31 injured by police as activists claimed.'))).toEqual(['doctors injured people 14-14']);
    expect(lines(extractClaims('Police counted 41,000 marchers, far fewer than the 90,000 claimed by organisers, the interior ministry said.'))).toEqual([
      'police attended protesters 41000-41000',
      'organisers attended protesters 90000-90000',
    ]);
  });

  it('reads a paper named after a day, and "his office" after "while" as a speaker of its own', () => {
    expect(extractClaims('The army said 40 died, but Sunday Herald reporters counted 46.').sources.map((s) => s.name)).toEqual(['The army', 'Sunday Herald reporters']);
    expect(extractClaims("Her group's figures show 45 deaths, while his office says 21.").sources.map((s) => s.name)).toEqual(['Her group', 'his office']);
  });

  it('reads "officially" before a count as the officials\' count', () => {
    expect(lines(extractClaims('Officially, 41 miners died, but locals believe the real number is 300-400.'))).toEqual(['officials killed miners 41-41', 'locals killed miners 300-400']);
    expect(lines(extractClaims('While officially an estimated 22 people died, the senator said 140 civilians were killed.'))).toEqual(['officials killed people 19-25', 'senator killed civilians 140-140']);
    // Alone in its sentence too, and over the clause up to the next mark.
    expect(lines(extractClaims('Officially, 43 miners died.'))).toEqual(['officials killed miners 43-43']);
    expect(lines(extractClaims('Officially, 3 people died and 6 were injured, but Ana Petrovic said 31 were hurt.'))).toEqual([
      'officials killed people 3-3',
      'officials injured people 6-6',
      'ana-petrovic injured people 31-31',
    ]);
    // An adverb of a speaker's own verb is no speaker, nor is one whose sentence names its speaker after.
    expect(lines(extractClaims('The army officially announced that 12 soldiers died.'))).toEqual(['military killed soldiers 12-12']);
    expect(lines(extractClaims('Officially, 14 soldiers were killed, the army said.'))).toEqual(['military killed soldiers 14-14']);
  });

  it('reads each reporting cue', () => {
    const cues = [
      'Officials said 5 soldiers were killed.',
      '5 soldiers were killed, officials told reporters.',
      'Officials claimed that 5 soldiers were killed.',
      'Five soldiers were killed, according to officials.',
      'Officials said in a statement that 5 soldiers were killed.',
      'Officials were quoted as saying 5 soldiers were killed.',
      'Officials put the death toll at 5.',
      'Officials estimated that 5 soldiers were killed.',
      'Officials found the bodies of 5 soldiers.',
      'Officials recovered 5 bodies from the river.',
      'An official statement said 2 soldiers died. It added that 5 soldiers were killed.',
    ];
    for (const text of cues) expect(extractClaims(text).claims.at(-1)?.claimant, text).toMatch(/^official/);
  });

  it('names sources by one rule: persons by name, acronyms, the military after its country, else the head words', () => {
    const set = extractClaims(
      "Pakistan's army said 5 soldiers died. The outlawed Tehrik-i-Taliban Pakistan (TTP) said 68 soldiers died. Local residents said 4 civilians died. The military said 2 militants died.",
    );
    expect(set.claims.map((c) => c.claimant)).toEqual(['pakistan-military', 'ttp', 'residents', 'pakistan-military']);
  });

  it('carries the speaker over: "the statement added", "He said", a surname alone', () => {
    const set = extractClaims(
      'In a statement, the Balochistan Liberation Front said it had killed 11 soldiers. The statement added that seven policemen had been taken hostage. Police chief Ahmed Khan said 4 policemen died. He said two of the attackers were shot dead. Khan said 3 officers were hurt.',
    );
    expect(set.claims.map((c) => c.claimant)).toEqual([
      'balochistan-liberation-front',
      'balochistan-liberation-front',
      'ahmed-khan',
      'ahmed-khan',
      'ahmed-khan',
    ]);
  });

  it('marks anonymous sources', () => {
    const set = extractClaims('At least 17 police officers were killed, two security officials said, speaking on condition of anonymity.');
    expect(set.sources).toEqual([{ id: 'security-officials', name: 'two security officials', kind: 'government', anonymous: true }]);
    const later = extractClaims('One official said 3 soldiers died. The officials asked not to be identified.');
    expect(later.sources[0]?.anonymous).toBe(true);
  });

  it('reads "they" after a body that opened the sentence before without speaking as that body', () => {
    const set = extractClaims('A security official said eight soldiers were injured. The Kesh Front has claimed responsibility for the attack. They have disputed a claim by another official that 12 militants were killed.');
    expect(set.claims.filter((c) => c.stance === 'denies').map((c) => c.claimant)).toEqual(['kesh-front']);
  });

  it('reads "the group" after a rights group spoke as that group', () => {
    const set = extractClaims('The Kesh Rights Activists News Agency (KRANA) said it had confirmed that 12 people had been killed. However, the group added that 40 people were arrested.');
    expect(set.claims.map((c) => c.claimant)).toEqual(['krana', 'krana']);
  });

  it('gives unattributed figures to the outlet, or to "unattributed"', () => {
    expect(extractClaims('A bomb killed 13 people.', { outlet: 'CNN' }).claims[0]?.claimant).toBe('cnn');
    const set = extractClaims('A bomb killed 13 people.');
    expect(set.claims[0]?.claimant).toBe('unattributed');
    expect(set.sources).toEqual([{ id: 'unattributed', name: 'Unattributed (the article itself)', kind: 'media' }]);
  });

  it('gives "Another 17 were injured" to the speaker of the sentence before, in its paragraph only', () => {
    expect(lines(extractClaims('Police said 12 people died. Another 17 were injured.', { outlet: 'AP' }))).toEqual(['police killed people 12-12', 'police injured people 17-17']);
    expect(lines(extractClaims('Police said 12 people died.\n\nAnother 17 were injured.', { outlet: 'AP' }))).toEqual(['police killed people 12-12', 'ap injured people 17-17']);
  });
});

describe('extractClaims: stance', () => {
  it('gives the denier a denial and the denied report a claim of its own source', () => {
    const set = extractClaims(
      "Arshad dismissed reports that the militants had kidnapped some soldiers, describing them as 'false propaganda'. Reports had claimed that militants kidnapped at least 28 soldiers.",
    );
    expect(lines(set)).toEqual(['arshad abducted soldiers 0-0 denies', 'reports abducted soldiers 28-∞']);
    expect(set.claims[0]?.event).toBe(set.claims[1]?.event);
  });

  it("gives the owner of a denied claim that claim, and the denier a denial: \"dismissed the Taliban's claim that …\"", () => {
    for (const owner of ["the Taliban's", "the rebels'", 'a Taliban']) {
      const set = extractClaims(`The army dismissed ${owner} claim that 30 soldiers were killed.`);
      expect(lines(set)).toEqual(['military killed soldiers 0-0 denies', `${owner.includes('rebels') ? 'rebels' : 'taliban'} killed soldiers 30-30`]);
    }
  });

  it('denies the figures of the sentence before for "rejected the claim", not the claimant\'s own losses', () => {
    const set = extractClaims('The rebels said they lost only two men and that 18 soldiers had been killed. The army rejected the claim as baseless.');
    expect(lines(set)).toEqual(['rebels killed militants 2-2', 'rebels killed soldiers 18-18', 'military killed soldiers 0-0 denies']);
  });

  it("denies an enemy's claim of losses its nationality names: \"five Ugandan soldiers\"", () => {
    const set = extractClaims("Kenya's army said at least five Ugandan soldiers were killed. Uganda's defence ministry rejected the claim.");
    expect(lines(set)).toEqual(['kenya-military killed soldiers 5-∞', 'uganda-defence-ministry killed soldiers 0-0 denies']);
  });

  it('reads "denied any casualties" as a denial of the dead and the injured said before, and "any losses" of the dead', () => {
    const before = "Kenya's army said at least five Ugandan soldiers were killed, 12 wounded and 3 captured.";
    expect(lines(extractClaims(`${before} Uganda denied any casualties.`)).filter((l) => l.startsWith('uganda'))).toEqual(['uganda killed soldiers 0-0 denies', 'uganda injured soldiers 0-0 denies']);
    expect(lines(extractClaims(`${before} Uganda denied any losses.`)).filter((l) => l.startsWith('uganda'))).toEqual(['uganda killed soldiers 0-0 denies']);
    // Not casualties of others than the denier's own people.
    expect(lines(extractClaims('The mayor said 5 people were injured in the blast. Police denied any casualties.'))).toEqual(['mayor injured people 5-5']);
  });

  it('denies no count a refused request names: "rejected an appeal for the release of 20 seized fishermen"', () => {
    const set = extractClaims("Kenya's navy rejected Uganda's appeal for the release of 20 fishermen seized on Monday.");
    expect(set.claims.map((c) => [c.figure.low, c.stance ?? 'asserts'])).toEqual([[20, 'asserts']]);
    // But a claim dismissed "as a plea for attention" is denied.
    const dismissed = extractClaims('The rebels said they had killed 14 soldiers. The army dismissed the claim as a plea for attention.');
    expect(dismissed.claims.map((c) => [c.figure.low, c.stance ?? 'asserts'])).toEqual([[14, 'asserts'], [0, 'denies']]);
  });

  it('reaches past a sentence of only its speaker\'s own losses for what "the claim" denies', () => {
    const set = extractClaims("Kenya's army said its strike killed 300 Ugandan soldiers. Kenya said an earlier raid killed 40 of its soldiers. Uganda's army rejected the claim.");
    expect(lines(set)).toEqual(['kenya-military killed soldiers 300-300', 'kenya killed soldiers 40-40', 'uganda-military killed soldiers 0-0 denies']);
    // The 40 are Kenya's own ("of its soldiers"); the denial is of the 300 Ugandans.
    expect(set.claims.map((c) => c.measure.side)).toEqual(['uganda-state', 'kenya-state', 'uganda-state']);
  });

  it("denies none of an enemy's own losses, named by their noun: \"four rebel fighters\"", () => {
    const set = extractClaims('The rebels said in a statement that four rebel fighters were killed. The army denied the rebels\' claims.');
    expect(lines(set)).toEqual(['rebels killed militants 4-4']);
  });

  it('denies a claim its speaker calls false after quoting it, with "told" as with "said"', () => {
    for (const denial of ['"A claim that the Front killed 200 soldiers is pure fabrication," the defence minister told Reuters.', 'The claim that the Front killed 200 soldiers is false, the defence minister said.']) {
      const set = extractClaims(`The Kesh Front said it had killed 200 soldiers. ${denial}`);
      expect(lines(set), denial).toEqual(['kesh-front killed soldiers 200-200', 'defence-minister killed soldiers 0-0 denies']);
    }
  });

  it('gives a claim a denial rejects to its owner, and the denier denies it', () => {
    for (const text of ["Kenya rejected the Kesh Front's claim that it had killed 40 soldiers.", "Kenya on Monday rejected the Kesh Front's claim it had killed 40 soldiers."]) {
      expect(lines(extractClaims(text)), text).toEqual(['kenya killed soldiers 0-0 denies', 'kesh-front killed soldiers 40-40']);
    }
    // A denier that gives its own figure asserts it, and does not deny the same count again.
    expect(lines(extractClaims("Kenya rejected the Kesh Front's claim that 40 soldiers were killed, saying no soldiers died."))).toEqual(['kesh-front killed soldiers 40-40', 'kenya killed soldiers 0-0']);
  });

  it('reads "stressing", "stating" and the like as the speaker\'s participles', () => {
    const set = extractClaims('"Six soldiers died," the spokesman said, stressing that there were no civilian fatalities.');
    expect(lines(set)).toEqual(['spokesman killed soldiers 6-6', 'spokesman killed civilians 0-0']);
  });

  it('reads a verb that calls a report by a denial word as a denial: "called the report fake news"', () => {
    for (const denial of ['The army called the report fake news.', 'The army described the claim as baseless.']) {
      expect(lines(extractClaims(`The rebels said 50 soldiers were killed. ${denial}`))).toEqual(['rebels killed soldiers 50-50', 'military killed soldiers 0-0 denies']);
    }
  });

  it('keeps no denial when the denier gives its own figure for the same count', () => {
    const set = extractClaims('The ministry denied that 40 soldiers were killed. The ministry said 7 soldiers were killed.');
    expect(lines(set)).toEqual(['ministry killed soldiers 7-7']);
  });

  it('gives what "the updated list" says to the body whose statement it is', () => {
    const set = extractClaims('The Kesh Rights Commission said in a statement that 543 people had been killed. Seventeen soldiers are among the dead, according to the updated list.');
    expect(lines(set)).toEqual(['kesh-rights-commission killed people 543-543', 'kesh-rights-commission killed soldiers 17-17']);
  });

  it('keeps no denial of "the claim" when the denier counts some of the same people itself', () => {
    const set = extractClaims('Airstrikes killed nearly 30 people, rebel media reported. But state media disputed the claim and said the rebels fired the missile, killing one child.');
    expect(lines(set)).toEqual(['rebel-media killed people 27-29', 'state-media killed civilians 1-1']);
  });

  it('reads a denial without a figure beside figures outside its clause, and drops it when its clause has one', () => {
    expect(lines(extractClaims('Five soldiers were killed on Sunday, the army said, but Arshad denied that any civilians had been kidnapped.'))).toEqual([
      'military killed soldiers 5-5',
      'arshad abducted civilians 0-0 denies',
    ]);
    expect(lines(extractClaims('Arshad denied that 5 soldiers died, and Tariq denied that 7 policemen were killed, and Khan denied that any civilians were abducted, dismissing it.'))).toEqual([
      'arshad killed soldiers 0-0 denies',
      'tariq killed police 0-0 denies',
      'khan abducted civilians 0-0 denies',
    ]);
  });

  it('denies only what a clause whose subject is a pronoun names, and a verb after "but" asserts for the denier', () => {
    const set = extractClaims('Residents said soldiers killed 40 civilians and wounded 25. The army denied it had killed any civilians, but said it had captured five rebels.');
    expect(lines(set)).toEqual(['residents killed civilians 40-40', 'residents injured civilians 25-25', 'military killed civilians 0-0 denies', 'military arrested militants 5-5']);
  });

  it('reads a denial of what its own sentence said: "a claim X denied", "which X denied", "but X denied it"', () => {
    for (const denial of ['a claim the army denied', 'a claim that the army rejected', 'which the army denied', 'but the army denied it']) {
      expect(lines(extractClaims(`The rebels said they killed 12 soldiers, ${denial}.`))).toEqual(['rebels killed soldiers 12-12', 'military killed soldiers 0-0 denies']);
    }
    expect(lines(extractClaims('The rebels said they killed 12 soldiers, a figure the army called "lies".'))).toEqual(['rebels killed soldiers 12-12', 'military killed soldiers 0-0 denies']);
    // A relative clause refers to its own sentence, never to the one before.
    expect(lines(extractClaims('The rebels said they killed 12 soldiers. Critics accused the rebels of hiring foreign fighters, which the group denies.'))).toEqual(['rebels killed soldiers 12-12']);
  });

  it('drafts no zero for a turnout disputed: the organisers dismissing the police count say it was larger', () => {
    expect(lines(extractClaims('Police said 107,000 people attended the rally, a figure organisers dismissed as laughable.'))).toEqual(['police attended people 107000-107000']);
    expect(lines(extractClaims('Police said 107,000 people attended the rally. Organisers rejected the figure.'))).toEqual(['police attended people 107000-107000']);
  });

  it('gives one denial per claimant and count in a run-on sentence of denials', () => {
    expect(lines(extractClaims('X denied that 5 soldiers died, '.repeat(2000)))).toEqual(['x killed soldiers 0-0 denies']);
    const set = extractClaims(`${'5 civilians died, '.repeat(2000)}the army said. ${'The Taliban rejected the claim, '.repeat(2000)}.`);
    expect(set.claims.filter((c) => c.stance === 'denies').map((c) => `${c.claimant} ${c.measure.subject} ${c.event}`)).toEqual(['taliban civilians e1']);
  });

  it('denies at most the first 32 counts of the sentence before', () => {
    const subjects = Array.from({ length: 40 }, (_, k) => `wor${String.fromCharCode(97 + (k % 26), 97 + Math.floor(k / 26))}ers`);
    const set = extractClaims(`The army said ${subjects.map((s, k) => `${k + 1} ${s}`).join(', ')} were killed. The Taliban rejected the claim.`);
    expect(set.claims.filter((c) => c.stance === 'denies').map((c) => c.measure.subject)).toEqual(subjects.slice(0, 32));
  });
});

describe('extractClaims: "they" after a group that opened the sentence before', () => {
  it('gives the count to the group when no one has spoken yet', () => {
    const set = extractClaims('Villagers described panic in the square. At least 14 people were killed, they said.', { outlet: 'Kesh Times' });
    expect(set.claims.map((c) => [c.claimant, c.figure.low])).toEqual([['villagers', 14]]);
  });
  it('but not to the people something befell, a headline, or a group beside other people "they" may mean', () => {
    const claimants = (text: string): string[] => extractClaims(text, { outlet: 'Kesh Times' }).claims.map((c) => c.claimant);
    expect(claimants('Villagers killed in the raid were buried on Sunday. At least 40 died, they said.')).not.toContain('villagers');
    expect(claimants('Soldiers died in the ambush near Kesh. At least 12 were killed, they said.')).not.toContain('soldiers');
    expect(claimants('Protesters arrested in Dorvo\n\nMore than 100 people were detained on Sunday, they said.')).not.toContain('protesters');
    expect(claimants('No soldiers died in the attack. At least 30 militants were killed, they said.')).not.toContain('no-soldiers');
    expect(claimants('Rescuers reached the stranded miners on Tuesday. They said 8 of their colleagues had died.')).not.toContain('rescuers');
    expect(claimants('Villagers massacred in the raid were buried on Sunday. At least 40 died, they said.')).not.toContain('villagers');
    expect(claimants('Police questioned the bus drivers. They said 12 passengers died.')).not.toContain('police');
  });
  it('but not to people a count opens the sentence with, nor after someone has spoken', () => {
    const counted = extractClaims('Four soldiers died in the raid. The group said it had killed 15, they said.', { outlet: 'Kesh Times' });
    expect(counted.claims.map((c) => c.claimant)).not.toContain('soldiers');
    const spoken = extractClaims('The army said 9 soldiers died. Residents fled the town. At least 30 were killed, they said.', { outlet: 'Kesh Times' });
    expect(spoken.claims.map((c) => c.claimant)).not.toContain('residents');
  });
});

describe('extractClaims: "he" or "she" after a person named by a role in the sentence before', () => {
  it('gives the count to the role when no person has spoken', () => {
    const alone = extractClaims('The mayor toured the flooded streets. Speaking to reporters, she said 17 people had died.', { outlet: 'Kesh Times' });
    expect(alone.claims.map((c) => [c.claimant, c.figure.low])).toEqual([['mayor', 17]]);
    const after = extractClaims('The army said 9 soldiers died. The mayor toured the flooded streets. She said 17 people had died.', { outlet: 'Kesh Times' });
    expect(after.claims.map((c) => [c.claimant, c.figure.low])).toEqual([['military', 9], ['mayor', 17]]);
  });
  it('but not a role that died, nor one beside another person "he" or "she" may mean', () => {
    const claimants = (text: string): string[] => extractClaims(text, { outlet: 'Kesh Times' }).claims.map((c) => c.claimant);
    expect(claimants('The commander died in the ambush. At least 11 soldiers were killed, he said.')).not.toContain('commander');
    expect(claimants('The minister sacked the police chief on Monday. He had said only 4 protesters were killed.')).not.toContain('minister');
    expect(claimants('The mayor visited Ana Petrovic, whose son was hurt. She said 14 people died in her street.')).not.toContain('mayor');
  });
  it('but keeps the person who spoke last when one has', () => {
    const set = extractClaims('Police chief Ali Musa said 9 soldiers died. The mayor toured the flooded streets. He said 17 people had died.', { outlet: 'Kesh Times' });
    expect(set.claims[1]?.claimant).not.toBe('mayor');
  });
});

describe('extractClaims: shapes of the sixth blind set (our own sentences)', () => {
  it('reads a state\'s force named in common nouns after "members of"', () => {
    expect(lines(extractClaims('So far 105 members of the Kenyan armed forces have been killed, the prime minister said.'))).toEqual(['prime-minister killed soldiers 105-105']);
    expect(lines(extractClaims('Officials said 12 members of the Malian military were killed.'))).toEqual(['officials killed soldiers 12-12']);
    // A body that is no state's force stays as before.
    expect(lines(extractClaims('Officials said 12 members of the Kesh family were killed.'))).toEqual(['officials killed people 12-12']);
    // Nor when the phrase goes on past the force, or a name before it is no state's.
    expect(lines(extractClaims('At least 20 members of the military police were injured, officials said.'))).toEqual(['officials injured police 20-∞']);
    expect(lines(extractClaims('Officials said 30 members of the armed forces\' families were displaced.'))).toEqual(['officials displaced families 30-30']);
    expect(lines(extractClaims('Police said 12 members of the Tigray armed forces were killed.'))).toEqual([]);
  });

  it('passes adverbs and auxiliaries of effort between a count and its verb', () => {
    expect(lines(extractClaims('Nine people were nonetheless killed in accidents, said General Ali Musa.'))).toEqual(['ali-musa killed people 9-9']);
    expect(lines(extractClaims('Thousands managed to flee, the agency said.'))).toEqual(['agency displaced people 2000-9999']);
    expect(lines(extractClaims('Six people were, however, injured in the blast, police said.'))).toEqual(['police injured people 6-6']);
    expect(lines(extractClaims('The health minister said one person had passed away at the hospital.'))).toEqual(['health-minister killed people 1-1']);
  });

  it('reads a list of what the counted are held for up to their verb', () => {
    expect(lines(extractClaims('Police said 70 protesters accused of rioting, destroying property, and looting were arrested last night.'))).toEqual(['police arrested protesters 70-70']);
    expect(lines(extractClaims('Police said 70 men accused of rioting and arson were arrested.'))).toEqual(['police arrested people 70-70']);
    // ("and" before an outcome word is no part of the list.)
    expect(lines(extractClaims('Police said 70 men accused of looting and wounded officers were arrested.'))).toEqual([]);
  });

  it('reads "alleged" after a preposition as an adjective, no cue', () => {
    expect(lines(extractClaims('The interior ministry said that 75 people were detained amid alleged damage to property.'))).toEqual(['interior-ministry arrested people 75-75']);
  });

  it('counts a crowd by "N-strong" and hedges by a trailing "at most"', () => {
    expect(lines(extractClaims('The Home Department reported a 21,000-strong crowd the same day.'))).toEqual(['home-department attended people 21000-21000']);
    // A force is no crowd, nor is a crowd hoped for or spoken to.
    expect(lines(extractClaims('The army said a 300-strong force attacked the base.'))).toEqual([]);
    expect(lines(extractClaims('Organisers had hoped for a 100,000-strong crowd in Kesh.'))).toEqual([]);
    expect(lines(extractClaims('Ali Musa told a 12,000-strong crowd in Kesh that the agency would be banned.'))).toEqual([]);
    expect(lines(extractClaims('The police said there were 20,000 at most at the march.'))).toEqual(['police attended people 0-20000']);
  });

  it('counts others with "more" before a preposition after a verb of another outcome', () => {
    expect(lines(extractClaims('Militants killed 12 soldiers and wounded six more in an attack on a checkpoint, the military said.'))).toEqual(['military killed soldiers 12-12', 'military injured soldiers 6-6']);
    expect(lines(extractClaims('The gunmen killed 3 worshippers and injured 6 more inside the church, police said.'))).toEqual(['police killed worshippers 3-3', 'police injured worshippers 6-6']);
  });

  it('reads "crossed over to" and "taking shelter" as displacement', () => {
    expect(lines(extractClaims('The home minister said 12,121 people from Belwa have crossed over to Kesh.'))).toEqual(['home-minister displaced people 12121-12121']);
    expect(lines(extractClaims('Floods killed more than 100 people, displacing thousands of others, officials said.'))).toEqual(['officials killed people 101-∞', 'officials displaced people 2000-9999']);
  });

  it('reads "denied there had been casualties" as "denied any casualties"', () => {
    expect(lines(extractClaims('Militants said they killed 40 soldiers, but the army denied there had been casualties.'))).toEqual(['militants killed soldiers 40-40', 'military killed soldiers 0-0 denies']);
    // Casualties of others, or a denial negated, deny nothing of the count.
    expect(lines(extractClaims('The rebels said they killed 30 soldiers; the army denied there had been casualties among civilians.'))).toEqual(['rebels killed soldiers 30-30']);
    expect(lines(extractClaims('The rebels said they killed 9 soldiers, but the army denied that there were any losses of equipment.'))).toEqual(['rebels killed soldiers 9-9']);
    expect(lines(extractClaims('The rebels said 20 soldiers died in the ambush; the army never denied any casualties.'))).toEqual(['rebels killed soldiers 20-20']);
    expect(lines(extractClaims('The rebels said they killed 30 soldiers; the army denied any casualties among its personnel.'))).toEqual(['rebels killed soldiers 30-30', 'military killed soldiers 0-0 denies']);
  });

  it('gives a participle after a sentence that opens on a conjunction and a fronted phrase to the clause\'s subject', () => {
    expect(lines(extractClaims('But despite the outcry, Ali Musa defended the raid, saying that five police and four soldiers had been killed.'))).toEqual(['ali-musa killed police 5-5', 'ali-musa killed soldiers 4-4']);
  });

  it('reads no denial of zero in "disputed the figure and put it much lower"', () => {
    expect(lines(extractClaims('About 11,300 people died in Kesh, the UN said, but other officials disputed the figure and put it much lower.'))).toEqual(['un killed people 10170-12430']);
    expect(lines(extractClaims('Rebels said 40 soldiers died, but the army rejected the figure.'))).toEqual(['rebels killed soldiers 40-40', 'military killed soldiers 0-0 denies']);
  });

  it('gives a report whose aside says who saw it ("…, seen by Reuters,") the report\'s count', () => {
    expect(lines(extractClaims('A Kesh intelligence report, seen by Reuters on Thursday, estimated the death toll at about 300.'))).toEqual(['kesh-intelligence-report killed people 270-330']);
  });

  it('reads "from Kesh and neighbouring Dorvo" as a place the people counted came from', () => {
    expect(lines(extractClaims('The group said that 20 soldiers from Kesh and neighbouring Dorvo had been killed.'))).toEqual(['group killed soldiers 20-20']);
  });

  it('gives a participle after a clause of its own to that clause\'s subject', () => {
    expect(lines(extractClaims('He said several people had been killed, but Health Minister Ali Musa later corrected that statement, saying one person had died.'))).toEqual(['ali-musa killed people 1-1']);
    expect(lines(extractClaims('The army said five soldiers died. The Taliban later issued a statement, saying 68 were killed.'))).toEqual(['military killed soldiers 5-5', 'taliban killed soldiers 68-68']);
    expect(lines(extractClaims('On Monday, the Taliban issued a statement, saying 68 people were killed.'))).toEqual(['taliban killed people 68-68']);
    // A clause of what was said, with no party for its subject, speaks for no one.
    expect(lines(extractClaims('The ministry said 40 people had died, although the figure could rise, adding that 100 were injured.'))).toEqual(['ministry killed people 40-40', 'ministry injured people 100-100']);
    expect(lines(extractClaims('The Musa family issued a statement, saying 15 were killed.'))).toEqual(['musa-family killed people 15-15']);
    // A participle right after its speaker's clause goes on for it, as before.
    expect(lines(extractClaims('The army said five soldiers died in the attack, adding that 12 were injured.'))).toEqual(['military killed soldiers 5-5', 'military injured soldiers 12-12']);
  });

  it('gives a count to those it was compiled from or supplied by', () => {
    expect(lines(extractClaims('A Sunday toll compiled from medical sources put the number of dead at 11.'))).toEqual(['medical-sources killed people 11-11']);
    expect(lines(extractClaims('The blast killed at least 33 miners, according to the latest casualty count supplied by officials in the city.'))).toEqual(['officials killed miners 33-∞']);
    expect(lines(extractClaims('A toll compiled from the health ministry put the number of dead at 11.'))).toEqual(['health-ministry killed people 11-11']);
    // Supplied with equipment, a party stays the one that speaks.
    expect(lines(extractClaims('Officials supplied by the ministry with new data said 26 people had died.'))).toEqual(['officials killed people 26-26']);
  });

  it('reads lists inside a count\'s phrase up to its verb: places, nouns for the same people, a name\'s initialism', () => {
    expect(lines(extractClaims('Over 200,000 people in Kesh, Dorvo and Tamar provinces have had to be evacuated, the agency said.'))).toEqual(['agency displaced people 200001-∞']);
    expect(lines(extractClaims('Authorities said more than 100 politicians, activists and academics were detained.'))).toEqual(['authorities arrested politicians 101-∞']);
    expect(lines(extractClaims('Four Dorvo Army (DA) soldiers were killed, a DA spokesman said.'))).toHaveLength(1);
  });

  it('gives a participle after a second speaker\'s verb to that speaker', () => {
    expect(lines(extractClaims('Police said 4 people were killed, but the Dorvo Relief Agency disputed that, saying 11 had died.'))).toEqual(['police killed people 4-4', 'dorvo-relief-agency killed people 11-11']);
    expect(lines(extractClaims('Police said 6 were killed, but the Dorvo Relief Agency said 14 had died, adding that 30 were injured.'))).toEqual(['police killed people 6-6', 'dorvo-relief-agency killed people 14-14', 'dorvo-relief-agency injured people 30-30']);
    // "according to" names a source, not a speaker: the participle goes on for the sentence's.
    expect(lines(extractClaims('Police said 12 people died, according to hospital officials, adding that 20 were injured.'))).toEqual(['hospital-officials killed people 12-12', 'police injured people 20-20']);
  });

  it('keeps a participle\'s aside out of a speaker\'s name', () => {
    expect(extractClaims('The Kesh government, facing an election in the coming months, said 40 people died.').sources.map((s) => s.name)).toEqual(['The Kesh government']);
    // A name after the comma stays: "The army, the Kesh Defence Force,".
    expect(extractClaims('A rights group, Kesh Watch, said 40 people died.').sources.map((s) => s.name)).not.toEqual(['A rights group']);
  });

  it('counts no turnout of a few people a crowd story tells of, with no verb of coming', () => {
    expect(lines(extractClaims('Thousands marched in Kesh. There were reports of about a dozen protesters fainting in the heat.'))).toEqual(['unattributed attended people 2000-9999']);
    expect(lines(extractClaims('Only a handful of protesters turned up, police said.'))).toEqual(['police attended protesters 2-5']);
    expect(lines(extractClaims('The rally in Kesh drew no more than a few thousand people, police said.'))).toEqual(['police attended people 0-5000']);
  });

  it('reads a claim of an attack as no report of its toll', () => {
    expect(lines(extractClaims('Jets struck a camp of the Kesh Front, the group that claimed a suicide car bomb attack that killed at least 40 police in Dorvo.'))).toEqual(['unattributed killed police 40-∞']);
    // A claim that the attack killed them reports the count.
    expect(lines(extractClaims('The Kesh Front claimed the attack killed 40 soldiers.'))).toEqual(['kesh-front killed soldiers 40-40']);
  });

  it('reads "local" before a noun as an adjective, and "most estimates" as no party\'s name', () => {
    expect(lines(extractClaims('Police said 12 local officials were killed.'))).toEqual(['police killed officials 12-12']);
    expect(lines(extractClaims('Police said 12 locals were killed.'))).toEqual(['police killed civilians 12-12']);
    expect(lines(extractClaims('Most estimates put the crowd at 500,000.'))).toEqual(['most-estimates attended people 500000-500000']);
  });

  it('ends a leading cue\'s words at ", but" before a trailing cue that counts the clause after it', () => {
    expect(lines(extractClaims('Kesh said it would send help, but no police were at the protest, which attracted around 200,000 people, a Reuters reporter estimated.'))).toEqual(['reuters-reporter attended people 180000-220000']);
    // ", but that" and ", but not" go on with the leading speaker's words, which the medium relays.
    expect(lines(extractClaims('The army said it had secured the town, but that 14 soldiers were wounded, the Dorvo Times reported.'))).toEqual(['military injured soldiers 14-14']);
  });
});

describe('extractClaims: shapes of the seventh blind set (our own sentences)', () => {
  it('keeps the article\'s own running total since unrest began, but not a war\'s background', () => {
    const opts = { publishedAt: SUNDAY };
    expect(lines(extractClaims('At least 200 workers have been arrested since their protests began.', opts))).toEqual(['unattributed arrested workers 200-∞']);
    expect(lines(extractClaims('At least 40 people have been killed since clashes broke out.', opts))).toEqual(['unattributed killed people 40-∞']);
    expect(lines(extractClaims('At least 4,000 people have been killed since the war began.', opts))).toEqual([]);
    expect(lines(extractClaims('At least 4,000 people have been killed since the beginning of the war.', opts))).toEqual([]);
    expect(lines(extractClaims('At least 4,000 people have been killed since the invasion began.', opts))).toEqual([]);
    // A start named after it dates the total: long ago is background, a fortnight is not.
    expect(lines(extractClaims('At least 15 people have been killed since the protests began in March 2007.', opts))).toEqual([]);
    expect(lines(extractClaims('At least 15 people have been killed since the protests began two years ago.', opts))).toEqual([]);
    expect(lines(extractClaims('As many as 200 workers have been arrested since their protests started a fortnight ago.', opts))).toEqual(['unattributed arrested workers 0-200']);
    expect(lines(extractClaims('No one had been killed since the protests began until last week.', opts))).toEqual([]);
  });

  it('reads the toll after the figure it was moved to, past a phrase of time before "to"', () => {
    expect(lines(extractClaims('The authorities raised this Saturday to 23 the number of deaths on the border.'))).toEqual(['authorities killed people 23-23']);
    expect(lines(extractClaims('The ministry lowered to 300 the confirmed death toll from the floods.'))).toEqual(['ministry killed people 300-300']);
    expect(lines(extractClaims('Two more died overnight, bringing to 96 the number killed, officials said.'))).toEqual(['officials killed people 2-2', 'officials killed people 96-96']);
    expect(lines(extractClaims('The army said the attack brought to 40 the number of soldiers killed this year.'))).toEqual(['military killed soldiers 40-40']);
    expect(lines(extractClaims('The authorities raised on Saturday to 23 the number of deaths on the border.'))).toEqual(['authorities killed people 23-23']);
    expect(lines(extractClaims('The army raised to 23 from 19 the number of soldiers killed.'))).toEqual(['military killed soldiers 23-23']);
    expect(lines(extractClaims('Officials lowered to 300 from 320 the death toll.'))).toEqual(['officials killed people 300-300']);
    // A move to a number of something else is no toll.
    expect(lines(extractClaims('The ministry raised to 40 the number of schools closed.'))).toEqual([]);
    expect(lines(extractClaims('The outbreak brought to 12 the number of countries reporting deaths from the virus.'))).toEqual([]);
    expect(lines(extractClaims('Prosecutors raised to 23 the number of arrest warrants issued over the massacre.'))).toEqual([]);
    // An incident that moves a toll says nothing: the speaker before it does.
    expect(lines(extractClaims('Officials said the floods had raised to 23 the number of deaths in Kesh.'))).toEqual(['officials killed people 23-23']);
    expect(lines(extractClaims('The army said the fighting had raised the number of its soldiers killed to 51.'))).toEqual(['military killed soldiers 51-51']);
  });

  it('ends a passive\'s agent at a conjunction, so that a second passive has its own', () => {
    expect(lines(extractClaims('The death toll was put at 8 by local authorities but the figure was later increased to 11 by another official.'))).toEqual(['authorities killed people 8-8', 'official killed people 11-11']);
    // A time after "by" is no agent.
    expect(lines(extractClaims('The death toll was increased to 11 by Sunday evening as more bodies were found in Kesh.'))).toEqual(['unattributed killed people 11-11']);
    expect(lines(extractClaims('The death toll was updated to 17 by the time rescuers left Dorvo.'))).toEqual(['unattributed killed people 17-17']);
  });

  it('reads a cue noun inside a speaker\'s appositive as a noun', () => {
    expect(lines(extractClaims('The Kesh Times said 20,000 people came, while Dorvo Count, a group specialising in rally estimates, said 15,000 people attended the rally.'))).toEqual(['kesh-times attended people 20000-20000', 'dorvo-count attended people 15000-15000']);
    // A verb after a noun and a preposition still reports.
    expect(lines(extractClaims('The Kesh government in exile reports that 140 people were killed.'))).toEqual(['kesh-government killed people 140-140']);
    expect(lines(extractClaims('The ministry of health reports 23 deaths from cholera in Kesh.'))).toEqual(['ministry killed people 23-23']);
  });

  it('reads "puts N deaths" as a toll given', () => {
    expect(lines(extractClaims('The Kesh Rights Association puts the total number of dead at 27, while the organization Dorvo Borders puts 37 deaths.'))).toEqual(['kesh-rights-association killed people 27-27', 'dorvo-borders killed people 37-37']);
  });

  it('takes the outcome of a count noun from the harm named right after its "of"', () => {
    expect(lines(extractClaims('The commander put the death toll at 500, and estimated the likely figure of injured at 1,600.'))).toEqual(['commander killed people 500-500', 'commander injured people 1600-1600']);
  });

  it('gives the missing no outcome of a count before them, nor of a toll', () => {
    expect(lines(extractClaims('The agency reported 275 wounded people and 38 people missing.'))).toEqual(['agency injured people 275-275']);
    expect(lines(extractClaims('The agency reported 275 injured people and 38 others missing.'))).toEqual(['agency injured people 275-275']);
    expect(lines(extractClaims('The new tally of 66 people still missing represents a drop from a week earlier.'))).toEqual([]);
  });

  it('goes on with a list after a report noun\'s "of", which is no breakdown', () => {
    expect(lines(extractClaims('The agency said it received reports of 177 deaths, 275 injured people.'))).toEqual(['agency killed people 177-177', 'agency injured people 275-275']);
    // "of the 27 dead, 15 were women" is a part, as before, and so is a count with no outcome of its own after a toll.
    expect(lines(extractClaims('The ministry gave a toll of 177 dead, 40 were children.'))).toEqual(['ministry killed people 177-177']);
    expect(lines(extractClaims('Roy said of the 1,100 injured, less than 200 are being treated in hospitals.'))).toEqual(['roy injured people 1100-1100']);
  });

  it('reads how a count is known, after it, as no verb', () => {
    expect(lines(extractClaims('Police reported 375 confirmed deaths.'))).toEqual(['police killed people 375-375']);
    expect(lines(extractClaims('Police said 375 recorded deaths had been logged.'))).toEqual(['police killed people 375-375']);
    expect(lines(extractClaims('Police reported 375 deaths, with 500 reported as injured.'))).toEqual(['police killed people 375-375', 'police injured people 500-500']);
    // A count that opens its clause is of those who reported.
    expect(lines(extractClaims('Of those surveyed in Kesh, 40 reported deaths in their families, the Dorvo Relief Agency said.'))).toEqual([]);
  });

  it('gives counts after a party\'s tally "from" it and a comparative to that party', () => {
    expect(lines(extractClaims('The tally from the police, however, is higher, with 375 deaths and 500 injured.'))).toEqual(['police killed people 375-375', 'police injured people 500-500']);
    // A place after "from" is no party, nor is it after a possessive.
    expect(lines(extractClaims('The tally from Kesh, however, is higher, with 375 deaths.'))).toEqual(['unattributed killed people 375-375']);
    expect(lines(extractClaims('The ministry\'s figures from Kesh are higher, with 80 dead.'))).toEqual(['unattributed killed people 80-80']);
  });

  it('reads an aside between dashes before the verb', () => {
    expect(lines(extractClaims('At least 13 civilians – including two children – have been killed in an attack on Kesh, officials said.'))).toEqual(['officials killed civilians 13-∞']);
    expect(extractClaims('More than 200 people – according to the Dorvo Relief Agency – have been displaced.').sources.map((s) => s.name)).toEqual(['the Dorvo Relief Agency']);
  });

  it('reads a state\'s people\'s force as its military, and bodies of a state\'s soldiers as soldiers', () => {
    expect(extractClaims('Twelve soldiers were killed, the Uganda People\'s Defence Forces said.').sources.map((s) => s.kind)).toEqual(['military']);
    // A people's force of no state is an armed group, as before.
    expect(extractClaims('Twelve soldiers were killed, the Karenni People\'s Defence Force said.').sources.map((s) => s.kind)).toEqual(['armed-group']);
    expect(lines(extractClaims('The guerrillas said they recovered 12 bodies of Sri Lankan soldiers.'))).toEqual(['guerrillas killed soldiers 12-12']);
    expect(lines(extractClaims('Police said 43 commandos were killed.'))).toEqual(['police killed security-forces 43-43']);
  });

  it('reads "WHO" in capitals as a name, not a relative pronoun', () => {
    expect(lines(extractClaims('The WHO said 60 people were killed in Kesh.'))).toEqual(['who killed people 60-60']);
    expect(lines(extractClaims('60 people were killed, the WHO said.'))).toEqual(['who killed people 60-60']);
    // "who" in lower case opens a relative clause, as before.
    expect(lines(extractClaims('The official who said 60 people were killed was dismissed.'))).toHaveLength(1);
  });

  it('reads no count denied in what one person denies of herself', () => {
    expect(lines(extractClaims('The magazine said the witness was one of the women, but she denies she was kidnapped.'))).toEqual([]);
    expect(lines(extractClaims('The rebels said they kidnapped 12 soldiers, but the army denied that any soldiers had been kidnapped.'))).toEqual(['rebels abducted soldiers 12-12', 'military abducted soldiers 0-0 denies']);
  });

  it('reads an origin joined to an adjective of a known noun as the noun alone', () => {
    expect(lines(extractClaims('Officials said more than 16,000 Sudanese and foreign nationals crossed into Egypt.'))).toEqual(['officials displaced people 16001-∞']);
  });
});

describe('extractClaims: shapes of the eighth blind set (our own sentences)', () => {
  it('reads "one of" in a speaker\'s phrase as which of them, no count', () => {
    expect(lines(extractClaims('A doctor at one of the city hospitals said he had received 25 bodies and 154 injured.'))).toEqual(['doctor killed people 25-25', 'doctor injured people 154-154']);
  });

  it('counts a part "of whom" another outcome befell as a count of that outcome', () => {
    expect(lines(extractClaims('Police said 2,500 people took part in the protests in Kesh, 1,700 of whom were detained.'))).toEqual(['police attended people 2500-2500', 'police arrested people 1700-1700']);
    // A part the same outcome befell, or who they were, stays a part.
    expect(lines(extractClaims('Police said 40 people were killed, 12 of whom were children.'))).toEqual(['police killed people 40-40']);
    expect(lines(extractClaims('Police arrested 200 people, 150 of whom were detained overnight.'))).toEqual(['police arrested people 200-200']);
  });

  it('passes a word for how bad between "suffered" and the outcome\'s noun', () => {
    expect(lines(extractClaims('Officials said 162 people suffered minor injuries.'))).toEqual(['officials injured people 162-162']);
    expect(lines(extractClaims('Medics said 12 soldiers sustained serious wounds.'))).toEqual(['medics injured soldiers 12-12']);
  });

  it('gives a relative clause\'s cue to the noun after a preposition before it', () => {
    expect(lines(extractClaims('The figure contrasts with a statement from the Interior Ministry, which said that nine people were killed.'))).toEqual(['interior-ministry killed people 9-9']);
    // A name with "of" in it stays whole.
    expect(extractClaims('Rebels attacked, said the Ministry of Health, which said that nine people were killed.').sources.map((s) => s.name)).toContain('the Ministry of Health');
  });

  it('counts "N-strong crowds" as "a N-strong crowd"', () => {
    expect(lines(extractClaims('Police reported 20,000-strong crowds in the capital.'))).toEqual(['police attended people 20000-20000']);
    // Other plurals after "-strong" still count nothing.
    expect(lines(extractClaims('The army said 300-strong units attacked the town.'))).toEqual([]);
  });

  it('reads "the total number" after the figure it moved to', () => {
    expect(lines(extractClaims('Officials said the bombing raised to 200 the total number of refugees killed in the offensive.'))).toEqual(['officials killed refugees 200-200']);
  });
});

describe('extractClaims: events', () => {
  it('sets a count "alone" before its figure apart as a part: "in her street alone, six people"', () => {
    const set = extractClaims('A resident said 120 people were abducted. He said that in her street alone, six people had been kidnapped.');
    expect(set.claims.map((c) => c.figure.low)).toEqual([120, 6]);
    expect(set.claims[1]?.event).not.toBe(set.claims[0]?.event);
    // Not "alone" said of the speakers: their count rivals the one before.
    const rivals = extractClaims('The army said 30 soldiers died in the ambush. Rebels, fighting alone, said they killed 80 soldiers.');
    expect(rivals.claims[1]?.event).toBe(rivals.claims[0]?.event);
  });

  it('reads the article\'s own count "since the start of" a year as background, with no publication date', () => {
    const set = extractClaims('Some 39 people died in the attack on Saturday, the government said. Gunmen have killed almost 800 people in Kesh since the start of 2016.', { outlet: 'Dawn' });
    expect(set.claims.map((c) => c.figure.low)).toEqual([35]);
  });

  it('reads no scene for a total in the places of its breakdown: "17 people, five in Kesh and three in Dorvo"', () => {
    for (const breakdown of ['five in the village of Kesh and three in the village of Dorvo', 'five of them in the village of Kesh']) {
      const set = extractClaims(`At least 12 people were killed on Thursday in Belwa province, officials said. One official said attackers killed at least 17 people, ${breakdown}.`, { outlet: 'Dawn' });
      expect(set.claims[1]?.figure.low, breakdown).toBe(17);
      expect(set.claims[1]?.event, breakdown).toBe(set.claims[0]?.event);
    }
  });

  it('sets a count of "a 2007 ambush" apart from the incident of the day, with no publication date', () => {
    const set = extractClaims('At least 10 people were killed on Thursday in Kesh, officials said. The district was also the scene of a 2007 ambush in which five soldiers died.', { outlet: 'Dawn' });
    expect(new Set(set.claims.map((c) => c.event)).size).toBe(2);
  });

  it('resolves the article\'s times against publishedAt', () => {
    const day = (text: string) => extractClaims(text, { publishedAt: SUNDAY }).events[0]?.period;
    expect(day('5 soldiers were killed on Thursday, the army said.')).toEqual({ start: '2009-10-15', end: '2009-10-15' });
    expect(day('5 soldiers were killed in the last 24 hours, the army said.')).toEqual({ start: '2009-10-17', end: '2009-10-18' });
    expect(day('Last week, 5 soldiers were killed, the army said.')).toEqual({ start: '2009-10-05', end: '2009-10-11' });
    expect(day('The army said 5 soldiers were killed.')).toEqual({ start: '2009-10-17', end: '2009-10-18' });
    expect(day('The offensive was launched Saturday. 4 soldiers were killed on the first day, the army said.')).toEqual({ start: '2009-10-17', end: '2009-10-17' });
  });

  it('reads a publication year below 100 as written, not as 19xx', () => {
    const period = extractClaims('5 soldiers were killed on Thursday, the army said.', { publishedAt: '0050-03-10' }).events[0]?.period;
    expect(period).toEqual({ start: '0050-03-10', end: '0050-03-10' });
  });

  it('dates a statement by the day at its cue, not the incident', () => {
    const [claim] = extractClaims("Pakistan's army said Sunday it has killed 60 militants.", { publishedAt: SUNDAY }).claims;
    expect(claim?.statedAt).toBe(SUNDAY);
  });

  it('dates a statement by a day that opens its sentence, after an adverb of order too', () => {
    const set = extractClaims('Kesh denied on Sunday that 11 of its soldiers died. Earlier on Saturday, the Dorvo army chief had claimed that his troops killed at least 11 Kesh soldiers.', { publishedAt: SUNDAY });
    const chief = set.claims.find((c) => c.figure.hedge === 'at-least');
    expect(chief?.statedAt).toBe('2009-10-17');
    expect(new Set(set.claims.map((c) => c.event)).size).toBe(1);
  });

  it('makes one event per incident, places broad to narrow, parts within the whole', () => {
    const set = extractClaims(
      "Sixty militants were killed in Pakistan's North Waziristan region on Sunday. Over 30 militants were killed in clashes south of the town of Mir Ali, the army said. Elsewhere, at least eight militants were killed on Saturday in the Mohmand Agency.",
      { publishedAt: SUNDAY, document: 'd' },
    );
    expect(set.events.map((e) => [e.id, e.place, e.period?.start, e.partOf ?? null])).toEqual([
      ['d#e1', ['Pakistan', 'North Waziristan'], '2009-10-18', null],
      ['d#e2', ['Pakistan', 'North Waziristan', 'Mir Ali'], '2009-10-18', 'd#e1'],
      ['d#e3', ['Pakistan', 'Mohmand Agency'], '2009-10-17', null],
    ]);
    expect(set.claims.map((c) => c.event)).toEqual(['d#e1', 'd#e2', 'd#e3']);
  });
});

describe('extractClaims: evidence and output', () => {
  it('quotes the sentence and points at the figure', () => {
    const text = 'It was a bad day. Five soldiers were killed, the military said.';
    const [claim] = extractClaims(text, { document: 'a.txt' }).claims;
    expect(claim?.id).toBe('a.txt#c1');
    expect(claim?.evidence).toEqual({ document: 'a.txt', quote: 'Five soldiers were killed, the military said.', start: 18, end: 22 });
    expect(text.slice(18, 22)).toBe(claim?.figure.text);
  });

  it('rejects a publishedAt that is not an ISO date, naming the function', () => {
    expect(() => extractClaims('text', { publishedAt: '18 October 2009' })).toThrow(/^extractClaims: options.publishedAt must be/);
  });
});

// Words and marks news text is made of, so that random texts reach the extractor's deeper paths.
const FRAGMENTS = [
  'said', 'told', 'CNN', 'claimed', 'added', 'according to', 'denied', 'dismissed', 'reports that', 'the claim',
  'killed', 'wounded', 'were', 'had been', 'soldiers', 'militants', '"terrorists"', 'others', 'and', 'of the',
  'at least', 'nearly 300', 'five', '12', '1,033', 'dozens of', 'no', 'none', 'all', 'escaped', 'lost', 'toll',
  'put the death toll at', 'the statement', 'He', 'Pakistan', "Pakistan's army", 'in', 'North Waziristan', 'on Sunday',
  'last week', 'in the last 24 hours', 'the first day', 'launched', 'Gen.', 'Azam Tariq', 'spokesman', '(TTP)', ',',
  '.', ';', '—', '\n', '"', 'who asked not to be identified', 'on condition of anonymity', 'including', 'more',
  'in a separate incident', 'Elsewhere', 'the town of', 'Mir Ali', '1979-1989', '$7.5 billion', 'May 14', '24 hours',
];
const newsText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), newsText, fc.string({ maxLength: 200 }));
const publishedAt = fc.constantFrom(undefined, SUNDAY, '2021-09-15T08:30:00Z', '2000-02-29');

describe('extractClaims: properties', () => {
  it('never throws, and its output always validates with parseClaimSet, unchanged', () => {
    fc.assert(
      fc.property(anyText, publishedAt, fc.constantFrom(undefined, 'CNN'), (text, date, outlet) => {
        const set = extractClaims(text, { ...(date === undefined ? {} : { publishedAt: date }), ...(outlet === undefined ? {} : { outlet }), document: 'doc' });
        const parsed = parseClaimSet(set);
        expect(parsed.success ? parsed.data : parsed.error.message).toEqual(set);
      }),
      { numRuns: 400 },
    );
  });

  it("slices every claim's evidence offsets to its figure text, inside its quote", () => {
    fc.assert(
      fc.property(anyText, publishedAt, (text, date) => {
        for (const claim of extractClaims(text, date === undefined ? {} : { publishedAt: date }).claims) {
          const { start, end, quote } = claim.evidence ?? {};
          expect(text.slice(start, end)).toBe(claim.figure.text);
          expect(quote).toContain(claim.figure.text);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        expect(extractClaims(text, { publishedAt: SUNDAY })).toEqual(extractClaims(text, { publishedAt: SUNDAY }));
      }),
    );
  });
});
