import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyze/analyze.js';
import { extractClaims } from '../extractClaims.js';

// Each source with its kind and side, and each claim's counted side.
function sides(text: string): { sources: string[]; claims: string[] } {
  const set = extractClaims(text);
  return {
    sources: set.sources.filter((s) => s.kind !== 'media').map((s) => `${s.id}: ${s.kind} ${s.side ?? '-'}`),
    claims: set.claims.map((c) => `${c.claimant} ${c.measure.outcome} ${c.measure.subject}@${c.measure.side ?? '-'} ${c.figure.low}`),
  };
}

describe('assignSides: the party of each source and of the people counted', () => {
  it.each([
    [
      "a state's adjective a few capitalised words before its force names whose soldiers they are",
      "Kenya's army said five Ugandan National Army soldiers were killed.",
      {
        sources: ['kenya-military: military kenya-state'],
        claims: ['kenya-military killed soldiers@uganda-state 5'],
      },
    ],
    [
      'but two states joined by "and" name no one side',
      "Kenya's army said 11 Ugandan and Tanzanian soldiers were killed.",
      {
        sources: ['kenya-military: military kenya-state'],
        claims: ['kenya-military killed soldiers@- 11'],
      },
    ],
    [
      "a state's army against an armed group's spokesman, each counting the other's dead",
      "Pakistan's army said five soldiers and 60 terrorists were killed. Pakistani Taliban spokesman Azam Tariq said 68 Pakistani security forces and one Taliban fighter were killed.",
      {
        sources: ['pakistan-military: military pakistan-state', 'pakistan-taliban: armed-group pakistan-taliban'],
        claims: [
          'pakistan-military killed soldiers@pakistan-state 5',
          'pakistan-military killed militants@pakistan-taliban 60',
          'pakistan-taliban killed security-forces@pakistan-state 68',
          'pakistan-taliban killed militants@pakistan-taliban 1',
        ],
      },
    ],
    [
      'a country\'s name before its army\'s soldiers names their side, against the other side\'s troops',
      'Three Kenya Army soldiers were killed in an exchange of fire with Ugandan troops on Wednesday, a monitoring group said.',
      {
        sources: ['monitoring-group: other -'],
        claims: ['monitoring-group killed soldiers@kenya-state 3'],
      },
    ],
    [
      'a neighbouring country speaking as itself leaves the article\'s officials the article\'s',
      'An earthquake struck northern Pakistan on Saturday. Interior minister Aftab Sherpao said 19,136 people died in Pakistan. India reported 360 killed.',
      {
        sources: ['aftab-sherpao: government pakistan-state', 'india: government india-state'],
        claims: ['aftab-sherpao killed people@- 19136', 'india killed people@- 360'],
      },
    ],
    [
      'a local official speaks for the state the article places the town in, not the state quoted first',
      "Moldova's defence ministry said it had killed 300 Ukrainian soldiers in a strike on Tarvo in eastern Ukraine. The mayor of Tarvo said nobody had been killed.",
      {
        sources: ['moldova-defence-ministry: military moldova-state', 'mayor-of-tarvo: government ukraine-state'],
        claims: ['moldova-defence-ministry killed soldiers@ukraine-state 300', 'mayor-of-tarvo killed soldiers@ukraine-state 0'],
      },
    ],
    [
      'unnamed officials are the article\'s country\'s, not the one foreign state quoted',
      "Local authorities said 16 civilians were killed in an airstrike in Afghanistan's Kesh district. But a spokesman for the American military dismissed the assertions.",
      {
        sources: ['authorities: government afghanistan-state', 'united-states-military: military united-states-state'],
        claims: ['authorities killed civilians@- 16', 'united-states-military killed civilians@- 0'],
      },
    ],
    [
      'own losses are the claimant\'s own side',
      'The BLF said its fighters had killed 11 soldiers and suffered no casualties.',
      { sources: ['blf: armed-group blf'], claims: ['blf killed soldiers@- 11', 'blf killed militants@blf 0'] },
    ],
    [
      "a party's own lost men are its own fighters",
      'The rebels said that despite losing 19 men, they seized the port.',
      { sources: ['rebels: armed-group rebels'], claims: ['rebels killed militants@rebels 19'] },
    ],
    [
      'soldiers of two states facing each other, counted together, are of neither alone',
      "Six soldiers were killed in clashes between Kenyan and Ugandan troops, Kenya's army said.",
      { sources: ['kenya-military: military kenya-state'], claims: ['kenya-military killed soldiers@- 6'] },
    ],
    [
      'a loss owned by two parties joined before the verb',
      "Azerbaijan's defence ministry said Armenian army units and pro-government militias had lost 40 servicemen.",
      { sources: ['azerbaijan-defence-ministry: military azerbaijan-state'], claims: ['azerbaijan-defence-ministry killed soldiers@armenia-state 40'] },
    ],
    [
      'a loss owned by the party named before the verb',
      "Azerbaijan's defence ministry said the Armenian side had lost five servicemen.",
      { sources: ['azerbaijan-defence-ministry: military azerbaijan-state'], claims: ['azerbaijan-defence-ministry killed soldiers@armenia-state 5'] },
    ],
    [
      'police are police, not the military; organisers are their movement',
      'Organisers said 120,000 people marched, while police put the turnout at 35,000.',
      { sources: ['organisers: other organisers', 'police: police -'], claims: ['organisers attended people@organisers 120000', 'police attended people@organisers 35000'] },
    ],
    [
      "each state's adjective names whose forces were killed, and a capital speaks for its government",
      "Russia's defence ministry said it had killed 600 Ukrainian servicemen. Kyiv said 14 Russian soldiers died in its counterattack.",
      {
        sources: ['russia-defence-ministry: military russia-state', 'ukraine: government ukraine-state'],
        claims: ['russia-defence-ministry killed soldiers@ukraine-state 600', 'ukraine killed soldiers@russia-state 14'],
      },
    ],
    [
      "a state's attackers are its soldiers, counted by the other state, but assailants counted by police",
      'The Armenian defence ministry said over 800 Azerbaijani attackers died in the assault. Police in Kandara said two Georgian attackers were shot dead.',
      {
        sources: ['armenia-defence-ministry: military armenia-state', 'police: police armenia-state'],
        claims: ['armenia-defence-ministry killed soldiers@azerbaijan-state 801', 'police killed militants@- 2'],
      },
    ],
    [
      "a party's enemy is never its own side: an armed group's enemy troops are the state's",
      "Pakistan's army said it had killed 300 enemy troops. The Kamba Liberation Front said it had killed 30 enemy soldiers.",
      {
        sources: ['pakistan-military: military pakistan-state', 'kamba-liberation-front: armed-group kamba-liberation-front'],
        claims: ['pakistan-military killed soldiers@- 300', 'kamba-liberation-front killed soldiers@pakistan-state 30'],
      },
    ],
    [
      "soldiers of a force of many states are its side, not the host state's",
      "Somalia's army said five soldiers died. The rebels said they had killed 25 AU soldiers. Three U.N. peacekeepers were wounded. The rebels said 12 UN-backed government soldiers were captured.",
      {
        sources: ['somalia-military: military somalia-state', 'rebels: armed-group rebels'],
        claims: ['somalia-military killed soldiers@somalia-state 5', 'rebels killed soldiers@au 25', 'unattributed injured soldiers@un 3', 'rebels abducted soldiers@somalia-state 12'],
      },
    ],
    [
      'an armed group named as the loser is the side of its losses, whoever reports them',
      "Kenya's army said the Kamba Front lost 40 fighters. The Dorvo Liberation Front said the jihadists lost three fighters.",
      {
        sources: ['kenya-military: military kenya-state', 'dorvo-liberation-front: armed-group dorvo-liberation-front'],
        claims: ['kenya-military killed militants@kamba-front 40', 'dorvo-liberation-front killed militants@dorvo-liberation-front 3'],
      },
    ],
    [
      'an armed group capturing people abducts them',
      'The rebels claimed to have killed 110 soldiers, capturing 26 others.',
      { sources: ['rebels: armed-group rebels'], claims: ['rebels killed soldiers@- 110', 'rebels abducted soldiers@- 26'] },
    ],
    [
      'a nationality before a force names whose soldiers they are, not the claimant\'s',
      "Ukraine's military said it had killed 60 Russian soldiers. Russia's defence ministry said its forces had killed up to 200 Ukrainian troops.",
      {
        sources: ['ukraine-military: military ukraine-state', 'russia-defence-ministry: military russia-state'],
        claims: ['ukraine-military killed soldiers@russia-state 60', 'russia-defence-ministry killed soldiers@ukraine-state 0'],
      },
    ],
    [
      'militants counted by the one armed group, not as its own, are its enemies, of no side known',
      'Peshmerga forces said they had killed 30 militants. The army said 40 Peshmerga fighters died.',
      {
        sources: ['peshmerga-forces: armed-group peshmerga-forces', 'military: military -'],
        claims: ['peshmerga-forces killed militants@- 30', 'military killed militants@peshmerga-forces 40'],
      },
    ],
  ])('%s', (_, text, expected) => {
    expect(sides(text)).toEqual(expected);
  });

  it('lets the pattern show from text: each side favours itself', () => {
    const set = extractClaims("Pakistan's army said five soldiers were killed. Pakistani Taliban spokesman Azam Tariq said 68 Pakistani security forces were killed.");
    expect(analyze(set).groups.map((g) => [g.divergence.factor, g.divergence.pattern])).toEqual([[11.5, 'self-serving']]);
  });
});
