import { describe, expect, it } from 'vitest';
import { findFigures } from '../../figures/findFigures.js';
import { findDocumentParts } from './findDocumentParts.js';
import { findFigureMentions } from './findFigureMentions.js';
import { findSentences } from './findSentences.js';
import { readTokens } from './readTokens.js';

const figuresOf = (text: string): string[] => {
  const words = readTokens(text);
  return findFigureMentions(words, findDocumentParts(words, findSentences(words)).sentences, findFigures(text), () => false)
    .flat()
    .map((f) => `${f.figure.text} [${f.figure.low}, ${f.figure.high ?? '∞'}] ${f.figure.hedge}`);
};

describe('findFigureMentions: figures as the words around them make them', () => {
  it.each([
    ['a hedge before "another" bounds the number after it', 'The quake killed 538 people and left at least another 1,353 injured.', ['538 [538, 538] exact', 'at least another 1,353 [1353, ∞] at-least']],
    ['and so does "nearly" before "additional"', 'Nearly additional 300 were hurt.', ['Nearly additional 300 [270, 299] nearly']],
    ['the whole of a negated hedge before "another"', 'No fewer than another 25 were detained. Not less than another 30 died. No more than another 20 were hurt.', ['No fewer than another 25 [25, ∞] at-least', 'Not less than another 30 [30, ∞] at-least', 'No more than another 20 [0, 20] at-most']],
    ['and a hedge before "an additional"', 'At least an additional 12 soldiers died.', ['At least an additional 12 [12, ∞] at-least']],
    ['a toll raised "from" an old value far after its verb is the new value', 'The army raised the death toll from the attack at a police station in Kesh from four to 18.', ['18 [18, 18] exact']],
    ['and so from a hedged old value', 'The army raised the death toll from at least four to 18.', ['18 [18, 18] exact']],
    ['but a range after a mark is a range', 'Crowds grew in Kesh, and from 40 to 65 people were hurt.', ['from 40 to 65 [40, 65] range']],
    ['and so is one after "and", which opens a clause of its own', 'Protests grew in the towns of the north on Friday and from 40 to 65 people were hurt.', ['from 40 to 65 [40, 65] range']],
    ['a number restated in brackets is the one figure before it', 'A total of seventeen (17) people died, and 59 (fifty-nine) were hurt.', ['seventeen [17, 17] exact', '59 [59, 59] exact']],
    ['and so after a hedge', 'At least seventeen (17) people died.', ['At least seventeen [17, ∞] at-least']],
    ['but a bracketed number of another value is a figure of its own', 'Seventeen (12 of them children) died.', ['Seventeen [17, 17] exact', '12 [12, 12] exact']],
    ['but a number before "another" is no hedge of it', 'Police arrested 20 and another 300 were hurt.', ['20 [20, 20] exact', '300 [300, 300] exact']],
    ['"surpassed the" puts a floor under it', 'Turnout surpassed the 1.03 million of June.', ['1.03 million [1030001, ∞] more-than']],
    ['so does "crossed" before it', 'The number of refugees has crossed 2.5 million.', ['2.5 million [2500001, ∞] more-than']],
    ['"closer to" makes it nearly the figure, as "close to" does', 'Organisers put the figure closer to two million.', ['two million [1800000, 1999999] nearly']],
    ['"neared" makes it nearly the figure', 'The death toll neared 100.', ['100 [90, 99] nearly']],
    ['"above" is more than', 'The toll rose above 5,000.', ['5,000 [5001, ∞] more-than']],
    ['"an estimated figure of" is about', 'An estimated figure of 280 dead was released.', ['280 [252, 308] about']],
    ['but "estimated at" gives the estimate itself', 'The crowd was estimated at 28,000.', ['28,000 [28000, 28000] exact']],
    ['"not a single one" is none', 'Not a single one has been killed.', ['one [0, 0] exact']],
    ['European thousands', 'About 5.000 were injured.', ['About 5.000 [4500, 5500] about']],
    ['a toll that rose "from N to M" is M', 'The toll rose from 40 to 65.', ['65 [65, 65] exact']],
    ['a toll raised "from N to M" is M', 'Officials raised the death toll from 40 to 65.', ['65 [65, 65] exact']],
    ['"from" a larger number "to" a smaller one is the smaller, whatever the verb', 'Their own figures of the dead went from 50 to 35 overnight.', ['35 [35, 35] exact']],
    ['a toll brought "up to" N is N: "up" goes with the verb', 'The storm struck again, bringing the death toll up to 45.', ['45 [45, 45] exact']],
    ['and so with a verb in the past', 'The new deaths pushed the number of dead up to 31.', ['31 [31, 31] exact']],
    ['but one that "possibly climbed up to" N is a ceiling still', 'The death toll possibly climbed up to 63.', ['up to 63 [0, 63] at-most']],
    ['a toll that climbed "up to" N reached N', 'The death toll had climbed up to 63, up from 49.', ['63 [63, 63] exact', '49 [49, 49] exact']],
    ['but "up to" right after the verb hedges its object', 'The ferry was bringing up to 300 people.', ['up to 300 [0, 300] at-most']],
    ['and so does "to up to"', 'The blast took the toll to up to 45.', ['up to 45 [0, 45] at-most']],
    ['and so does "at up to"', 'Activists put the death toll at up to 25.', ['up to 25 [0, 25] at-most']],
    ['and a move that may not have happened', 'The strikes hit Kesh, possibly bringing the toll up to 45.', ['up to 45 [0, 45] at-most']],
    ['"from N to M" with no verb that moves a toll stays a range', 'From 40 to 65 people died.', ['From 40 to 65 [40, 65] range']],
    ['a number before a spaced dash and a smaller one is no range: the dash opens an aside', 'The group put the toll at 380 \u2013 70 percent of them children.', ['380 [380, 380] exact']],
    ['but a spaced dash between a number and a larger one is', 'Some 30 \u2013 40 people died.', ['Some 30 \u2013 40 [27, 44] range']],
    ['"at least N and possibly as many as M" is one range', 'At least 60,000 people and possibly as many as 100,000 came.', ['At least 60,000 people and possibly as many as 100,000 [60000, 100000] range']],
  ])('%s', (_, text, expected) => {
    expect(figuresOf(text)).toEqual(expected);
  });

  it.each([
    ['another party\'s figure after "not"', '137 schoolchildren, and not 287, were abducted.', ['137 [137, 137] exact']],
    ['a comparison after "than the"', 'It is closer to 2,000 than the 10,000 estimated.', ['2,000 [2000, 2000] exact']],
    ['a number in a name', 'Channel 13 partner Crowd Solutions counted.', []],
    ['a clock time', 'Scuffles broke out at around 11 p.m. on Sunday.', []],
    ['one of several', 'The rise was one of several that have occurred.', []],
    ['a photo caption', 'Five soldiers died, the army said.\nThe commander, pictured in 2008 with 12 guards.', ['Five [5, 5] exact']],
  ])('drops %s', (_, text, expected) => {
    expect(figuresOf(text)).toEqual(expected);
  });
});
