import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDefaultVocabulary } from '../../vocabulary/getDefaultVocabulary.js';
import { findCues } from './findCues.js';
import { findSentences } from './findSentences.js';
import { findTimes } from './findTimes.js';
import { readDenial } from './readDenial.js';
import { readTokens } from './readTokens.js';

const vocabulary = getDefaultVocabulary();

interface Denial {
  anaphoric: boolean;
  reporter?: string;
  clause: string;
  outcome?: string;
  subject?: string;
}

// What each denial cue of a one-sentence text denies, read from the cue's content as attributeFigures reads it.
function denialsOf(text: string): Denial[] {
  const words = readTokens(text);
  const [sentence] = findSentences(words);
  if (sentence === undefined) return [];
  const slice = (first: number, last: number) => (last > first ? text.slice(words.start(first), words.end(last - 1)) : '');
  return findCues(words, sentence, findTimes(words, sentence), () => false)
    .filter((cue) => cue.deny)
    .map((cue) => {
      const read = readDenial(words, cue.content, sentence, vocabulary);
      return {
        anaphoric: read.anaphoric,
        ...(read.reporter === undefined ? {} : { reporter: slice(read.reporter.first, read.reporter.last) }),
        clause: slice(read.clause.first, read.clause.last),
        ...(read.outcome === undefined ? {} : { outcome: read.outcome.id }),
        ...(read.subject === undefined ? {} : { subject: read.subject.id }),
      };
    });
}

describe('readDenial: what a denial denies', () => {
  it.each([
    ['"the claim": the sentence before', 'The army dismissed the claim as propaganda.', { anaphoric: true, clause: '' }],
    ['"it"', 'Police denied it.', { anaphoric: true, clause: '' }],
    ['a denial that goes on to a count of its own, unsaid, denies none', 'Officials disputed the figure and put it much lower.', { anaphoric: false, clause: '' }],
    ['but not one that goes on to say something else is bigger', 'Police denied the report and said the crowd was bigger than usual.', { anaphoric: true, reporter: 'report', clause: '' }],
    ['"being behind" an act: who did it, no count', 'The group had denied being behind the massacre of 30 villagers.', { anaphoric: false, clause: '' }],
    ['"civilian casualties": the dead of the people named', 'The army denied civilian casualties in the airstrike.', { anaphoric: false, clause: 'civilian casualties', outcome: 'killed', subject: 'civilians' }],
    ['"the civilians\' casualties"', 'The ministry has denied the civilians\u2019 casualties in the airstrike.', { anaphoric: false, clause: 'civilians\u2019 casualties', outcome: 'killed', subject: 'civilians' }],
    ['"them"', 'Police denied them.', { anaphoric: true, clause: '' }],
    ['"these reports": the sentence before, with reports as the reporter', 'The army denied these reports.', { anaphoric: true, reporter: 'reports', clause: '' }],
    ['"the report"', 'The army denied the report.', { anaphoric: true, reporter: 'report', clause: '' }],
    ['"any such claims": no reporter but reports', 'The ministry denied any such claims.', { anaphoric: true, clause: '' }],
    ['"those figures"', 'The ministry denied those figures.', { anaphoric: true, clause: '' }],
    ['"his figure"', 'The ministry rejected his figure.', { anaphoric: true, clause: '' }],
    ['"the accusation", as "the allegation"', 'The ministry rejected the accusation.', { anaphoric: true, clause: '' }],
    ['a pronoun opening a clause that counts nothing: the sentence before', 'The army denied it was responsible.', { anaphoric: true, clause: '' }],
  ])('%s', (_, text, expected) => {
    expect(denialsOf(text)).toEqual([expected]);
  });

  it.each([
    ['reports and their clause, the subject after the outcome', 'The army dismissed reports that the militants had kidnapped some soldiers.', { anaphoric: false, reporter: 'reports', clause: 'the militants had kidnapped some soldiers.', outcome: 'abducted', subject: 'soldiers' }],
    ['a clause alone, the subject before the outcome', 'The army denied that any soldiers had been taken hostage.', { anaphoric: false, clause: 'any soldiers had been taken hostage.', outcome: 'abducted', subject: 'soldiers' }],
    ['a clause the denier\'s next verb of saying ends', 'The government denied that its forces used live rounds and suggested that rebels did the killing.', { anaphoric: false, clause: 'its forces used live rounds', outcome: undefined }],
    ["a possessor's claim", "The ministry rejected the Taliban's claim that 20 soldiers were killed.", { anaphoric: false, reporter: "the Taliban's", clause: '20 soldiers were killed.', outcome: 'killed', subject: 'soldiers' }],
    ["a plural possessor's claim", "The ministry rejected the rebels' claim that 20 soldiers were killed.", { anaphoric: false, reporter: "the rebels'", clause: '20 soldiers were killed.', outcome: 'killed', subject: 'soldiers' }],
    ["a people's adjective before the claim", 'Kyiv rejected a Ruritanian claim that 600 soldiers died.', { anaphoric: false, reporter: 'Ruritanian', clause: '600 soldiers died.', outcome: 'killed', subject: 'soldiers' }],
    ['a body named in lower case before the reports', 'The government rejected police reports of up to 6,800 dead.', { anaphoric: false, reporter: 'police', clause: 'up to 6,800 dead.', outcome: 'killed' }],
    ['and a place before that body', 'The government rejected Kesh City police reports of 900 dead.', { anaphoric: false, reporter: 'Kesh City police', clause: '900 dead.', outcome: 'killed' }],
    ['but no adjective that names no body', 'The army dismissed initial reports that 40 soldiers died.', { anaphoric: false, clause: 'initial reports that 40 soldiers died.', outcome: 'killed', subject: 'soldiers' }],
    ['claims "by" a reporter', 'The army denied claims by the rebels that they killed 30 soldiers.', { anaphoric: false, reporter: 'the rebels', clause: 'they killed 30 soldiers.', outcome: 'killed', subject: 'soldiers' }],
    ['the claim "of the" named reporter', 'The army dismissed the claim of the NPA that 13 soldiers were killed.', { anaphoric: false, reporter: 'the NPA', clause: '13 soldiers were killed.', outcome: 'killed', subject: 'soldiers' }],
    ['information "disseminated by" a reporter', 'The army rejected the information disseminated by the rebel side, saying it was false.', { anaphoric: false, reporter: 'the rebel side', clause: '' }],
    ['a clause that ends before ", calling"', 'Officials denied that 40 civilians died, calling the figure false.', { anaphoric: false, clause: '40 civilians died', outcome: 'killed', subject: 'civilians' }],
    ['a pronoun as the subject of the denied clause', 'The army denied it had killed any civilians.', { anaphoric: false, clause: 'it had killed any civilians.', outcome: 'killed', subject: 'civilians' }],
    ['a clause that ends before "but"', 'The army denied that civilians were killed but said 12 militants died.', { anaphoric: false, clause: 'civilians were killed', outcome: 'killed', subject: 'civilians' }],
    ['a clause that ends at a semicolon', 'The army denied that soldiers were killed; it said five were hurt.', { anaphoric: false, clause: 'soldiers were killed', outcome: 'killed', subject: 'soldiers' }],
    ['a clause that ends before "as"', 'The army dismissed reports that 12 soldiers died as lies.', { anaphoric: false, reporter: 'reports', clause: '12 soldiers died', outcome: 'killed', subject: 'soldiers' }],
    ['an outcome of more words', 'The army denied reports that rebels shot dead three civilians.', { anaphoric: false, reporter: 'reports', clause: 'rebels shot dead three civilians.', outcome: 'killed', subject: 'civilians' }],
    ['a loss of its own', 'The army denied losing any troops.', { anaphoric: false, clause: 'losing any troops.', outcome: 'killed', subject: 'soldiers' }],
    ['arrests', 'The government denied that protesters were arrested.', { anaphoric: false, clause: 'protesters were arrested.', outcome: 'arrested', subject: 'protesters' }],
    ['a clause with no outcome', 'The army denied that soldiers were there.', { anaphoric: false, clause: 'soldiers were there.' }],
    ['responsibility for the deaths: who did it, not how many died', 'The coalition denied responsibility for the deaths.', { anaphoric: false, clause: '' }],
    ['any role in them', 'The coalition denied any role in the killings.', { anaphoric: false, clause: '' }],
    ['reports "from" a place, then their clause', 'The army denied reports from Kandara that civilians were killed.', { anaphoric: false, reporter: 'Kandara', clause: 'civilians were killed.', outcome: 'killed', subject: 'civilians' }],
  ])('%s', (_, text, expected) => {
    expect(denialsOf(text)[0]).toEqual(expected);
  });
});

describe('readDenial: a run-on clause', () => {
  it('reads at most 40 tokens of a denied clause, and the outcome only within them', () => {
    const clause = (filler: number) => `The army denied that ${Array.from({ length: filler }, () => 'vehicles').join(' ')} were killed.`;
    const read = (text: string) => {
      const words = readTokens(text);
      const [sentence] = findSentences(words);
      return readDenial(words, 4, sentence as never, vocabulary);
    };
    const long = read(clause(50));
    expect(long.clause).toEqual({ first: 4, last: 44 });
    expect(long.outcome).toBeUndefined();
    // 37 words and "were killed" fit in 40 tokens; the outcome is read.
    expect(read(clause(37)).outcome?.id).toBe('killed');
    expect(read(clause(39)).outcome).toBeUndefined();
    // The subject after the outcome is read only within the clause too.
    const late = read(`The army denied that ${Array.from({ length: 38 }, () => 'vehicles').join(' ')} killed security forces.`);
    expect(late.outcome?.id).toBe('killed');
    expect(late.subject).toBeUndefined();
  });
});

const FRAGMENTS = [
  'denied', 'dismissed', 'rejected', 'that', 'the', 'claim', 'claims', 'reports', 'by', 'from', 'of', 'the NPA', "the Taliban's",
  'it', 'them', 'these', 'any', 'such', 'soldiers', 'militants', 'had', 'been', 'killed', 'kidnapped', 'taken hostage',
  'disseminated', ',', ';', 'calling', 'as', 'The army', '12', '.',
];

describe('readDenial: properties', () => {
  it('never throws from any content token; its spans lie in the sentence and the clause is at most 40 tokens', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(' ')), fc.string({ maxLength: 200 })), fc.nat(), (text, at) => {
        const words = readTokens(text);
        for (const sentence of findSentences(words)) {
          const content = sentence.first + (at % (sentence.last - sentence.first));
          const read = readDenial(words, content, sentence, vocabulary);
          expect(read.clause.first).toBeGreaterThanOrEqual(content);
          expect(read.clause.last).toBeGreaterThanOrEqual(read.clause.first);
          expect(read.clause.last).toBeLessThanOrEqual(sentence.last);
          expect(read.clause.last - read.clause.first).toBeLessThanOrEqual(40);
          if (read.anaphoric) expect(read.clause.last).toBe(read.clause.first);
          if (read.reporter !== undefined) {
            expect(read.reporter.first).toBeGreaterThanOrEqual(content);
            expect(read.reporter.last).toBeLessThanOrEqual(sentence.last);
          }
          if (read.outcome !== undefined) {
            expect(read.outcome.first).toBeGreaterThanOrEqual(read.clause.first);
            expect(read.outcome.next).toBeLessThanOrEqual(read.clause.last);
          }
          // The subject starts in the clause (one after the outcome may run past a clause cut at 40 tokens).
          if (read.subject !== undefined) {
            expect(read.subject.first).toBeGreaterThanOrEqual(read.clause.first);
            expect(read.subject.first).toBeLessThan(read.clause.last);
          }
          if (read.subject !== undefined) expect(read.outcome).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});
