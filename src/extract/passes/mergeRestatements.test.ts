import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extractClaims.js';

const claims = (text: string, outlet?: string): string[] =>
  extractClaims(text, outlet === undefined ? {} : { outlet }).claims.map((c) => `${c.claimant} ${c.measure.outcome} ${c.measure.subject} ${c.figure.low}`);

describe('mergeRestatements: one claim per figure a reader sees once', () => {
  it.each([
    ['a headline the body restates', 'Bomb kills five rangers\n\nFive paramilitary rangers were killed, police said.', undefined, ['police killed paramilitary 5']],
    ['a lead that a named source restates', 'A bombing killed 33 people. Hospital officials said the toll had risen to 33.', 'Reuters', ['hospital-officials killed people 33']],
    ['faceless officials in the lead, then a named officer of their side', 'Rebels killed 12 Kenyan soldiers at a base, officials said.\n\nArmy officer Ali Hassan said 12 soldiers were killed.', undefined, ['ali-hassan killed soldiers 12']],
    ['but not faceless officials of no side, beside a named source of no side', 'Provincial officials said 22 people died on Friday night.\n\nClinic director Ali Musa said the bodies of 22 people were taken to its morgue.', undefined, ['provincial-officials killed people 22', 'clinic killed people 22']],
    ['faceless officials of no side, then a named officer', 'Rebels killed 12 soldiers at a base, officials said.\n\nArmy spokesman Ivo Darn said 12 soldiers were killed.', undefined, ['military killed soldiers 12']],
    ['the same party saying it twice', 'The army said 14 soldiers died. In a statement, the military said 14 soldiers had died.', undefined, ['military killed soldiers 14']],
    ['a headline that rounds a body figure', 'Clashes kill more than 600\n\nThe ministry said 638 people died.', undefined, ['ministry killed people 638']],
    ['a vague headline over an open body figure inside its range', 'Scores of protesters shot dead\n\nSecurity forces killed at least 50 people, the group said.', undefined, ['group killed people 50']],
    ['a broader count beside the same count narrower', 'Five members of security forces died, the agency said. "Five soldiers were killed," said the agency.', undefined, ['agency killed soldiers 5']],
    ['the same count again for a place within the incident, and a denial of it', 'The army said five people were killed in Kenya\'s Turkana region. "Five people were killed," the army said, adding the clash occurred near the village of Belwa. The rebels denied it.', undefined, ['kenya-military killed people 5', 'rebels killed people 0']],
    ['the same party\'s "about N", then N in its quote', 'Police said some 5,000 protesters marched. "So far 5,000 protesters have marched," a police spokesman said.', undefined, ['police attended protesters 4500']],
    ['a state named bare and its army giving the same count, the army\'s', 'Kenya said its forces killed 35 militants. Kenya\'s army said 35 militants were killed.', undefined, ['kenya-military killed militants 35']],
    ['one body named whole within another name', 'The Dorvo Rights League said 37 people died. A joint report by the Dorvo Rights League and Kesh Watch said 37 people were killed.', undefined, ['dorvo-rights-league killed people 37']],
    ['a people count beside the same count named', 'Police said eight people died. Police said eight soldiers died.', undefined, ['police killed soldiers 8']],
  ])('%s', (_, text, outlet, expected) => {
    expect(claims(text, outlet)).toEqual(expected);
  });

  it('keeps two parties\' equal figures, and the same party\'s different ones', () => {
    expect(claims('The army said 14 soldiers died. The rebels said 14 soldiers died.')).toEqual(['military killed soldiers 14', 'rebels killed soldiers 14']);
    expect(claims('The Kenyan police said 14 people died. The Kenyan Red Cross said 14 people died.')).toEqual(['kenya-police killed people 14', 'kenya-red-cross killed people 14']);
    expect(claims('Kenya said 35 people died. The Kenyan Red Cross said 35 people died.')).toEqual(['kenya killed people 35', 'kenya-red-cross killed people 35']);
    expect(claims('The Kesh Health Ministry said 42 people were killed. The Kesh Civil Defence said 42 people were killed.')).toEqual(['kesh-health-ministry killed people 42', 'kesh-civil-defence killed people 42']);
    expect(claims('The army said 14 soldiers died. The army said 11 soldiers were wounded.')).toEqual(['military killed soldiers 14', 'military injured soldiers 11']);
    expect(claims('The army said 14 soldiers died. Later the army said at least 14 soldiers died.')).toEqual(['military killed soldiers 14', 'military killed soldiers 14']);
  });

  it("gives a headline's figures to the name after its last colon", () => {
    expect(claims('Death toll in Kesh rises to 29: army\n\nSoldiers clashed with rebels on Monday.')).toEqual(['military killed people 29']);
    expect(claims('Death toll in Kesh rises to 29: army\n\nThe army said 29 people had died in the clashes.')).toEqual(['military killed people 29']);
    // (Not a day after the colon.)
    expect(claims('Death toll in Kesh rises to 29: Tuesday\n\nSoldiers clashed with rebels on Monday.')).toEqual(['unattributed killed people 29']);
    expect(claims('Death toll rises to 29: Lagos\n\nSoldiers clashed with rebels on Monday.')).toEqual(['unattributed killed people 29']);
  });

  it('takes a party the lead only describes for the one of its kind named later with the same count', () => {
    expect(claims('A rights group said 148 people were killed in the fighting.\n\nThe Kesh Rights League said 148 people were killed in the fighting.')).toEqual(['kesh-rights-league killed people 148']);
    // (Not a party of another kind, nor another count.)
    expect(claims('A rights group said 148 people were killed.\n\nThe army said 148 people were killed.')).toEqual(['rights-group killed people 148', 'military killed people 148']);
    // (Nor a person only described, nor one named as another: "A rival rights group, Kesh Voices, said".)
    expect(claims('A doctor said 7 people were killed in the raid.\n\nDorvo Hospital said 7 people were killed.')).toEqual(['doctor killed people 7', 'dorvo-hospital killed people 7']);
    expect(claims('A rights group said 45 protesters were killed.\n\nA rival rights group, Kesh Voices, said 45 protesters were killed.')).toEqual(['rights-group killed protesters 45', 'kesh-voices killed protesters 45']);
  });

  it('keeps a headline figure the body does not give', () => {
    expect(claims('Clashes kill 13: report\n\nFive soldiers died, the agency said.')).toEqual(['unattributed killed people 13', 'agency killed soldiers 5']);
    expect(claims('Clashes kill more than 600\n\nThe ministry said 580 people died.')).toEqual(['unattributed killed people 601', 'ministry killed people 580']);
  });
});
