// A vocabulary for another kind of dispute: how many joined a public-sector strike. The default
// vocabulary counts losses and crowds; this one adds an outcome ("on strike", where organisers want a
// high figure: interest "higher") and two kinds of workers. Without it, "walked out", "teachers" and
// "nurses" are unknown terms that form groups of their own; with it, the ministry's counts of
// teachers and nurses add up against the union's count of workers. Run: npx tsx examples/custom-vocabulary.ts
import { analyze, createVocabulary, formatTextReport, type ClaimSetInput } from 'counterclaim';

const vocabulary = createVocabulary({
  outcomes: [{ id: 'on-strike', interest: 'higher', aliases: ['walked out', 'stayed away from work', 'joined the strike'] }],
  subjects: [
    { id: 'teachers', broader: 'workers', aliases: ['school staff'] },
    { id: 'nurses', broader: 'workers', aliases: ['nursing staff'] },
  ],
});

const set: ClaimSetInput = {
  sources: [
    { id: 'union', name: 'the Public Services Union', kind: 'other', side: 'union' },
    { id: 'ministry', name: 'the labour ministry', kind: 'government', side: 'government' },
    { id: 'wire', name: 'Example Wire', kind: 'media' },
  ],
  events: [{ id: 'strike', label: 'One-day public-sector strike', place: ['Eastland'], period: { start: '2025-03-04', end: '2025-03-04' } }],
  claims: [
    { id: 'u1', claimant: 'union', via: ['wire'], event: 'strike', measure: { outcome: 'walked out', subject: 'workers', side: 'union' }, figure: 'more than 40,000' },
    { id: 'm1', claimant: 'ministry', via: ['wire'], event: 'strike', measure: { outcome: 'stayed away from work', subject: 'teachers', side: 'union' }, figure: 'about 6,200' },
    { id: 'm2', claimant: 'ministry', via: ['wire'], event: 'strike', measure: { outcome: 'joined the strike', subject: 'nursing staff', side: 'union' }, figure: '1,800' },
  ],
};

const analysis = analyze(set, { vocabulary });
process.stdout.write(formatTextReport(analysis, { vocabulary }));

// What the vocabulary changed: one group, the ministry's parts summed against the union's whole,
// each party's figure on the side of its interest, and no unknown terms.
const [group] = analysis.groups;
if (analysis.groups.length !== 1 || group?.mixedSubjects !== true || group.divergence.pattern !== 'self-serving') {
  throw new Error(`custom-vocabulary: expected one self-serving mixed group, got ${JSON.stringify(analysis.groups.map((g) => [g.id, g.divergence.pattern]))}`);
}
if (analysis.findings.some((f) => f.kind === 'unknown-term')) throw new Error('custom-vocabulary: a term is still unknown');
const without = analyze(set);
console.log(`\nWithout the vocabulary: ${without.groups.length} groups, ${without.findings.filter((f) => f.kind === 'unknown-term').length} unknown terms.`);
