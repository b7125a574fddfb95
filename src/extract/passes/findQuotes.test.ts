import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extractClaims.js';

// Who each claim of a text is given to, with its figure.
const claimants = (text: string): string[] => extractClaims(text).claims.map((c) => `${c.claimant} ${c.figure.low}`);

describe('findQuotes: a quotation is its speaker\'s, however long', () => {
  it.each([
    ['a quotation over several sentences, its cue after it', '"The camp was attacked. Two gendarmes were killed. 12 rebels were neutralised," colonel Badjeck said.', ['badjeck 2', 'badjeck 12']],
    ['a cue before a colon', 'Commander Stuart Cundy said: "That still gives us a figure of about 80 people who died."', ['stuart-cundy 72']],
    ['a quotation that opens the next paragraph', '"Police learnt of the massacre," said an officer who asked not to be named.\n"It was possible to count 20 bodies."', ['officer 20']],
    ['"we" who find the dead inside a quotation are its speaker', '"So far we have found 92 bodies. We expect more," commander Dan Osei told AFP.', ['dan-osei 92']],
    ['a quotation with no cue, after a sentence whose subject spoke', 'Police chief Jon Abel confirmed the attack. "So far nine bodies were collected."', ['jon-abel 9']],
    ['a quotation that opens the paragraph after one ending on what its speaker said', 'On condition of anonymity, the official said the crowd was far too large.\n"Estimates tell us that over 200,000 people had gathered at the site."', ['official 200001']],
    ['a quotation that opens the sentence after its speaker\'s cue', '"The ferry went down fast," Ali Musa said. "We were able to recover 23 bodies."', ['ali-musa 23']],
    ['but not one after a sentence of narration', '"The ferry went down fast," Ali Musa said. The river was high. "Divers could recover 23 bodies."', ['unattributed 23']],
    ['but not after one whose subject did not speak', 'Police chief Jon Abel visited the site. "So far nine bodies were collected."', ['unattributed 9']],
    ['a quotation opened inside what a cue says', 'The group said it had killed "five mercenaries and seven from the army.\n.. wounding dozens of others", after a landmine.', ['group 5', 'group 7', 'group 24']],
    ['straight single quotes over several sentences, as British and South Asian copy writes them', "'I can't give the exact toll. About 60 people died. The toll may go up,' police spokesperson Ravi Dev said.", ['police 54']],
    ['straight single quotes over lines wrapped in lower case', "'I can't give the exact toll, but it is\napproximately 45,' district\npolice spokesperson Ravi Dev said.", ['district-police 40']],
    ['a quotation that runs on into the next paragraph opens it again, after a paragraph its speaker spoke', 'Pastor Ali Musa disclosed this to reporters.\n\nHe said they had alerted the police at once.\n\n“They came at night and we lost two of the guards.\n\n“Now we have 154 pupils left.”', ['pastor-ali-musa 2']],
    ['a curly opening mark closed by a straight one', '“We have found nine bodies. More are feared dead," the commander said.', ['commander 9']],
    ['a straight mark inside a curly quotation still pairs with its own', '“He said "nine" had died, but we counted 12," the commander said.', ['commander 12']],
    ['a straight single quote that opens nothing before a paragraph\'s end', "A 'known' commander was among the dead, it said. Two civilians were wounded.\n\n'No other casualties were reported,' the coalition said.", ['unattributed 2']],
  ])('%s', (_, text, expected) => {
    expect(claimants(text)).toEqual(expected);
  });

  it('leaves an apostrophe alone: "Lily’s" opens and closes nothing', () => {
    expect(claimants('Lily’s band said 12 people died.')).toEqual(['lily-band 12']);
  });

  it('leaves a plural possessive alone, after any word: "the rebels\' spokesman" speaks', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{3,9}$/), (noun) => {
        expect(claimants(`The ${noun}s' spokesman said 40 soldiers died.`)[0]).toMatch(/ 40$/);
        expect(claimants(`The ${noun}s' spokesman said 40 soldiers died.`)[0]).not.toMatch(/^unattributed/);
      }),
      { numRuns: 60 },
    );
  });
});
