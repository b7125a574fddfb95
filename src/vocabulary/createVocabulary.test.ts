import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createVocabulary } from './createVocabulary.js';
import type { CreateVocabularyOptions } from './types.js';
import { defaultVocabulary } from './defaultVocabulary.js';
import { termId } from './termId.js';

const vocabulary = createVocabulary();
const known = (id: string, loaded = false) => ({ id, known: true, loaded });
const unknown = (id: string) => ({ id, known: false, loaded: false });

describe('createVocabulary: the default outcomes', () => {
  it('has the six outcomes of the contract, in its order', () => {
    expect(vocabulary.outcomes.map((o) => o.id)).toEqual(['killed', 'injured', 'abducted', 'arrested', 'displaced', 'attended']);
  });

  // The aliases the contract names for each outcome.
  it.each([
    ['killed', ['killed', 'dead', 'died', 'deaths', 'slain', 'fatalities', 'lost their lives']],
    ['injured', ['injured', 'wounded', 'hurt']],
    ['abducted', ['forcibly disappeared', 'abducted', 'kidnapped', 'taken hostage']],
    ['arrested', ['arrested', 'detained', 'apprehended']],
    ['displaced', ['displaced', 'fled']],
    ['attended', ['attended', 'turned out', 'marched', 'rallied']],
  ])('normalises every word for %s', (id, words) => {
    for (const word of words) expect(vocabulary.outcome(word), word).toEqual(known(id));
  });

  it.each([
    ['killed', 'lower'],
    ['injured', 'lower'],
    ['abducted', 'lower'],
    ['arrested', 'lower'],
    ['displaced', 'lower'],
    ['attended', 'higher'],
  ])('says a party wants %s to be %s for its own people', (id, interest) => {
    expect(vocabulary.interest(id)).toBe(interest);
    expect(vocabulary.outcomes.find((o) => o.id === id)?.interest).toBe(interest);
  });

  it('reads any case and spacing, and the singular of a plural alias or the plural of a singular one', () => {
    expect(vocabulary.outcome('  Lost  Their Lives ')).toEqual(known('killed'));
    expect(vocabulary.outcome('WOUNDED')).toEqual(known('injured'));
    expect(vocabulary.outcome('fatality')).toEqual(known('killed'));
    expect(vocabulary.outcome('killings')).toEqual(known('killed'));
  });

  it('never flags an outcome as a loaded label', () => {
    for (const outcome of vocabulary.outcomes) {
      for (const word of [outcome.id, ...(outcome.aliases ?? [])]) expect(vocabulary.outcome(word).loaded).toBe(false);
    }
  });
});

describe('createVocabulary: the default subjects', () => {
  it.each([
    ['people', undefined],
    ['security-forces', 'people'],
    ['soldiers', 'security-forces'],
    ['paramilitary', 'security-forces'],
    ['police', 'security-forces'],
    ['militants', 'people'],
    ['civilians', 'people'],
    ['protesters', 'people'],
  ])('places %s under %s', (id, broader) => {
    expect(vocabulary.subject(id)).toEqual(known(id));
    expect(vocabulary.broader(id)).toBe(broader);
  });

  it('has exactly the subjects of the contract tree, and the people real reports count under people', () => {
    expect(vocabulary.subjects.map((s) => s.id).sort()).toEqual(
      [
        'civilians', 'employees', 'families', 'foreigners', 'hostages', 'journalists', 'labourers', 'migrants', 'militants', 'miners', 'paramilitary',
        'passengers', 'people', 'pilgrims', 'police', 'protesters', 'refugees', 'security-forces', 'soldiers', 'spectators', 'workers', 'worshippers',
      ],
    );
    for (const id of ['journalists', 'migrants', 'refugees', 'workers', 'pilgrims', 'worshippers', 'passengers', 'spectators', 'foreigners', 'families']) expect(vocabulary.broader(id), id).toBe('people');
    expect(vocabulary.broader('hostages')).toBe('civilians');
    // Kinds of workers keep the report's word, and compete with a count of workers.
    for (const id of ['miners', 'labourers', 'employees']) expect(vocabulary.broader(id), id).toBe('workers');
    expect(vocabulary.subject('laborers')).toEqual(known('labourers'));
    expect(vocabulary.subject('worshipers')).toEqual(known('worshippers'));
    // A party's supporters are people, not a club's fans.
    expect(vocabulary.subject('supporters')).toEqual(known('people'));
    expect(vocabulary.subject('fans')).toEqual(known('spectators'));
    expect(vocabulary.subject('officers')).toEqual(known('police'));
  });

  it.each([
    ['security-forces', ['security forces', 'security personnel']],
    ['soldiers', ['troops', 'army personnel']],
    ['paramilitary', ['paramilitary troopers', 'Frontier Corps', 'FC']],
    ['police', ['policemen', 'police officers']],
    ['militants', ['rebels', 'fighters', 'Taliban fighters']],
    ['civilians', ['residents', 'women', 'children']],
    ['protesters', ['demonstrators', 'marchers']],
  ])('normalises the aliases of %s, not loaded', (id, words) => {
    for (const word of words) expect(vocabulary.subject(word), word).toEqual(known(id));
  });

  it.each(['terrorists', 'insurgents', 'extremists', 'Terrorists', 'terrorist', 'insurgent', 'extremist'])(
    'normalises the loaded label %j to militants and flags it',
    (word) => {
      expect(vocabulary.subject(word)).toEqual(known('militants', true));
    },
  );

  it.each([
    ['soldier', 'soldiers'],
    ['policeman', 'police'],
    ['police officer', 'police'],
    ['child', 'civilians'],
    ['woman', 'civilians'],
    ['resident', 'civilians'],
    ['troop', 'soldiers'],
    ['rebel', 'militants'],
    ['demonstrator', 'protesters'],
    ['Taliban fighter', 'militants'],
  ])('finds the singular %j', (word, id) => {
    expect(vocabulary.subject(word)).toEqual(known(id));
  });

  it('finds the singular of an irregular plural alias of its own', () => {
    const custom = createVocabulary({ subjects: [{ id: 'minors', broader: 'civilians', aliases: ['grandchildren', 'local children'] }] });
    expect(custom.subject('grandchild')).toEqual(known('minors'));
    expect(custom.subject('local child')).toEqual(known('minors'));
  });

  it('finds a word whatever its case, spacing, hyphens or quotes', () => {
    expect(vocabulary.subject('SECURITY   Forces')).toEqual(known('security-forces'));
    expect(vocabulary.subject('frontier-corps')).toEqual(known('paramilitary'));
    expect(vocabulary.subject('“troops”')).toEqual(known('soldiers'));
    expect(vocabulary.subject('security_personnel')).toEqual(known('security-forces'));
  });

  it('is the default vocabulary data', () => {
    expect(vocabulary.subjects).toEqual(defaultVocabulary.subjects);
    expect(vocabulary.outcomes).toEqual(defaultVocabulary.outcomes);
  });
});

describe('createVocabulary: words it does not know', () => {
  it.each([
    ['downed', 'downed'],
    ['Shot Down', 'shot-down'],
    ['  Fighter   Jets ', 'fighter-jets'],
    ['aircraft', 'aircraft'],
    ['constructor', 'constructor'],
    ['toString', 'tostring'],
    ['__proto__', 'proto'],
    ['hasOwnProperty', 'hasownproperty'],
  ])('turns %j into the custom id %j, marked unknown', (word, id) => {
    expect(vocabulary.outcome(word)).toEqual(unknown(id));
    expect(vocabulary.subject(word)).toEqual(unknown(id));
  });

  it('gives unknown outcomes the interest lower and unknown subjects no broader term, whatever the id', () => {
    for (const id of ['downed', 'constructor', '__proto__', 'toString', 'valueOf']) {
      expect(vocabulary.interest(id)).toBe('lower');
      expect(vocabulary.broader(id)).toBeUndefined();
    }
  });

  it('gives an empty id to a word without letters or digits, so that callers can reject it', () => {
    expect(vocabulary.subject('!!!')).toEqual(unknown(''));
    expect(vocabulary.outcome('')).toEqual(unknown(''));
  });
});

describe('createVocabulary: extending and replacing', () => {
  it('adds subjects and outcomes to the defaults', () => {
    const extended = createVocabulary({
      subjects: [{ id: 'medics', broader: 'civilians', aliases: ['paramedics'], loaded: ['angels of mercy'] }],
      outcomes: [{ id: 'voted', interest: 'higher', aliases: ['cast ballots'] }],
    });
    expect(extended.subject('Paramedics')).toEqual(known('medics'));
    expect(extended.subject('paramedic')).toEqual(known('medics'));
    expect(extended.subject('angels of mercy')).toEqual(known('medics', true));
    expect(extended.broader('medics')).toBe('civilians');
    expect(extended.outcome('cast ballots')).toEqual(known('voted'));
    expect(extended.interest('voted')).toBe('higher');
    // The defaults are all still there.
    expect(extended.subject('troops')).toEqual(known('soldiers'));
    expect(extended.outcome('wounded')).toEqual(known('injured'));
    expect(extended.subjects).toHaveLength(defaultVocabulary.subjects.length + 1);
    expect(extended.outcomes).toHaveLength(defaultVocabulary.outcomes.length + 1);
  });

  it('leaves the default vocabulary as it was', () => {
    createVocabulary({ subjects: [{ id: 'medics', aliases: ['paramedics'] }] });
    expect(createVocabulary().subject('paramedics')).toEqual(unknown('paramedics'));
    expect(defaultVocabulary.subjects.some((s) => s.id === 'medics')).toBe(false);
  });

  it('replaces a default entry that has the same id, aliases and all', () => {
    const replaced = createVocabulary({ subjects: [{ id: 'soldiers', broader: 'security-forces', aliases: ['grunts'] }] });
    expect(replaced.subject('grunts')).toEqual(known('soldiers'));
    expect(replaced.subject('troops')).toEqual(unknown('troops'));
    expect(replaced.broader('soldiers')).toBe('security-forces');
    const outcome = createVocabulary({ outcomes: [{ id: 'killed', interest: 'higher' }] });
    expect(outcome.interest('killed')).toBe('higher');
    expect(outcome.outcome('dead')).toEqual(unknown('dead'));
  });

  it('with mode "replace", knows only what it is given', () => {
    const own = createVocabulary({
      mode: 'replace',
      outcomes: [{ id: 'attended', interest: 'higher', aliases: ['turned out'] }],
      subjects: [{ id: 'crowd', aliases: ['people'] }, { id: 'students', broader: 'crowd' }],
    });
    expect(own.outcomes.map((o) => o.id)).toEqual(['attended']);
    expect(own.subjects.map((s) => s.id)).toEqual(['crowd', 'students']);
    expect(own.subject('People')).toEqual(known('crowd'));
    expect(own.subject('student')).toEqual(known('students'));
    expect(own.broader('students')).toBe('crowd');
    expect(own.subject('troops')).toEqual(unknown('troops'));
    expect(own.outcome('killed')).toEqual(unknown('killed'));
    expect(own.subject('terrorists').loaded).toBe(false);
  });

  it('with mode "replace" and nothing given, knows nothing', () => {
    const empty = createVocabulary({ mode: 'replace' });
    expect(empty.outcomes).toEqual([]);
    expect(empty.subjects).toEqual([]);
    expect(empty.subject('soldiers')).toEqual(unknown('soldiers'));
  });

  it('accepts ids such as "constructor" as ordinary ids', () => {
    const odd = createVocabulary({ subjects: [{ id: 'constructor', broader: 'people', aliases: ['builders'] }] });
    expect(odd.subject('builders')).toEqual(known('constructor'));
    expect(odd.broader('constructor')).toBe('people');
  });
});

describe('createVocabulary: configuration mistakes fail at once', () => {
  it.each<[string, CreateVocabularyOptions, string]>([
    [
      'a subject alias that names two subjects',
      { subjects: [{ id: 'medics', aliases: ['troops'] }] },
      'createVocabulary: subject alias "troops" names both "soldiers" and "medics"',
    ],
    [
      'an outcome alias that names two outcomes',
      { outcomes: [{ id: 'shot', interest: 'lower', aliases: ['wounded'] }] },
      'createVocabulary: outcome alias "wounded" names both "injured" and "shot"',
    ],
    [
      'aliases that differ only in case and spaces',
      { mode: 'replace', subjects: [{ id: 'a', aliases: ['X'] }, { id: 'b', aliases: [' x '] }] },
      'createVocabulary: subject alias " x " names both "a" and "b"',
    ],
    [
      'a loaded label that is another subject\'s alias',
      { subjects: [{ id: 'medics', loaded: ['rebels'] }] },
      'createVocabulary: subject alias "rebels" names both "militants" and "medics"',
    ],
    [
      'a broader term that is not a subject',
      { subjects: [{ id: 'medics', broader: 'civilian-staff' }] },
      'createVocabulary: subject "medics" has broader term "civilian-staff", which is not a subject',
    ],
    [
      'a broader term that only exists in the replaced defaults',
      { mode: 'replace', subjects: [{ id: 'soldiers', broader: 'security-forces' }] },
      'createVocabulary: subject "soldiers" has broader term "security-forces", which is not a subject',
    ],
    [
      'a subject that is its own broader term',
      { mode: 'replace', subjects: [{ id: 'a', broader: 'a' }] },
      'createVocabulary: subject "a" is its own broader term',
    ],
    [
      'a cycle of broader terms',
      { mode: 'replace', subjects: [{ id: 'a', broader: 'b' }, { id: 'b', broader: 'c' }, { id: 'c', broader: 'a' }] },
      'createVocabulary: subject "a" is its own broader term',
    ],
    [
      'a default subject moved under its own narrower term',
      { subjects: [{ id: 'people', broader: 'civilians' }] },
      'createVocabulary: subject "people" is its own broader term',
    ],
    [
      'an id that is not lower-case and hyphenated',
      { subjects: [{ id: 'Medics' }] },
      'createVocabulary: subject id "Medics" must be lower-case and hyphenated: "medics"',
    ],
    [
      'an id with spaces',
      { outcomes: [{ id: 'shot down', interest: 'lower' }] },
      'createVocabulary: outcome id "shot down" must be lower-case and hyphenated: "shot-down"',
    ],
    [
      'an empty id',
      { subjects: [{ id: '' }] },
      'createVocabulary: subject id "" has no letters or digits',
    ],
    [
      'an id given twice',
      { subjects: [{ id: 'medics', aliases: ['paramedics'] }, { id: 'medics', aliases: ['nurses'] }] },
      'createVocabulary: subject "medics" is defined twice',
    ],
    [
      'an alias without letters or digits',
      { subjects: [{ id: 'medics', aliases: ['--'] }] },
      'createVocabulary: subject alias "--" of "medics" has no letters or digits',
    ],
    [
      'an interest other than lower or higher',
      { outcomes: [{ id: 'voted', interest: 'up' as 'higher' }] },
      'createVocabulary: outcome "voted" has interest "up"; use "lower" or "higher"',
    ],
    [
      'an unknown mode',
      { mode: 'merge' as 'extend' },
      'createVocabulary: options.mode must be "extend" or "replace", got "merge"',
    ],
  ])('rejects %s', (_, options, message) => {
    expect(() => createVocabulary(options)).toThrow(new Error(message));
  });
});

describe('createVocabulary: lookup properties', () => {
  const allWords = (entries: readonly { id: string; aliases?: readonly string[] }[]) =>
    entries.flatMap((entry) => [entry.id, ...(entry.aliases ?? [])].map((word) => [word, entry.id] as const));

  it('finds every default alias, in any case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allWords(vocabulary.subjects)), fc.boolean(), ([word, id], upper) => {
        expect(vocabulary.subject(upper ? word.toUpperCase() : word).id).toBe(id);
      }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...allWords(vocabulary.outcomes)), fc.boolean(), ([word, id], upper) => {
        expect(vocabulary.outcome(upper ? word.toUpperCase() : word).id).toBe(id);
      }),
    );
  });

  it('never throws, and an id always looks up to itself: normalising twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (word) => {
        for (const lookup of [vocabulary.subject, vocabulary.outcome]) {
          const match = lookup(word);
          expect(lookup(match.id)).toEqual({ ...match, loaded: false });
          if (!match.known) expect(match.id).toBe(termId(word));
        }
      }),
      { numRuns: 500 },
    );
  });
});
