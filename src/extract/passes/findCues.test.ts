import { describe, expect, it } from 'vitest';
import { findFigures } from '../../figures/findFigures.js';
import { findCues, pickCue } from './findCues.js';
import { findSentences } from './findSentences.js';
import { findTimes } from './findTimes.js';
import { readTokens } from './readTokens.js';

// Each cue of a one-sentence text: its word, the speaker phrase, and the text it governs.
function cuesOf(text: string): { cue: string; speaker: string; scope: string; relays: string[]; deny: boolean }[] {
  const words = readTokens(text);
  const [sentence] = findSentences(words);
  if (sentence === undefined) return [];
  const figures = findFigures(text);
  const isFigure = (i: number) => figures.some((f) => words.start(i) >= f.start && words.end(i) <= f.end);
  const slice = (first: number, last: number) => (last > first ? text.slice(words.start(first), words.end(last - 1)) : '');
  return findCues(words, sentence, findTimes(words, sentence), isFigure).map((c) => ({
    cue: words.low(c.at),
    speaker: c.phrase === undefined ? '' : slice(c.phrase.first, c.phrase.last),
    scope: slice(c.scope.first, c.scope.last),
    relays: c.relays.map((r) => slice(r.first, r.last)),
    deny: c.deny,
  }));
}

describe('findCues: who speaks and what they govern', () => {
  it.each([
    ['a leading cue', 'The army said five soldiers died.', [{ cue: 'said', speaker: 'The army', scope: 'five soldiers died.' }]],
    ['a second verb shares the first one\'s subject', 'The group claimed responsibility for the attack and put the toll at 15.', [{ cue: 'put', speaker: 'The group', scope: 'the toll at 15.' }]],
    ['but not past a figure in the first verb\'s object', 'Air strikes killed 90 rebels and warned of more.', []],
    ['a participle after a comma speaks for the subject that opens the sentence', 'Kyiv rejected a claim that 600 died, insisting there were no fatalities.', [{ cue: 'rejected', speaker: 'Kyiv' }, { cue: 'insisting', speaker: 'Kyiv', scope: 'there were no fatalities.' }]],
    ['a cue whose speaker follows ", and" opens a clause of its own, not a trailing one', 'Officials had announced that 300 people died, and the mayor said at the beginning of the week that the toll was higher.', [{ cue: 'announced', speaker: 'Officials' }, { cue: 'said', speaker: 'and the mayor', scope: 'at the beginning of the week that the toll was higher.' }]],
    ['a name that "reports citing" a party relays it', 'The toll rose to 300, Al Jazeera reports citing the Red Crescent.', [{ cue: 'reports', speaker: 'the Red Crescent', relays: ['Al Jazeera'], scope: 'The toll rose to 300,' }]],
    ['a name that reports after a leading cue relays it, known as an outlet or not', 'The police estimated that 525,000 turned up, El Pais reported.', [{ cue: 'estimated', speaker: 'The police', relays: ['El Pais'], scope: '525,000 turned up,' }, { cue: 'reported', speaker: 'El Pais' }]],
    ['a closing straight single quote is no part of the speaker', "'We lost only two men,' the commander told AFP.", [{ cue: 'told', speaker: 'the commander', relays: ['AFP'] }]],
    ['"estimates" after an adjective of a count is its noun, not a verb of the adjective', 'But rough estimates tell us that over 200,000 people had gathered.', []],
    ['a pronoun right before the cue is its subject, not the clause before it', 'As the minister visited a hospital he spoke of four dead.', [{ cue: 'spoke', speaker: 'he' }]],
    ['a verb in the past before "and" ends the speaker: the clause before is no part of it', 'Troops arrested five leaders on Saturday and the prime minister said four people had died.', [{ cue: 'said', speaker: 'the prime minister' }]],
    ['but two speakers after a comma stay one phrase', 'Twelve people were killed in the attack on the town, residents and state television said.', [{ cue: 'said', speaker: 'residents and state television' }]],
    ['and "the disputed region" denies nothing', 'Six soldiers were killed in clashes between Kesh and Dorvale troops in the disputed border region, Kesh says.', [{ cue: 'says', speaker: 'Kesh' }]],
    ['two speakers and two figures "respectively": each figure its own speaker\'s', 'The prime minister and the UN give figures of 11 and 14 dead respectively.', [{ cue: 'give', speaker: 'The prime minister', scope: 'figures of 11 and' }, { cue: 'give', speaker: 'the UN', scope: '14 dead respectively.' }]],
    ['a toll refused is none given', "'I can't give the exact toll at the moment,' the officer said.", [{ cue: 'said', speaker: 'the officer' }]],
    ['"citing X as saying": X speaks, without "as saying"', 'The UN said the toll rose, citing the health agency as saying that 3,958 people died.', [{ cue: 'said', speaker: 'the health agency', relays: ['The UN'] }]],
    ['"attributing these numbers to X": X speaks', 'The UN said 11,300 were dead, attributing these numbers to the Red Crescent.', [{ cue: 'said', speaker: 'the Red Crescent', relays: ['The UN'] }]],
    ['"in turn" before the cue is no part of the speaker', "Israel's military in turn spoke of at least five fighters killed.", [{ cue: 'spoke', speaker: "Israel's military" }]],
    ['a count stated by a copula after its owner', 'The police estimate was 350,000.', [{ cue: 'estimate', speaker: 'police' }]],
    ['and after a possessive that opens the sentence', 'Their estimate was more than 350,000.', [{ cue: 'estimate', speaker: 'Their' }]],
    ['a trailing cue with where the speaker spoke from', '"We lost seven soldiers," Captain Ahmed Idow told Reuters by telephone from Baidoa.', [{ cue: 'told', speaker: 'Captain Ahmed Idow', relays: ['Reuters'], scope: '"We lost seven soldiers,"' }]],
    ['a gerund after a possessive is a noun, and "showing that" reports', 'It has resumed its public reporting and shared its statistics, showing that 543 people have been killed.', [{ cue: 'showing', scope: '543 people have been killed.' }]],
    ['an adverb between a cue and its "that"', 'Rights groups confirmed earlier that 8,000 people had been wounded.', [{ cue: 'confirmed', speaker: 'Rights groups', scope: '8,000 people had been wounded.' }]],
    ['the last stop of a sentence is no part of a speaker after "according to"', 'Nine soldiers died, according to the army list. More died later.', [{ cue: 'according', speaker: 'the army list', scope: 'Nine soldiers died,' }]],
    ['"so far" before a finder is no part of who speaks', 'So far we have found 92 bodies.', [{ cue: 'found', speaker: 'we', scope: '92 bodies.' }]],
    ['"assured" reports', 'The group assured in a statement that it had killed 12 soldiers.', [{ cue: 'assured', speaker: 'The group', scope: 'it had killed 12 soldiers.' }]],
    ['the noun right before "which" with no comma', 'Nine soldiers died, according to a report issued on Tuesday by the army which specifies that it killed 37 rebels.', [{ cue: 'according' }, { cue: 'specifies', speaker: 'the army', scope: 'it killed 37 rebels.' }]],
    ['a cue in the present after "which"', 'Nine soldiers died, according to the army, which specifies that it killed 37 rebels.', [{ cue: 'according', speaker: 'the army', scope: 'Nine soldiers died,' }, { cue: 'specifies', speaker: 'the army', scope: 'it killed 37 rebels.' }]],
    ['a trailing cue after a speaker in two appositives', 'Nine people died in the north on Tuesday, the chairman of the rights body, the Dorvale Rights Commission, told AFP.', [{ cue: 'told', speaker: 'the chairman of the rights body, the Dorvale Rights Commission', relays: ['AFP'], scope: 'Nine people died in the north on Tuesday,' }]],
    ['a trailing cue with an outlet named after "the"', 'Gunmen killed three teachers, the school owner told the Associated Press.', [{ cue: 'told', speaker: 'the school owner', relays: ['Associated Press'], scope: 'Gunmen killed three teachers,' }]],
    ['an aside of where the speaker reports from', 'The news agency ANSA, reporting from the island, said that seven bodies were brought ashore.', [{ cue: 'reporting', speaker: 'The news agency ANSA' }, { cue: 'said', speaker: 'The news agency ANSA, reporting from the island', scope: 'seven bodies were brought ashore.' }]],
    ['"according to" after an opening adverbial leads', 'In the second city, according to the ministry, police detained one activist.', [{ cue: 'according', speaker: 'the ministry', scope: 'police detained one activist.' }]],
    ['a statement an agency cited after a quote speaks through it', '"Twelve rebels died," the agency cited a statement by the coalition.', [{ cue: 'cited', speaker: 'a statement by the coalition', relays: ['the agency'] }]],
    ['"according to" a phrase with an initialism', 'Rebels killed 131 civilians, according to a U.N. investigation seen by Reuters.', [{ cue: 'according', speaker: 'a U.N. investigation seen by Reuters', scope: 'Rebels killed 131 civilians,' }]],
    ['an accuser speaks', 'The government accused the rebels of killing 2,000 civilians.', [{ cue: 'accused', speaker: 'The government', scope: 'the rebels of killing 2,000 civilians.' }]],
    ['a report after a preposition is a noun, no one\'s cue', 'Following reports that rebels killed 12 policemen, the police said none had died.', [{ cue: 'said', speaker: 'the police', scope: 'none had died.' }]],
    ['but not the accused', 'Police arrested 11 people accused of being smugglers.', []],
    ['an inverted cue before a bare plural of speakers', 'Rebels killed six soldiers, reported opposition activists.', [{ cue: 'reported', speaker: 'opposition activists', scope: 'Rebels killed six soldiers,' }]],
    ['"estimate" as a verb that opens the sentence', 'Organisers estimate the crowd at 5,000.', [{ cue: 'estimate', speaker: 'Organisers', scope: 'the crowd at 5,000.' }]],
    ['"estimate" as a verb after a named body', 'Organisers United for Peace estimate the crowd at 5,000.', [{ cue: 'estimate', speaker: 'Organisers United for Peace', scope: 'the crowd at 5,000.' }]],
    ['"estimate" as a noun is no cue', 'A police estimate was 5,000.', []],
    ['a trailing cue', 'Five soldiers died, the army said.', [{ cue: 'said', speaker: 'the army', scope: 'Five soldiers died,' }]],
    ['a trailing cue late in a long sentence', 'Eight people were killed on Saturday in Ekona, a town in the south, according to local sources.', [{ cue: 'according', speaker: 'local sources', scope: 'Eight people were killed on Saturday in Ekona, a town in the south,' }]],
    ['an inverted cue', '"It is over," said Gen. Athar Abbas, the military spokesman.', [{ cue: 'said', speaker: 'Gen. Athar Abbas, the military spokesman' }]],
    ['a relay', 'A rebel commander told AFP by phone that 12 fighters died.', [{ cue: 'told', speaker: 'A rebel commander', relays: ['AFP'], scope: '12 fighters died.' }]],
    ['a toll frame', 'Organisers, however, put the turnout at 930,000.', [{ cue: 'put', speaker: 'Organisers, however' }]],
    ['citing', 'Citing a military source, LANA said 19 men died.', [{ cue: 'said', speaker: 'a military source', relays: ['LANA'] }]],
    ['cited as saying', 'The paper cited the IDF as saying three men were killed.', [{ cue: 'cited', speaker: 'the IDF', relays: ['The paper'], scope: 'three men were killed.' }]],
    ['a reduced relative', 'Fake news is circulating on social media claiming that 9 soldiers were killed.', [{ cue: 'claiming', speaker: 'social media' }]],
    ['a possessive noun cue', "Figures range from 11 to Hefazat's estimate of thousands.", [{ cue: 'estimate', speaker: "Hefazat's" }]],
    ['a parenthetical source', 'Estimates range from 36,000 (Serbian Interior Ministry figures) to more.', [{ cue: 'figures', speaker: 'Serbian Interior Ministry', scope: 'Estimates range from 36,000' }]],
    ['a report in the progressive', 'The broadcaster is saying 2,000 marched.', [{ cue: 'saying', speaker: 'The broadcaster', scope: '2,000 marched.' }]],
    ['a plural possessive before a noun cue with a colon', "The march (organisers' estimate: 90,000; police estimate: 20,000) ended.", [{ cue: 'estimate', speaker: 'organisers' }, { cue: 'estimate', speaker: 'police' }]],
    ['no inverted cue after a speaker\'s subject phrase', 'Officials counted 900 people, but several outlets, including two papers, said the crowd was larger.', [{ cue: 'counted', speaker: 'Officials' }, { cue: 'said', speaker: 'several outlets, including two papers', scope: 'the crowd was larger.' }]],
    ['a noun "reports" that someone has', 'The spokesman said they had intelligence reports that 35 militants died.', [{ cue: 'said', speaker: 'The spokesman', scope: 'they had intelligence reports that 35 militants died.' }]],
    ['"according to" the estimates of a party, who leads; "estimates" is no verb there', 'According to police estimates, 3,000 people marched.', [{ cue: 'according', speaker: 'police estimates', scope: '3,000 people marched.' }]],
    ['"according to" the figures of a plural possessive', "Some 40 died, according to the rebels' own figures.", [{ cue: 'according', speaker: "the rebels' own figures", scope: 'Some 40 died,' }]],
    ['"according to" figures with no party is nobody\'s cue', 'According to official figures, 45 people died.', []],
    ['a count of the parties a document comes from is no figure in the speaker', 'Data from two U.N. sources estimate that 48 civilians were killed.', [{ cue: 'estimate', speaker: 'Data from two U.N. sources', scope: '48 civilians were killed.' }]],
    ['nor of the hospitals figures come from', 'Figures from three hospitals show that 48 people died.', [{ cue: 'show', speaker: 'Figures from three hospitals', scope: '48 people died.' }]],
    ['but a count of things in the phrase still is', 'Data from two hundred villages show that 48 people died.', []],
    ['"claiming to speak for" is who the speaker says he is, not a cue', 'A spokesman claiming to speak for the militants told Dawn that 300 soldiers had been kidnapped.', [{ cue: 'told', speaker: 'A spokesman claiming to speak for the militants', relays: ['Dawn'], scope: '300 soldiers had been kidnapped.' }]],
    ['an aside about anonymity whose closing comma is missing', 'A security official, pleading anonymity said 10 civilians were killed.', [{ cue: 'said', speaker: 'A security official, pleading anonymity', scope: '10 civilians were killed.' }]],
    ['who found the dead, as the subject of what another says, is not who says it', 'The general said troops counted 12 rebel bodies.', [{ cue: 'said', speaker: 'The general', scope: 'troops counted 12 rebel bodies.' }]],
    ['but a clause of its own keeps its counter', 'The police counted 2,400 marchers, and the union counted 10,000.', [{ cue: 'counted', speaker: 'The police' }, { cue: 'counted', speaker: 'and the union' }]],
    ['the noun before a relative clause with a verb of its own speaks', 'The charity ActionAid whose workers are on the ground says 2,000 people died.', [{ cue: 'says', speaker: 'The charity ActionAid' }]],
    ['citing a figure reports it, in an absolute phrase after "with"', 'The toll was not clear, with the BBC citing at least five killed.', [{ cue: 'citing', speaker: 'the BBC' }]],
    ['a role before a name, with a relative clause before the cue', "Kesh's environment minister, Celso Dorva, who heads the response team, said 242 people died.", [{ cue: 'said', speaker: "Kesh's environment minister, Celso Dorva" }]],
    ['but a noun that only holds a role word is none', 'Giving their first official toll, the authorities said 3,117 people died.', [{ cue: 'said', speaker: 'the authorities' }]],
    ['a participle\'s speaker keeps a hyphenated word', 'The toll was over 300, with the Oslo-based Iran Human Rights putting it at 416.', [{ cue: 'putting', speaker: 'Oslo-based Iran Human Rights' }]],
    ['"put it at" gives the count before', 'Police put the crowd at 50,000, while organisers put it at 100,000.', [{ cue: 'put', speaker: 'Police' }, { cue: 'put', speaker: 'organisers' }]],
    ['a participle of what befell them is no cue', 'The number of protesters confirmed killed has risen to 161.', []],
    ['nor is a counting participle after its noun, with a time or place and no object', 'The toll did not include violence recorded on November 7 when police dispersed thousands of demonstrators.', []],
    ['a time after a cue dates it and is not the next speaker', 'The hospital said Friday it had registered three deaths.', [{ cue: 'said', speaker: 'The hospital' }, { cue: 'registered', speaker: 'it' }]],
    ['"published that" reports', 'The rights group published that at least 416 people were killed.', [{ cue: 'published', speaker: 'The rights group', scope: 'at least 416 people were killed.' }]],
    ['"the official claim" is the authorities\', whoever speaks', 'An activist said she saw 500 bodies, contradicting the official claim that 169 died.', [{ cue: 'said', speaker: 'An activist' }, { cue: 'claim', speaker: 'official' }]],
    ["a claim of the sentence's subject, by its possessive determiner", 'The army is standing by its claim that no more than 36 people died.', [{ cue: 'claim', speaker: 'The army' }]],
    ['a possessor after a particle', "The president has shrugged off activists' claims that hundreds died.", [{ cue: 'claims', speaker: 'activists' }]],
    ['a joined subject after the figure is no inverted "reports"', 'Five soldiers died, reports and sources said Thursday.', [{ cue: 'said', speaker: 'reports and sources', scope: 'Five soldiers died,' }]],
    ['capitals after a quoted figure are what it counts, not a name before an appositive', 'Pirates seized "up to 22" Filipinos, a navy officer said.', [{ cue: 'said', speaker: 'a navy officer' }]],
    ['"according to X" with no comma ends before the clause it opens', 'According to the health minister the toll is 132.', [{ cue: 'according', speaker: 'the health minister', scope: 'the toll is 132.' }]],
    ['"according to X" set in the subject speaks for its verb\'s clause', 'The toll according to the mayor stood at 57.', [{ cue: 'according', speaker: 'the mayor', scope: 'stood at 57.' }]],
    ['and between commas too', 'The toll, according to the mayor, is 57.', [{ cue: 'according', speaker: 'the mayor', scope: 'is 57.' }]],
    ['a cue word in -s after a preposition is a noun', 'Officials were looking into claims the depot held 90 tonnes.', []],
    ['"the estimate by X was N": X made the count', 'The estimate by the organisers was 90,000.', [{ cue: 'estimate', speaker: 'the organisers', scope: 'was 90,000.' }]],
    ['"the figure of N given by X": X gave it', 'The figure of 2 million given by the mayor was rejected.', [{ cue: 'given', speaker: 'the mayor', scope: 'figure of 2 million' }]],
    ['a boast reports', 'The festival boasted that 900,000 had come.', [{ cue: 'boasted', speaker: 'The festival', scope: '900,000 had come.' }]],
    ['"given by" after a hedged figure, and the opposition is a party', 'The toll is below the figure of over 80 given by the opposition.', [{ cue: 'given', speaker: 'the opposition', scope: 'figure of over 80' }]],
    ['nor after "first", trailing', 'Nineteen guards were hurt, the Dorvo Herald first reported.', [{ cue: 'reported', speaker: 'the Dorvo Herald' }]],
    ['but "the first reported" is an adjective', 'It was the first reported death in Kesh.', []],
    ['a verb after its adverb and subject is no adjective', 'The army initially reported that 34 soldiers were killed.', [{ cue: 'reported', speaker: 'The army', scope: '34 soldiers were killed.' }]],
    ['but after an article or a figure it is', 'The toll is closer to 2,000 than the 10,000 previously estimated.', []],
    ['"says" after a word that can be an adjective is still a verb', 'An Afghan official says a rocket killed seven people.', [{ cue: 'says', speaker: 'An Afghan official', scope: 'a rocket killed seven people.' }]],
    ["a possessive noun in a toll cue's object counts, and does not speak", "Police estimates put the marchers' numbers at 30,000.", [{ cue: 'put', speaker: 'Police estimates' }, { cue: 'numbers', speaker: 'Police estimates' }]],
    ["the owner of a claim a denial rejects, with a plural possessive", "The army dismissed the rebels' claim that 30 soldiers died.", [{ cue: 'dismissed', speaker: 'The army' }, { cue: 'claim', speaker: 'the rebels' }]],
    ['an aside between the cue and its "that"', 'The ministry claimed, without providing any evidence, that 600 soldiers died.', [{ cue: 'claimed', speaker: 'The ministry', scope: '600 soldiers died.' }]],
    ['how the speaker spoke, before the "that" of what was said', 'The commander claimed in phone contact with the media that only one fighter was killed.', [{ cue: 'claimed', speaker: 'The commander', scope: 'only one fighter was killed.' }]],
    ['a relay inside the speaker phrase, without commas', 'Local officials quoted by the Associated Press said five attackers died.', [{ cue: 'said', speaker: 'Local officials quoted by the Associated Press', scope: 'five attackers died.' }]],
    ['a speaker whose relative clause briefed someone, not the press', 'A teacher, Musa Bello who briefed Governor Tanko at the school, said 40 pupils were taken.', [{ cue: 'said', speaker: 'A teacher, Musa Bello who briefed Governor Tanko at the school', relays: [], scope: '40 pupils were taken.' }]],
    ['a speaker inside an open bracket starts after it', 'More than 9,000 people marched (the police place the figure at 3,000).', [{ cue: 'place', speaker: 'the police', relays: [], scope: 'the figure at 3,000).' }]],
    ['a briefing of the press reports', 'Police officials briefed the media that 40 people were arrested.', [{ cue: 'briefed', speaker: 'Police officials', relays: [], scope: 'the media that 40 people were arrested.' }]],
    ['a trailing cue told an outlet with a slash in its name', 'Four soldiers died, officials told RFE/RL.', [{ cue: 'told', speaker: 'officials', relays: ['RFE/RL'], scope: 'Four soldiers died,' }]],
    ['"according to" without a comma ends at the figure', 'According to the ministry another 6,400 had been injured.', [{ cue: 'according', speaker: 'the ministry', scope: 'another 6,400 had been injured.' }]],
    ['a count after an adjective for it is a noun, not a verb', 'The ministry said 800 died, more than double the previous estimate of 384.', [{ cue: 'said', speaker: 'The ministry', scope: '800 died, more than double the previous estimate of 384.' }]],
    ['a verb "estimates" is not a noun cue as well', 'The MRC estimates that 3,072 migrants died in 2014, against an estimate of 700 in 2013.', [{ cue: 'estimates', speaker: 'The MRC', scope: '3,072 migrants died in 2014, against an estimate of 700 in 2013.' }]],
    ['after an opener, a bare plural noun is the subject that "saying" speaks for', 'However, farmers criticised the governor, saying 64 were abducted.', [{ cue: 'saying', speaker: 'farmers', scope: '64 were abducted.' }]],
    ['whoever issued a statement "saying" speaks', 'The rebel council issued a statement saying 300 people were killed.', [{ cue: 'saying', speaker: 'The rebel council', scope: '300 people were killed.' }]],
    ['and whoever provided figures', 'Other officials provided lower initial figures saying at least nine were killed.', [{ cue: 'saying', speaker: 'Other officials', scope: 'at least nine were killed.' }]],
    ['and whoever published a report, with adjectives and a day between, not the report as a verb', 'The agency on May 2 published a special report on Monday saying 1,500 people died.', [{ cue: 'saying', speaker: 'The agency', scope: '1,500 people died.' }]],
    ['"according to" estimates from a party', 'Two million marched, according to estimates from march organizers.', [{ cue: 'according', speaker: 'estimates from march organizers' }]],
    ['a trailing "was quoted by X as saying": X relays', 'The toll rose to 102, Governor Lerias was quoted by the state news agency as saying.', [{ cue: 'quoted', speaker: 'Governor Lerias', relays: ['the state news agency'], scope: 'The toll rose to 102,' }]],
    ['a participle describing a document is no cue', 'The Taliban, in a statement posted on Twitter, said 27 police were killed.', [{ cue: 'said', speaker: 'The Taliban, in a statement posted on Twitter', scope: '27 police were killed.' }]],
    ['a participle after an article and an adverb is no cue', 'The toll rose from the earlier reported 61.', []],
    ['a finder counts the dead', 'A mountaineering team found 18 bodies on the glacier.', [{ cue: 'found', speaker: 'A mountaineering team' }]],
    ['a noun "reports" before a reporting verb', 'Unofficial reports estimated that the toll was as high as 900.', [{ cue: 'estimated', speaker: 'Unofficial reports' }]],
    ['a manner adverb between speaker and verb', 'Officials on Thursday sharply revised the death toll to 253.', [{ cue: 'revised', speaker: 'Officials' }]],
    ['citing what names no one', 'Officials revised the death toll to 253, citing a calculation error.', [{ cue: 'revised', speaker: 'Officials' }]],
    ['a verb after "but" shares the subject of the cue before it', 'The army denied killing civilians but later said 12 militants died.', [{ cue: 'denied', speaker: 'The army' }, { cue: 'said', speaker: 'The army', scope: '12 militants died.' }]],
    ['a trailing denial of what its sentence said before it', 'The rebels said they killed 12 soldiers, a claim the government denied.', [{ cue: 'said', speaker: 'The rebels' }, { cue: 'denied', speaker: 'the government', scope: '' }]],
    ['a cue after ", but" takes the word that calls a figure false', 'Officials first said 260 pupils were taken, but the spokesman said that was an incorrect figure.', [{ cue: 'said', speaker: 'Officials', deny: false }, { cue: 'said', speaker: 'the spokesman', deny: true }]],
    ['a cue in ", a figure …" takes the word that calls a figure false', 'The rebels said 45 soldiers died, a figure the ministry said was untrue.', [{ cue: 'said', speaker: 'The rebels', deny: false }, { cue: 'said', speaker: 'the ministry', deny: true }]],
    ['a participle after a cue takes the word that calls a figure false from it', 'The force said it killed 110 militants, adding that a claim by the rebels that they had killed 60 soldiers was a falsehood.', [{ cue: 'said', speaker: 'The force', deny: false }, { cue: 'adding', deny: true }]],
    ['without such a participle, the cue before denies', 'The ministry said reports of 40 deaths were false.', [{ cue: 'said', speaker: 'The ministry', deny: true }]],
    ['a second verb shares the subject of an irregular past, past an aside with its agent', 'A hospital report, released by spokesman Ali Musa, held the coalition responsible and said 26 were wounded.', [{ cue: 'said', speaker: 'A hospital report, released by spokesman Ali Musa', scope: '26 were wounded.' }]],
    ['a participle glued to a name is no verb before "and"', 'The rebels shelled the Kesh-led alliance and said 26 were wounded.', [{ cue: 'said', speaker: 'The rebels' }]],
    ['a count, then whose it is after "by"', 'Police counted 5,000 people, far fewer than the 40,000 claimed by the organisers.', [{ cue: 'counted', speaker: 'Police' }, { cue: 'claimed', speaker: 'the organisers', scope: 'the 40,000' }]],
    ['"cite X as saying": X speaks, the citing party relays', 'Local media cite the village head as saying 46 people were killed.', [{ cue: 'cite', speaker: 'the village head', relays: ['Local media'] }]],
    ['a progressive is no passive, and revising a toll puts it', 'The navy is revising the death toll to 41.', [{ cue: 'revising', speaker: 'The navy' }]],
    ['where it was said, between speaker and verb, is no part of the speaker', 'The army in a statement on Tuesday said 53 soldiers were killed.', [{ cue: 'said', speaker: 'The army' }]],
    ['an appositive speaker after a subordinator that opens the clause', 'The row began on Friday after Ana Petrovic, chief of the district hospital, said 25 people had died.', [{ cue: 'said', speaker: 'Ana Petrovic, chief of the district hospital' }]],
    ['but not after one inside the speaker\'s relative clause', 'A teacher, Ali Musa, who briefed the governor hours after the raid, said 280 were taken.', [{ cue: 'said', speaker: 'Ali Musa, who briefed the governor hours after the raid' }]],
    ['"affirmed" trails as "said" does', 'Troops killed two of the attackers, the captain affirmed.', [{ cue: 'affirmed', speaker: 'the captain', scope: 'Troops killed two of the attackers,' }]],
    ['and so does "informed"', 'Among the dead were four women, the captain informed.', [{ cue: 'informed', speaker: 'the captain' }]],
    ['what figures "suggested" they report', 'Figures from the safety office suggested 30 miners were dead.', [{ cue: 'suggested', speaker: 'Figures from the safety office', scope: '30 miners were dead.' }]],
    ['"quoted X saying" at the end speaks for the clause before it', 'Rescuers had found 60 bodies by evening, the agency quoted the rescue headquarters saying.', [{ cue: 'found', speaker: 'Rescuers' }, { cue: 'quoted', speaker: 'the rescue headquarters', relays: ['the agency'], scope: '60 bodies by evening, the agency' }, { cue: 'saying', scope: '.' }]],
    ['"cite the figure as N": the subject gives its own count', 'Police cite the figure as 25,000.', [{ cue: 'cite', speaker: 'Police', relays: [] }]],
    ['a participle after an adverb after "after" goes on with the cue before', 'Twenty people died, officials said after initially putting the toll at 16.', [{ cue: 'said', speaker: 'officials' }, { cue: 'putting', speaker: '' }]],
    ['a curly apostrophe of a plural possessive stays in the speaker', 'The state prosecutors’ spokesman said 14 people died.', [{ cue: 'said', speaker: 'The state prosecutors’ spokesman' }]],
    ['"media report" before a count is the media\'s verb, and "citing X" makes X the speaker', 'But local media report dozens were killed, citing a community leader.', [{ cue: 'report', speaker: 'a community leader' }]],
    ['a belief reports', 'Police believe 40 people died in the fire.', [{ cue: 'believe', speaker: 'Police' }]],
    ['a denying participle in the progressive denies', 'The rebels are disputing the figure.', [{ cue: 'disputing', speaker: 'The rebels', deny: true }]],
    ['a reporting participle in the progressive reports', 'The rebels are saying 40 died.', [{ cue: 'saying', speaker: 'The rebels', deny: false }]],
    ['the subject of a relative clause after a preposition', 'The attack follows a raid in which the ministry said 26 soldiers were killed.', [{ cue: 'said', speaker: 'the ministry' }]],
    ['the subject the sentence opens with, for a cue after ", but"', 'Authorities restored order within days, but so far have confirmed just five deaths.', [{ cue: 'confirmed', speaker: 'Authorities' }]],
    ['an irregular past ends the opening subject', 'The army retook the town, but said 12 soldiers died.', [{ cue: 'said', speaker: 'The army' }]],
    ['a figure noun stated by a copula, with no cue verb in the sentence', 'In the capital, the police assessment was just 100,000 marchers.', [{ cue: 'assessment', speaker: 'police' }]],
    ['"to say" after a verb of the subject\'s own', 'The governor, Ulises Ruiz, went on TV soon after to say the death toll could be up to 1,000.', [{ cue: 'say', speaker: 'The governor' }]],
    ['but not "declined to say"', 'The army declined to say how many soldiers died.', []],
    ['a plural cue noun after an article and "first" is no verb', 'The tragedy was a far cry from the first estimates of up to 1,000 dead.', []],
    ['a plain "note" before "that" reports', 'Some media reports also note that 200 migrants had died.', [{ cue: 'note', speaker: 'Some media reports' }]],
    ['a figure labelled "inaccurate" is denied', 'The agency has labelled the information as "inaccurate".', [{ cue: 'labelled', speaker: 'The agency', deny: true }]],
    ['a cue after an opening phrase and a comma leads into its "that" clause', 'In its daily update, the rebel group also said that on Monday two soldiers were killed.', [{ cue: 'said', speaker: 'the rebel group', scope: 'on Monday two soldiers were killed.' }]],
    ['the subject after "which" speaks, before a fate verb', 'The town was hit by a salvo, which Moscow said killed 89 of its soldiers.', [{ cue: 'said', speaker: 'Moscow' }]],
    ['and after "that", with no comma', 'It was an attack that the president said killed at least 180 soldiers.', [{ cue: 'said', speaker: 'the president' }]],
    ['a cue "over telephone" after its quotation trails', '"Nine bodies were found," the officer told this scribe over telephone.', [{ cue: 'told', speaker: 'the officer', scope: '"Nine bodies were found,"' }]],
    ['a plural cue word before "of" is a noun', 'Rebels reject ministry reports of heavy losses', []],
    ['a singular after an article and two words is a noun', 'But an official security report from the army stated that the toll was 15.', [{ cue: 'stated', speaker: 'an official security report from the army' }]],
    ['what is cited is a noun, however it ends', 'State TV, citing hospital reports, said seven people were killed.', [{ cue: 'said', speaker: 'hospital reports' }]],
    ['"claimed" before a number of lives reports nothing', 'Dengue claimed some 281 lives in the previous year.', []],
    ['"as per" is "according to", after its clause', 'Twelve people died, as per police.', [{ cue: 'per', speaker: 'police', scope: 'Twelve people died,' }]],
    ['and before it', 'As per the police, twelve people died.', [{ cue: 'per', speaker: 'the police', scope: 'twelve people died.' }]],
    ['but "per cent" is no cue', 'Turnout was 30 per cent.', []],
    ['a plain "insist" reports', 'Hospital sources insist the real tally is 52.', [{ cue: 'insist', speaker: 'Hospital sources' }]],
    ['a claim "denied by" an agent is denied by the agent, of what the sentence said', 'An official told Reuters 22 civilians had been killed, an assertion denied by the U.S. military.', [{ cue: 'told', speaker: 'An official' }, { cue: 'denied', speaker: 'the U.S. military', deny: true }]],
    ['"countered that" reports', 'A rebel spokesman countered that the militia had killed 602 soldiers.', [{ cue: 'countered', speaker: 'A rebel spokesman' }]],
    ['"according to" a party\'s figures names the party', 'According to military figures, 317 fighters were killed.', [{ cue: 'according', speaker: 'military figures' }]],
    ['a figure called impossible is denied', 'The spokesman said: "It is impossible that 30 soldiers were killed."', [{ cue: 'said', speaker: 'The spokesman', deny: true }]],
    ['an opening phrase naming a work and who put it out leads', 'In another tally released by a news agency, the number of fatalities reached 74.', [{ cue: 'by', speaker: 'a news agency', scope: 'the number of fatalities reached 74.' }]],
    ['a speaker with his clause of anonymity before the cue', 'A senior official who spoke on condition of anonymity gave a figure of at least 70 killed.', [{ cue: 'gave', speaker: 'A senior official who spoke on condition of anonymity' }]],
    ['a trailing denial with no relative pronoun', 'The rebels said they killed 12 soldiers, a claim Kenya rejected.', [{ cue: 'said', speaker: 'The rebels' }, { cue: 'rejected', speaker: 'Kenya', scope: '' }]],
    ['a trailing denial in a relative clause', 'The rebels said they killed 12 soldiers, which the army denied.', [{ cue: 'said', speaker: 'The rebels' }, { cue: 'denied', speaker: 'the army', scope: '' }]],
    ['a time opening the sentence without a comma, which is no part of the speaker', 'Late on Tuesday the ministry put the toll at 29.', [{ cue: 'put', speaker: 'the ministry' }]],
    ['a count noun with its party after it is no verb', 'Organisers said 10,000 came, but estimates on the night from the Kesh municipality put turnout at 2,000.', [{ cue: 'said', speaker: 'Organisers' }, { cue: 'put', speaker: 'estimates on the night from the Kesh municipality', scope: 'turnout at 2,000.' }]],
    ['a count put out', 'The ministry released a death toll of 40.', [{ cue: 'released', speaker: 'The ministry', scope: 'a death toll of 40.' }]],
    ['but what is released is no count without one', 'Police released 40 protesters.', []],
    ['and "published that" reports', 'The group published that at least 416 were killed.', [{ cue: 'published', speaker: 'The group', scope: 'at least 416 were killed.' }]],
    ['an occasion opening the sentence without a comma, which is no part of the speaker', 'In an interview the commander said 29 people died.', [{ cue: 'said', speaker: 'the commander' }]],
    ['a place opening the sentence without a comma, which is no part of the speaker', 'In Kandara police said 29 people died.', [{ cue: 'said', speaker: 'police' }]],
    ['the agent of a passive report', 'Turnout was estimated at 40,000 by local media on Sunday.', [{ cue: 'by', speaker: 'local media', scope: 'Turnout was estimated at 40,000' }]],
    ['"according to" a faceless count whose adjective says whose it is', 'At least 250 died, according to unofficial records.', [{ cue: 'according', speaker: 'unofficial records' }]],
    ['the party of a gapped clause speaks for its figure', 'The unions counted 30,000 demonstrators and the prefecture 9,000.', [{ cue: 'counted', speaker: 'The unions' }, { cue: 'the', speaker: 'the prefecture', scope: '9,000' }]],
    ['the agent of a reduced passive after a comma speaks for its phrase only', 'Organisers said 500,000 attended, a figure slashed to 30,000 by police estimates.', [{ cue: 'said', speaker: 'Organisers' }, { cue: 'by', speaker: 'police estimates', scope: 'a figure slashed to 30,000 by police estimates.' }]],
    ['an inverted cue whose speaker is not capitalised', 'Five people died, said witnesses, who asked not to be named.', [{ cue: 'said', speaker: 'witnesses' }]],
    ['an aside between speaker and cue', 'SITE, which monitors jihadist media, said 71 died.', [{ cue: 'said', speaker: 'SITE, which monitors jihadist media' }]],
    ['a count in the aside makes no inverted cue', 'The Crowd Size Archive, which trained 300 volunteers, warned that the final number could vary.', [{ cue: 'warned', speaker: 'The Crowd Size Archive, which trained 300 volunteers', scope: 'the final number could vary.' }]],
  ])('%s', (_, text, expected) => {
    expect(cuesOf(text)).toMatchObject(expected);
  });

  it.each([
    ['claimed responsibility', 'The group claimed responsibility for the attack that killed 12.'],
    ['a passive', 'Five people were reported killed.'],
    ['a passive whose agent names no one', 'Five people were reported killed by the blast.'],
    ['a participle used as an adjective', 'It was the deadliest reported attack this year.'],
    ['a faceless source', 'According to initial information obtained, 90 were killed.'],
    ['a reduced passive of belief', 'At least 239 migrants, believed to be from the coast, died.'],
  ])('finds no cue in %s', (_, text) => {
    expect(cuesOf(text)).toEqual([]);
  });

  it('knows a newspaper by the word of its title: "…, the Kesh Times reported" relays', () => {
    expect(cuesOf('Officials said 25 people had been killed, the Kesh Times reported.')).toMatchObject([
      { cue: 'said', speaker: 'Officials', relays: ['the Kesh Times'] },
      { cue: 'reported', scope: '' },
    ]);
  });

  it('relays a leading cue through an outlet that trails it: "X said that …, Reuters reported"', () => {
    expect(cuesOf('A spokesman said 25 people had been killed, Reuters reported.')).toMatchObject([
      { cue: 'said', speaker: 'A spokesman', relays: ['Reuters'], scope: '25 people had been killed,' },
      { cue: 'reported', scope: '' },
    ]);
  });

  it('picks the innermost cue that governs a token: "The channel said Assiri put the number at 180"', () => {
    const text = 'The channel said Assiri put the number of those killed at 180.';
    const words = readTokens(text);
    const [sentence] = findSentences(words);
    const cues = findCues(words, sentence as never, [], () => false);
    const at = words.count - 2;
    expect(words.low(cues[pickCue(cues, at)]?.at ?? -1)).toBe('put');
  });
});
