import { describe, expect, it } from 'vitest';
import { findFigures } from '../../figures/findFigures.js';
import { getDefaultVocabulary } from '../../vocabulary/getDefaultVocabulary.js';
import { findFigureMentions } from './findFigureMentions.js';
import { findSentences } from './findSentences.js';
import { readMeasures } from './readMeasures.js';
import { readTokens } from './readTokens.js';

const vocabulary = getDefaultVocabulary();
const isTerm = (w: string): boolean => vocabulary.subject(w).known || vocabulary.outcome(w).known || w === 'casualties';

// "figure: outcome subject" for each figure of a one-sentence text; "figure: -" when it counts nothing.
function measuresOf(text: string): string[] {
  const words = readTokens(text);
  const sentences = findSentences(words);
  const [figures = []] = findFigureMentions(words, sentences, findFigures(text, { isTerm }), isTerm);
  const read = readMeasures(words, sentences[0] as never, figures, vocabulary);
  return figures.map((f, k) => `${f.figure.text}: ${read[k] === undefined ? '-' : `${read[k]?.outcome} ${read[k]?.subject}`}`);
}

describe('readMeasures: what each figure counts', () => {
  it.each([
    ['coordinated subjects with one verb', 'Five soldiers and 12 militants were killed.', ['Five: killed soldiers', '12: killed militants']],
    ['participles and "others"', 'Gunmen killed 13 people, wounding 20 others.', ['13: killed people', '20: injured people']],
    ['an outcome word before the subject', 'More than 80 wounded terrorists were moved to hospitals.', ['More than 80: injured militants']],
    ['the force they belong to', 'The group killed five mercenaries and seven from the Malian army.', ['five: killed mercenaries', 'seven: killed soldiers']],
    ['bodies', 'Police found the bodies of eight soldiers.', ['eight: killed soldiers']],
    ['a toll', 'Officials put the death toll at 23.', ['23: killed people']],
    ['a number of', 'The number of foreigners killed has risen to 40.', ['40: killed people']],
    ['a count noun after a toll', 'The army put the toll at 4, while officials put the figure at 7.', ['4: killed people', '7: killed people']],
    ['a crowd', 'There were 100,000 people along the route of the march.', ['100,000: attended people']],
    ['participants', 'Crowd Solutions estimated some 130,000 participants.', ['some 130,000: attended protesters']],
    ['casualties among a group', 'No casualties among law enforcement were reported.', ['No: killed security-forces']],
    ['a passive march is a kidnapping', 'Some 287 were marched into the bush.', ['Some 287: abducted people']],
    ['camps', 'About 895,000 people moved into temporary settlement camps.', ['About 895,000: displaced people']],
    ['a nationality', 'At least 60 Jordanians died.', ['At least 60: killed jordanians']],
    ['a bare figure a reporting verb gives, after a counted one', 'Police put turnout at 3,000 people, with organisers saying 20,000.', ['3,000: attended people', '20,000: attended people']],
  ])('%s', (_, text, expected) => {
    expect(measuresOf(text)).toEqual(expected);
  });

  it.each([
    ['an increment', 'Four more bodies were found.', ['Four: -']],
    ['a breakdown', 'Nine died, including three women.', ['Nine: killed people', 'three: -']],
    ['things', 'Rebels captured 20 motorcycles.', ['20: -']],
    ['an intention', 'Troops were looking to arrest several members.', ['several: -']],
    ['the missing', 'Eighteen personnel were missing.', ['Eighteen: -']],
  ])('counts nothing for %s', (_, text, expected) => {
    expect(measuresOf(text)).toEqual(expected);
  });
});
