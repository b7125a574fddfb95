import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extractClaims.js';

const SUNDAY = '2009-10-18';
// Each claim's figure with its event's place and period, and the part-of link.
function incidents(text: string, publishedAt: string = SUNDAY): string[] {
  const set = extractClaims(text, { publishedAt });
  const event = new Map(set.events.map((e) => [e.id, e]));
  return set.claims.map((c) => {
    const e = event.get(c.event);
    const part = e?.partOf === undefined ? '' : ` ⊂ ${(event.get(e.partOf)?.place ?? []).join('/')}`;
    return `${c.figure.low} @ ${(e?.place ?? []).join('/')} ${e?.period?.start ?? ''}${part}`;
  });
}

describe('assignEvents: one incident unless the text separates another', () => {
  it.each([
    ['a city\'s counts in a story of the country\'s crowd, in a breakdown or "in the capital", one event within the national one', 'More than 800,000 people marched in Chile on Tuesday. The interior ministry put the number of protesters at 910,000, including 150,000 in Santiago. The Kesh union said 1.6 million people marched across Chile, and 500,000 in the capital alone. Twelve people were arrested in Valparaiso.', ['800001 @ Chile 2009-10-13', '910000 @ Chile 2009-10-13', '150000 @ Chile/Santiago 2009-10-13 ⊂ Chile', '1600000 @ Chile 2009-10-13', '500000 @ Chile/Santiago 2009-10-13 ⊂ Chile', '12 @ Chile/Valparaiso 2009-10-13 ⊂ Chile'], 3],
    ['"Separately," before a speaker, with no place or time of its own: another count of the same incident', 'A car bomb killed 40 people in Dorvale on Saturday, an official said. Separately, a police officer said he was sure of 31 deaths.', ['40 @ Dorvale 2009-10-17', '31 @ Dorvale 2009-10-17'], 1],
    ['and when it tells an act of its own', 'A car bomb killed 40 people in Dorvale on Saturday, an official said. Separately, police said gunmen shot dead three people at a checkpoint.', ['40 @ Dorvale 2009-10-17', '3 @ Dorvale 2009-10-17'], 2],
    ['but another matter when it names a place of its own', 'A car bomb killed 40 people in Dorvale on Saturday, an official said. Separately, the ministry said 31 people were arrested in Kandara.', ['40 @ Dorvale 2009-10-17', '31 @ Kandara 2009-10-17'], 2],
    ['a breakdown\'s city under a national count, then another party\'s count with no place: the nation\'s', 'Organisers said 1.2 million people marched across Chile on Tuesday, including 80,000 in Santiago. Police counted 500,000.', ['1200000 @ Chile 2009-10-13', '80000 @ Chile/Santiago 2009-10-13 ⊂ Chile', '500000 @ Chile 2009-10-13'], 2],
    ['but a bombing in a city of the story of a national crowd is its own incident', 'More than 800,000 people marched in Chile on Tuesday. A bomb in Valparaiso killed four people, police said.', ['800001 @ Chile 2009-10-13', '4 @ Chile/Valparaiso 2009-10-13'], 2],
    ['a count in a clause a day after a counted incident, another incident', 'Police said 9 people were killed in Dorvale on Tuesday, a day after gunmen killed 16 villagers.', ['9 @ Dorvale 2009-10-13', '16 @ Dorvale 2009-10-13'], 2],
    ['nor when the clause after the span reports a count', 'Police said 9 people were killed in Dorvale on Tuesday, a day after the army said 6 had died.', ['9 @ Dorvale 2009-10-13', '6 @ Dorvale 2009-10-13'], 1],
    ['but an incident the clause places elsewhere is another one', 'Police said 9 people were killed in Dorvale on Tuesday, a day after the attack on a market in Kesh killed 16.', ['9 @ Dorvale 2009-10-13', '16 @ Kesh 2009-10-13'], 2],
    ['but not after a clause with no count, which tells the incident', 'The opposition called for a strike in Dorvale on Tuesday, a day after 16 protesters died.', ['16 @ Dorvale 2009-10-13'], 1],
    ['a rival count set against a count with its day before both, one incident', 'The union said 300,000 people marched in Dorvale on Tuesday, compared with 90,000 according to police.', ['300000 @ Dorvale 2009-10-13', '90000 @ Dorvale 2009-10-13'], 1],
    ['a time in a breakdown that counts nothing, which dates no count before it', 'A landslide killed 30 people in Dorvale on Saturday, police said. Officials have identified the remains of 17 people, including a child whose body was found on Thursday.', ['30 @ Dorvale 2009-10-17', '17 @ Dorvale 2009-10-17'], 1],
    ['figures about one incident, however many sentences', 'Five soldiers died in Kotkai, the army said. The Taliban said 68 soldiers died.', ['5 @ Kotkai 2009-10-17', '68 @ Kotkai 2009-10-17'], 1],
    ['another city as the scene', 'Police said 100,000 marched in Munich on Sunday. In the western city of Cologne, organizers said 70,000 people took part.', ['100000 @ Germany/Munich 2009-10-18', '70000 @ Germany/Cologne 2009-10-18'], 2],
    ['a town within the region of the story', "Sixty militants died in Pakistan's North Waziristan region on Sunday. Over 30 died south of the town of Mir Ali, the army said.", ['60 @ Pakistan/North Waziristan 2009-10-18', '31 @ Pakistan/North Waziristan/Mir Ali 2009-10-18 ⊂ Pakistan/North Waziristan'], 2],
    ['but not a town the text puts in a region of its own', "Sixty soldiers died in Kenya's Turkana region on Sunday, the army said. Also on Sunday, rebels said they killed 14 soldiers in Rubo, a town in the eastern Kesh region.", ['60 @ Kenya/Turkana 2009-10-18', '14 @ Kenya/Kesh/Rubo 2009-10-18'], 2],
    ['a headline\'s region, then the lead\'s district within it, as one scene', "40 militants killed in Kunar offensive\n\nForty militants were killed in the Dangam district of eastern Kunar province, officials said. The Taliban said two soldiers were killed in the district.", ['40 @ Kunar/Dangam 2009-10-17', '2 @ Kunar/Dangam 2009-10-17'], 1],
    ['a full date years back, which neither dates the lead nor joins it', 'Police said 40,000 people marched in Dorvale. It was the largest crowd since 100,000 people attended a funeral on May 3, 1988.', ['40000 @ Dorvale 2009-10-17', '100000 @ Dorvale 1988-05-03'], 2],
    ['an incident in a past year, its own and not background', 'Police said 40,000 people marched in Dorvale. Clashes during protests in 2004 left 25 people dead.', ['40000 @ Dorvale 2009-10-17', '25 @ Dorvale 2004-01-01'], 2],
    ['"in an earlier post", an earlier statement of the same incident', 'Six people were killed in Dorvale on Saturday, the mayor said. In an earlier post, he had said three people were killed.', ['6 @ Dorvale 2009-10-17', '3 @ Dorvale 2009-10-17'], 1],
    ['"days before" the attack, another incident with no day of its own', 'Gunmen killed 40 people in Dorvale on Sunday, police said. Days before the attack, gunmen killed seven people in a nearby village, residents said.', ['40 @ Dorvale 2009-10-18', '7 @ Dorvale '], 2],
    ['a rally "the day before", on its own day', 'Police said 40,000 people marched in Dorvale on Sunday. The day before, organisers said 100,000 people attended a rally there. The police put that crowd at 20,000.', ['40000 @ Dorvale 2009-10-18', '100000 @ Dorvale 2009-10-17', '20000 @ Dorvale 2009-10-17'], 2],
    ['an occasion named as a day that opens a sentence, which never dates the lead', 'Police said 40,000 people marched in Dorvale. In contrast, for Labour Day, May 1, the police said 30,000 people gathered.', ['40000 @ Dorvale 2009-10-17', '30000 @ Dorvale 2009-05-01'], 2],
    ['a past year against a dateless lead, which holds no part of it either', 'Police said 40,000 people marched in Dorvale. The union said a protest two years ago drew 100,000 people.', ['40000 @ Dorvale 2009-10-17', '100000 @ Dorvale 2007-01-01'], 2],
    ['a sentence that drafts nothing but names a scene by its kind, and its month, for the figures after it', 'Kenya said its forces killed 57 militants in Belwa on Saturday.\n\nIn June, militants attacked a base in the northern town of Dorvo. Kenya said nine soldiers died, while the group said it killed 66.', ['57 @ Kenya/Belwa 2009-10-17', '9 @ Kenya/Dorvo 2009-06-01', '66 @ Kenya/Dorvo 2009-06-01'], 2],
    ['a value the party gave first, on a weekday read as this week\'s against "last week", which is of the same incident', 'The ministry now says at least 90 people died in an attack last week in Belwa. The ministry initially said that 20 people had died last Tuesday.', ['90 @ Belwa 2009-10-05', '20 @ Belwa 2009-10-05'], 1],
    ['a forecast for a day after publication, another incident that never dates the lead', "Police said 50,000 protesters marched in Dorvale. Organisers put the expected turnout at tomorrow's rally at 70,000.", ['50000 @ Dorvale 2009-10-17', '70000 @ Dorvale 2009-10-19'], 2],
    ['"At the time," after a past incident, another one', 'Police said 30,000 people marched in Dorvale on Saturday, more than at a protest in 2006. At the time, organizers reported 90,000 participants.', ['30000 @ Dorvale 2009-10-17', '90000 @ Dorvale 2009-10-17'], 2],
    ['and never the article\'s incident, even as its first count', 'The rally in Dorvale on Saturday may be bigger than a protest in 2006. At the time, organizers reported 90,000 participants. Police said 30,000 people marched.', ['90000 @ Dorvale ', '30000 @ Dorvale 2009-10-17'], 2],
    ['but not a count the party revises', 'Police said 40 people died in Dorvale on Saturday. At the time, police reported 12 dead.', ['40 @ Dorvale 2009-10-17', '12 @ Dorvale 2009-10-17'], 1],
    ["the article's own smaller count under a party's toll, a part of the incident", 'Rescuers recovered more bodies in Belwa on Friday, raising the death toll from the fire to 40, officials said. Four bodies were pulled from the debris.', ['40 @ Belwa 2009-10-15', '4 @ Belwa 2009-10-15 ⊂ Belwa'], 2],
    ["nor the article's own smaller toll, a rival", 'Rescuers recovered more bodies in Belwa on Friday, raising the death toll from the fire to 40, officials said. The official death toll stood at 31.', ['40 @ Belwa 2009-10-15', '31 @ Belwa 2009-10-15'], 1],
    ["but not a party's own smaller count, a rival", 'Rescuers recovered more bodies in Belwa on Friday, raising the death toll from the fire to 40, officials said. Police said four people died.', ['40 @ Belwa 2009-10-15', '4 @ Belwa 2009-10-15'], 1],
    ['a past year, which holds no part of the incident', 'Police said 500,000 marched on Saturday, more than a march which drew 300,000 in 2006.', ['500000 @  2009-10-17', '300000 @  2006-01-01'], 2],
    ['a lead dated the day after, and the incident named by its own day', "Rescuers dug through rubble on Sunday after an earthquake killed 19,000 people, officials said. The minister said 19,136 people died in Saturday's quake.", ['19000 @  2009-10-17', '19136 @  2009-10-17'], 1],
    ['another country as the scene', 'An earthquake struck northern Pakistan on Saturday, killing 19,000 people, officials said. In India, 360 people were killed, officials said.', ['19000 @ Pakistan 2009-10-17', '360 @ India 2009-10-17'], 2],
    ['another country counting, with no scene named, counts in its own land', 'An earthquake struck northern Pakistan on Saturday, killing 19,000 people, officials said. India reported 360 killed.', ['19000 @ Pakistan 2009-10-17', '360 @ India 2009-10-17'], 2],
    ['but a country counting its own people counts them wherever they died', 'Saudi officials said 550 pilgrims died in Mecca on Saturday. Jordan said 41 Jordanian pilgrims died.', ['550 @ Saudi Arabia/Mecca 2009-10-17', '41 @ Saudi Arabia/Mecca 2009-10-17'], 1],
    ['a sentence that counts nothing but tells an incident, then its count', 'Police said 40 students were abducted in Kaduna on Saturday. A mass abduction took place in Borno last month. The monitor estimated the number to be more than 200.', ['40 @ Kaduna 2009-10-17', '201 @ Borno 2009-09-01'], 2],
    ["a party's smaller count in a city of the country it counted, which is a part of its total", "Twenty-two people were killed in Tuesday's protests in Kenya, the commission said. The commission said 19 people had died in the capital Nairobi.", ['22 @ Kenya 2009-10-13', '19 @ Kenya/Nairobi 2009-10-13 ⊂ Kenya'], 2],
    ["but another party's count there is of the same incident", "Twenty-two people were killed in Tuesday's protests in Kenya, the commission said. Police said 19 people had died in the capital Nairobi.", ['22 @ Kenya/Nairobi 2009-10-13', '19 @ Kenya/Nairobi 2009-10-13'], 1],
    ['a count added to one of the same outcome, which is a part of the incident', 'Rebels said 33 soldiers died in the first clash on Saturday. Another 28 soldiers were killed in a second clash, they said.', ['33 @  2009-10-17', '28 @  2009-10-17 ⊂ '], 2],
    ['but not to one of another outcome', 'Rebels said five soldiers died on Saturday. Another 28 soldiers were wounded, they said.', ['5 @  2009-10-17', '28 @  2009-10-17'], 1],
    ['not a day the dead were brought to hospital', 'Police said 22 people died in Belwa on Saturday. The clinic said the bodies of 22 people were taken to its morgue on Sunday.', ['22 @ Belwa 2009-10-17', '22 @ Belwa 2009-10-17'], 1],
    ['but a day of people "taken into custody" is the incident\'s own', 'Police said 30 protesters were taken into custody in Belwa on Saturday. On Tuesday police arrested 45 protesters in Belwa, a rights group said.', ['30 @ Belwa 2009-10-17', '45 @ Belwa 2009-10-13'], 2],
    ['another day', 'Five rangers were killed on Friday, police said. On Thursday two rangers were killed, police said.', ['5 @  2009-10-16', '2 @  2009-10-15'], 2],
    ['the day of a statement in an aside is not the day of the deaths', 'Five soldiers died in an ambush on Friday, the army said. The army spokesman, in a statement on Sunday, said that only two soldiers died.', ['5 @  2009-10-16', '2 @  2009-10-16'], 1],
    ['"the attack in X" places the incident already told, and is no part of it', "Four soldiers died when militants attacked a post in Kenya's Turkana region on Friday. The group claimed responsibility for the attack in Belwa village and put the toll at 15.", ['4 @ Kenya/Turkana 2009-10-16', '15 @ Kenya/Turkana 2009-10-16'], 1],
    ['a running total in another cue\'s clause dates only its own figure', 'Troops killed 30 rebels near Belwa on Friday, as the opposition said the toll in the 21-month conflict has risen to 40,000.', ['30 @ Belwa 2009-10-16 ⊂ Belwa', '40000 @ Belwa 2008-01-18'], 2],
    ['"the attack on the school in X" too', "Four people died when a strike hit a school in Kenya's Turkana region on Friday, officials said. Officials said the attack on the school in Belwa also wounded 30.", ['4 @ Kenya/Turkana 2009-10-16', '30 @ Kenya/Turkana 2009-10-16'], 1],
    ['other places than the incident\'s, at none of them', 'Police said 42,000 marched in Dorvale on Saturday. Smaller rallies drew 3,000 people in other cities, officials said.', ['42000 @ Dorvale 2009-10-17', '3000 @  2009-10-17'], 2],
    ['but places in another clause of the sentence leave the figure at its own', 'Police said 42,000 marched in Dorvale on Saturday. Up to 50,000 people gathered in Dorvale, observers said, while smaller rallies took place in other cities.', ['42000 @ Dorvale 2009-10-17', '0 @ Dorvale 2009-10-17'], 1],
    ['a count with no scene after a nationwide one, a paragraph on, is of the national incident', 'An estimated 1.2 million people joined a nationwide strike on Saturday, the interior ministry said.\n\nThe Dorvo union put the number of strikers at 3.5 million.', ['1080000 @  2009-10-17', '3500000 @  2009-10-17'], 1],
    ['where a speaker spoke ("at a news conference in", "told reporters in") is no scene', 'Floods killed at least 45 people in Kesh province on Saturday, officials said. The minister told reporters in Dorvo that 40 bodies were recovered. The governor said at a news conference in Belwa that 52 people had died.', ['45 @ Kesh 2009-10-17', '40 @ Kesh 2009-10-17', '52 @ Kesh 2009-10-17'], 1],
    ['but not one the text sets apart, nor a count of something else', 'Police said 240,000 people demonstrated nationwide on Saturday.\n\nIn a separate incident, 12 people were injured when a bus overturned.\n\nMeanwhile, three people died in a fire at a factory.', ['240000 @  2009-10-17', '12 @  2009-10-17', '3 @  2009-10-17'], 2],
    ['"not only … but also in other cities" is one clause', 'Police said 60,000 people marched in Dorvale on Saturday.\n\nOrganisers said 150,000 people marched not only in Dorvale but also in other cities.', ['60000 @ Dorvale 2009-10-17', '150000 @ Dorvale 2009-10-17'], 2],
    ['a toll narrowed to a part stays a part ("the toll from the latest strike")', 'The UN said the death toll from the fighting in Belwa had reached 650.\n\nThe death toll from the latest strike was 31.', ['650 @ Belwa 2009-10-17', '31 @ Belwa 2009-10-17 ⊂ Belwa'], 2],
    ['a news conference where something happened is a scene', 'Floods killed 45 people in Kesh on Saturday.\n\nA gunman opened fire at a news conference in Dorvo, killing four journalists.', ['45 @ Kesh 2009-10-17', '4 @ Dorvo 2009-10-17'], 2],
    ['journalists counted in a town are no audience, and a bomb at a news conference is a scene', 'Gunmen killed 12 people in Kandahar on Saturday, police said. Police said 30 journalists in Herat were detained. Police said a bomb exploded at a news conference in Kabul, killing five people.', ['12 @ Afghanistan/Kandahar 2009-10-17', '30 @ Afghanistan/Herat 2009-10-17', '5 @ Afghanistan/Kabul 2009-10-17'], 3],
    ['the article\'s toll "at" a figure, or one narrowed before an aside, keeps its reading', 'Rescuers recovered more bodies in Belwa on Friday, raising the death toll from the fire to 40, officials said. With the official death toll at 31, rescuers kept digging. The death toll from the latest strike, by an official count, was 12.', ['40 @ Belwa 2009-10-15', '31 @ Belwa 2009-10-15', '12 @ Belwa 2009-10-15 ⊂ Belwa'], 2],
    ['a country named with "across the country" is the whole of it, and a town after it its part, on its day', 'Security forces in Kenya shot dead at least 11 people across the country on Friday, the group said. Four people were killed in the town of Belwa, the group said.', ['11 @ Kenya 2009-10-16', '4 @ Kenya/Belwa 2009-10-16 ⊂ Kenya'], 2],
    ['a time in the clause before the speaker\'s "and" dates no figure of the speaker', 'Troops arrested opposition leaders on Thursday and the prime minister said four people had died.', ['4 @  2009-10-17'], 1],
    ['a count its own clause makes "alone" is a part of the incident', 'Police said 20 people died in Belwa on Saturday. The hospital said it registered three deaths due to that protest alone.', ['20 @ Belwa 2009-10-17', '3 @ Belwa 2009-10-17 ⊂ Belwa'], 2],
    ['so is a lead counted "alone"', 'The firing caused the deaths of four people during that incident alone, Amnesty said. Police said 20 people died in Belwa on Saturday.', ['4 @ Belwa 2009-10-17 ⊂ Belwa', '20 @ Belwa 2009-10-17'], 2],
    ['but not a place\'s count "alone", which its place sets apart or not', 'Officials said 300 people died in Belwa alone. Police said 200 people died.', ['300 @  2009-10-17', '200 @  2009-10-17'], 1],
    ['a month after an incident noun is the incident\'s own time, not a running total', 'The commission said 128 people died in the crackdown on protests in September. The authorities said 73 people died.', ['128 @  2009-09-01', '73 @  2009-09-01'], 1],
    ['a count its own clause makes "elsewhere", outside the incident', 'A flood killed 1,200 people in Belwa on Saturday, officials said. The storm also killed about 40 people elsewhere in the country.', ['1200 @ Belwa 2009-10-17', '36 @  2009-10-17'], 2],
    ['but not a count before another clause\'s "elsewhere"', 'Officials said 1,200 people died in Belwa on Saturday, and about 40 people died elsewhere.', ['1200 @ Belwa 2009-10-17', '36 @  2009-10-17'], 2],
    ['a site within the town, which is no scene of its own', 'Police said 42,000 people marched in Dorvale on Saturday. The march ended in Liberty Square, where organisers said 250,000 rallied.', ['42000 @ Dorvale 2009-10-17', '250000 @ Dorvale 2009-10-17'], 1],
    ['a crowd counted in the country, then in a city: the city a part of it', 'Tens of thousands marched on Saturday in Kenya. In all, 107,000 people demonstrated according to the ministry, nearly 300,000 according to the union.\n\nIn Belwa, 13,000 marched according to the police.', ['20000 @ Kenya 2009-10-17', '107000 @ Kenya 2009-10-17', '270000 @ Kenya 2009-10-17', '13000 @ Kenya/Belwa 2009-10-17 ⊂ Kenya'], 2],
    ['"throughout" a country is national, and the sentence after it goes on there', 'The day of action brought together 30,400 people throughout Kenya, the ministry said. The union claimed 100,000. In Belwa, police counted 2,400 demonstrators.', ['30400 @ Kenya 2009-10-17', '100000 @ Kenya 2009-10-17', '2400 @ Kenya/Belwa 2009-10-17 ⊂ Kenya'], 2],
    ['where a speaker is, which is no scene once the incident has one', 'Gunmen killed 14 policemen in Kandara on Saturday, officials said. The Interior Ministry in Dorvale said the toll had risen to 16.', ['14 @ Kandara 2009-10-17', '16 @ Kandara 2009-10-17'], 1],
    ['where a speaker is, as the scene when no other is named', 'Police in Belwa said five people died on Saturday.', ['5 @ Belwa 2009-10-17'], 1],
    ['a report made separately, and a time in who speaks that dates nothing', 'The rebels said they killed 14 soldiers on Saturday. The rebels, who have fought since 2012, said separately that 23 troops were killed near Belwa on Saturday.', ['14 @ Belwa 2009-10-17', '23 @ Belwa 2009-10-17'], 2],
    ['a month in the possessive names the incident, not a running total', "Officials updated the toll in last month's post-election protests to 16. Opposition groups put the toll at 55.", ['16 @  2009-09-01', '55 @  2009-09-01'], 1],
    ['another kind of place with "another"', 'Gunmen abducted 40 students on Friday, police said. Gunmen abducted 110 girls from another school, residents said.', ['40 @  2009-10-16', '110 @  2009-10-16'], 2],
    ['a time weeks ago', 'Gunmen abducted 40 students on Friday, police said. Three weeks ago, gunmen abducted 110 girls from a school nearby, residents said.', ['40 @  2009-10-16', '110 @  2009-09-21'], 2],
    ['a dateless lead, then "the attack" weeks before at another place', 'Gunmen killed 16 soldiers in Belwa, the army said. Twenty soldiers were killed on September 4 in the attack on their camp in Dorvale, the army said.', ['16 @ Belwa 2009-10-17', '20 @ Dorvale 2009-09-04'], 2],
    ['but the same place weeks before is the lead\'s incident, told late', 'Gunmen abducted 137 pupils in Belwa, the governor said. A teacher said 287 pupils were abducted on September 4 in Belwa.', ['137 @ Belwa 2009-09-04', '287 @ Belwa 2009-09-04'], 1],
    ['a party\'s count over the whole war, a total the incident is part of', 'Troops killed 30 rebels in Belwa on Friday, the army said. The conflict has resulted in over 5,000 deaths, the UN said.', ['30 @ Belwa 2009-10-16 ⊂ ', '5001 @  '], 2],
    ['a time that opens the sentence before dates one that names none', 'On Friday, gunmen stormed a school in Belwa. Police said 12 students were abducted.', ['12 @ Belwa 2009-10-16'], 1],
    ['the sentences "earlier this month" sets apart are one incident', 'Troops killed five civilians in Belwa on Saturday, the army said. Earlier this month, an airstrike killed dozens of people, officials said. Medics said 51 people were killed.', ['5 @ Belwa 2009-10-17', '24 @ Belwa 2009-10-01', '51 @ Belwa 2009-10-01'], 2],
    ['but not one that names a place of its own', 'Police said 7,000 marched in Belwa on Wednesday. On October 7, police had counted 30,000 demonstrators in Belwa. In Dorvale, the unions claim 20,000 demonstrators.', ['7000 @ Belwa 2009-10-14', '30000 @ Belwa 2009-10-07', '20000 @ Dorvale 2009-10-14'], 3],
    ['and sets it apart as "earlier this month" does', 'Troops killed five civilians in Belwa on Saturday, the army said. Earlier this month, rebels seized a camp in the town. At least 400 civilians were killed, the UN said.', ['5 @ Belwa 2009-10-17', '400 @ Belwa 2009-10-01'], 2],
    ['a day in what a count is compared with dates nothing', 'Police said 37,000 marched in Belwa on Wednesday. The union claimed 450,000 marchers, more than the last day of action on Saturday.', ['37000 @ Belwa 2009-10-14', '450000 @ Belwa 2009-10-14'], 1],
    ['a separating opener', 'Ten people died in the blast, officials said. Elsewhere, three soldiers were killed.', ['10 @  2009-10-17', '3 @  2009-10-17'], 2],
    ['a running total, of which the incident is a part', 'Two soldiers died on Sunday, the army said. The government said 109 soldiers have been killed since the insurgency started.', ['2 @  2009-10-18 ⊂ ', '109 @  2008-10-18'], 2],
    ['a running total since a date, and a day of its own after it', 'Since November 20, police have detained at least 900 people, a rights group said. Seven people were detained on Saturday, police said.', ['900 @  2008-11-20', '7 @  2009-10-17 ⊂ '], 2],
    ['a count in the perfect with no day of its own goes on with the running total before it', 'Fighting has forced more than 250,000 people from their homes since early March, the U.N. said. The government says 110,000 people have been displaced.', ['250001 @  2009-03-01', '110000 @  2009-03-01'], 1],
    ['a place that opens an earlier sentence of the paragraph', 'Police said 100,000 marched in Belwa on Sunday.\n\nIn Dorvale, similar numbers turned out. Organizers said 70,000 people took part.', ['100000 @ Belwa 2009-10-18', '70000 @ Dorvale 2009-10-18'], 2],
    ['but not one of another paragraph', 'Police said 100,000 marched in Belwa on Sunday.\n\nIn Dorvale, crowds gathered.\n\nOrganizers said 70,000 people took part.', ['100000 @ Belwa 2009-10-18', '70000 @ Belwa 2009-10-18'], 1],
    ['a national figure beside a city\'s', 'Organizers said 150,000 rallied in Tel Aviv. Nationwide, the organizers claimed a turnout of 286,000.', ['150000 @ Israel/Tel Aviv 2009-10-17 ⊂ Israel', '286000 @ Israel 2009-10-17'], 2],
    ['the country as the scene, with hospitals across it', 'Blasts across Sri Lanka wounded more than 500 people, officials said. A doctor said 485 injured were admitted to hospitals throughout the country.', ['501 @ Sri Lanka 2009-10-17', '485 @ Sri Lanka 2009-10-17'], 1],
    ['a count "by" a day, a running count as of then and not that day\'s incident', 'A rights group said at least 45 people have been killed in the protests in Kenya. It said 210 were injured in clashes on October 14. Police said only 17 people had died by Friday evening.', ['45 @ Kenya 2009-10-14', '210 @ Kenya 2009-10-14', '17 @ Kenya 2009-10-14'], 1],
    ['a place named by its initials, the place spelled out before', 'Troops fired across the Line of Control in Kesh on Sunday, killing nine soldiers, the army said. The rebels said they killed 30 soldiers across the LoC.', ['9 @ Kesh/Line of Control 2009-10-18', '30 @ Kesh/Line of Control 2009-10-18'], 1],
    ['but not one a sentence sets apart', 'At least 45 people have been killed since the beginning of the protests in Kenya, according to a rights group.\n\nIn another attack, 12 people had died.', ['45 @ Kenya 2009-08-19', '12 @ Kenya 2009-10-17 ⊂ Kenya'], 2],
    ['a count in the past perfect after a running total, that total', 'At least 45 people have been killed since the beginning of the protests in Kenya, according to a rights group.\n\nPolice said only 17 people had died.', ['45 @ Kenya 2009-08-19', '17 @ Kenya 2009-08-19'], 1],
  ])('%s', (_, text, expected, count) => {
    expect(incidents(text)).toEqual(expected);
    const set = extractClaims(text, { publishedAt: SUNDAY });
    expect(new Set(set.claims.map((c) => c.event)).size).toBe(count);
  });

  it('reads "In another tally" as another count of the same incident, even with no day to compare by', () => {
    const set = extractClaims("The toll of Monday's attack on a mosque in Belwa has risen to 63, officials said. In another tally released by a news agency, the number of dead reached 58.");
    expect(set.claims.map((c) => c.figure.low)).toEqual([63, 58]);
    expect(new Set(set.claims.map((c) => c.event)).size).toBe(1);
  });

  it('puts a count set against another, with its own day, in an incident of that day', () => {
    const text = 'Police said 37,000 people marched in Belwa, against 48,000 demonstrators last Saturday.';
    expect(incidents(text, '2009-10-21')).toEqual(['37000 @ Belwa 2009-10-20', '48000 @ Belwa 2009-10-17']);
  });

  it('keeps the article\'s own figures over years out: background is no claim', () => {
    expect(extractClaims('Mali has fought an insurgency that began in 2012 and has killed thousands of soldiers.', { publishedAt: SUNDAY }).claims).toEqual([]);
    // A count over a whole war, with no day: the article's own is background, a source's is a running total.
    expect(extractClaims('It is estimated that up to 2,000 people have been killed in the conflict in the province.', { publishedAt: SUNDAY }).claims).toEqual([]);
    expect(incidents('Five soldiers died on Sunday, the army said. The army said 2,000 people have been killed in the conflict.')).toHaveLength(2);
    expect(extractClaims('Five soldiers died on Sunday, the army said. The brief war left more than 6,000 people dead.', { publishedAt: SUNDAY }).claims).toHaveLength(1);
  });

  // Issue 14, item 2: place paths once grew with every town named, so output grew with the square of the input.
  it('is linear in output: twice the towns, twice the events, and place paths that never grow', () => {
    const text = (n: number) => Array.from({ length: n }, (_, k) => `In Town${String.fromCharCode(65 + (k % 26))}${k}, Pakistan, 5 soldiers were killed on Sunday, the army said. `).join('');
    const size = (n: number) => {
      const set = extractClaims(text(n), { publishedAt: SUNDAY });
      return { events: set.events.length, longest: Math.max(...set.events.map((e) => e.place?.length ?? 0)), bytes: JSON.stringify(set).length };
    };
    const small = size(200);
    const large = size(400);
    expect(large.longest).toBe(small.longest);
    expect(large.longest).toBeLessThanOrEqual(3);
    expect(large.bytes / small.bytes).toBeLessThan(2.2);
  });

  it('never nests one event in another it is not a part of, on any sequence of places', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Kotkai', 'Mir Ali', 'Peshawar', 'Wana'), { minLength: 1, maxLength: 8 }), (towns) => {
        const set = extractClaims(towns.map((t) => `In ${t}, 5 soldiers were killed, the army said.`).join(' '), { publishedAt: SUNDAY });
        for (const event of set.events) expect(event.place?.length ?? 0).toBeLessThanOrEqual(2);
      }),
      { numRuns: 50 },
    );
  });
});
