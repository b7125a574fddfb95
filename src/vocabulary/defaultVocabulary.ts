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
        'kill', 'kills', 'killing', 'martyred', 'death toll', 'toll',
      ],
    },
    {
      id: 'injured',
      interest: 'lower',
      aliases: ['wounded', 'hurt', 'injuries', 'injure', 'injuring', 'wound', 'wounding', 'injury'],
    },
    {
      id: 'abducted',
      interest: 'lower',
      aliases: [
        'kidnapped', 'taken hostage', 'abduct', 'abducting', 'abductions', 'kidnap', 'kidnapping',
        'kidnappings', 'held hostage', 'hostages',
      ],
    },
    {
      id: 'arrested',
      interest: 'lower',
      aliases: ['detained', 'arrest', 'arrests', 'arresting', 'detain', 'detaining', 'detentions', 'captured'],
    },
    {
      id: 'displaced',
      interest: 'lower',
      aliases: ['fled', 'flee', 'fleeing', 'displacement', 'uprooted', 'forced from their homes'],
    },
    {
      id: 'attended',
      interest: 'higher',
      aliases: [
        'turned out', 'marched', 'rallied', 'attend', 'attending', 'attendance', 'gathered',
        'took part', 'protested', 'demonstrated',
      ],
    },
  ],
  subjects: [
    { id: 'people', aliases: ['persons', 'individuals', 'victims'] },
    {
      id: 'security-forces',
      broader: 'people',
      aliases: [
        'security forces', 'security personnel', 'security force personnel', 'security officials',
      ],
    },
    {
      id: 'soldiers',
      broader: 'security-forces',
      aliases: ['troops', 'army personnel', 'servicemen', 'army soldiers', 'military personnel'],
    },
    {
      id: 'paramilitary',
      broader: 'security-forces',
      aliases: [
        'paramilitary troopers', 'paramilitaries', 'frontier corps', 'fc', 'paramilitary soldiers',
        'paramilitary troops', 'troopers',
      ],
    },
    {
      id: 'police',
      broader: 'security-forces',
      aliases: ['policemen', 'police officers', 'policewomen', 'constables', 'cops'],
    },
    {
      id: 'militants',
      broader: 'people',
      aliases: [
        'terrorists', 'insurgents', 'rebels', 'fighters', 'taliban fighters', 'extremists',
        'taliban', 'militant fighters', 'jihadists', 'gunmen', 'attackers',
      ],
      loaded: ['terrorists', 'insurgents', 'extremists', 'jihadists'],
    },
    {
      id: 'civilians',
      broader: 'people',
      aliases: ['residents', 'women', 'children', 'villagers', 'bystanders', 'passers-by', 'locals'],
    },
    {
      id: 'protesters',
      broader: 'people',
      aliases: ['demonstrators', 'marchers', 'protestors'],
    },
  ],
};
