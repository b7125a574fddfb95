import type { VocabularyDefinition } from './types.js';

/**
 * The default vocabulary for armed conflict: outcomes with the direction of a party's interest in
 * its own figures, and a tree of subjects with their aliases and loaded labels.
 *
 * Plural aliases are enough: lookups also try the singular ("soldier" finds "soldiers").
 *
 * @example
 * ```ts
 * defaultVocabulary.subjects.find((s) => s.id === 'soldiers')?.broader
 * //=> 'security-forces'
 * ```
 */
export const defaultVocabulary: VocabularyDefinition = {
  outcomes: [
    {
      id: 'killed',
      interest: 'lower',
      aliases: [
        'dead', 'died', 'die', 'dies', 'deaths', 'death', 'slain', 'fatalities', 'lost their lives',
        'kill', 'kills', 'killing', 'passed away', 'martyred', 'martyrs', 'death toll', 'toll',
      ],
    },
    {
      id: 'injured',
      interest: 'lower',
      aliases: ['wounded', 'hurt', 'injuries', 'injure', 'injuring', 'wound', 'wounding', 'injury', 'hospitalised', 'hospitalized', 'sought treatment'],
    },
    {
      id: 'abducted',
      interest: 'lower',
      aliases: [
        'kidnapped', 'taken hostage', 'abduct', 'abducting', 'abductions', 'abductees', 'kidnap', 'kidnapping',
        'kidnappings', 'held hostage', 'hostages', 'forcibly disappeared', 'enforced disappearances', 'enforced disappearance',
      ],
    },
    {
      id: 'arrested',
      interest: 'lower',
      aliases: ['detained', 'arrest', 'arrests', 'arresting', 'detain', 'detaining', 'detentions', 'detainees', 'arrestees', 'captured', 'capturing', 'capture', 'taken prisoner', 'apprehended', 'apprehending'],
    },
    {
      id: 'displaced',
      interest: 'lower',
      aliases: ['fled', 'flee', 'fleeing', 'displacement', 'displacing', 'displace', 'uprooted', 'forced from their homes'],
    },
    {
      id: 'attended',
      interest: 'higher',
      aliases: [
        'turned out', 'marched', 'rallied', 'attend', 'attending', 'attendance', 'gathered',
        'took part', 'protested', 'demonstrated', 'participated', 'participating', 'rallying', 'marching',
        'protesting', 'demonstrating', 'turnout', 'attended', 'came out', 'turned up', 'flocked',
      ],
    },
  ],
  subjects: [
    {
      id: 'people',
      aliases: [
        'persons', 'individuals', 'adults', 'victims', 'citizens', 'nationals', 'lives', 'souls', 'men', 'suspects',
        'staff', 'staff members', 'crew', 'crew members', 'crewmembers', 'crewmen', 'seafarers', 'family members', 'relatives',
        'brothers', 'sisters', 'siblings', 'sons', 'daughters', 'cousins', 'husbands', 'wives',
        'muslims', 'christians', 'hindus', 'jews', 'buddhists', 'sikhs', 'patients', 'inmates', 'prisoners', 'supporters',
        // A party's or a movement's people: "50 opposition activists", "1,600 party workers".
        'activists', 'party workers', 'party members', 'party activists',
        // Those at a gathering that is no protest: "there were 40,000 revellers at the carnival".
        'visitors', 'revellers', 'revelers', 'ravers', 'mourners', 'onlookers', 'festivalgoers', 'concertgoers',
      ],
    },
    {
      id: 'security-forces',
      broader: 'people',
      aliases: [
        'security forces', 'security personnel', 'security force personnel', 'security officials', 'security men',
        'personnel', 'security forces personnel', 'members of the security forces', 'guards', 'border guards', 'bodyguards',
        'servicemembers', 'service members', 'commandos',
      ],
    },
    {
      id: 'soldiers',
      broader: 'security-forces',
      aliases: ['troops', 'army personnel', 'servicemen', 'army soldiers', 'military personnel', 'army officers', 'military officers', 'jawans', 'sailors', 'airmen', 'marines', 'conscripts', 'recruits', 'peacekeepers', 'prisoners of war', 'pows'],
    },
    {
      id: 'paramilitary',
      broader: 'security-forces',
      aliases: [
        'paramilitary troopers', 'paramilitaries', 'frontier corps', 'fc', 'paramilitary soldiers',
        'paramilitary troops', 'troopers', 'rangers', 'militiamen', 'militia', 'militia members',
        // Civilians armed to fight beside an army: "three army auxiliaries".
        'auxiliaries', 'army auxiliaries', 'military auxiliaries',
      ],
    },
    {
      id: 'police',
      broader: 'security-forces',
      // "Law enforcement" is policing: "113 law enforcement officers were injured".
      aliases: ['policemen', 'police officers', 'policewomen', 'constables', 'cops', 'officers', 'gendarmes', 'police personnel', 'law enforcement', 'law enforcement officers'],
    },
    {
      id: 'militants',
      broader: 'people',
      aliases: [
        'terrorists', 'insurgents', 'rebels', 'fighters', 'taliban fighters', 'extremists',
        'taliban', 'militant fighters', 'jihadists', 'gunmen', 'attackers', 'assailants', 'guerrillas',
        'separatists', 'secessionists', 'jihadis', 'combatants', 'bandits', 'saboteurs', 'hostage takers', 'maoists', 'naxalites', 'naxals',
      ],
      loaded: ['terrorists', 'insurgents', 'extremists', 'jihadists', 'jihadis', 'bandits'],
    },
    {
      id: 'civilians',
      broader: 'people',
      aliases: [
        'residents', 'women', 'children', 'villagers', 'bystanders', 'passers-by', 'locals', 'schoolchildren',
        'pupils', 'students', 'schoolgirls', 'schoolboys', 'boys', 'girls', 'farmers', 'non-combatants',
      ],
    },
    { id: 'hostages', broader: 'civilians', aliases: ['captives'] },
    {
      id: 'protesters',
      broader: 'people',
      aliases: ['demonstrators', 'marchers', 'protestors', 'participants', 'attendees', 'rally-goers', 'protest-goers'],
    },
    // Others that real reports count, each its own group under people: a count of journalists
    // among the arrested is a part, not a rival figure for everyone arrested.
    { id: 'journalists', broader: 'people', aliases: ['reporters', 'media workers'] },
    { id: 'migrants', broader: 'people', aliases: ['asylum seekers', 'asylum-seekers'] },
    { id: 'refugees', broader: 'people' },
    { id: 'workers', broader: 'people', aliases: ['aid workers', 'health workers'] },
    // Kinds of workers keep the word the report used, as a reader would name them: "12 miners" is
    // a count of miners, which a count of workers in the same mine stands for.
    { id: 'miners', broader: 'workers' },
    { id: 'labourers', broader: 'workers', aliases: ['laborers'] },
    { id: 'employees', broader: 'workers' },
    { id: 'pilgrims', broader: 'people' },
    // Worshippers at a mosque or a temple are no pilgrims.
    { id: 'worshippers', broader: 'people', aliases: ['worshipers'] },
    { id: 'foreigners', broader: 'people', aliases: ['foreign nationals', 'foreign citizens', 'expatriates'] },
    { id: 'passengers', broader: 'people', aliases: ['travellers', 'travelers'] },
    // Households, not persons: "1,200 families evacuated" is no rival to "5,000 people".
    { id: 'families', broader: 'people' },
    // "Supporters" are a party's or a movement's as often as a club's, so they are people.
    { id: 'spectators', broader: 'people', aliases: ['fans'] },
  ],
};
