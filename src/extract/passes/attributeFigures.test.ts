import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extractClaims.js';

// "claimant (via relays) low" for each claim of a text.
const attributed = (text: string, outlet?: string): string[] =>
  extractClaims(text, outlet === undefined ? {} : { outlet }).claims.map((c) => `${c.claimant}${c.via === undefined || c.via.length === 0 ? '' : ` (via ${c.via.join(', ')})`} ${c.figure.low}`);

describe('attributeFigures: who claims each figure', () => {
  it('keeps the count of a long sentence that opens with a phrase of time, whose speaker it is not', () => {
    const claims = attributed('On the third day of the protests against the rise in fuel prices across the whole country police said 300 people were arrested.', 'Dawn');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatch(/ 300$/);
    expect(claims[0]).not.toMatch(/^on-the-third-day/);
  });

  it('gives no speaker a statement it rejects, nor the count of people an incident names', () => {
    const claims = attributed('Residents rejected a statement from Friday saying 25 people were killed. The army said 12 soldiers died, with survivors of the attack saying 30 were killed.');
    expect(claims).toContain('residents 0');
    expect(claims).toContain('military 12');
    expect(claims).not.toContain('residents 25');
    expect(claims).not.toContain('military 30');
    const linked = attributed('The army said 12 soldiers died, with witnesses to the attack saying 30 were killed, and a leader at the rally claiming 40.');
    expect(linked).not.toContain('military 30');
    expect(linked).not.toContain('military 40');
  });


  it('keeps an aside that gives a body\'s acronym out of its name, and knows the body by it', () => {
    const set = extractClaims('The Dorvo Relief Agency, known by its initials DRA, said 40 people died. DRA said 12 more died on Monday.');
    expect(set.claims.map((c) => c.claimant)).toEqual(['dra', 'dra']);
    expect(set.sources.find((s) => s.id === 'dra')?.name).toBe('The Dorvo Relief Agency');
  });

  it('names the party of a gapped clause without the "of" before its count', () => {
    const set = extractClaims('The ministry counted almost 7,000 demonstrators, the KDL union of 12,000.');
    expect(set.claims.map((c) => `${c.claimant} ${c.figure.low}`)).toEqual(['ministry 6300', 'kdl 12000']);
    expect(set.sources.find((s) => s.id === 'kdl')?.name).toBe('the KDL union');
  });

  it.each([
    ['the speaker of the cue', 'The army said five soldiers died.', undefined, ['military 5']],
    ['the outlet when no one is quoted', 'Five soldiers died in the attack.', 'Dawn', ['dawn 5']],
    ['the sentence after, when it says whom "this is according to"', 'The death toll has risen to 195. This is according to the state commissioner for information, Ali Musa, who disclosed this on Thursday.', 'Dawn', ['ali-musa (via dawn) 195']],
    ['but not when what "this is according to" names no party', 'About 300 people were evacuated. This is according to plan.', 'Dawn', ['dawn 270']],
    ['nor papers of no one named', 'At least 40 people were killed. This is according to preliminary reports.', 'Dawn', ['dawn 40']],
    ['nor official figures', 'At least 40 people were killed. This is according to official figures.', 'Dawn', ['dawn 40']],
    ['the sentence after, when it says who reported this', 'The authorities arrested 11 people. This was reported by the BBC citing the public broadcaster ERT.', 'Dawn', ['ert (via bbc, dawn) 11']],
    ['a speaker whose phrase holds "set up", which reports nothing', '"Ten people were killed," a doctor at a clinic set up at the camp told Reuters.', undefined, ['doctor (via reuters) 10']],
    ['the one who opens the sentence after reporting "the figure"', 'The toll from the storm rose to at least 90.\n\nState radio reported the figure for the coast alone.', 'Dawn', ['state-radio (via dawn) 90']],
    ['but not one who gives a count of its own', 'About 900 were injured.\n\nThe minister said the number of people killed rose to 80.', 'Dawn', ['dawn 810', 'minister (via dawn) 80']],
    ['and one who announces "the death toll", a word naming the count', 'Eight civilians were killed in Dorvo. The security ministry announced the death toll on Monday.', undefined, ['security-ministry 8']],
    ['but not one who says something of the death toll', 'No casualties were reported. The mayor said the death toll was expected to rise.', 'Dawn', ['dawn 0']],
    ['nor a phrase that is no party, nor a toll of another attack, nor counts of other outcomes', 'At least 40 people were killed. Officials said the ministry had announced the death toll. Police arrested 50 and 12 were killed in Dorvo. The hospital confirmed the death toll. Nine died in Belwa. The army reported the death toll from an earlier attack was 19.', 'Dawn', ['dawn 40', 'police (via dawn) 50', 'hospital (via dawn) 12', 'dawn 9', 'military (via dawn) 19']],
    ['the one told after "to", as after "told"', 'Some 800,000 people marched on Thursday, the union announced to AFP, while the police gave no figure.', undefined, ['union (via afp) 720000']],
    ['the party of "according to", with one word in brackets before its head', 'In the capital 500,000 came out, according to the (city) police.', undefined, ['police 500000']],
    ['the name after a cited description', 'At least 65 people have died, a news agency reported, citing the welfare group, the Karo Foundation.', undefined, ['karo-foundation (via news-agency) 65']],
    ['the name after a description "according to" gives', 'At least 65 people have died, according to the welfare group, the Karo Foundation.', undefined, ['karo-foundation 65']],
    ['the one who told, when a hedge follows the outlet told', 'Provincial officials told AFP just 12 people had been killed.', undefined, ['provincial-officials (via afp) 12']],
    ['the speaker after a passive with "now" between', 'Some 320 migrants are now feared to have drowned, the agency said.', undefined, ['agency 288']],
    ['the issuer of a statement "declaring" a count', 'The Diaspora Council published a statement declaring 300 deaths.', undefined, ['diaspora-council 300']],
    ['the issuer of a statement, past an adverb and a time after it', 'The Diaspora Council published a statement later on Sunday saying 300 people had died.', undefined, ['diaspora-council 300']],
    ['no one who investigates claims, which speak for no one named', 'The council vowed to investigate claims that soldiers killed 30 villagers.', 'Dawn', ['dawn 30']],
    ['the agent of a passive, up to "and" before a verb of its own', 'The toll rose to 3,958, which was announced on Monday by district officials and not confirmed by the ministry.', undefined, ['district-officials 3958']],
    ['the noun before a relative clause "that is …" in the speaker phrase', 'A union of nurses that is running the strike said two people died.', undefined, ['union 2']],
    ['the noun before a relative clause with a verb of its own, "that runs …"', 'The agency that runs the shelters said 300 people were killed.', undefined, ['agency 300']],
    ['the speaker of the sentence before, for "others" counted first in the same paragraph', 'The agency said at least nine people died. At least 44 others were injured.', undefined, ['agency 9', 'agency 44']],
    ['and for a sentence that opens on "those" counted before', 'Police said 40 people were arrested. Of those, 20 were injured.', undefined, ['police 40', 'police 20']],
    ['but not across a paragraph', 'Police said 40 people were arrested.\n\nTwo others were injured.', undefined, ['police 40', 'unattributed 2']],
    ['the speaker who told a channel whose name ends in a number', '"More than 600 are dead," Ali Musa told Kesh 24.', undefined, ['ali-musa (via kesh-24) 601']],
    ['the party cited, up to the verb of its count', 'News reports citing hospital officials put the death toll at 12.', undefined, ['hospital-officials (via news-reports) 12']],
    ['the trailing speaker, past a clause "after" or "when" opens with a speaker of its own', 'The toll rose to 77 after the army said it had found 19 bodies, police said.', undefined, ['police 77', 'military 19']],
    ['and past a finding of bodies there, which speaks for no one', 'The toll rose to 77 after divers recovered 19 bodies, police said.', undefined, ['police 77', 'police 19']],
    ['but not past a clause before it with a speaker of its own', 'The ministry raised the toll to 77 after divers recovered 19 bodies, police said.', undefined, ['ministry 77', 'police 19']],
    ['the noun before a relative clause whose verb is one of claiming, and its bare object', 'The group that claimed the bombing said 40 people were killed. The militia which claimed responsibility said 12 soldiers were killed.', undefined, ['group 40', 'militia 12']],
    ['the noun after a subordinator, before such a clause', 'Officials said 12 died, while the militant group that claimed the attack said it had killed 40.', undefined, ['officials 12', 'militant-group 40']],
    ['the noun before "which" and a verb of its own, and one whose object is a name', 'The charity which operates the camps said 30 people were killed. The militia that controls Dorvo said 40 soldiers were killed.', undefined, ['charity 30', 'militia 40']],
    ['the noun before "that" and a past verb with its object', 'The union that called the strike said 80,000 workers took part.', undefined, ['union 80000']],
    ['the noun before a clause of "where"', 'The hospital where the wounded were taken said 12 people had died.', undefined, ['hospital 12']],
    ['the noun before "where" and a passive', 'The clinic where he was being treated said nine people were killed.', undefined, ['clinic 9']],
    ['but the subject of a clause after "that" with a subject of its own', 'The army denied reports that militants said 300 soldiers were killed.', undefined, ['military 0', 'militants 300']],
    ['the speaker of a trailing "said of" what the figures were about', 'Gunmen killed 35 people and seized 18, residents said of the raid on Kesh.', undefined, ['residents 35', 'residents 18']],
    ['and of a quote before "said of"', '"We buried 60 people," Ali Musa, head of the Dorvo Relief Agency, said of the coastal towns.', undefined, ['dorvo-relief-agency 60']],
    ['the party of a gapped clause after "for", beside another party\'s count', 'Nearly 9,000 people marched, according to the Dorvo Workers Union, and 3,100 for the Ministry of the Interior.', undefined, ['dorvo-workers-union 8100', 'ministry 3100']],
    ['but no count "for" what no party is, as "for looting"', 'Police said 40 people were arrested, and 12 for looting.', undefined, ['police 40']],
    ['the possessor of a toll stated by a copula', "The government's official toll was 138 dead and 14 injured.", 'Dawn', ['government (via dawn) 138', 'government (via dawn) 14']],
    ['but no one for a toll with no possessor', 'The death toll stood at 40.', 'Dawn', ['dawn 40']],
    ['nor for a toll whose possessor is an event or a place', "The quake's toll was 2,300 dead. Kesh province's toll was 60 dead.", 'Dawn', ['dawn 2300', 'dawn 60']],
    ['nor, whole, for a toll of the country', "The country's toll was 3,000 dead.", 'Dawn', ['dawn 3000']],
    ['no "said of" inside a relative clause', 'Some 500 people were displaced by the floods, the worst that locals said of the area in years.', 'Dawn', ['dawn 450']],
    ['no gapped count "for" what is no body', 'Ali Musa said 500 people attended, and 200 for the children.', undefined, ['ali-musa 500']],
    ['nor for a count other than a crowd', 'Police detained 300 protesters, and 40 for the Ministry of Justice.', 'Dawn', ['police (via dawn) 300', 'dawn 40']],
    ['the work that "showed" a count, though "report" is a cue as a verb', 'About 250,000 people gathered, an initial police report showed.', 'Dawn', ['police-report (via dawn) 225000']],
    ['the speaker of a trailing cue, over a clause of "with" after it', 'At least 40 people were killed, police said, with 12 others wounded.', 'Dawn', ['police (via dawn) 40', 'police (via dawn) 12']],
    ['nor a clause of "with" that tells a running total', 'At least 12 people were killed in Kesh, police said, with the conflict having killed more than 2,000 people since 2019.', 'Dawn', ['police (via dawn) 12']],
    ['but not a clause of "with" that holds a cue of its own', 'At least 40 people were killed, police said, with medics reporting 12 wounded.', 'Dawn', ['police (via dawn) 40', 'medics (via dawn) 12']],
    ['the trailing speaker, past a leading cue in between that tells no figure', 'At least 30 people were killed after the army said it had retaken the town, residents said.', 'Dawn', ['residents (via dawn) 30']],
    ['but not past one that tells a figure of its own', 'The army said 30 soldiers died, residents said.', 'Dawn', ['residents (via dawn) 30']],
    ['nor for a trailing speaker named by a possessive, which the cue passed over would name', 'At least 8 protesters were arrested after the governor said the march was illegal, their lawyers said.', 'Dawn', ['dawn 8']],
    ['the party of a gapped count "for" it after a party that counted', 'The unions counted 80,000 protesters in the capital, and 21,000 for the interior ministry.', undefined, ['unions 80000', 'interior-ministry 21000']],
    ['but the agent of a relative clause with one', 'A statement that was issued by the Dask army said 12 soldiers died.', undefined, ['dask-army 12']],
    ['the finder of the dead, as of bodies', 'The patrol found three dead soldiers near the river.', 'Dawn', ['patrol (via dawn) 3']],
    ['but not one who found something "dead quiet"', 'Residents found the roads dead quiet after police arrested 30 youths.', undefined, ['police 30']],
    ['no one who speaks "of" something else than a count', 'The families speak of their grief after 20 miners died.', 'Dawn', ['dawn 20']],
    ['the noun before an aside of anonymity and a relative clause that gives the count', 'Police in Varnow quoted a nurse, speaking on condition of anonymity, who put the number of dead at 11.', undefined, ['nurse 11']],
    ['the party of a trailing "as reported by", over one who accuses at the head of the sentence', 'The Belwa Front accused Dorvo of shelling its towns, leaving 14 people dead, as reported by the district hospital.', undefined, ['district-hospital 14']],
    ['no one for "no" before the noun of a figure given, which says no figure was given', 'The governor released no casualty figures, and no death toll was given.', 'Dawn', []],
    ['but "no" before people who died is none of them', 'The governor said no soldiers died.', 'Dawn', ['governor (via dawn) 0']],
    ['the noun before a relative clause "that is …" after an acronym in brackets, however long the clause', 'A panel of medics tied to the Kesh Doctors Union (KDU) that is running the walkout said two people had died.', undefined, ['kdu 2']],
    ['the long subject a sentence opens with, past the fifteen words of other speaker phrases', 'The chairman of a Dorvo inquiry into the clearing of a camp by riot police on the edge of the old capital said 40 people were killed, citing a larger count than the police gave.', undefined, ['dorvo-inquiry 40']],
    ['the subject of a relative clause of four words, one glued by a hyphen, before "said killed"', 'Soldiers shot into a queue in a clash that the Kesh-run health office said killed 84 people.', 'Dawn', ['kesh-run-health-office (via dawn) 84']],
    ['no count of others in "N more" of an outcome a sentence before counted', 'The quake killed 120 people and injured 300. Aftershocks on Tuesday killed 15 more.', 'Dawn', ['dawn 120', 'dawn 300']],
    ['but the name an aside gives, before a relative clause', 'The raid was led by a commander, identified as Colonel Ivo Darn, who said 40 militants were killed.', undefined, ['ivo-darn 40']],
    ['but the speaker of a verb of saying before it', 'The ministry said 25 people were killed, as reported by the Tolva Observer.', undefined, ['ministry 25']],
    ['but not a clause that opens the sentence, with no role in it', 'Police fired on members of the students union that were marching to parliament and medics said 4 died.', 'Dawn', ['dawn 4']],
    ['the party whose lower estimates a speaker cites "from" it', 'The mayor said 15 people died, citing lower estimates from the city morgue.', undefined, ['city-morgue (via mayor) 15']],
    ['some of a group, who speak for it', 'Some of the villagers said 33 people were killed.', undefined, ['villagers 33']],
    ['the clause\'s speaker, not an incident right before a participle', 'The Belwa Front claimed the raid claiming to have killed 30 soldiers.', undefined, ['belwa-front 30']],
    ['a name wrapped onto the next line, in copy wrapped at a fixed width', 'Shops across the old town stayed shut, and\nmarchers filled the streets while the police\nwatched from the far side of the main\nsquare. Late on Sunday the rights group Kesh\nWatch said 120 marchers were hurt.', undefined, ['kesh-watch 120']],
    ['but not a short line, which is a byline or heading, even in wrapped copy', 'By Ana Petrovic\nThe army said that rebels attacked a military\nbase near the border overnight, and that its\nsoldiers had killed 25 of\nthem. The rebels said 3 fighters died.', undefined, ['military 25', 'rebels 3']],
    ['nor a long headline or credit line that opens the text', 'Kenyan army says 12 soldiers killed in border raid\nRebels said on Sunday that they had attacked a\nmilitary post near the border overnight, and had\nkilled 30 soldiers in the\nfighting. The army said 12 soldiers died.', undefined, ['rebels 30', 'kenya-military 12']],
    ['the speaker after "and" that ends a clause with a negated verb', 'The Kesh ministry would not confirm the account and the Dorvo army said 12 soldiers died.', undefined, ['dorvo-army 12']],
    ['the clause\'s speaker, not the day of a statement it revises', 'The Belwa Front said its fighters killed 40 soldiers, correcting a statement from Monday claiming 25 were killed.', undefined, ['belwa-front 40', 'belwa-front 25']],
    ['the subject of "speak of" in the present, as of "spoke of"', 'Local monitors speak of 14 or 15 people killed.', 'Dawn', ['monitors (via dawn) 14']],
    ['the issuer of a statement, past an adverb alone', 'The Diaspora Council published a statement later saying 300 people had died.', undefined, ['diaspora-council 300']],
    ['the one who gave an official count, even "a mere" one', 'Police said about 1.3 million people attended rallies, while the Kremlin gave an official count of a mere 700,000.', undefined, ['police 1170000', 'kremlin 700000']],
    ['no sum of two counts of different outcomes', 'The observatory revised the toll to 156 killed and 10 taken prisoner.', undefined, ['observatory 156', 'observatory 10']],
    ['the new value of a count raised "from … to" a few words after the verb', 'The ministry raised the number of wounded from 42 to 67.', undefined, ['ministry 67']],
    ['the sentence after, with no one cited', 'The authorities arrested 11 people. This was confirmed by the interior ministry.', undefined, ['interior-ministry 11']],
    ['the leading speaker, for a figure a trailing one sets another against', 'The Kesh union said 2.1 million people marched, against 940,000 according to the interior ministry.', undefined, ['kesh-union 2100000', 'interior-ministry 940000']],
    ['the reports a participle follows after "with"', 'The raid came at dawn, with initial reports claiming around 60 people had been killed.', undefined, ['reports 54']],
    ['"It" after a sentence a trailing cue only reported: the body that opened it', 'The Kesh Front claimed responsibility for the attack, the Dorvo Monitoring Group reported. It put the number of dead at 11.', undefined, ['kesh-front 11']],
    ['but the reporter, when "It" does things of its own before its verb', 'The Kesh Front claimed responsibility for the attack, the Dorvo Monitoring Group reported. It has tracked the group since 2005 and counted 11 dead.', undefined, ['dorvo-monitoring-group 11']],
    ['and a body named after a participle glued to another name, with its common noun', 'Kesh-linked al Dorvo group claimed responsibility for the attack, a monitoring group reported. It put the number of dead at 11.', undefined, ['al-dorvo-group 11']],
    ['the one who sent a statement to an outlet, "saying"', 'The Kesh Mission sent a statement to the BBC saying 14 civilians had died.', undefined, ['kesh-mission (via bbc) 14']],
    ['"the statement" of the one who spoke last "in a statement"', 'In a statement, the army said six militants were killed. The Kesh Front claimed responsibility in a statement, saying it targeted officers. The statement also claimed that 20 officers were killed.', undefined, ['military 6', 'kesh-front 20']],
    ['the long subject a participle goes on from, with hyphenated words inside it', 'The newly-formed armed group Kesh-i-Dorvo Front claimed responsibility for the attack in a statement, saying 20 officers were killed.', undefined, ['kesh-i-dorvo-front 20']],
    ['the name in an appositive after the opening subject a participle goes on from', 'A newly-formed armed group, the Kesh Front, claimed responsibility, saying 20 officers were killed.', undefined, ['kesh-front 20']],
    ['reports that surfaced', 'The ministry acted after reports surfaced that over 100 people had died of cold.', undefined, ['reports 101']],
    ['but not a truth that emerged', 'The truth emerged that 30 people had died.', 'Dawn', ['dawn 30']],
    ['the one whose figure a speaker calls false', 'The police said the Kesh Rights League\'s figure of 13 deaths was false.', undefined, ['police 0', 'kesh-rights-league 13']],
    ['the one by whom figures were published', 'Figures published by the Kesh health agency on Monday showed a death toll of 3,145.', undefined, ['kesh-health-agency 3145']],
    ['the noun before a relative clause of telling', 'Villagers who told reporters they saw the raid said 60 people died.', undefined, ['villagers 60']],
    ['the one who scaled a toll down', 'Officials scaled down the death toll from 50 to 35.', undefined, ['officials 35']],
    ['but no one who reduced something else before a count', 'Police reduced the number of officers on the streets to 400 after 12 protesters were injured.', 'Dawn', ['dawn 12']],
    ['the speaker before an adverb and its verb', 'The Kesh union thus declared it had counted 3.5 million marchers.', undefined, ['kesh-union 3500000']],
    ['the leading speaker, for a count "compared with" another', 'Police counted 61,000 marchers, compared with 300,000 according to organisers.', undefined, ['police 61000', 'organisers 300000']],
  ])('%s', (_, text, outlet, expected) => {
    expect(attributed(text, outlet)).toEqual(expected);
  });

  it("gives a party's toll that names no one the people its count in the sentence before counted", () => {
    const subjects = (text: string): string[] => extractClaims(text).claims.map((c) => `${c.claimant} ${c.measure.subject} ${c.figure.low}`);
    expect(subjects('The army said five Dorvan soldiers were killed. The army later put the toll at seven.')).toEqual(['military soldiers 5', 'military soldiers 7']);
    // Another party's toll may count more than those people.
    expect(subjects('The army said five Dorvan soldiers were killed. The ministry put the toll at 19.')).toEqual(['military soldiers 5', 'ministry people 19']);
    // A toll with a breakdown of other people, or of another attack, counts people.
    expect(subjects('The army said five Dorvan soldiers were killed. The army later put the toll at seven, including two civilians.')).toEqual(['military soldiers 5', 'military people 7']);
    expect(subjects('The army said five Dorvan soldiers were killed. The army put the toll from a separate attack in Kesh at 12.')).toEqual(['military soldiers 5', 'military people 12']);
  });

  it('drafts no claim of the article\'s own for a number it told before, made definite', () => {
    expect(attributed('The commission said at least eight people were killed. All eight deaths resulted from gunshot wounds.')).toEqual(['commission 8']);
    expect(attributed('Four civilians died in the raid. The army says the four civilians killed were fighters.')).toEqual(['military 4']);
  });

  it('ends a party cited at the verb of its count, not at a capitalised verb inside its name', () => {
    const set = extractClaims('Media reports citing the Missing Persons Found Network put the number abducted at 70.');
    expect(set.claims.map((c) => c.claimant)).toEqual(['missing-persons-found-network']);
  });

  it('joins exact counts of the same people under different words into one count of them all', () => {
    expect(attributed('The bodies of six women and three children were recovered, the ministry said.')).toEqual(['ministry 9']);
    expect(attributed('The rebels said seven local and five foreign soldiers were injured.')).toEqual(['rebels 12']);
    expect(attributed('Militants killed five soldiers and three soldiers, the army said.')).toEqual(['military 5', 'military 3']);
    expect(attributed('The army said about 40 soldiers and three troops died.')).toEqual(['military 36', 'military 3']);
    // Not a count whose own verb comes before "and": that clause is done.
    expect(attributed('The ministry said 640 died and 9,000 people were sickened.')).toEqual(['ministry 640']);
    // Nor counts of different places: each place's crowd is its own.
    expect(attributed('Local media said 30,000 people marched in Dorvo, 12,000 in Kesh and 6,500 in Belwa.')).toEqual(['media 30000', 'media 12000', 'media 6500']);
  });

  it('joins a list of people by sex and age that "and" ends into one count of people', () => {
    const set = extractClaims('A villager said nine women, four children and six men had died in the raid.');
    expect(set.claims.map((c) => `${c.claimant} ${c.measure.subject} ${c.figure.low}`)).toEqual(['villager people 19']);
    // A list of forces and civilians is no such breakdown: each count stays its own.
    expect(attributed('The army said 12 soldiers, eight policemen and seven civilians had died.')).toEqual(['military 12', 'military 8', 'military 7']);
  });

  it('gives the speaker the count its own relative clause gives', () => {
    expect(attributed('The Crowd Size Archive, which published an estimate of 9,100 protesters, warned that the final number could vary.')).toEqual(['crowd-size-archive 9100']);
    expect(attributed('The monitor, which has documented 500 deaths, said 20 civilians died on Sunday.')).toEqual(['monitor 500', 'monitor 20']);
    expect(attributed('The ministry, which monitors the border, said 20 civilians died.')).toEqual(['ministry 20']);
    expect(attributed('The ministry, which reported 5 deaths, denied that 50 soldiers died.')).toEqual(['ministry 5', 'ministry 0']);
  });

  it("counts a denier's own figure as the people the denied one counted, named more broadly", () => {
    const set = extractClaims('Police killed at least 25 protesters, a rights group said. The government denied the figure, saying 8 people died.');
    expect(set.claims.map((c) => `${c.claimant} ${c.measure.subject} ${c.figure.low}`)).toEqual(['rights-group protesters 25', 'government protesters 8']);
  });

  it("lets a state deny the loss another party says it suffered, but not its own admitted loss", () => {
    expect(attributed('The Moldovan defence ministry said Ukraine had lost 1,200 troops, a claim the Ukrainian military dismissed as propaganda.')).toEqual(['moldova-defence-ministry 1200', 'ukraine-military 0']);
    expect(attributed("Ukraine's army said it lost 20 soldiers. Moldova rejected the claims.")).toEqual(['ukraine-military 20']);
  });

  it("gives a denial's quotation its speaker's own count, told before the words that deny", () => {
    expect(attributed('“Nine of our fighters died in the raids. The figure in the statement is false,” the rebels said.')).toEqual(['rebels 9']);
    expect(attributed('“Reports that 50 of our fighters died are false,” the rebels said.')).toEqual(['rebels 0']);
  });

  it("gives a body's director's figure to the body, as a spokesman's", () => {
    expect(attributed('Ana Petrovic, the director of the non-governmental Crowd Size Archive, said 9,100 people marched.')).toEqual(['crowd-size-archive 9100']);
  });

  it("gives an officer's figures to the force he is of, by his full name later too", () => {
    expect(attributed('Brig-Gen Ana Kyaw of the Kesh Liberation Army said 12 soldiers died. Brig-Gen Ana Kyaw said 30 were wounded.')).toEqual(['kesh-liberation-army 12', 'kesh-liberation-army 30']);
  });

  it("gives 'the report' to the body that issued it", () => {
    expect(attributed('Rebels killed 12 soldiers, according to a report issued on Thursday by the Kesh Monitor. "Another 30 were wounded," the report stated.')).toEqual(['kesh-monitor 12', 'kesh-monitor 30']);
  });

  it('leaves a figure with a speaker of its own to that speaker', () => {
    expect(attributed('Police said 11 people were arrested. This was reported by the BBC.', 'Dawn')).toEqual(['police (via dawn) 11']);
  });
});
