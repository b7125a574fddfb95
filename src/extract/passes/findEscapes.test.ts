import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDefaultVocabulary } from '../../vocabulary/getDefaultVocabulary.js';
import { ESCAPE_WORDS } from '../lexicon/outcomes.js';
import { findEscapes } from './findEscapes.js';
import { findSentences } from './findSentences.js';
import { readTokens } from './readTokens.js';

const vocabulary = getDefaultVocabulary();

// Each escape of a one-sentence text: the words from "all" to the escape word, and the subject id.
function escapesOf(text: string): { span: string; subject: string }[] {
  const words = readTokens(text);
  const [sentence] = findSentences(words);
  if (sentence === undefined) return [];
  return findEscapes(words, sentence, vocabulary).map((e) => ({ span: text.slice(words.start(e.first), words.end(e.last - 1)), subject: e.subject.id }));
}

describe('findEscapes: a group said to have got away', () => {
  it.each([
    ['"all the X escaped"', 'All the soldiers escaped unhurt.', [{ span: 'All the soldiers escaped', subject: 'soldiers' }]],
    ['a name before the subject, and "managed to"', 'All TTP fighters managed to escape.', [{ span: 'All TTP fighters managed to escape', subject: 'militants' }]],
    ['"all of the X survived"', 'All of the passengers survived the crash.', [{ span: 'All of the passengers survived', subject: 'passengers' }]],
    ['a number before the subject', 'All four soldiers escaped.', [{ span: 'All four soldiers escaped', subject: 'soldiers' }]],
    ['"were unharmed"', 'All the villagers were unharmed.', [{ span: 'All the villagers were unharmed', subject: 'civilians' }]],
    ['a subject of two words, and "got away"', 'All police officers got away unhurt.', [{ span: 'All police officers got away unhurt', subject: 'police' }]],
    ['four words between the subject and the escape', 'All the soldiers were able to safely escape.', [{ span: 'All the soldiers were able to safely escape', subject: 'soldiers' }]],
    ['two escapes in one sentence', 'The rebels fled and all the hostages escaped, while all of the guards survived.', [
      { span: 'all the hostages escaped', subject: 'hostages' },
      { span: 'all of the guards survived', subject: 'security-forces' },
    ]],
  ])('%s', (_, text, expected) => {
    expect(escapesOf(text)).toEqual(expected);
  });

  it.each([
    ['a group killed', 'All soldiers were killed.'],
    ['a group that returned without escaping', 'All the soldiers returned safely to base.'],
    ['a relative clause between the subject and the escape', 'All the soldiers who were on patrol escaped.'],
    ['five words between the subject and the escape', 'All the soldiers were all safely able to escape.'],
    ['"all" with no subject of the vocabulary', 'All in all, the plan escaped notice.'],
    ['an escape with no "all"', 'Overall, soldiers escaped.'],
  ])('finds nothing for %s', (_, text) => {
    expect(escapesOf(text)).toEqual([]);
  });

  it('reads only the sentence it is given', () => {
    const text = 'All the soldiers escaped.';
    const words = readTokens(text);
    const upToEscape = { first: 0, last: words.count - 2 };
    expect(findEscapes(words, upToEscape, vocabulary)).toEqual([]);
    expect(findEscapes(words, { first: 0, last: words.count }, vocabulary)).toHaveLength(1);
  });
});

const FRAGMENTS = ['all', 'All', 'the', 'of', 'four', 'TTP', 'soldiers', 'fighters', 'police officers', 'villagers', 'were', 'managed', 'to', 'able', 'safely', 'got', 'away', 'escaped', 'escape', 'unhurt', 'survived', 'killed', 'who', ',', '.'];

describe('findEscapes: properties', () => {
  it('never throws; each escape runs from "all" to an escape word within a bounded window of the sentence', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(' ')), fc.string({ maxLength: 120 })), (text) => {
        const words = readTokens(text);
        for (const sentence of findSentences(words)) {
          for (const escape of findEscapes(words, sentence, vocabulary)) {
            expect(escape.first).toBeGreaterThanOrEqual(sentence.first);
            expect(escape.last).toBeLessThanOrEqual(sentence.last);
            expect(words.low(escape.first)).toBe('all');
            expect(ESCAPE_WORDS.has(words.low(escape.last - 1))).toBe(true);
            // "all", "the"/"of", two skipped words before the subject, a subject of at most four words
            // (and three hyphens), four words between, the escape.
            expect(escape.last - escape.first).toBeLessThanOrEqual(1 + 1 + 2 + 4 + 3 + 4 + 1);
            expect(escape.subject.first).toBeGreaterThan(escape.first);
            expect(escape.subject.next).toBeLessThan(escape.last);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
