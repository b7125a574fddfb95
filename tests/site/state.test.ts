// The page's state and words, in Node: what the table's edits do to the reviewed set, how a loaded
// file's problems are located, where a claim's words are, and how the factor is put into words.
import { describe, expect, it } from 'vitest';
import { analyze, parseClaimSet, type ClaimSet } from '../../src/index.js';
import { evidenceSpans } from '../../site/src/evidence.js';
import { explainFactor } from '../../site/src/explain.js';
import { readClaimSets } from '../../site/src/readClaimSets.js';
import {
  addRow,
  addSetReport,
  addTextReport,
  createState,
  draftReport,
  relayIds,
  reviewedSet,
  setFigureText,
  setSourceSide,
  sourceIdForName,
} from '../../site/src/state.js';

const killed = (side?: string) => ({ outcome: 'killed', subject: 'soldiers', ...(side === undefined ? {} : { side }) });

function parsed(input: unknown): ClaimSet {
  const result = parseClaimSet(input);
  if (!result.success) throw result.error;
  return result.data;
}

const army = { id: 'army', name: 'The army', side: 'state' };
const ttp = { id: 'ttp', name: 'The TTP', side: 'ttp' };

describe('the reviewed set', () => {
  it('leaves out rows marked wrong and rows without a figure, and the sources no row names', () => {
    const state = createState();
    const report = addTextReport(state);
    report.text = 'Five soldiers were killed, the army said. The TTP said 68 soldiers were killed, a spokesman told CNN.';
    draftReport(state, report);
    expect(report.rows.map((r) => r.figure?.low)).toEqual([5, 68]);
    report.rows[1]!.wrong = true;
    const added = addRow(report);
    added.claim.claimant = sourceIdForName(state, 'Hospital');
    setFigureText(added, 'many');
    expect(added.figure).toBeNull();
    const { set } = reviewedSet(state);
    expect(set.claims.map((c) => c.figure.low)).toEqual([5]);
    expect(set.sources.map((s) => s.id)).toEqual([set.claims[0]!.claimant]);
    setFigureText(added, 'about 20');
    expect(reviewedSet(state).set.claims.map((c) => [c.claimant, c.figure.low, c.figure.high])).toEqual([
      [set.claims[0]!.claimant, 5, 5],
      ['hospital', 18, 22],
    ]);
  });

  it('merges events across reports only when more than one report has claims', () => {
    const state = createState();
    addSetReport(state, parsed({ sources: [army], events: [{ id: 'e' }], claims: [{ id: 'a', claimant: 'army', event: 'e', measure: killed(), figure: 5 }] }), 'one');
    expect(reviewedSet(state).resolveEvents).toBe(false);
    addTextReport(state);
    expect(reviewedSet(state).resolveEvents).toBe(false);
    addSetReport(state, parsed({ sources: [ttp], events: [{ id: 'f' }], claims: [{ id: 't', claimant: 'ttp', event: 'f', measure: killed(), figure: 68 }] }), 'two');
    expect(reviewedSet(state).resolveEvents).toBe(true);
  });

  it("renames a loaded set's event and claim ids that another report uses, references with them", () => {
    const state = createState();
    const input = {
      sources: [army],
      events: [{ id: 'day' }, { id: 'clash', partOf: 'day' }],
      claims: [{ id: 'a', claimant: 'army', event: 'clash', measure: killed(), figure: 5 }],
    };
    addSetReport(state, parsed(input), 'first');
    const second = addSetReport(state, parsed(input), 'second');
    expect(second.events.map((e) => [e.id, e.partOf])).toEqual([
      ['report-2/day', undefined],
      ['report-2/clash', 'report-2/day'],
    ]);
    expect(second.rows.map((r) => [r.claim.id, r.claim.event])).toEqual([['report-2/a', 'report-2/clash']]);
    expect(parseClaimSet(reviewedSet(state).set).success).toBe(true);
  });
});

describe('sources as the table edits them', () => {
  it('finds a source by its name, any case, and makes one with a fresh id for a new name', () => {
    const state = createState();
    state.sources.set('army', army);
    expect(sourceIdForName(state, '  the ARMY ')).toBe('army');
    state.sources.set('reuters', { id: 'reuters', name: 'Reuters (wire)' });
    expect(sourceIdForName(state, 'Reuters')).toBe('reuters-2');
    expect(relayIds(state, 'reuters; The army;; ')).toEqual(['reuters-2', 'army']);
    expect(sourceIdForName(state, '<img src=x>')).toBe('img-src=x');
    expect(state.sources.get('img-src=x')?.name).toBe('<img src=x>');
  });

  it('sets a side as an id, removes it when empty, and keeps it through a redraft', () => {
    const state = createState();
    const report = addTextReport(state);
    report.text = 'Five soldiers were killed, the Pakistani army said.';
    draftReport(state, report);
    const id = report.rows[0]!.claim.claimant;
    setSourceSide(state, id, ' Pakistan  State ');
    expect(state.sources.get(id)?.side).toBe('pakistan-state');
    setSourceSide(state, id, '');
    expect(state.sources.get(id)).not.toHaveProperty('side');
    setSourceSide(state, id, 'the state');
    draftReport(state, report);
    expect(state.sources.get(id)?.side).toBe('the-state');
  });
});

describe('readClaimSets', () => {
  it("locates each problem of a list of sets by the set's index, and loads nothing then", () => {
    const good = { sources: [army], events: [{ id: 'e' }], claims: [] };
    const bad = { sources: [army], events: [{ id: 'e' }], claims: [{ id: 'c', claimant: 'nobody', event: 'e', measure: killed(), figure: 'lots' }] };
    const result = readClaimSets(JSON.stringify([good, bad]));
    expect('problems' in result && result.problems.map((p) => p.path)).toEqual(['[1].claims[0].claimant', '[1].claims[0].figure']);
    expect(readClaimSets(`\uFEFF${JSON.stringify(good)}`)).toEqual({ sets: [parsed(good)] });
  });

  it('says when the text is not JSON, or an empty list', () => {
    expect(readClaimSets('{"sources": [')).toEqual({ problems: [{ path: '(document)', message: expect.stringMatching(/^not JSON: /) }] });
    expect(readClaimSets('[]')).toEqual({ problems: [{ path: '(document)', message: 'an empty list: no claim set to load' }] });
  });
});

describe('evidenceSpans', () => {
  const text = 'Intro. The army said five soldiers died. Later, five more.';
  const evidence = { quote: 'The army said five soldiers died.', start: 21, end: 25 };

  it('marks the quoted sentence around the figure in the text', () => {
    expect(evidenceSpans(text, evidence, 'five')).toEqual({ text, sentence: [7, 40], figure: [21, 25] });
  });

  it('marks the figure alone when the quote is not in the text, and nothing out of range', () => {
    expect(evidenceSpans(text, { ...evidence, quote: 'Not there.' }, 'five')).toEqual({ text, sentence: undefined, figure: [21, 25] });
    expect(evidenceSpans(text, { start: 50, end: 90 }, 'five')).toBeUndefined();
  });

  it('without the article, shows the quote with the figure found in it, any case', () => {
    expect(evidenceSpans('', { quote: 'Five soldiers died.' }, 'five')).toEqual({ text: 'Five soldiers died.', sentence: [0, 19], figure: [0, 4] });
    expect(evidenceSpans('', undefined, 'five')).toBeUndefined();
  });
});

describe('explainFactor', () => {
  const analysed = (a: string | number, b: string | number, stance?: 'denies') =>
    analyze({
      sources: [army, ttp],
      events: [{ id: 'day' }],
      claims: [
        { id: 'a', claimant: 'army', event: 'day', measure: killed('state'), figure: a, ...(stance === undefined ? {} : { stance }) },
        { id: 't', claimant: 'ttp', event: 'day', measure: killed('state'), figure: b },
      ],
    });
  const explain = (analysis: ReturnType<typeof analyze>) => explainFactor(analysis.groups[0]!, (id) => (id === 'army' ? 'the army' : 'the TTP'));

  it('names the two figures that set the factor, and the arithmetic', () => {
    expect(explain(analysed('five', 'at least 68'))).toBe(
      "11.5× apart is the least distance between the figures: even reading every hedge in the claimants' favour, the TTP says at least 68 and the army at most 5, and (68 + 1) ÷ (5 + 1) = 11.5. The 1 keeps a count of zero finite. Score 0.91: 0 when the figures can all be right, nearer 1 the further apart they are.",
    );
  });

  it('says where compatible figures meet, and that a denial counts as zero', () => {
    expect(explain(analysed('at least seven', 'nine'))).toMatch(/and the number 9 fits every figure, so they can all be right\. The factor is 1\.$/);
    expect(explain(analysed('at least seven', 'about 10'))).toContain('any number from 9 to 11 fits every figure');
    expect(explain(analysed(0, 'at least 3', 'denies'))).toContain('(3 + 1) ÷ (0 + 1) = 4. The 1 keeps a count of zero finite. A denial counts as zero.');
  });
});
