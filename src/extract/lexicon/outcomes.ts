// Words for what happened to the people counted, beyond the vocabulary's own aliases. Each maps to
// a word the default vocabulary knows, so a custom vocabulary that keeps those words keeps these
// working. Every row carries a sentence that `outcomes.test.ts` runs through extractClaims.
import type { Expectation } from './cues.js';

/** A phrase and the vocabulary word it stands for, with a sentence that shows it. */
export interface OutcomeRow {
  readonly phrase: string;
  readonly outcome: string;
  readonly example: string;
  readonly expect: Expectation;
}

/** Verb phrases that name an outcome the vocabulary has no alias for. */
export const OUTCOME_ROWS: readonly OutcomeRow[] = [
  { phrase: 'gunned down', outcome: 'killed', example: 'Gunmen gunned down six villagers, police said.', expect: { claimant: 'police', subject: 'civilians', low: 6 } },
  { phrase: 'gunning down', outcome: 'killed', example: 'The army accused the rebels of gunning down 12 villagers.', expect: { claimant: 'military', outcome: 'killed', low: 12 } },
  { phrase: 'shot dead', outcome: 'killed', example: 'Two protesters were shot dead, witnesses said.', expect: { claimant: 'witnesses', subject: 'protesters', low: 2 } },
  { phrase: 'shot and killed', outcome: 'killed', example: 'Troops shot and killed four gunmen, the army said.', expect: { claimant: 'military', subject: 'militants', low: 4 } },
  { phrase: 'neutralised', outcome: 'killed', example: 'Twelve terrorists were neutralised, the army said.', expect: { claimant: 'military', subject: 'militants', low: 12 } },
  { phrase: 'neutralized', outcome: 'killed', example: 'Twelve terrorists were neutralized, the army said.', expect: { claimant: 'military', subject: 'militants', low: 12 } },
  { phrase: 'eliminated', outcome: 'killed', example: 'Two militants were eliminated, the committee said.', expect: { claimant: 'committee', subject: 'militants', low: 2 } },
  { phrase: 'rendered ineffective', outcome: 'killed', example: 'The military said 90 terrorists were rendered ineffective.', expect: { claimant: 'military', subject: 'militants', low: 90 } },
  { phrase: 'buried', outcome: 'killed', example: 'Villagers said they had buried 41 people.', expect: { claimant: 'villagers', outcome: 'killed', low: 41 } },
  { phrase: 'slaughtered', outcome: 'killed', example: 'Gunmen slaughtered 27 villagers, the governor said.', expect: { claimant: 'governor', low: 27 } },
  { phrase: 'massacred', outcome: 'killed', example: 'Rebels massacred 30 villagers, officials said.', expect: { claimant: 'officials', low: 30 } },
  { phrase: 'executed', outcome: 'killed', example: 'The group executed five hostages, the ministry said.', expect: { claimant: 'ministry', low: 5 } },
  { phrase: 'beheaded', outcome: 'killed', example: 'Police said 50 people were beheaded.', expect: { claimant: 'police', low: 50 } },
  { phrase: 'murdered', outcome: 'killed', example: 'Nine farmers were murdered, residents said.', expect: { claimant: 'residents', low: 9 } },
  { phrase: 'sacrificed their lives', outcome: 'killed', example: 'Two soldiers sacrificed their lives, the army said.', expect: { claimant: 'military', subject: 'soldiers', low: 2 } },
  { phrase: 'laid down their lives', outcome: 'killed', example: 'Five policemen laid down their lives, the chief said.', expect: { claimant: 'chief', subject: 'police', low: 5 } },
  { phrase: 'perished', outcome: 'killed', example: 'Officials said 40 migrants perished.', expect: { claimant: 'officials', subject: 'migrants', low: 40 } },
  { phrase: 'drowned', outcome: 'killed', example: 'The coast guard said 12 migrants drowned.', expect: { claimant: 'coast-guard', subject: 'migrants', low: 12 } },
  { phrase: 'succumbed', outcome: 'killed', example: 'Doctors said three patients succumbed to their wounds.', expect: { claimant: 'doctors', low: 3 } },
  { phrase: 'claimed the lives of', outcome: 'killed', example: 'The ministry said shelling claimed the lives of five soldiers.', expect: { claimant: 'ministry', subject: 'soldiers', low: 5 } },
  { phrase: 'murder of', outcome: 'killed', example: 'Prosecutors charged three soldiers with the murder of eight people.', expect: { claimant: 'unattributed', outcome: 'killed', low: 8 } },
  { phrase: 'massacre of', outcome: 'killed', example: 'Witnesses blamed the militia for the massacre of 30 villagers.', expect: { claimant: 'witnesses', outcome: 'killed', low: 30 } },
  { phrase: 'loss of', outcome: 'killed', example: 'The president announced the loss of 61 civilians.', expect: { claimant: 'president', subject: 'civilians', low: 61 } },
  { phrase: 'fatally shot', outcome: 'killed', example: 'Police fatally shot nine protesters, a rights group said.', expect: { claimant: 'rights-group', subject: 'protesters', low: 9 } },
  { phrase: 'fatally stabbed', outcome: 'killed', example: 'Rioters fatally stabbed three men, police said.', expect: { claimant: 'police', low: 3 } },
  { phrase: 'strangled', outcome: 'killed', example: 'Guards beat or strangled 14 inmates, a judge said.', expect: { claimant: 'judge', low: 14 } },
  { phrase: 'fatally injured', outcome: 'killed', example: 'Police said two men were fatally injured.', expect: { claimant: 'police', outcome: 'killed', low: 2 } },
  { phrase: 'fatally wounded', outcome: 'killed', example: 'Police said two men were fatally wounded.', expect: { claimant: 'police', outcome: 'killed', low: 2 } },
  { phrase: 'treated for injuries', outcome: 'injured', example: 'Doctors said 30 people were treated for injuries.', expect: { claimant: 'doctors', outcome: 'injured', low: 30 } },
  { phrase: 'treated for wounds', outcome: 'injured', example: 'Doctors said 30 people were treated for wounds.', expect: { claimant: 'doctors', outcome: 'injured', low: 30 } },
  { phrase: 'left with injuries', outcome: 'injured', example: 'As many as 216 people were left with injuries in the clashes.', expect: { claimant: 'unattributed', outcome: 'injured', low: 0, high: 216 } },
  { phrase: 'received injuries', outcome: 'injured', example: 'Eight employees of the ward received injuries, the ministry said.', expect: { claimant: 'ministry', outcome: 'injured', low: 8 } },
  { phrase: 'suffered gunshot wounds', outcome: 'injured', example: 'The ministry said 12 people suffered gunshot wounds.', expect: { claimant: 'ministry', outcome: 'injured', low: 12 } },
  { phrase: 'suffered bullet wounds', outcome: 'injured', example: 'Doctors said 30 protesters suffered bullet wounds.', expect: { claimant: 'doctors', outcome: 'injured', low: 30 } },
  { phrase: 'suffered burns', outcome: 'injured', example: 'Doctors said 40 people suffered burns in the fire.', expect: { claimant: 'doctors', outcome: 'injured', low: 40 } },
  { phrase: 'sustained burns', outcome: 'injured', example: 'Medics said nine firefighters sustained burns.', expect: { claimant: 'medics', outcome: 'injured', low: 9 } },
  { phrase: 'suffered broken bones', outcome: 'injured', example: 'A doctor said 65 workers had suffered broken bones.', expect: { claimant: 'doctor', outcome: 'injured', low: 65 } },
  { phrase: 'suffered fractures', outcome: 'injured', example: 'The hospital said 12 fans suffered fractures.', expect: { claimant: 'hospital', outcome: 'injured', low: 12 } },
  { phrase: 'nursing gunshot wounds', outcome: 'injured', example: 'Doctors said dozens were left nursing gunshot wounds.', expect: { claimant: 'doctors', outcome: 'injured', low: 24 } },
  { phrase: 'treated', outcome: 'injured', example: 'The hospital said it treated 66 people for gunshot wounds.', expect: { claimant: 'hospital', outcome: 'injured', low: 66 } },
  { phrase: 'receiving treatment', outcome: 'injured', example: 'Clinic staff said 80 marchers were receiving treatment.', expect: { claimant: 'clinic-staff', outcome: 'injured', low: 80 } },
  { phrase: 'received treatment', outcome: 'injured', example: 'Medics said 45 people received treatment at the scene.', expect: { claimant: 'medics', outcome: 'injured', low: 45 } },
  { phrase: 'hospitalised', outcome: 'injured', example: 'Twenty fans were hospitalised, police said.', expect: { claimant: 'police', outcome: 'injured', low: 20 } },
  { phrase: 'hospitalized', outcome: 'injured', example: 'Twenty fans were hospitalized, police said.', expect: { claimant: 'police', outcome: 'injured', low: 20 } },
  { phrase: 'rushed to hospital', outcome: 'injured', example: 'Nine miners were rushed to hospital, the company said.', expect: { claimant: 'company', outcome: 'injured', low: 9 } },
  { phrase: 'escaped with injuries', outcome: 'injured', example: 'The army said several others escaped with injuries.', expect: { claimant: 'military', outcome: 'injured', low: 3 } },
  { phrase: 'taken captive', outcome: 'abducted', example: 'Ten workers were taken captive, the company said.', expect: { claimant: 'company', outcome: 'abducted', low: 10 } },
  { phrase: 'held captive', outcome: 'abducted', example: 'Twelve soldiers were held captive, the group said.', expect: { claimant: 'group', outcome: 'abducted', low: 12 } },
  { phrase: 'seized', outcome: 'abducted', example: 'Officials said gunmen seized 20 passengers.', expect: { claimant: 'officials', outcome: 'abducted', subject: 'passengers', low: 20 } },
  { phrase: 'snatched', outcome: 'abducted', example: 'Gunmen snatched 23 passengers from a bus, police said.', expect: { claimant: 'police', outcome: 'abducted', low: 23 } },
  { phrase: 'taken prisoner', outcome: 'abducted', example: 'The army said 14 soldiers were taken prisoner.', expect: { claimant: 'military', outcome: 'abducted', low: 14 } },
  { phrase: 'as captives', outcome: 'abducted', example: 'The rebels took 16 soldiers away as captives, the army said.', expect: { claimant: 'military', outcome: 'abducted', low: 16 } },
  { phrase: 'as hostages', outcome: 'abducted', example: 'Police said the gang seized 23 travellers as hostages.', expect: { claimant: 'police', outcome: 'abducted', low: 23 } },
  { phrase: 'recaptured', outcome: 'arrested', example: 'The prison service said 93 of the escaped inmates had been recaptured.', expect: { claimant: 'prison-service', outcome: 'arrested', low: 93 } },
  { phrase: 'rounded up', outcome: 'arrested', example: 'Police rounded up 40 protesters, the ministry said.', expect: { claimant: 'ministry', outcome: 'arrested', low: 40 } },
  { phrase: 'in detention', outcome: 'arrested', example: 'The crackdown left 283 people in detention, monitors said.', expect: { claimant: 'monitors', outcome: 'arrested', low: 283 } },
  { phrase: 'into custody', outcome: 'arrested', example: 'Police took 23 protesters into custody, a lawyer said.', expect: { claimant: 'lawyer', outcome: 'arrested', low: 23 } },
  { phrase: 'in custody', outcome: 'arrested', example: 'Police said 40 people were in custody.', expect: { claimant: 'police', outcome: 'arrested', low: 40 } },
  { phrase: 'taken into custody', outcome: 'arrested', example: 'Police said 14 people were taken into custody.', expect: { claimant: 'police', outcome: 'arrested', low: 14 } },
  { phrase: 'held in custody', outcome: 'arrested', example: 'Lawyers said about 900 people were being held in custody.', expect: { claimant: 'lawyers', outcome: 'arrested', low: 810 } },
  { phrase: 'been held', outcome: 'arrested', example: 'The police said some 400 activists had been held in the past week.', expect: { claimant: 'police', outcome: 'arrested', low: 360 } },
  { phrase: 'being held', outcome: 'arrested', example: 'Lawyers said 75 students were being held at the station.', expect: { claimant: 'lawyers', outcome: 'arrested', low: 75 } },
  { phrase: 'been held hostage', outcome: 'abducted', example: 'Officials said 12 workers had been held hostage since May.', expect: { claimant: 'officials', outcome: 'abducted', low: 12 } },
  { phrase: 'being held hostage', outcome: 'abducted', example: 'The army said 30 villagers were being held hostage.', expect: { claimant: 'military', outcome: 'abducted', low: 30 } },
  { phrase: 'been held as hostages', outcome: 'abducted', example: 'Officials said 30 passengers had been held as hostages.', expect: { claimant: 'officials', outcome: 'abducted', low: 30 } },
  { phrase: 'being held as hostages', outcome: 'abducted', example: 'Some 30 passengers were being held as hostages on the train, officials said.', expect: { claimant: 'officials', outcome: 'abducted', low: 27 } },
  { phrase: 'been held captive', outcome: 'abducted', example: 'The group said 17 soldiers had been held captive since May.', expect: { claimant: 'group', outcome: 'abducted', low: 17 } },
  { phrase: 'being held captive', outcome: 'abducted', example: 'Officials said 8 aid workers were being held captive.', expect: { claimant: 'officials', outcome: 'abducted', low: 8 } },
  { phrase: 'been held in captivity', outcome: 'abducted', example: 'Police said 40 pupils had been held in captivity.', expect: { claimant: 'police', outcome: 'abducted', low: 40 } },
  { phrase: 'being held in captivity', outcome: 'abducted', example: 'Police said 40 pupils were being held in captivity.', expect: { claimant: 'police', outcome: 'abducted', low: 40 } },
  { phrase: 'nabbed', outcome: 'arrested', example: 'Police said 1,600 party workers were nabbed in raids.', expect: { claimant: 'police', outcome: 'arrested', low: 1600 } },
  { phrase: 'jailed', outcome: 'arrested', example: 'Police said 35 protesters were jailed.', expect: { claimant: 'police', outcome: 'arrested', low: 35 } },
  { phrase: 'imprisoned', outcome: 'arrested', example: 'Monitors said 120 activists had been imprisoned.', expect: { claimant: 'monitors', outcome: 'arrested', low: 120 } },
  { phrase: 'locked up', outcome: 'arrested', example: 'Police have locked up 56 marchers, their lawyers said.', expect: { claimant: 'lawyers', outcome: 'arrested', low: 56 } },
  { phrase: 'behind bars', outcome: 'arrested', example: 'Rights groups said 310 students were behind bars.', expect: { claimant: 'rights-groups', outcome: 'arrested', low: 310 } },
  { phrase: 'sought refuge', outcome: 'displaced', example: 'About 1,300 villagers sought refuge in the school, the priest said.', expect: { claimant: 'priest', outcome: 'displaced', low: 1170 } },
  { phrase: 'took refuge', outcome: 'displaced', example: 'At least 700 residents took refuge in the next town, officials said.', expect: { claimant: 'officials', outcome: 'displaced', low: 700 } },
  { phrase: 'taken refuge', outcome: 'displaced', example: 'The agency said 4,200 people had taken refuge across the river.', expect: { claimant: 'agency', outcome: 'displaced', low: 4200 } },
  { phrase: 'taking shelter', outcome: 'displaced', example: 'Officials said 1,900 people are taking shelter in Dorvo district.', expect: { claimant: 'officials', outcome: 'displaced', low: 1900 } },
  { phrase: 'took shelter', outcome: 'displaced', example: 'About 700 villagers took shelter in the school, the priest said.', expect: { claimant: 'priest', outcome: 'displaced', low: 630 } },
  { phrase: 'taken shelter', outcome: 'displaced', example: 'The agency said 4,200 people had taken shelter across the river.', expect: { claimant: 'agency', outcome: 'displaced', low: 4200 } },
  { phrase: 'sought shelter', outcome: 'displaced', example: 'Some 600 villagers sought shelter in churches, aid workers said.', expect: { claimant: 'aid-workers', outcome: 'displaced', low: 540 } },
  { phrase: 'forced to evacuate', outcome: 'displaced', example: 'More than 5,000 people have been forced to evacuate, officials said.', expect: { claimant: 'officials', outcome: 'displaced', low: 5001 } },
  { phrase: 'evacuated', outcome: 'displaced', example: 'Officials said 3,000 residents were evacuated.', expect: { claimant: 'officials', outcome: 'displaced', low: 3000 } },
  { phrase: 'made homeless', outcome: 'displaced', example: 'The UN said 430,000 people were made homeless.', expect: { claimant: 'un', outcome: 'displaced', low: 430000 } },
  { phrase: 'left homeless', outcome: 'displaced', example: 'The UN said 430,000 people were left homeless.', expect: { claimant: 'un', outcome: 'displaced', low: 430000 } },
  { phrase: 'crossed into', outcome: 'displaced', example: 'Some 2,000 Keshis crossed into Dorvo last week, the agency said.', expect: { claimant: 'agency', outcome: 'displaced', low: 1800 } },
  { phrase: 'crossed over to', outcome: 'displaced', example: 'The minister said 1,200 people from Kesh have crossed over to Dorvo.', expect: { claimant: 'minister', outcome: 'displaced', low: 1200 } },
  { phrase: 'crossed over into', outcome: 'displaced', example: 'Some 900 Keshis crossed over into Dorvo, officials said.', expect: { claimant: 'officials', outcome: 'displaced', low: 810 } },
  { phrase: 'crossing over to', outcome: 'displaced', example: 'The agency counted 400 families crossing over to Dorvo.', expect: { claimant: 'agency', outcome: 'displaced', low: 400 } },
  { phrase: 'crossing over into', outcome: 'displaced', example: 'The agency counted 400 families crossing over into Dorvo.', expect: { claimant: 'agency', outcome: 'displaced', low: 400 } },
  { phrase: 'crossed the border', outcome: 'displaced', example: 'Officials said 4,000 Keshis crossed the border into Dorvo.', expect: { claimant: 'officials', outcome: 'displaced', low: 4000 } },
  { phrase: 'crossing the border', outcome: 'displaced', example: 'The agency counted 900 families crossing the border.', expect: { claimant: 'agency', outcome: 'displaced', low: 900 } },
  { phrase: 'crossed from', outcome: 'displaced', example: 'More than 22,000 people have crossed from Kesh into Dorvo this week, officials said.', expect: { claimant: 'officials', outcome: 'displaced', low: 22001 } },
  { phrase: 'crossing from', outcome: 'displaced', example: 'The agency counted 900 families crossing from Kesh into Dorvo.', expect: { claimant: 'agency', outcome: 'displaced', low: 900 } },
  { phrase: 'crossing into', outcome: 'displaced', example: 'At least 73,000 people crossing into Dorvo were counted, the agency said.', expect: { claimant: 'agency', outcome: 'displaced', low: 73000 } },
  { phrase: 'rendered homeless', outcome: 'displaced', example: 'The agency said 3,000 people were rendered homeless.', expect: { claimant: 'agency', outcome: 'displaced', low: 3000 } },
  { phrase: 'in evacuation centres', outcome: 'displaced', example: 'Some 12,000 people remained in evacuation centres, the agency said.', expect: { claimant: 'agency', outcome: 'displaced', low: 10800 } },
  { phrase: 'in evacuation centers', outcome: 'displaced', example: 'Officials said 330,000 people were in evacuation centers.', expect: { claimant: 'officials', outcome: 'displaced', low: 330000 } },
  { phrase: 'under evacuation orders', outcome: 'displaced', example: 'As many as 5,000 people remained under evacuation orders, officials said.', expect: { claimant: 'officials', outcome: 'displaced', high: 5000 } },
  { phrase: 'moved into camps', outcome: 'displaced', example: 'The report said 895,000 people moved into camps.', expect: { claimant: 'report', outcome: 'displaced', low: 895000 } },
  { phrase: 'in camps', outcome: 'displaced', example: 'The agency said 680,000 people were still in camps.', expect: { claimant: 'agency', outcome: 'displaced', low: 680000 } },
  { phrase: 'flooded', outcome: 'attended', example: 'Organisers said 200,000 people flooded the capital.', expect: { claimant: 'organisers', outcome: 'attended', low: 200000 } },
  { phrase: 'thronged', outcome: 'attended', example: 'Police said 20,000 people thronged the square.', expect: { claimant: 'police', outcome: 'attended', low: 20000 } },
  { phrase: 'took to the streets', outcome: 'attended', example: 'Organisers said 50,000 people took to the streets.', expect: { claimant: 'organisers', outcome: 'attended', low: 50000 } },
  { phrase: 'joined', outcome: 'attended', example: 'Organisers said 50,000 people joined the march.', expect: { claimant: 'organisers', outcome: 'attended', low: 50000 } },
  { phrase: 'brought together', outcome: 'attended', example: 'The march brought together 600,000 people, police said.', expect: { claimant: 'police', outcome: 'attended', low: 600000 } },
  { phrase: 'attracted', outcome: 'attended', example: 'The protest attracted at least 60,000 people, police said.', expect: { claimant: 'police', outcome: 'attended', low: 60000 } },
  { phrase: 'drew', outcome: 'attended', example: 'The rally drew 20,000 people, organisers said.', expect: { claimant: 'organisers', outcome: 'attended', low: 20000 } },
  { phrase: 'lit candles', outcome: 'attended', example: 'Organisers said 950,000 people lit candles across the country.', expect: { claimant: 'organisers', outcome: 'attended', low: 950000 } },
  { phrase: 'taken part', outcome: 'attended', example: 'Organisers said 250,000 people had taken part.', expect: { claimant: 'organisers', outcome: 'attended', low: 250000 } },
  { phrase: 'taking part', outcome: 'attended', example: 'Police said 8,000 people were taking part in the march.', expect: { claimant: 'police', outcome: 'attended', low: 8000 } },
  { phrase: 'walked out', outcome: 'attended', example: 'Unions said 3.5 million workers walked out.', expect: { claimant: 'unions', outcome: 'attended', low: 3500000 } },
  { phrase: 'went on strike', outcome: 'attended', example: 'Unions said 200,000 teachers went on strike.', expect: { claimant: 'unions', outcome: 'attended', low: 200000 } },
  { phrase: 'massed', outcome: 'attended', example: 'Organisers said as many as 200,000 people massed in the square.', expect: { claimant: 'organisers', outcome: 'attended', high: 200000 } },
  { phrase: 'poured into', outcome: 'attended', example: 'About 5,000 marchers poured into the square, police said.', expect: { claimant: 'police', outcome: 'attended', low: 4500 } },
  { phrase: 'converged on', outcome: 'attended', example: 'Organisers said 8,000 farmers converged on the capital.', expect: { claimant: 'organisers', outcome: 'attended', low: 8000 } },
  { phrase: 'walked off the job', outcome: 'attended', example: 'Nearly 2,000 dockers walked off the job, the union said.', expect: { claimant: 'union', outcome: 'attended', low: 1800 } },
  { phrase: 'showed up', outcome: 'attended', example: 'Only 300 people showed up, police said.', expect: { claimant: 'police', outcome: 'attended', low: 300 } },
  { phrase: 'turned up', outcome: 'attended', example: 'Only 300 people turned up, police said.', expect: { claimant: 'police', outcome: 'attended', low: 300 } },
  { phrase: 'filled', outcome: 'attended', example: 'Police said 10,000 people filled the square.', expect: { claimant: 'police', outcome: 'attended', low: 10000 } },
];

/** Each extra outcome phrase and the vocabulary word it stands for. */
export const EXTRA_OUTCOMES: ReadonlyMap<string, string> = new Map(OUTCOME_ROWS.map((row) => [row.phrase, row.outcome]));

/**
 * Nouns that state a count after "at", "to", "of" or "was" ("put the death toll at 19", "a crowd of
 * 5,000", "the camp population reached 1.5 million"), with the outcome they count.
 */
export const TOLL_NOUNS: ReadonlyMap<string, string> = new Map([
  ['toll', 'killed'], ['tally', 'killed'], ['turnout', 'attended'], ['crowd', 'attended'], ['crowds', 'attended'],
  ['exodus', 'displaced'], ['attendance', 'attended'], ['audience', 'attended'], ['population', 'displaced'],
  ['casualties', 'killed'], ['fatalities', 'killed'], ['deaths', 'killed'], ['injuries', 'injured'], ['arrests', 'arrested'],
]);

/** How sure a speaker is of a count: "the toll was probably more than 90", "could possibly reach 90". */
export const LIKELIHOOD: ReadonlySet<string> = new Set(['likely', 'probably', 'possibly', 'perhaps']);

/** The harmed as a group, named by their outcome after "the": "the wounded are 215", "put the dead at 120". */
export const HARMED: ReadonlyMap<string, string> = new Map([['dead', 'killed'], ['wounded', 'injured'], ['injured', 'injured']]);

/** Toll nouns that count only after one of these words: "the camp population", never a city's population. */
export const TOLL_NOUN_QUALIFIERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['population', new Set(['camp', 'camps', 'refugee', 'refugees', 'displaced', 'idp'])],
]);

/** Nouns that name a count without saying of what: "put the figure at", "an estimate of". The sentence's outcome or the one before it applies. */
export const COUNT_NOUNS: ReadonlySet<string> = new Set(['figure', 'figures', 'number', 'numbers', 'estimate', 'estimates', 'count', 'total', 'tally']);

/** Verbs with which a party counts its own losses: "lost none of their own", "suffered no casualties". */
export const OWN_LOSS_VERBS: ReadonlySet<string> = new Set(['lost', 'losing', 'lose', 'suffered', 'suffering', 'sustained']);

/** Determiners that make the people counted the speaker's own: "five of its fighters", "the toll among his troops". */
export const OWN_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'our', 'his', 'her']);

/** The articles, which start a noun phrase without saying whose it is. */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Relative pronouns: "the 40 who were injured", "an officer who was not authorised to speak". */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whose', 'which', 'that']);

/** Nouns that count the dead by themselves ("21 bodies", "the bodies of eight soldiers"): outcome killed. */
export const BODY_NOUNS: ReadonlySet<string> = new Set(['bodies', 'corpses', 'body', 'corpse', 'remains']);

/** Words for people whose fate is not known: counted, they are no outcome's ("90,000 are trapped"). */
export const MISSING_WORDS: ReadonlySet<string> = new Set(['missing', 'unaccounted', 'trapped']);

/** Nouns for things, not people: a count of them shares no outcome with the people counted beside it ("30 deaths and 200 houses destroyed"). */
export const THING_NOUNS: ReadonlySet<string> = new Set([
  'houses', 'homes', 'buildings', 'structures', 'dwellings', 'shops', 'schools', 'mosques', 'churches', 'bridges', 'roads',
  'vehicles', 'cars', 'trucks', 'buses', 'boats', 'tents', 'villages', 'livestock', 'cattle', 'animals', 'hectares', 'acres',
  'camps', 'shelters', 'sites',
  // Weapons and machines seized or destroyed: "50 seized assault rifles".
  'weapons', 'rifles', 'guns', 'firearms', 'rockets', 'missiles', 'drones', 'tanks', 'helicopters', 'aircraft',
]);

/** Words that say every one of a group got away ("all TTP fighters managed to escape"): zero killed. */
export const ESCAPE_WORDS: ReadonlySet<string> = new Set(['escape', 'escaped', 'unhurt', 'unharmed', 'survived']);

/**
 * Participles of how an outcome or a count was known: "confirmed as injured", "listed as missing",
 * "375 recorded deaths".
 */
export const KNOWN_AS: ReadonlySet<string> = new Set(['confirmed', 'reported', 'listed', 'registered', 'recorded', 'classified', 'declared', 'documented', 'verified']);

/** Words for the dead and hurt taken together; as a count ("no casualties") they count the dead. */
export const CASUALTY_WORDS: ReadonlySet<string> = new Set(['casualties', 'casualty', 'losses', 'fatalities', 'dead', 'deaths']);

/** What befell people, as a participle or adjective straight after a verb: "confirmed killed", "feared dead", "reported missing". */
export const FATE_WORDS: ReadonlySet<string> = new Set(['killed', 'dead', 'injured', 'wounded', 'hurt', 'missing', 'drowned']);

/** Words of a crowd: a count of people or protesters near them, with no other outcome, is a turnout. */
export const CROWD_WORDS: ReadonlySet<string> = new Set([
  'rally', 'rallies', 'march', 'marches', 'protest', 'protests', 'demonstration', 'demonstrations', 'vigil', 'vigils',
  'crowd', 'crowds', 'gathering', 'procession', 'turnout', 'route', 'streets', 'square', 'participants', 'attendees',
]);

/**
 * Gatherings that are no protest, a crowd only when named right after the count ("there were 40,000
 * revellers at the carnival"), not anywhere in the sentence ("the funeral for the 14 soldiers").
 */
export const GATHERINGS: ReadonlySet<string> = new Set([
  'festival', 'festivals', 'parade', 'parades', 'carnival', 'concert', 'concerts', 'funeral', 'celebration', 'celebrations', 'ceremony', 'pilgrimage',
]);

/** Verbs that put a floor under the figure after them: "surpassed the 1.03 million", "exceeded a thousand". */
export const EXCEEDING_VERBS: ReadonlySet<string> = new Set(['surpassed', 'exceeded', 'topped', 'passed', 'crossed', 'surpassing', 'exceeding', 'topping', 'crossing', 'surpasses', 'exceeds', 'tops', 'crosses']);

/** Verbs that put the figure after them just out of reach: "the toll neared 100" is nearly 100. */
export const NEARING_VERBS: ReadonlySet<string> = new Set(['neared', 'nears', 'nearing', 'approached', 'approaches', 'approaching']);

/** Verbs by which a toll moves ("rose to 30", "climbed from 40 to 65"): figures after them are values of the toll. */
export const RISING: ReadonlySet<string> = new Set(['risen', 'rose', 'rise', 'rises', 'climbed', 'increased', 'jumped', 'reached', 'stood', 'stands', 'grown', 'grew', 'fallen', 'fell', 'dropped']);

/** Verbs by which a party moves its own toll ("raised the death toll from 40 to 65", "revised … to 253"). */
export const RAISING: ReadonlySet<string> = new Set(['raised', 'raises', 'lifted', 'revised', 'increased', 'updated', 'pushed', 'brought', 'put', 'puts', 'lowered', 'cut']);

/** Participles that carry a toll to the figure after them ("…, bringing the toll to 57", "raising to 200 the number"). */
export const TOLL_CARRYING: ReadonlySet<string> = new Set(['bringing', 'sending', 'raising', 'pushing', 'taking', 'lifting']);

/** Words of a hedge between a verb and its count: "arrested at least 40", "carrying more than 100", "detained another 39". */
export const COUNT_HEDGES: ReadonlySet<string> = new Set([
  'at', 'least', 'more', 'than', 'another', 'some', 'about', 'around', 'over', 'nearly', 'almost', 'roughly', 'a', 'an', 'total', 'of', 'up', 'to', 'estimated',
]);

/** Comparatives that set one count against another: "a higher toll", "far lower". */
export const COMPARATIVES: ReadonlySet<string> = new Set(['higher', 'lower', 'greater', 'larger', 'bigger', 'smaller']);
