import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDefaultVocabulary } from '../../vocabulary/getDefaultVocabulary.js';
import { sourceKind } from './sourceKind.js';

const vocabulary = getDefaultVocabulary();
const kindOf = (phrase: string) => sourceKind(phrase.toLowerCase().split(' '), vocabulary);

describe('sourceKind: what kind of body a claimant phrase names', () => {
  it.each([
    ['the US-led coalition', 'military'],
    ['the mozambican armed forces', 'military'],
    ['the revolutionary armed forces of colombia', 'armed-group'],
    ["the group's military wing spokesman ali musa", 'armed-group'],
    ['the armed wing of the kesh movement', 'armed-group'],
    ['coalition spokesman turki al-maliki', 'military'],
    ['the rfp, a coalition of opposition parties', 'other'],
    ['a coalition of religious, political and civil society leaders', 'other'],
    ['the 403rd infantry brigade', 'military'],
    ['the civil defence', 'government'],
    ['the fire brigade', 'government'],
    ['the kesh police media and public relations department', 'police'],
    ['the army media office', 'military'],
    ['local media', 'media'],
    ['a hospital report', 'health'],
    ['a police report', 'police'],
    ['media reports', 'media'],
    ['reports', 'media'],
    ['reports and sources', 'media'],
    ['the u n refugee agency', 'international-org'],
    ['district police', 'police'],
    ['the health ministry', 'health'],
    ['lt ali musa, station commander of the coast guard', 'military'],
    ['the station chief of kesh police', 'police'],
    ['a radio station', 'media'],
  ])('%s: %s', (phrase, kind) => {
    expect(kindOf(phrase)).toBe(kind);
  });

  it('is not changed by words that name no kind around the phrase', () => {
    const neutral = fc.constantFrom('the', 'local', 'senior', 'said', 'on', 'friday', 'its', 'new');
    fc.assert(
      fc.property(fc.array(neutral, { maxLength: 4 }), fc.array(neutral, { maxLength: 4 }), fc.constantFrom('police', 'army', 'hospital', 'witnesses', 'a coalition of parties'), (before, after, core) => {
        expect(sourceKind([...before, ...core.split(' '), ...after], vocabulary)).toBe(kindOf(core));
      }),
    );
  });
});
