import { describe, expect, it } from 'vitest';
import { findFigures } from '../../figures/findFigures.js';
import { getDefaultVocabulary } from '../../vocabulary/getDefaultVocabulary.js';
import { findFigureMentions } from './findFigureMentions.js';
import { findSentences } from './findSentences.js';
import { readMeasures } from './readMeasures.js';
import { readTokens } from './readTokens.js';

const vocabulary = getDefaultVocabulary();
const isTerm = (w: string): boolean => vocabulary.subject(w).known || vocabulary.outcome(w).known || w === 'casualties';

// "figure: outcome subject" for each figure of a one-sentence text; "figure: -" when it counts nothing.
function measuresOf(text: string, before?: string): string[] {
  const words = readTokens(text);
  const sentences = findSentences(words);
  const [figures = []] = findFigureMentions(words, sentences, findFigures(text, { isTerm }), isTerm);
  const read = readMeasures(words, sentences[0] as never, figures, vocabulary, before);
  return figures.map((f, k) => `${f.figure.text}: ${read[k] === undefined ? '-' : `${read[k]?.outcome} ${read[k]?.subject}`}`);
}

describe('readMeasures: the outcome carried from the sentences before', () => {
  it('gives it to a count noun with no outcome of its own', () => {
    expect(measuresOf('Police put the number at 60.', 'attended')).toEqual(['60: attended people']);
  });
  it('gives it to no count of a sentence about the missing', () => {
    expect(measuresOf('The count for the missing soared to 55,917 from a figure of 27,838.', 'killed')).toEqual(['55,917: -', '27,838: -']);
  });
  it('yields to whom and what a count noun names after "of"', () => {
    expect(measuresOf('The Afghan estimate of militants killed was about 25.', 'injured')).toEqual(['about 25: killed militants']);
  });
  it('reads a toll that "touched" its figure', () => {
    expect(measuresOf('Police estimate that the death toll has touched 514.')).toEqual(['514: killed people']);
  });
  it('gives it to a bare count a confirming verb gives, before a relative clause about them', () => {
    expect(measuresOf('But the ministry only confirmed six who include two in the capital.', 'killed')).toEqual(['six: killed people', 'two: -']);
  });
  it('yields to a toll noun of the sentence', () => {
    expect(measuresOf("I can't give the exact toll now, but it is approximately 60, a police spokesman said.", 'attended')).toEqual(['approximately 60: killed people']);
  });
});

describe('readMeasures: what each figure counts', () => {
  it.each([
    ['coordinated subjects with one verb', 'Five soldiers and 12 militants were killed.', ['Five: killed soldiers', '12: killed militants']],
    ['participles and "others"', 'Gunmen killed 13 people, wounding 20 others.', ['13: killed people', '20: injured people']],
    ['"all" between the verb and its figure', 'The rebels shot down a helicopter, killing all 12 soldiers on board.', ['12: killed soldiers']],
    ['"more" alone before another outcome\'s verb counts others', 'Twelve soldiers were killed and 30 more were wounded.', ['Twelve: killed soldiers', '30: injured soldiers']],
    ['"more" alone before the same outcome adds to the count', 'Twelve soldiers were killed and five more had died by Tuesday.', ['Twelve: killed soldiers', 'five: -']],
    ['"more" before a noun of the same outcome adds to the count', 'Twelve people had died, and the heat may have caused 100 more fatalities.', ['Twelve: killed people', '100: -']],
    ['a crowd elsewhere after "including" is a count of its own place', 'Police put the crowd at 900,000, including 70,000 in Kesh.', ['900,000: attended people', '70,000: attended people']],
    ['but a toll\'s part elsewhere stays a part', 'Police said 50 people were killed, including 20 in Kesh.', ['50: killed people', '20: -']],
    ['the last of a list of places after ", and"', 'Organisers said two million people marched across the country, and 300,000 in the capital.', ['two million: attended people', '300,000: attended people']],
    ['any count noun "of" a crowd names a turnout', 'The unions put the figure of attendees at 300,000.', ['300,000: attended people']],
    ['but only "the number of" names another outcome', 'The approximate total of the dead would be 253 and not 359.', ['253: -']],
    ['a plural without an "s" is a noun of its own, not an adjective for the next count\'s noun', 'At least 12 police and three civilians were killed.', ['At least 12: killed police', 'three: killed civilians']],
    ['"ended up" before the outcome', 'Police said that nine people ended up injured.', ['nine: injured people']],
    ['a toll "much higher, at least N"', 'Residents said the toll was much higher, at least 90.', ['at least 90: killed people']],
    ['"and the dead at N" shares the toll verb before it', 'The ministry put the number of injured at 70 and the dead at 35.', ['70: injured people', '35: killed people']],
    ['a part "among the N dead", and the N everyone', 'Two police officers were among the 40 dead, officials said.', ['Two: killed police', '40: killed people']],
    ['a body\'s size at a rally is no crowd', 'About 40,000 unionists took part in the rallies, some 5 percent of the union\'s 800,000 members.', ['About 40,000: attended people', '800,000: -']],
    ['the last of a list that counts the rest elsewhere', 'Police detained 700 people in the capital, and 300 in other areas.', ['700: arrested people', '300: arrested people']],
    ['how it befell them, joined to the outcome by "and"', 'The spokesman said two were killed, with 41 shot and wounded, and 30 were stabbed and injured.', ['two: killed people', '41: injured people', '30: injured people']],
    ['families are counted as families, no rival to a count of people', 'Officials said more than 900 families had been evacuated.', ['more than 900: displaced families']],
    ['a crowd of one is none', 'We are not afraid, said one demonstrator.', ['one: -']],
    ['the victims a predicate names are the dead', 'The ministry said 35 of the victims were foreign nationals.', ['35: killed foreigners']],
    ['a medic who attended the injured counts the injured', 'The clinic said it attended more than 200 people injured.', ['more than 200: injured people']],
    ['a tally at a rally counts the crowd, not the dead', 'Police said 50,000 took part in the rally, but the union put the estimated tally at 80,000.', ['50,000: attended people', '80,000: attended people']],
    ['a toll given "as" a number', 'The ministry gave the death toll as 30.', ['30: killed people']],
    ['a count noun given "as" a number takes the outcome before it', 'Organisers said 500,000 attended, and police cite the figure as 25,000.', ['500,000: attended people', '25,000: attended people']],
    ['a crowd counts the people who came, whoever they are', 'Some 12,000 trade unionists took part in the march, and thousands of Keshians rallied in the north.', ['Some 12,000: attended people', 'thousands: attended people']],
    ['but protesters stay protesters', 'Some 15,000 demonstrators took part in the march.', ['Some 15,000: attended protesters']],
    ['"more" before a verb of the same outcome counts others', 'Some 600,000 gathered in the square, while 350,000 more rallied outside the capital.', ['Some 600,000: attended people', '350,000: attended people']],
    ['an outcome word before the subject', 'More than 80 wounded terrorists were moved to hospitals.', ['More than 80: injured militants']],
    ['the force they belong to', 'The group killed five mercenaries and seven from the Malian army.', ['five: killed mercenaries', 'seven: killed soldiers']],
    ['bodies', 'Police found the bodies of eight soldiers.', ['eight: killed soldiers']],
    ['bodies with a noun for people before them', 'Troops counted 12 rebel bodies.', ['12: killed militants']],
    ['bodies, whatever a later verb did to others', 'Residents counted 25 bodies and three were arrested.', ['25: killed people', 'three: arrested people']],
    ['the dead a predicate places in a force after "from"', 'Only a dozen of the dead were from the Kivu rebel movement.', ['Only a dozen: killed militants']],
    ['"it" after a copula is the count given before', 'Police estimated the crowd at 50,000, while organisers said it was 100,000.', ['50,000: attended people', '100,000: attended people']],
    ['the dead and the hurt together are neither count', 'Police said 30 people were killed or wounded, and 12 were killed and injured.', ['30: -', '12: -']],
    ['nor when the verbs come before the figure', 'The rebels had killed and wounded dozens of soldiers.', ['dozens: -']],
    ['but each count of its own stays', 'Police said 30 people were killed and 12 wounded.', ['30: killed people', '12: injured people']],
    ['dead bodies, then whose', 'Waziri said 12 dead bodies of Taliban were left behind.', ['12: killed militants']],
    ['the dead of a family', 'Police found the bodies of two brothers.', ['two: killed people']],
    ['an outcome\'s noun, then whom it befell', 'The group documented 3,428 killings of protesters.', ['3,428: killed protesters']],
    ['a possibility is no count', 'The group was still investigating another 9,787 possible fatalities.', ['9,787: -']],
    ['"the number of" a group, with an outcome after', 'The number of protesters confirmed killed has risen to 161.', ['161: killed protesters']],
    ['a bare count after a reporting verb, of people somewhere, takes the outcome before it', 'Police put the crowd at 12,000, while organisers said more than 20,000 were present.', ['12,000: attended people', 'more than 20,000: attended people']],
    ['and of people doing something', 'Police put the crowd at 12,000, while organisers claimed 20,000 were calling for reform.', ['12,000: attended people', '20,000: attended people']],
    ['"people" before a time is counted, not a modifier of things', 'Herders killed 10 people this week.', ['10: killed people']],
    ['a toll raised in the passive: the old value is none, the new one the toll', 'The death toll of 25 was raised to 28 on Friday.', ['25: -', '28: killed people']],
    ['and so does one "compared to" another', 'Researchers counted 438 migrants who died, compared to 312 reported by the government.', ['438: killed migrants', '312: killed migrants']],
    ['"N of the dead were" a noun the vocabulary lacks: a part of the toll, no count', 'Sixteen of the dead were suspected criminals.', ['Sixteen: -']],
    ['"one of the dead was" a noun it knows, past the article', 'One of the dead was a fighter.', ['One: killed militants']],
    ['how badly some of the hurt were hurt is a part of them', 'The strike left five people wounded, two critically.', ['five: injured people', 'two: -']],
    ['"others" after two counts of different people joined by "and" are others of both', 'Ten women and three infants were killed, and 16 others injured.', ['Ten: killed civilians', 'three: killed infants', '16: injured people']],
    ['"there were" and a bare count counts what the sentence counted', 'Organisers claimed 1 million people took part, but police said there were 150,000.', ['1 million: attended people', '150,000: attended people']],
    ['and so does one "a fraction of" which another is', 'Police put the turnout at 30,000, a fraction of the 250,000 claimed by the unions.', ['30,000: attended people', '250,000: attended people']],
    ['a bare count set against another counts the same', 'The government counted 100,000 protesters versus the 400,000 estimated by organizers.', ['100,000: attended protesters', '400,000: attended protesters']],
    ['a count noun takes the toll the sentence named before it', 'Iran disputed the death tolls, after a rights group put the number at over 160.', ['over 160: killed people']],
    ['a toll', 'Officials put the death toll at 23.', ['23: killed people']],
    ['what befell a part named by its noun', 'He said three of the kidnapped soldiers were killed.', ['three: killed soldiers']],
    ['a toll among the people it counts', 'The commander said the toll among his troops had risen to 11.', ['11: killed soldiers']],
    ['casualties put at a figure, with the force they belong to', 'Tribesmen put the army casualties at seven.', ['seven: killed soldiers']],
    ['a force before a noun for anyone', 'Six militants and three army men were killed.', ['Six: killed militants', 'three: killed soldiers']],
    ['a number of', 'The number of foreigners killed has risen to 40.', ['40: killed foreigners']],
    ["a state's adjective stays in the term of its forces", 'The army said it had killed 600 Kenyan servicemen.', ['600: killed soldiers']],
    ['"men" are people', 'Six men were killed.', ['Six: killed people']],
    ['a part of the toll something is done to', 'Prosecutors were investigating 24 of the deaths.', ['24: -']],
    ['people held hostage', 'Gunmen held dozens of guests hostage for 12 hours.', ['dozens: abducted hostages']],
    ['forced from their homes', 'Fighting has forced more than 250,000 people from their homes.', ['more than 250,000: displaced people']],
    ['forced to leave their homes', 'The shelling forced 630 people to leave their homes.', ['630: displaced people']],
    ['who abandoned their villages', 'About 1,400 families abandoned their villages.', ['About 1,400: displaced families']],
    ['who left the town, no homes named', 'Some 90 traders left the town.', ['Some 90: -']],
    ['"others" add to the people the clause named, figure or not', 'A soldier was killed and two others were injured in the encounter.', ['two: injured soldiers']],
    ['but not to a noun no article counts', 'Most of the victims were shopkeepers and children, adding that 48 others had been wounded.', ['48: injured people']],
    ['nor to the subject of the verb', 'Police arrested no one, a spokesman said.', ['no one: arrested people']],
    ['"the number hurt" names its outcome', 'The number hurt rose to 934 from 863.', ['934: injured people', '863: -']],
    ['nor is the initial count a toll was revised from', 'The death toll was revised to 224, as some bodies were not in the initial count of 149.', ['224: killed people', '149: -']],
    ['a count its own clause goes on to revise is an old value', 'The authorities announced that about fifty people died, before revising to speak of 73 dead.', ['about fifty: -', '73: killed people']],
    ['the previous toll an increase came from is no count now', 'The minister announced the new figure, 769 dead, an increase from the previous toll of 717.', ['769: killed people', '717: -']],
    ['a breakdown lends its noun to no later figure', 'Four persons, including two teenagers, were killed and over 60 injured.', ['Four: killed people', 'two: -', 'over 60: injured people']],
    ['a relative clause between a count and its verb', 'Thirty-one who tried to hold a rally in the central square were detained.', ['Thirty-one: arrested people']],
    ['a bare figure in a list counts what the one before did', 'Police counted a thousand demonstrators in Dorvale, 650 in Belwa, 300 in Kandara.', ['a thousand: attended protesters', '650: attended protesters', '300: attended protesters']],
    ['and so does one with only its source after it', 'In all, 107,000 people demonstrated according to the ministry, nearly 300,000 according to the union.', ['107,000: attended people', 'nearly 300,000: attended people']],
    ['", N of them," is a part of the figure before', 'The bodies of five women, two of them washed ashore, were recovered.', ['five: killed civilians', 'two: -']],
    ['a toll past a number in a compound', "The death toll from Monday's 7.9-magnitude quake has risen to 15,000.", ['15,000: killed people']],
    ['a number of the dead with their noun after', 'The group put the number of dead soldiers at 15.', ['15: killed soldiers']],
    ['a number of a place\'s residents', 'The number of residents who died is likely to remain at around 80.', ['around 80: killed people']],
    ['a number of a nationality\'s dead', 'The number of Egyptian dead had risen to over 600.', ['over 600: killed egyptians']],
    ['a toll raised past other numbers', 'The ministry raised the death toll from the clashes at two camps to 638.', ['two: -', '638: killed people']],
    ['the value a toll moved from', 'The death toll rose to 102 from the earlier reported 61.', ['102: killed people', '61: -']],
    ['a gerund after "in addition to" is no intention', 'Four protesters were killed, in addition to capturing 36 protesters.', ['Four: killed protesters', '36: arrested protesters']],
    ['the number of two kinds of people counts people', 'The number of civilians and soldiers killed has risen to 319.', ['319: killed people']],
    ['people still buried under rubble are no count of the dead', 'There is no chance of finding alive any of the 150 people believed still buried under the rubble.', ['150: -']],
    ['survivors found beside the dead are no count of them', 'Rescuers found 92 bodies and eight survivors.', ['92: killed people', 'eight: -']],
    ['a camp population counts the displaced', 'The camp population reached 1.5 million.', ['1.5 million: displaced people']],
    ['but a town\'s population counts no one', 'The town\'s population reached 2 million.', ['2 million: -']],
    ['victims in a story about protests are no crowd, and a count whose noun is its outcome lends it to no figure after it', 'During the protests, police actions left 92 victims of abuse of force, 21 fatalities and four victims of sexual assault.', ['92: -', '21: killed people', 'four: -']],
    ['the number of survivors counts none of the dead before it', 'Rescuers found 60 bodies, and the number of survivors was at least 200.', ['60: killed people', 'at least 200: -']],
    ['nor are the missing joined straight to the dead', 'Officials announced 11,300 dead and 10,100 missing.', ['11,300: killed people', '10,100: -']],
    ['people said to be missing after the dead are no count of them', 'Rescuers counted 27 bodies, and about 50 people are still missing.', ['27: killed people', 'about 50: -']],
    ['members of an armed body named by a common noun', 'Six members of the illegal armed formation were eliminated.', ['Six: killed militants']],
    ['members of any other body are people', 'Four members of a family were killed.', ['Four: killed people']],
    ['members of a named force that is no state\'s', 'The army said that 30 members of the Kesh Liberation Front had died.', ['30: killed militants']],
    ['members of a state\'s named force', 'The rebels said 12 members of the Kenya Defence Forces were killed.', ['12: killed soldiers']],
    ['members of a named group with a noun for them after it', 'About 22 members of Boko Haram terrorists were neutralized.', ['About 22: killed militants']],
    ['members of a state\'s force named for security are security forces', 'The ministry said 17 members of the Kesh Internal Security Forces were injured.', ['17: injured security-forces']],
    ['members of no armed body are people', 'The party said six party members were injured.', ['six: injured people']],
    ['members of a named group whose name opens with a particle', 'The army said 30 members of al-Kesh Front were killed.', ['30: killed militants']],
    ['a noun for people after a noun the vocabulary knows is the head', 'The army said 12 rebel commanders were killed.', ['12: killed militants']],
    ['a phrase after the noun with an acronym in brackets', 'The army said 100 fighters from the Kesh Liberation Front (KLF) were killed.', ['100: killed militants']],
    ['people of a side named after the outcome', "The toll is two dead on the army's side and five dead on the attackers' side.", ['two: killed soldiers', 'five: killed militants']],
    ['people of a side named after the figure', 'Troops killed seven from the attacking side.', ['seven: killed militants']],
    ['a toll told before and since replaced', 'The previous death toll was four soldiers.', ['four: -']],
    ['a toll revised downward, by a change to a figure', 'Officials revised downward the death toll by more than 100 to 253.', ['253: killed people']],
    ['a nationality before a noun for anyone', 'Jordan said 41 Jordanian pilgrims died.', ['41: killed jordanians']],
    ['the outcome of the noun counted from, with no verb', 'The ministry earlier said about 500 of the detainees.', ['about 500: arrested people']],
    ['a count over a period of its own before a total', '38 people had died in the last 48 hours, bringing the death toll to 1,033.', ['38: killed people', '1,033: killed people']],
    ['a noun for people that no ending tells', 'Security forces arrested four youths after the blast.', ['four: arrested youths']],
    ['a capitalised plural names a people', 'Officials said 40 Yazidis were killed.', ['40: killed yazidis']],
    ['a capitalised plural joined to a known noun', 'Officials put the number of those killed at 180 Houthis and allied fighters.', ['180: killed militants']],
    ['a phrase after the noun, before its verb', 'Five members of security forces loyal to the recognised authorities and eight fighters from rival groups were killed.', ['Five: killed security-forces', 'eight: killed militants']],
    ['a second, uncounted noun sharing the verb', 'Hours after eight soldiers and a government-paid village guard were killed, 80 rebels died.', ['eight: killed soldiers', '80: killed militants']],
    ['"one" before an initialism and a noun is a numeral', 'He said one U.S. soldier and one TTP fighter were killed.', ['one: killed soldiers', 'one: killed militants']],
    ['"one" as a pronoun for the people just named', 'Not a single one of our soldiers crossed the border, and not a single one has been killed.', ['one: -', 'one: killed soldiers']],
    ['a count of people a counting verb gives, of the outcome before', 'Police arrested 516 people, but monitors could only document 169 persons.', ['516: arrested people', '169: arrested people']],
    ['a nationality in the predicate', 'At least 323 of the casualties were Egyptians.', ['At least 323: killed egyptians']],
    ['people "among the dead"', 'The monitor said 23 civilians were among the dead.', ['23: killed civilians']],
    ['a noun for people in the predicate', 'He said 19 of the dead were women and children.', ['19: killed civilians']],
    ['a bare number after a reporting verb in the present', 'Police estimate that 50,000 people took part; organisers say 200,000.', ['50,000: attended people', '200,000: attended people']],
    ['a count noun after a toll', 'The army put the toll at 4, while officials put the figure at 7.', ['4: killed people', '7: killed people']],
    ['a verb before "a total of" its count', 'The group said it killed a total of 61 soldiers.', ['61: killed soldiers']],
    ['a count noun before "to be"', 'Police said 40 were arrested, and activists estimated the number to be more than 300.', ['40: arrested people', 'more than 300: arrested people']],
    ['a crowd', 'There were 100,000 people along the route of the march.', ['100,000: attended people']],
    ['a noun for people in its singular before things is no count of people', 'The toll from the sinking of two migrant boats rose to 43, and three police vehicles burned.', ['two: -', '43: killed people', 'three: -']],
    ['a participle after the noun describes it when the verb names another outcome', 'As many as 400 migrants fleeing the war are feared to have drowned.', ['As many as 400: killed migrants']],
    ['but is the outcome when the verb names none', 'Thousands of people fleeing the violence have arrived in the town.', ['Thousands: displaced people']],
    ['a count called previous is an old value, however it moved', 'Over 800 people were killed, more than double the previous estimate of 384.', ['Over 800: killed people', '384: -']],
    ['an "as well as" list before the verb is no part of the clause', 'Thousands of protesters as well as journalists, lawyers and students were arrested.', ['Thousands: arrested protesters']],
    ['an "including" list without commas is a breakdown, and the total keeps its verb', 'At least 31 persons including 12 militants and 13 civilians were killed.', ['At least 31: killed people', '12: -', '13: -']],
    ['a second noun with a determiner of its own is no part of the count', 'The attack left five soldiers and both gunmen dead.', ['five: killed soldiers']],
    ['a breakdown between dashes before the verb', 'Five civilians - three women and two children - had died.', ['Five: killed civilians', 'three: -', 'two: -']],
    ['or between commas', 'Five civilians, three women and two children, had died.', ['Five: killed civilians', 'three: -', 'two: -']],
    ['a relative clause between the toll and its verb', 'The death toll from the quake, which struck on Monday, has been revised from 131 to 148.', ['148: killed people']],
    ['people held hostage keep their noun', 'Militants were holding more than 100 security personnel hostage.', ['more than 100: abducted security-forces']],
    ["a state's forces", 'The strike killed more than 600 Ukrainian forces.', ['more than 600: killed security-forces']],
    ["a state's invaders, a noun the vocabulary lacks, are its soldiers", 'The shelling killed 40 Armenian invaders.', ['40: killed soldiers']],
    ['attackers of no state are militants', 'Police said five attackers were shot dead.', ['five: killed militants']],
    ['soldiers of a force of many states', 'The group said it had killed 25 AU soldiers.', ['25: killed soldiers']],
    ["the enemy's forces, and a bare count with an outcome after them counts the same", 'The front said its fighters killed 1,250 "enemy forces", with 900 wounded.', ['1,250: killed security-forces', '900: injured security-forces']],
    ['one member of a force', 'One member of the security forces was killed and another four were wounded.', ['One: killed security-forces', 'four: injured security-forces']],
    ["the government's forces", 'An ambush killed 15 government forces and 12 regime forces.', ['15: killed security-forces', '12: killed security-forces']],
    ['crews and families are people', 'Pirates abducted 12 crew members and five relatives of the captain.', ['12: abducted people', 'five: abducted people']],
    ['people of another noun in a sentence about a crowd are no turnout', 'Police detained 12 people at a rally demanding the release of 3,000 prisoners.', ['12: arrested people', '3,000: -']],
    ['but a total of people in it is', 'The march drew a total of 5,000 people.', ['5,000: attended people']],
    ['protesters who numbered a figure', 'Protesters numbered around 5,000, a witness said.', ['around 5,000: attended protesters']],
    ['the dead who totalled a figure', 'The dead totalled 40, officials said.', ['40: killed people']],
    ['participants', 'Crowd Solutions estimated some 130,000 participants.', ['some 130,000: attended protesters']],
    ['casualties named by their people', 'The army said there were no civilian casualties.', ['no: killed civilians']],
    ['casualties among a group', 'No casualties among law enforcement were reported.', ['No: killed security-forces']],
    ['a preposition after a toll ends what it counts', 'Medics said the toll had risen to 22 following a rebel ambush.', ['22: killed people']],
    ['a figure and its noun after the verb share it', 'Over 100 rebels had been killed and only 10 soldiers.', ['Over 100: killed militants', 'only 10: killed soldiers']],
    ['but not one the clause goes on about', 'Forty rebels were killed and five soldiers fled.', ['Forty: killed militants', 'five: displaced soldiers']],
    ['losses a noun for people suffered are theirs', 'Government troops suffered six dead.', ['six: killed soldiers']],
    ['and theirs across where they were', 'Government troops in the northern hills have suffered 30 deaths, the rebels said.', ['30: killed soldiers']],
    ['a ship\'s crew are people', 'Two crew members were injured and three crewmen died.', ['Two: injured people', 'three: killed people']],
    ['a passive march is a kidnapping', 'Some 287 were marched into the bush.', ['Some 287: abducted people']],
    ['camps', 'About 895,000 people moved into temporary settlement camps.', ['About 895,000: displaced people']],
    ['a nationality', 'At least 60 Jordanians died.', ['At least 60: killed jordanians']],
    ['an adjective after a count whose noun comes with the next figure', 'Rebels killed six local and three foreign soldiers.', ['six: killed soldiers', 'three: killed soldiers']],
    ['an adjective after a count, the noun and verb with the next figure', 'Rebels said 10 Afghan and three foreign troops were killed.', ['10: killed soldiers', 'three: killed soldiers']],
    ['one singular noun, then another count', 'One child and two women were killed.', ['One: killed civilians', 'two: killed civilians']],
    ['two origins joined before one noun', 'They killed 110 allied Ethiopian and Eritrean troops.', ['110: killed soldiers']],
    ['two nationalities name no single one', 'Police said 12 Afghan and Pakistani workers died.', ['12: killed workers']],
    ['a bare figure a reporting verb gives, after a counted one', 'Police put turnout at 3,000 people, with organisers saying 20,000.', ['3,000: attended people', '20,000: attended people']],
  ])('%s', (_, text, expected) => {
    expect(measuresOf(text)).toEqual(expected);
  });

  it.each([
    ['an increment', 'Four more bodies were found.', ['Four: -']],
    ['a breakdown', 'Nine died, including three women.', ['Nine: killed people', 'three: -']],
    ['a bare count in brackets after another, with its own party', 'The march drew 700,000 demonstrators, according to the union (81,000, according to the police).', ['700,000: attended protesters', '81,000: attended protesters']],
    ['the wounds a count is with describe it, before its verb', 'As many as 131 persons with burn wounds were hospitalised.', ['As many as 131: injured people']],
    ['a state\'s forces captured are abducted', 'The militia captured 98 troops.', ['98: abducted soldiers']],
    ['militants captured are arrested', 'Police captured 12 militants.', ['12: arrested militants']],
    ['a short aside on who they were between a toll and its verb', 'The number of fatalities, mostly officers, reached 74.', ['74: killed people']],
    ['a count with a severity and an outcome no count before named is its own', 'Three people were killed and nine seriously injured.', ['Three: killed people', 'nine: injured people']],
    ['but one after a count of the same outcome is a part of it', 'Five people were wounded, two seriously injured.', ['Five: injured people', 'two: -']],
    ['"of those who died" names the outcome, and the predicate whom', 'He said 32 of those who died were government troops.', ['32: killed soldiers']],
    ['"amongst the dead" as "among the dead"', 'At least six volunteers were amongst the dead.', ['At least six: killed volunteers']],
    ['an aside holding a list with commas of its own, before the verb', 'At least 27 people, mostly from Sudan, South Sudan and Chad, died in the attempt.', ['At least 27: killed people']],
    ['a count before an active verb with an object did it', 'Five gunmen killed 12 students.', ['Five: -', '12: killed civilians']],
    ['and one before a verb with an article after it', 'One of the prisoners seized a weapon from a guard.', ['One: -']],
    ['but a participle after its count still counts them', 'Twelve people killed in the blast were buried.', ['Twelve: killed people']],
    ['and a crowd that fills a place, or people who flee one, are counted', '200,000 people flooded the capital and 5,000 fled the town.', ['200,000: attended people', '5,000: displaced people']],
    ['some of a group named already are no crowd', 'The prosecutor said that 70 of the detained protesters have been released on bail.', ['70: -']],
    ['prisoners who fled escaped, and are not displaced', 'Forty prisoners fled.', ['Forty: -']],
    ['a forecast is no count', 'The march far exceeded initial projections of 200,000 attendees.', ['200,000: -']],
    ['a word for what caused them before an outcome noun', 'The ministry reported only 10 confirmed Ebola deaths.', ['only 10: killed people']],
    ['lives claimed or cost are the dead', 'The floods claimed 79 lives.', ['79: killed people']],
    ['and lives lost', 'Only 79 lives have been lost in the deluge.', ['Only 79: killed people']],
    ['Maoists are militants', 'The army said over 500 Maoists were killed.', ['over 500: killed militants']],
    ['people something befell are no crowd', 'The protests turned violent, with at least six people hit by bullets.', ['at least six: -']],
    ['people reported missing are no crowd', 'The office reported 42 deaths at the protests, and 168 people reported missing are still unaccounted for.', ['42: killed people', '168: -']],
    ['a part after "of which"', 'The office confirmed 27 deaths during the protests, of which 11 are linked to the protests.', ['27: killed people', '11: -']],
    ['but one with an outcome of its own counts it', 'He said 90 people were taken to the hospital, of whom 30 died.', ['90: -', '30: killed people']],
    ['a breakdown after "Among the …,"', 'Among the 116, twelve journalists were arrested.', ['116: -', 'twelve: -']],
    ['things', 'Rebels captured 20 motorcycles.', ['20: -']],
    ['things behind an initialism', 'The carrier was joined by four other U.S. Navy ships.', ['four: -']],
    ['an intention', 'Troops were looking to arrest several members.', ['several: -']],
    ['the missing', 'Eighteen personnel were missing.', ['Eighteen: -']],
    ['something else said of a part', 'He said 18 of the injured had been discharged from hospital.', ['18: -']],
    ['a part of the count named just before it', 'He said that of the 27 dead, 15 were women.', ['27: killed people', '15: -']],
    ['something else said of a part named by its noun', 'He said two of the wounded soldiers were in critical condition.', ['two: -']],
    ['a part of the toll by place', 'Of them, 288 of the dead were killed in the larger camp.', ['288: -']],
    ['what a total was brought up by', '40 bodies were pulled from the river, sending the death toll soaring to at least 108.', ['40: -', 'at least 108: killed people']],
    ['an exception', 'All of them died of heat except for one fatally injured in a crush.', ['one: -']],
  ])('counts nothing for %s', (_, text, expected) => {
    expect(measuresOf(text)).toEqual(expected);
  });
});
