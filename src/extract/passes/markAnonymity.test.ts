import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDefaultVocabulary } from '../../vocabulary/getDefaultVocabulary.js';
import { createSourceBook } from './createSourceBook.js';
import { findCues } from './findCues.js';
import { findSentences } from './findSentences.js';
import { findTimes } from './findTimes.js';
import { findAnonymity, markAnonymity } from './markAnonymity.js';
import { readClaimant } from './readClaimant.js';
import { readTokens } from './readTokens.js';

const vocabulary = getDefaultVocabulary();

// The sources markAnonymity itself marks, sentence by sentence, as "sentence:id". Each cue's source
// is resolved first (a phrase that carries its own anonymity is marked there, not here), so that
// only what markAnonymity adds is seen.
function marked(text: string): string[] {
  const words = readTokens(text);
  const book = createSourceBook(vocabulary, new Set());
  const found: string[] = [];
  findSentences(words).forEach((sentence, si) => {
    const cues = findCues(words, sentence, findTimes(words, sentence), () => false);
    const ids: (string | undefined)[] = [];
    cues.forEach((cue, k) => ids.push(cue.phrase === undefined ? ids[k - 1] : book.resolve(readClaimant(words, cue.phrase), si)));
    const before = new Set([...book.sources.values()].filter((s) => s.anonymous === true).map((s) => s.id));
    markAnonymity(words, sentence, si, findAnonymity(words, sentence, cues), ids, book);
    for (const source of book.sources.values()) if (source.anonymous === true && !before.has(source.id)) found.push(`${si}:${source.id}`);
  });
  return found;
}

describe('markAnonymity: sources that speak without their names', () => {
  it.each([
    ['"speaking on condition of anonymity" after a trailing cue', 'Five soldiers died, two security officials said, speaking on condition of anonymity.', ['0:security-officials']],
    ['the cue nearest the words, not another cue of the sentence', 'Police said 12 died, while doctors said 20 died, speaking on condition of anonymity.', ['0:doctors']],
    ['"anonymously"', 'An official said anonymously that 12 died.', ['0:official']],
    ['"not authorised to speak"', 'A police officer said 12 died; he was not authorised to speak to the media.', ['0:police-officer']],
    ['"not authorized", spelt with a z', 'A police officer said 12 died; he was not authorized to speak to the media.', ['0:police-officer']],
    ['a later sentence with no cue: "asked not to be identified"', 'Two officials said 12 died. The officials asked not to be identified.', ['1:officials']],
    ['"declined to be named"', 'Two doctors said 12 died. The doctors declined to be named.', ['1:doctors']],
    ['only the sources whose phrase ends in the same noun', 'Two officials said 12 died. Residents said 30 died. The officials asked not to be named.', ['2:officials']],
    ['a source named four sentences before', 'Two officials said 12 died. It rained. Roads closed. Shops shut. The officials asked not to be named.', ['4:officials']],
    ['the people the sentence speaks of in the singular', 'Two officials said 12 died. The official asked not to be named.', ['1:officials']],
  ])('marks %s', (_, text, expected) => {
    expect(marked(text)).toEqual(expected);
  });

  it.each([
    ['a source named five sentences before', 'Two officials said 12 died. It rained. Roads closed. Shops shut. Banks shut. The officials asked not to be named.'],
    ['another noun than the sources named', 'Two officials said 12 died. The doctors asked not to be named.'],
    ['victims who could not be identified', 'Two officials said 12 died. The victims could not be identified.'],
    ['a name that was given', 'Two officials said 12 died. The officials were identified by the police.'],
    ['no words of anonymity', 'Two officials said 12 died. The officials spoke to reporters.'],
    ['a sentence that begins with no noun before the words', 'Two officials said 12 died. Nobody would speak on condition of anonymity.'],
  ])('marks nothing for %s', (_, text) => {
    expect(marked(text)).toEqual([]);
  });
});

const FRAGMENTS = [
  'said', 'two officials', 'police', 'doctors', 'the officials', 'asked', 'not', 'to', 'be', 'named', 'identified', 'declined',
  'speaking', 'on condition of', 'anonymity', 'anonymously', 'authorised', 'authorized', 'could', 'refused', ',', '.', '12', 'died',
];
const ANONYMITY_WORDS = /anonym|identified|named|authori[sz]ed/i;

describe('markAnonymity: properties', () => {
  it('never throws, marks only sources already in the book, and marks nothing in a text without words of anonymity', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(' ')), fc.string({ maxLength: 120 })), (text) => {
        const words = readTokens(text);
        const book = createSourceBook(vocabulary, new Set());
        findSentences(words).forEach((sentence, si) => {
          const cues = findCues(words, sentence, [], () => false);
          const ids = cues.map((cue) => (cue.phrase === undefined ? undefined : book.resolve(readClaimant(words, cue.phrase), si)));
          const before = [...book.sources.values()].map((s) => ({ id: s.id, anonymous: s.anonymous === true }));
          markAnonymity(words, sentence, si, findAnonymity(words, sentence, cues), ids, book);
          expect([...book.sources.keys()]).toEqual(before.map((s) => s.id));
          if (!ANONYMITY_WORDS.test(text)) expect([...book.sources.values()].map((s) => s.anonymous === true)).toEqual(before.map((s) => s.anonymous));
        });
      }),
      { numRuns: 300 },
    );
  });
});
