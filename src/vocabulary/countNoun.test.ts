import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countNoun } from './countNoun.js';
import { termWords } from './termWords.js';
import { defaultVocabulary } from './defaultVocabulary.js';

describe('countNoun', () => {
  it('makes the default subjects singular for one, the way a sentence needs them', () => {
    const singular = defaultVocabulary.subjects.map((s) => countNoun(1, termWords(s.id)));
    expect(singular).toEqual(
      defaultVocabulary.subjects.map((s) =>
        ({
          people: 'person',
          'security-forces': 'member of the security forces',
          soldiers: 'soldier',
          paramilitary: 'paramilitary trooper',
          police: 'police officer',
          militants: 'militant',
          civilians: 'civilian',
          protesters: 'protester',
          hostages: 'hostage',
          journalists: 'journalist',
          migrants: 'migrant',
          refugees: 'refugee',
          workers: 'worker',
          miners: 'miner',
          labourers: 'labourer',
          employees: 'employee',
          pilgrims: 'pilgrim',
          worshippers: 'worshipper',
          foreigners: 'foreigner',
          passengers: 'passenger',
          families: 'family',
          spectators: 'spectator',
        })[s.id],
      ),
    );
  });

  it('makes the plurals of unknown terms singular by the rules lookups use: "-men", "-ies", "children"', () => {
    expect(['gunmen', 'casualties', 'schoolchildren', 'women', 'miners'].map((w) => countNoun(1, w))).toEqual(['gunman', 'casualty', 'schoolchild', 'woman', 'miner']);
  });

  it('keeps words it cannot make singular', () => {
    expect(countNoun(1, 'aircraft')).toBe('aircraft');
    expect(countNoun(1, 'press')).toBe('press');
    expect(countNoun(1, 'status')).toBe('status');
  });

  it('leaves the plural for every count but one, zero included', () => {
    fc.assert(
      fc.property(fc.nat().filter((n) => n !== 1), fc.constantFrom('soldiers', 'people', 'aircraft'), (n, words) => {
        expect(countNoun(n, words)).toBe(words);
      }),
    );
  });
});
