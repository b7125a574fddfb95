import { describe, expect, it } from 'vitest';
import { createVocabulary } from '../vocabulary/createVocabulary.js';
import { ClaimSetError } from './ClaimSetError.js';
import type { ClaimSetIssue } from './ClaimSetError.js';
import { parseClaimSet } from './parseClaimSet.js';
import type { ParseClaimSetOptions } from './types.js';
import type { ClaimSet } from './schemas.js';

// A canonical document that uses every field of the data model. sources[3] and events[2] are
// referenced by nothing, so breaking their ids gives exactly one problem.
function canonical(): ClaimSet {
  return {
    sources: [
      { id: 'army', name: 'Pakistani army', kind: 'military', side: 'pakistan-state', anonymous: false },
      { id: 'ttp', name: 'Taliban spokesman', kind: 'armed-group', side: 'ttp', anonymous: true },
      { id: 'cnn', name: 'CNN', kind: 'media' },
      { id: 'bbc', name: 'BBC', kind: 'media' },
    ],
    events: [
      {
        id: 'day',
        label: 'Fighting in South Waziristan',
        place: ['Pakistan', 'South Waziristan'],
        period: { start: '2009-10-18', end: '2009-10-18' },
      },
      {
        id: 'clash',
        label: 'Clash at Kotkai',
        place: ['Pakistan', 'South Waziristan', 'Kotkai'],
        // A date-only end covers the whole day, so a start at 10:00 that day is before it.
        period: { start: '2009-10-18T10:00:00Z', end: '2009-10-18' },
        partOf: 'day',
      },
      { id: 'day-report', label: 'The same day, as another outlet reported it', sameAs: 'day' },
    ],
    claims: [
      {
        id: 'army-soldiers',
        claimant: 'army',
        via: ['cnn'],
        event: 'day',
        measure: { outcome: 'killed', subject: 'soldiers', side: 'pakistan-state' },
        figure: { low: 5, high: 5, stated: 5, hedge: 'exact', text: 'five' },
        stance: 'asserts',
        statedAt: '2009-10-18T15:30:00+05:00',
        evidence: { document: 'cnn-2009-10-18', quote: 'five soldiers', start: 10, end: 23 },
      },
      {
        id: 'army-militants',
        claimant: 'army',
        event: 'clash',
        measure: { outcome: 'killed', subject: 'militants', side: 'ttp', term: 'terrorists', outcomeTerm: 'died' },
        figure: { low: 60, high: null, stated: 60, hedge: 'at-least' },
      },
      {
        id: 'ttp-security-forces',
        claimant: 'ttp',
        via: ['cnn', 'ttp'],
        event: 'day',
        measure: { outcome: 'killed', subject: 'security-forces', side: 'pakistan-state' },
        figure: { low: 68, high: 68, stated: 68, hedge: 'exact' },
        statedAt: '2009-10-18',
      },
      {
        id: 'ttp-denial',
        claimant: 'ttp',
        event: 'day',
        measure: { outcome: 'abducted', subject: 'soldiers' },
        figure: { low: 0, high: 0, stated: 0, hedge: 'exact' },
        stance: 'denies',
      },
    ],
  };
}

type Path = (string | number)[];
const DROP = Symbol('drop');

// The canonical document with one value replaced (or removed, with DROP).
function changed(path: Path, value: unknown): unknown {
  const doc: unknown = structuredClone(canonical());
  let parent = doc as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === DROP) delete parent[last];
  else parent[last] = value;
  return doc;
}

function issuesOf(input: unknown, options?: ParseClaimSetOptions): ClaimSetIssue[] {
  const result = parseClaimSet(input, options);
  if (result.success) throw new Error('the document was accepted');
  return result.error.issues;
}

function parsed(input: unknown, options?: ParseClaimSetOptions): ClaimSet {
  const result = parseClaimSet(input, options);
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

const KINDS = '"military", "police", "government", "armed-group", "media", "ngo", "international-org", "research", "health", "residents", "witness", "other"';
const HEDGES = '"exact", "at-least", "more-than", "at-most", "fewer-than", "about", "nearly", "range", "vague"';
const DATE = 'an ISO 8601 date (2009-10-18) or date-time (2009-10-18T06:00:00Z)';
const FIGURE = 'a figure, as a phrase ("at least 7"), a count, or { low, high, stated, hedge }';
const NO_FIGURE = ': write a number or a phrase such as "at least 7" or "dozens"';

// [what, path changed, new value (DROP removes it), path reported, message]
type Case = [string, Path, unknown, Path, string];

const documentCases: Case[] = [
  ['no sources', ['sources'], DROP, ['sources'], 'is required'],
  ['no events', ['events'], DROP, ['events'], 'is required'],
  ['no claims', ['claims'], DROP, ['claims'], 'is required'],
  ['sources not a list', ['sources'], {}, ['sources'], 'expected a list, got an object'],
  ['events not a list', ['events'], 'day', ['events'], 'expected a list, got the text "day"'],
  ['claims not a list', ['claims'], 3, ['claims'], 'expected a list, got the number 3'],
  ['an unknown section', ['notes'], [], ['notes'], 'is not a field here; the fields are sources, events, claims'],
];

const sourceCases: Case[] = [
  ['not an object', ['sources', 3], 'bbc', ['sources', 3], 'expected an object, got the text "bbc"'],
  ['null', ['sources', 3], null, ['sources', 3], 'expected an object, got null'],
  ['id missing', ['sources', 3, 'id'], DROP, ['sources', 3, 'id'], 'is required'],
  ['id a number', ['sources', 3, 'id'], 3, ['sources', 3, 'id'], 'expected text, got the number 3'],
  ['id empty', ['sources', 3, 'id'], '', ['sources', 3, 'id'], 'must not be empty'],
  ['name missing', ['sources', 3, 'name'], DROP, ['sources', 3, 'name'], 'is required'],
  ['name true', ['sources', 3, 'name'], true, ['sources', 3, 'name'], 'expected text, got true'],
  ['name empty', ['sources', 3, 'name'], '', ['sources', 3, 'name'], 'must not be empty'],
  ['kind unknown', ['sources', 3, 'kind'], 'broadcaster', ['sources', 3, 'kind'], `expected one of ${KINDS}, got the text "broadcaster"`],
  ['kind a number', ['sources', 3, 'kind'], 2, ['sources', 3, 'kind'], `expected one of ${KINDS}, got the number 2`],
  ['side a number', ['sources', 3, 'side'], 7, ['sources', 3, 'side'], 'expected text, got the number 7'],
  ['side empty', ['sources', 3, 'side'], '', ['sources', 3, 'side'], 'must not be empty'],
  ['anonymous text', ['sources', 3, 'anonymous'], 'yes', ['sources', 3, 'anonymous'], 'expected true or false, got the text "yes"'],
  ['unknown field', ['sources', 3, 'url'], 'https://bbc.co.uk', ['sources', 3, 'url'], 'is not a field here; the fields are id, name, kind, side, anonymous'],
];

const eventCases: Case[] = [
  ['not an object', ['events', 2], 7, ['events', 2], 'expected an object, got the number 7'],
  ['a list', ['events', 2], ['day'], ['events', 2], 'expected an object, got a list'],
  ['id missing', ['events', 2, 'id'], DROP, ['events', 2, 'id'], 'is required'],
  ['id a number', ['events', 2, 'id'], 2, ['events', 2, 'id'], 'expected text, got the number 2'],
  ['id empty', ['events', 2, 'id'], '', ['events', 2, 'id'], 'must not be empty'],
  ['label null', ['events', 2, 'label'], null, ['events', 2, 'label'], 'expected text, got null'],
  ['label a number', ['events', 2, 'label'], 18, ['events', 2, 'label'], 'expected text, got the number 18'],
  ['place text', ['events', 2, 'place'], 'Kotkai', ['events', 2, 'place'], 'expected a list, got the text "Kotkai"'],
  ['place with a number', ['events', 2, 'place'], ['Pakistan', 3], ['events', 2, 'place', 1], 'expected text, got the number 3'],
  ['place with an empty name', ['events', 2, 'place'], [''], ['events', 2, 'place', 0], 'must not be empty'],
  ['period text', ['events', 2, 'period'], 'October', ['events', 2, 'period'], 'expected an object, got the text "October"'],
  ['period without start', ['events', 0, 'period', 'start'], DROP, ['events', 0, 'period', 'start'], `is required: ${DATE}`],
  ['period without end', ['events', 0, 'period', 'end'], DROP, ['events', 0, 'period', 'end'], `is required: ${DATE}`],
  ['end null', ['events', 0, 'period', 'end'], null, ['events', 0, 'period', 'end'], `expected ${DATE}, got null`],
  ['start in words', ['events', 0, 'period', 'start'], '18 October 2009', ['events', 0, 'period', 'start'], `expected ${DATE}, got the text "18 October 2009"`],
  ['start a number', ['events', 0, 'period', 'start'], 20091018, ['events', 0, 'period', 'start'], `expected ${DATE}, got the number 20091018`],
  ['end on 30 February', ['events', 0, 'period', 'end'], '2009-02-30', ['events', 0, 'period', 'end'], `expected ${DATE}, got the text "2009-02-30"`],
  ['end at hour 25', ['events', 0, 'period', 'end'], '2009-10-18T25:00:00Z', ['events', 0, 'period', 'end'], `expected ${DATE}, got the text "2009-10-18T25:00:00Z"`],
  ['start a day after end', ['events', 0, 'period'], { start: '2009-10-19', end: '2009-10-18' }, ['events', 0, 'period'], 'start 2009-10-19 is after end 2009-10-18'],
  [
    'start an hour after end on the same day',
    ['events', 0, 'period'],
    { start: '2009-10-18T12:00:00Z', end: '2009-10-18T11:00:00Z' },
    ['events', 0, 'period'],
    'start 2009-10-18T12:00:00Z is after end 2009-10-18T11:00:00Z',
  ],
  [
    'a date-time start after a date-only end',
    ['events', 0, 'period'],
    { start: '2009-10-19T00:00:00Z', end: '2009-10-18' },
    ['events', 0, 'period'],
    'start 2009-10-19T00:00:00Z is after end 2009-10-18',
  ],
  ['period with an unknown field', ['events', 0, 'period', 'timezone'], 'PKT', ['events', 0, 'period', 'timezone'], 'is not a field here; the fields are start, end'],
  ['partOf a number', ['events', 2, 'partOf'], 1, ['events', 2, 'partOf'], 'expected text, got the number 1'],
  ['partOf empty', ['events', 2, 'partOf'], '', ['events', 2, 'partOf'], 'must not be empty'],
  ['partOf unresolved', ['events', 2, 'partOf'], 'week', ['events', 2, 'partOf'], 'no event "week"'],
  ['partOf itself', ['events', 2, 'partOf'], 'day-report', ['events', 2, 'partOf'], 'an event cannot name itself'],
  ['sameAs a number', ['events', 2, 'sameAs'], 0, ['events', 2, 'sameAs'], 'expected text, got the number 0'],
  ['sameAs empty', ['events', 2, 'sameAs'], '', ['events', 2, 'sameAs'], 'must not be empty'],
  ['sameAs unresolved', ['events', 2, 'sameAs'], 'dya', ['events', 2, 'sameAs'], 'no event "dya"'],
  ['sameAs itself', ['events', 2, 'sameAs'], 'day-report', ['events', 2, 'sameAs'], 'an event cannot name itself'],
  ['unknown field', ['events', 2, 'date'], '2009-10-18', ['events', 2, 'date'], 'is not a field here; the fields are id, label, place, period, partOf, sameAs'],
];

const claimCases: Case[] = [
  ['not an object', ['claims', 0], 'five soldiers died', ['claims', 0], 'expected an object, got the text "five soldiers died"'],
  ['id missing', ['claims', 0, 'id'], DROP, ['claims', 0, 'id'], 'is required'],
  ['id a number', ['claims', 0, 'id'], 1, ['claims', 0, 'id'], 'expected text, got the number 1'],
  ['id empty', ['claims', 0, 'id'], '', ['claims', 0, 'id'], 'must not be empty'],
  ['claimant missing', ['claims', 0, 'claimant'], DROP, ['claims', 0, 'claimant'], 'is required'],
  ['claimant a list', ['claims', 0, 'claimant'], ['army'], ['claims', 0, 'claimant'], 'expected text, got a list'],
  ['claimant empty', ['claims', 0, 'claimant'], '', ['claims', 0, 'claimant'], 'must not be empty'],
  ['claimant unresolved', ['claims', 0, 'claimant'], 'nobody', ['claims', 0, 'claimant'], 'no source "nobody"'],
  ['via text', ['claims', 0, 'via'], 'cnn', ['claims', 0, 'via'], 'expected a list, got the text "cnn"'],
  ['via with a number', ['claims', 0, 'via'], ['cnn', 7], ['claims', 0, 'via', 1], 'expected text, got the number 7'],
  ['via with an empty id', ['claims', 0, 'via'], [''], ['claims', 0, 'via', 0], 'must not be empty'],
  ['via[1] unresolved', ['claims', 2, 'via'], ['cnn', 'reuters'], ['claims', 2, 'via', 1], 'no source "reuters"'],
  ['event missing', ['claims', 0, 'event'], DROP, ['claims', 0, 'event'], 'is required'],
  ['event a number', ['claims', 0, 'event'], 18, ['claims', 0, 'event'], 'expected text, got the number 18'],
  ['event empty', ['claims', 0, 'event'], '', ['claims', 0, 'event'], 'must not be empty'],
  ['event unresolved', ['claims', 0, 'event'], 'week', ['claims', 0, 'event'], 'no event "week"'],
  ['measure missing', ['claims', 0, 'measure'], DROP, ['claims', 0, 'measure'], 'is required'],
  ['measure text', ['claims', 0, 'measure'], 'killed soldiers', ['claims', 0, 'measure'], 'expected an object, got the text "killed soldiers"'],
  ['outcome missing', ['claims', 0, 'measure', 'outcome'], DROP, ['claims', 0, 'measure', 'outcome'], 'is required'],
  ['outcome a number', ['claims', 0, 'measure', 'outcome'], 5, ['claims', 0, 'measure', 'outcome'], 'expected text, got the number 5'],
  ['outcome empty', ['claims', 0, 'measure', 'outcome'], '', ['claims', 0, 'measure', 'outcome'], 'must not be empty'],
  ['outcome without letters', ['claims', 0, 'measure', 'outcome'], '!!!', ['claims', 0, 'measure', 'outcome'], '"!!!" has no letters or digits'],
  ['subject missing', ['claims', 0, 'measure', 'subject'], DROP, ['claims', 0, 'measure', 'subject'], 'is required'],
  ['subject null', ['claims', 0, 'measure', 'subject'], null, ['claims', 0, 'measure', 'subject'], 'expected text, got null'],
  ['subject empty', ['claims', 0, 'measure', 'subject'], '', ['claims', 0, 'measure', 'subject'], 'must not be empty'],
  ['subject without letters', ['claims', 0, 'measure', 'subject'], ' - ', ['claims', 0, 'measure', 'subject'], '" - " has no letters or digits'],
  ['side a number', ['claims', 0, 'measure', 'side'], 1, ['claims', 0, 'measure', 'side'], 'expected text, got the number 1'],
  ['side empty', ['claims', 0, 'measure', 'side'], '', ['claims', 0, 'measure', 'side'], 'must not be empty'],
  ['term a number', ['claims', 1, 'measure', 'term'], 1, ['claims', 1, 'measure', 'term'], 'expected text, got the number 1'],
  ['outcomeTerm a boolean', ['claims', 1, 'measure', 'outcomeTerm'], false, ['claims', 1, 'measure', 'outcomeTerm'], 'expected text, got false'],
  ['measure with an unknown field', ['claims', 0, 'measure', 'unit'], 'people', ['claims', 0, 'measure', 'unit'], 'is not a field here; the fields are outcome, subject, side, term, outcomeTerm'],
  ['figure missing', ['claims', 0, 'figure'], DROP, ['claims', 0, 'figure'], `is required: ${FIGURE}`],
  ['figure true', ['claims', 0, 'figure'], true, ['claims', 0, 'figure'], `expected ${FIGURE}, got true`],
  ['figure null', ['claims', 0, 'figure'], null, ['claims', 0, 'figure'], `expected ${FIGURE}, got null`],
  ['figure a list', ['claims', 0, 'figure'], [5, 5], ['claims', 0, 'figure'], `expected ${FIGURE}, got a list`],
  ['phrase with no figure', ['claims', 0, 'figure'], 'many', ['claims', 0, 'figure'], `no figure in "many"${NO_FIGURE}`],
  ['empty phrase', ['claims', 0, 'figure'], '', ['claims', 0, 'figure'], `no figure in ""${NO_FIGURE}`],
  ['negative count', ['claims', 0, 'figure'], -7, ['claims', 0, 'figure'], 'must be at least 0, got the number -7'],
  ['NaN count', ['claims', 0, 'figure'], Number.NaN, ['claims', 0, 'figure'], 'must be a finite number, got NaN'],
  ['infinite count', ['claims', 0, 'figure'], Number.POSITIVE_INFINITY, ['claims', 0, 'figure'], 'must be a finite number, got Infinity'],
  ['low missing', ['claims', 0, 'figure', 'low'], DROP, ['claims', 0, 'figure', 'low'], 'is required'],
  ['low text', ['claims', 0, 'figure', 'low'], '5', ['claims', 0, 'figure', 'low'], 'expected a number, got the text "5"'],
  ['low negative', ['claims', 0, 'figure', 'low'], -1, ['claims', 0, 'figure', 'low'], 'must be at least 0, got the number -1'],
  ['low NaN', ['claims', 0, 'figure', 'low'], Number.NaN, ['claims', 0, 'figure', 'low'], 'must be a finite number, got NaN'],
  ['low -Infinity', ['claims', 0, 'figure', 'low'], Number.NEGATIVE_INFINITY, ['claims', 0, 'figure', 'low'], 'must be a finite number, got -Infinity'],
  ['high missing', ['claims', 0, 'figure', 'high'], DROP, ['claims', 0, 'figure', 'high'], 'is required'],
  ['high text', ['claims', 0, 'figure', 'high'], 'none', ['claims', 0, 'figure', 'high'], 'expected a number, got the text "none"'],
  ['high Infinity', ['claims', 1, 'figure', 'high'], Number.POSITIVE_INFINITY, ['claims', 1, 'figure', 'high'], 'must be a finite number, got Infinity'],
  ['stated missing', ['claims', 0, 'figure', 'stated'], DROP, ['claims', 0, 'figure', 'stated'], 'is required'],
  ['stated text', ['claims', 0, 'figure', 'stated'], 'five', ['claims', 0, 'figure', 'stated'], 'expected a number, got the text "five"'],
  ['stated negative', ['claims', 0, 'figure', 'stated'], -5, ['claims', 0, 'figure', 'stated'], 'must be at least 0, got the number -5'],
  ['stated NaN', ['claims', 0, 'figure', 'stated'], Number.NaN, ['claims', 0, 'figure', 'stated'], 'must be a finite number, got NaN'],
  ['hedge missing', ['claims', 0, 'figure', 'hedge'], DROP, ['claims', 0, 'figure', 'hedge'], `is required: one of ${HEDGES}`],
  ['hedge a number', ['claims', 0, 'figure', 'hedge'], 3, ['claims', 0, 'figure', 'hedge'], `expected one of ${HEDGES}, got the number 3`],
  ['hedge unknown', ['claims', 0, 'figure', 'hedge'], 'roughly', ['claims', 0, 'figure', 'hedge'], `expected one of ${HEDGES}, got the text "roughly"`],
  ['text a number', ['claims', 0, 'figure', 'text'], 5, ['claims', 0, 'figure', 'text'], 'expected text, got the number 5'],
  ['figure with an unknown field', ['claims', 0, 'figure', 'unit'], 'people', ['claims', 0, 'figure', 'unit'], 'is not a field here; the fields are low, high, stated, hedge, text'],
  ['low above high', ['claims', 0, 'figure'], { low: 9, high: 3, stated: null, hedge: 'range' }, ['claims', 0, 'figure'], 'low 9 is above high 3'],
  // Counts stop at 2^53 - 1: beyond, bounds, sums and ratios of counts overflowed into Infinity and NaN.
  ['high beyond 2^53', ['claims', 0, 'figure'], { low: 0, high: Number.MAX_VALUE, stated: null, hedge: 'range' }, ['claims', 0, 'figure', 'high'], 'must be at most 9007199254740991, got the number 1.7976931348623157e+308'],
  ['stated beyond 2^53', ['claims', 0, 'figure', 'stated'], 2 ** 53, ['claims', 0, 'figure', 'stated'], 'must be at most 9007199254740991, got the number 9007199254740992'],
  ['a count beyond 2^53', ['claims', 0, 'figure'], 1e300, ['claims', 0, 'figure'], 'must be at most 9007199254740991, got the number 1e+300'],
  ['a negative phrase', ['claims', 0, 'figure'], 'minus 5', ['claims', 0, 'figure'], `no figure in "minus 5"${NO_FIGURE}`],
  ['a phrase beyond 2^53', ['claims', 0, 'figure'], 'about 9,999,999,999,999,999', ['claims', 0, 'figure'], `no figure in "about 9,999,999,999,999,999"${NO_FIGURE}`],
  ['stance unknown', ['claims', 0, 'stance'], 'rejects', ['claims', 0, 'stance'], 'expected one of "asserts", "denies", got the text "rejects"'],
  ['stance true', ['claims', 0, 'stance'], true, ['claims', 0, 'stance'], 'expected one of "asserts", "denies", got true'],
  ['statedAt in words', ['claims', 0, 'statedAt'], 'yesterday', ['claims', 0, 'statedAt'], `expected ${DATE}, got the text "yesterday"`],
  ['statedAt a number', ['claims', 0, 'statedAt'], 2009, ['claims', 0, 'statedAt'], `expected ${DATE}, got the number 2009`],
  ['statedAt in month 13', ['claims', 0, 'statedAt'], '2009-13-01', ['claims', 0, 'statedAt'], `expected ${DATE}, got the text "2009-13-01"`],
  ['statedAt with offset +25:00', ['claims', 0, 'statedAt'], '2009-10-18T10:00:00+25:00', ['claims', 0, 'statedAt'], `expected ${DATE}, got the text "2009-10-18T10:00:00+25:00"`],
  ['evidence text', ['claims', 0, 'evidence'], 'p. 3', ['claims', 0, 'evidence'], 'expected an object, got the text "p. 3"'],
  ['document a number', ['claims', 0, 'evidence', 'document'], 3, ['claims', 0, 'evidence', 'document'], 'expected text, got the number 3'],
  ['quote a list', ['claims', 0, 'evidence', 'quote'], ['five'], ['claims', 0, 'evidence', 'quote'], 'expected text, got a list'],
  ['start true', ['claims', 0, 'evidence', 'start'], true, ['claims', 0, 'evidence', 'start'], 'expected a number, got true'],
  ['start negative', ['claims', 0, 'evidence', 'start'], -1, ['claims', 0, 'evidence', 'start'], 'must be at least 0, got the number -1'],
  ['start a fraction', ['claims', 0, 'evidence', 'start'], 1.5, ['claims', 0, 'evidence', 'start'], 'expected a whole number, got the number 1.5'],
  ['start beyond 2^53', ['claims', 0, 'evidence'], { start: 1e20 }, ['claims', 0, 'evidence', 'start'], 'must be at most 9007199254740991, got the number 100000000000000000000'],
  ['end text', ['claims', 0, 'evidence', 'end'], '23', ['claims', 0, 'evidence', 'end'], 'expected a number, got the text "23"'],
  ['evidence start after end', ['claims', 0, 'evidence'], { start: 30, end: 10 }, ['claims', 0, 'evidence'], 'start 30 is after end 10'],
  ['evidence with an unknown field', ['claims', 0, 'evidence', 'page'], 3, ['claims', 0, 'evidence', 'page'], 'is not a field here; the fields are document, quote, start, end'],
  ['unknown field', ['claims', 0, 'source'], 'army', ['claims', 0, 'source'], 'is not a field here; the fields are id, claimant, via, event, measure, figure, stance, statedAt, evidence'],
];

// A string field holds well-formed Unicode: a lone surrogate cannot be written as UTF-8, and an id
// holding one broke the group ids that analyze builds (issue 14).
const lone = (at: number, unit = 'd800'): string => `has a lone surrogate (\\u${unit}) at index ${at}: text must be well-formed Unicode`;
const loneSurrogateCases: Case[] = [
  ['in a source id', ['sources', 3, 'id'], 'bbc\ud800', ['sources', 3, 'id'], lone(3)],
  ['in a source name', ['sources', 3, 'name'], '\udc00BBC', ['sources', 3, 'name'], lone(0, 'dc00')],
  ['in a side', ['sources', 3, 'side'], 'uk\udbff', ['sources', 3, 'side'], lone(2, 'dbff')],
  ['in an event id', ['events', 2, 'id'], '\ud800day', ['events', 2, 'id'], lone(0)],
  ['in a label', ['events', 2, 'label'], 'x\ud800', ['events', 2, 'label'], lone(1)],
  ['in a place', ['events', 0, 'place', 1], 'South \ud800', ['events', 0, 'place', 1], lone(6)],
  ['in an outcome', ['claims', 0, 'measure', 'outcome'], 'killed\ud800', ['claims', 0, 'measure', 'outcome'], lone(6)],
  ['in a subject', ['claims', 0, 'measure', 'subject'], 'sol\udfffdiers', ['claims', 0, 'measure', 'subject'], lone(3, 'dfff')],
  ['in a measure side', ['claims', 0, 'measure', 'side'], 'pakistan-state\ud800', ['claims', 0, 'measure', 'side'], lone(14)],
  ['in a term', ['claims', 1, 'measure', 'term'], '\ud800', ['claims', 1, 'measure', 'term'], lone(0)],
  ['in a figure phrase', ['claims', 0, 'figure'], 'five \ud800', ['claims', 0, 'figure'], lone(5)],
  ['in a figure text', ['claims', 0, 'figure', 'text'], 'five\ud800', ['claims', 0, 'figure', 'text'], lone(4)],
  ['in a document', ['claims', 0, 'evidence', 'document'], 'cnn\ud800', ['claims', 0, 'evidence', 'document'], lone(3)],
  ['in a quote', ['claims', 0, 'evidence', 'quote'], '\ude00\ud83d', ['claims', 0, 'evidence', 'quote'], lone(0, 'de00')],
];

const duplicateCases: Case[] = [
  ['a source id', ['sources', 3, 'id'], 'army', ['sources', 3, 'id'], 'duplicate id "army" (also sources[0])'],
  ['an event id', ['events', 2, 'id'], 'clash', ['events', 2, 'id'], 'duplicate id "clash" (also events[1])'],
  ['a claim id', ['claims', 3, 'id'], 'army-militants', ['claims', 3, 'id'], 'duplicate id "army-militants" (also claims[1])'],
];

describe('parseClaimSet: a valid document', () => {
  it('parses the canonical document to a deep-equal copy: nothing valid is dropped or rewritten', () => {
    expect(parsed(canonical())).toStrictEqual(canonical());
  });

  it('leaves its input untouched', () => {
    const input = canonical();
    parsed(input);
    expect(input).toStrictEqual(canonical());
  });

  it('accepts empty sections', () => {
    expect(parsed({ sources: [], events: [], claims: [] })).toStrictEqual({ sources: [], events: [], claims: [] });
  });

  it('accepts a date-time start and a date-only end on the same day (the end covers the whole day)', () => {
    const doc = changed(['events', 0, 'period'], { start: '2009-10-18T23:59:59.999Z', end: '2009-10-18' });
    expect(parsed(doc).events[0]?.period).toEqual({ start: '2009-10-18T23:59:59.999Z', end: '2009-10-18' });
  });

  it('compares date-times with offsets as instants', () => {
    // 00:30 at +05:00 is 19:30 UTC the day before, so it starts before 20:00 UTC.
    const doc = changed(['events', 0, 'period'], { start: '2009-10-19T00:30:00+05:00', end: '2009-10-18T20:00:00Z' });
    expect(parseClaimSet(doc).success).toBe(true);
  });

  it('accepts a long partOf chain without a cycle', () => {
    const events = Array.from({ length: 50 }, (_, i) => (i === 0 ? { id: 'e0' } : { id: `e${i}`, partOf: `e${i - 1}` }));
    expect(parsed({ sources: [], events, claims: [] }).events).toEqual(events);
  });
});

describe('parseClaimSet: the document itself', () => {
  it.each([
    [null, 'null'],
    [[], 'a list'],
    ['{"sources": []}', 'the text "{\\"sources\\": []}"'],
    [7, 'the number 7'],
    [undefined, 'nothing'],
    [true, 'true'],
  ])('rejects %j as the document, at the top', (input, got) => {
    expect(issuesOf(input)).toEqual([{ path: [], message: `expected an object with sources, events and claims, got ${got}` }]);
  });

  it('reports every missing section at once', () => {
    expect(issuesOf({})).toEqual([
      { path: ['sources'], message: 'is required' },
      { path: ['events'], message: 'is required' },
      { path: ['claims'], message: 'is required' },
    ]);
  });

  it('does not report every reference as unresolved when the section it points into is broken', () => {
    const doc = { events: [{ id: 'day' }], claims: (canonical().claims as unknown[]).slice(0, 1) };
    const withoutEvents = { sources: canonical().sources, events: 'day', claims: (canonical().claims as unknown[]).slice(0, 1) };
    expect(issuesOf(doc)).toEqual([{ path: ['sources'], message: 'is required' }]);
    expect(issuesOf(withoutEvents)).toEqual([{ path: ['events'], message: 'expected a list, got the text "day"' }]);
  });
});

describe.each([
  ['the document', documentCases],
  ['a source', sourceCases],
  ['an event', eventCases],
  ['a claim', claimCases],
  ['duplicate ids:', duplicateCases],
  ['a lone surrogate', loneSurrogateCases],
])('parseClaimSet: %s', (_, cases) => {
  it.each(cases)('%s', (_what, at, value, path, message) => {
    expect(issuesOf(changed(at, value))).toEqual([{ path, message }]);
  });
});

describe('parseClaimSet: duplicate ids', () => {
  it('reports each later copy, naming the first', () => {
    const sources = [
      { id: 'a', name: 'A' },
      { id: 'b', name: 'B' },
      { id: 'a', name: 'A again' },
      { id: 'a', name: 'A once more' },
    ];
    expect(issuesOf({ sources, events: [], claims: [] })).toEqual([
      { path: ['sources', 2, 'id'], message: 'duplicate id "a" (also sources[0])' },
      { path: ['sources', 3, 'id'], message: 'duplicate id "a" (also sources[0])' },
    ]);
  });

  it('allows the same id in different sections', () => {
    const doc = {
      sources: [{ id: 'x', name: 'X' }],
      events: [{ id: 'x' }],
      claims: [{ id: 'x', claimant: 'x', event: 'x', measure: { outcome: 'killed', subject: 'people' }, figure: { low: 1, high: 1, stated: 1, hedge: 'exact' } }],
    };
    expect(parsed(doc)).toStrictEqual(doc);
  });
});

describe('parseClaimSet: partOf cycles', () => {
  const events = (...links: [string, string | undefined][]) =>
    links.map(([id, partOf]) => (partOf === undefined ? { id } : { id, partOf }));

  it('reports a two-event cycle once, at the first event in it', () => {
    const doc = changed(['events', 0, 'partOf'], 'clash');
    expect(issuesOf(doc)).toEqual([{ path: ['events', 0, 'partOf'], message: 'partOf goes round in a circle: "day" → "clash" → "day"' }]);
  });

  it('reports a three-event cycle with the whole loop', () => {
    const doc = { sources: [], events: events(['a', 'b'], ['b', 'c'], ['c', 'a']), claims: [] };
    expect(issuesOf(doc)).toEqual([{ path: ['events', 0, 'partOf'], message: 'partOf goes round in a circle: "a" → "b" → "c" → "a"' }]);
  });

  it('reports a cycle reached from outside it at the first event in the cycle, not at the event leading to it', () => {
    const doc = { sources: [], events: events(['a', 'b'], ['b', 'c'], ['c', 'b']), claims: [] };
    expect(issuesOf(doc)).toEqual([{ path: ['events', 1, 'partOf'], message: 'partOf goes round in a circle: "b" → "c" → "b"' }]);
  });

  it('reports two separate cycles separately', () => {
    const doc = { sources: [], events: events(['a', 'b'], ['b', 'a'], ['c', 'd'], ['d', 'c']), claims: [] };
    expect(issuesOf(doc)).toEqual([
      { path: ['events', 0, 'partOf'], message: 'partOf goes round in a circle: "a" → "b" → "a"' },
      { path: ['events', 2, 'partOf'], message: 'partOf goes round in a circle: "c" → "d" → "c"' },
    ]);
  });
});

describe('parseClaimSet: several problems at once', () => {
  it('reports them all, in document order: sections, items, then fields in the contract order', () => {
    const doc = structuredClone(canonical()) as unknown as {
      sources: Record<string, unknown>[];
      events: Record<string, unknown>[];
      claims: Record<string, unknown>[];
    };
    Object.assign(doc.claims[1] as object, { zzz: 1, figure: { low: 9, high: 3, stated: -1, hedge: 'range' }, claimant: 'nobody', id: 7 });
    Object.assign(doc.claims[0] as object, { event: 'week' });
    Object.assign(doc.events[2] as object, { partOf: 'week' });
    Object.assign(doc.sources[3] as object, { kind: 'tv' });
    expect(issuesOf(doc)).toEqual([
      { path: ['sources', 3, 'kind'], message: `expected one of ${KINDS}, got the text "tv"` },
      { path: ['events', 2, 'partOf'], message: 'no event "week"' },
      { path: ['claims', 0, 'event'], message: 'no event "week"' },
      { path: ['claims', 1, 'id'], message: 'expected text, got the number 7' },
      { path: ['claims', 1, 'claimant'], message: 'no source "nobody"' },
      { path: ['claims', 1, 'figure'], message: 'low 9 is above high 3' },
      { path: ['claims', 1, 'figure', 'stated'], message: 'must be at least 0, got the number -1' },
      { path: ['claims', 1, 'zzz'], message: 'is not a field here; the fields are id, claimant, via, event, measure, figure, stance, statedAt, evidence' },
    ]);
  });

  it('reports a negative high both as negative and as below low, since both are true', () => {
    expect(issuesOf(changed(['claims', 1, 'figure', 'high'], -60))).toEqual([
      { path: ['claims', 1, 'figure'], message: 'low 60 is above high -60' },
      { path: ['claims', 1, 'figure', 'high'], message: 'must be at least 0, got the number -60' },
    ]);
  });

  it('lists every missing field of an empty figure', () => {
    expect(issuesOf(changed(['claims', 0, 'figure'], {}))).toEqual([
      { path: ['claims', 0, 'figure', 'low'], message: 'is required' },
      { path: ['claims', 0, 'figure', 'high'], message: 'is required' },
      { path: ['claims', 0, 'figure', 'stated'], message: 'is required' },
      { path: ['claims', 0, 'figure', 'hedge'], message: `is required: one of ${HEDGES}` },
    ]);
  });
});

describe('parseClaimSet: the error', () => {
  const bad = {
    sources: [],
    events: [],
    claims: [
      {
        id: 'c1',
        claimant: 'nobody',
        event: 'e',
        measure: { outcome: 'killed', subject: 'soldiers' },
        figure: { low: 9, high: 3, stated: null, hedge: 'range' },
      },
    ],
  };

  it('is a ClaimSetError with the issues, and a message of readable `path: message` lines', () => {
    const result = parseClaimSet(bad);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(ClaimSetError);
    expect(result.error).toBeInstanceOf(Error);
    expect(result.error.name).toBe('ClaimSetError');
    expect(result.error.issues).toEqual([
      { path: ['claims', 0, 'claimant'], message: 'no source "nobody"' },
      { path: ['claims', 0, 'event'], message: 'no event "e"' },
      { path: ['claims', 0, 'figure'], message: 'low 9 is above high 3' },
    ]);
    expect(result.error.message).toBe(
      'claims[0].claimant: no source "nobody"\nclaims[0].event: no event "e"\nclaims[0].figure: low 9 is above high 3',
    );
  });

  it('writes odd keys and the top of the document readably', () => {
    const result = parseClaimSet(changed(['sources', 3, 'web site'], 'x'));
    expect(result.success ? '' : result.error.message).toBe(
      'sources[3]["web site"]: is not a field here; the fields are id, name, kind, side, anonymous',
    );
    const top = parseClaimSet(null);
    expect(top.success ? '' : top.error.message).toBe('(document): expected an object with sources, events and claims, got null');
  });

  it('never throws, even when reading the input throws', () => {
    const getter = Object.defineProperty({ events: [], claims: [] }, 'sources', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
        getOwnPropertyDescriptor() {
          throw new Error('no keys');
        },
      },
    );
    expect(issuesOf(getter)).toEqual([{ path: [], message: 'could not be read: boom' }]);
    expect(issuesOf(proxy)).toEqual([{ path: [], message: 'could not be read: no keys' }]);
  });

  it('never throws when what reading the input throws cannot be turned into text', () => {
    const throwing = (thrown: () => unknown): unknown =>
      Object.defineProperty({ sources: [], events: [] }, 'claims', {
        enumerable: true,
        get() {
          throw thrown();
        },
      });
    const silentError = new Error('hidden');
    Object.defineProperty(silentError, 'message', {
      get() {
        throw new Error('again');
      },
    });
    expect(issuesOf(throwing(() => Object.create(null)))).toEqual([{ path: [], message: 'could not be read: a value that is not text' }]);
    expect(issuesOf(throwing(() => silentError))).toEqual([{ path: [], message: 'could not be read: a value that is not text' }]);
    expect(issuesOf(throwing(() => Symbol('odd')))).toEqual([{ path: [], message: 'could not be read: Symbol(odd)' }]);
  });
});

describe('parseClaimSet: conveniences of the input form', () => {
  const withClaim = (claim: Record<string, unknown>): unknown => changed(['claims', 0], { ...canonical().claims[0], ...claim });
  const figureOf = (figure: unknown) => parsed(withClaim({ figure })).claims[0]?.figure;
  const measureOf = (measure: unknown, options?: ParseClaimSetOptions) =>
    parsed(withClaim({ measure }), options).claims[0]?.measure;

  it.each([
    ['at least seven', { low: 7, high: null, stated: 7, hedge: 'at-least', text: 'at least seven' }],
    ['nearly 300', { low: 270, high: 299, stated: 300, hedge: 'nearly', text: 'nearly 300' }],
    ['more than a dozen', { low: 13, high: null, stated: 12, hedge: 'more-than', text: 'more than a dozen' }],
    ['dozens', { low: 24, high: 99, stated: null, hedge: 'vague', text: 'dozens' }],
    ['68', { low: 68, high: 68, stated: 68, hedge: 'exact', text: '68' }],
    ['none', { low: 0, high: 0, stated: 0, hedge: 'exact', text: 'none' }],
  ])('reads the phrase %j as a figure, keeping the wording in text', (phrase, figure) => {
    expect(figureOf(phrase)).toEqual(figure);
  });

  it.each([
    [7, { low: 7, high: 7, stated: 7, hedge: 'exact' }],
    [0, { low: 0, high: 0, stated: 0, hedge: 'exact' }],
    [2.5, { low: 2.5, high: 2.5, stated: 2.5, hedge: 'exact' }],
  ])('reads the count %j as an exact figure', (count, figure) => {
    expect(figureOf(count)).toStrictEqual(figure);
  });

  it.each([
    [{ outcome: 'wounded', subject: 'soldiers' }, { outcome: 'injured', subject: 'soldiers', outcomeTerm: 'wounded' }],
    [{ outcome: 'killed', subject: 'troops' }, { outcome: 'killed', subject: 'soldiers', term: 'troops' }],
    [{ outcome: 'killed', subject: 'soldier' }, { outcome: 'killed', subject: 'soldiers', term: 'soldier' }],
    [{ outcome: 'killed', subject: 'policemen' }, { outcome: 'killed', subject: 'police', term: 'policemen' }],
    [{ outcome: 'killed', subject: 'terrorists' }, { outcome: 'killed', subject: 'militants', term: 'terrorists' }],
    [{ outcome: 'Killed', subject: 'Soldiers', side: 'army' }, { outcome: 'killed', subject: 'soldiers', side: 'army', term: 'Soldiers', outcomeTerm: 'Killed' }],
    [{ outcome: 'lost their lives', subject: 'Frontier Corps' }, { outcome: 'killed', subject: 'paramilitary', term: 'Frontier Corps', outcomeTerm: 'lost their lives' }],
  ])('normalises the aliases of %j, keeping the words as said', (input, measure) => {
    expect(measureOf(input)).toStrictEqual(measure);
  });

  it('never overwrites a term or outcomeTerm the document gives', () => {
    const input = { outcome: 'wounded', subject: 'troops', term: 'our brave troops', outcomeTerm: 'hurt' };
    expect(measureOf(input)).toStrictEqual({ outcome: 'injured', subject: 'soldiers', term: 'our brave troops', outcomeTerm: 'hurt' });
  });

  it('turns unknown words into lower-case hyphenated ids, keeping the original', () => {
    expect(measureOf({ outcome: 'Shot Down', subject: 'Fighter  Jets' })).toStrictEqual({
      outcome: 'shot-down',
      subject: 'fighter-jets',
      term: 'Fighter  Jets',
      outcomeTerm: 'Shot Down',
    });
    expect(measureOf({ outcome: 'downed', subject: 'aircraft' })).toStrictEqual({ outcome: 'downed', subject: 'aircraft' });
  });

  it('uses options.vocabulary to normalise', () => {
    const vocabulary = createVocabulary({ subjects: [{ id: 'medics', broader: 'civilians', aliases: ['paramedics'] }] });
    expect(measureOf({ outcome: 'killed', subject: 'paramedics' }, { vocabulary })).toStrictEqual({
      outcome: 'killed',
      subject: 'medics',
      term: 'paramedics',
    });
    // The default vocabulary does not know the word: it stays its own id.
    expect(measureOf({ outcome: 'killed', subject: 'paramedics' })).toStrictEqual({ outcome: 'killed', subject: 'paramedics' });
  });

  it('with a replacing vocabulary, default aliases are ordinary words', () => {
    const vocabulary = createVocabulary({ mode: 'replace', outcomes: [{ id: 'attended', interest: 'higher' }], subjects: [{ id: 'people' }] });
    expect(measureOf({ outcome: 'killed', subject: 'troops' }, { vocabulary })).toStrictEqual({ outcome: 'killed', subject: 'troops' });
  });

  it('reports shape problems with a custom vocabulary too', () => {
    const vocabulary = createVocabulary({ subjects: [{ id: 'medics', aliases: ['paramedics'] }] });
    expect(issuesOf(changed(['claims', 0, 'measure', 'subject'], 3), { vocabulary })).toEqual([
      { path: ['claims', 0, 'measure', 'subject'], message: 'expected text, got the number 3' },
    ]);
  });
});

describe('parseClaimSet: prototype safety', () => {
  const TRICKY = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

  it.each(TRICKY)('treats %j as an ordinary source, event and claim id, and as a reference', (id) => {
    const doc = {
      sources: [{ id, name: 'A source' }],
      events: [{ id: 'whole' }, { id, partOf: 'whole' }, { id: 'part', partOf: id }],
      claims: [
        {
          id,
          claimant: id,
          via: [id],
          event: id,
          measure: { outcome: 'killed', subject: 'people' },
          figure: { low: 1, high: 1, stated: 1, hedge: 'exact' },
        },
      ],
    };
    expect(parsed(doc)).toStrictEqual(doc);
  });

  it.each(TRICKY)('reports an unresolved reference to %j instead of finding it on Object.prototype', (id) => {
    const doc = {
      sources: [],
      events: [{ id: 'e', partOf: id }],
      claims: [{ id: 'c', claimant: id, via: [id], event: id, measure: { outcome: 'killed', subject: 'people' }, figure: 1 }],
    };
    expect(issuesOf(doc)).toEqual([
      { path: ['events', 0, 'partOf'], message: `no event ${JSON.stringify(id)}` },
      { path: ['claims', 0, 'claimant'], message: `no source ${JSON.stringify(id)}` },
      { path: ['claims', 0, 'via', 0], message: `no source ${JSON.stringify(id)}` },
      { path: ['claims', 0, 'event'], message: `no event ${JSON.stringify(id)}` },
    ]);
  });

  it('reports duplicates of "__proto__" ids', () => {
    const doc = { sources: [{ id: '__proto__', name: 'a' }, { id: '__proto__', name: 'b' }], events: [], claims: [] };
    expect(issuesOf(doc)).toEqual([{ path: ['sources', 1, 'id'], message: 'duplicate id "__proto__" (also sources[0])' }]);
  });

  it('reports a "__proto__" key from JSON as an unknown field, without polluting Object.prototype', () => {
    const top = JSON.parse('{"sources": [], "events": [], "claims": [], "__proto__": {"polluted": true}}') as unknown;
    const inSource = JSON.parse('{"sources": [{"id": "a", "name": "A", "__proto__": {"polluted": true}}], "events": [], "claims": []}') as unknown;
    const inFigure = JSON.stringify(canonical()).replace('"hedge":"exact"', '"hedge":"exact","__proto__":{"polluted":true}');
    expect(issuesOf(top)).toEqual([{ path: ['__proto__'], message: 'is not a field here; the fields are sources, events, claims' }]);
    expect(issuesOf(inSource)).toEqual([
      { path: ['sources', 0, '__proto__'], message: 'is not a field here; the fields are id, name, kind, side, anonymous' },
    ]);
    expect(issuesOf(JSON.parse(inFigure))).toEqual([
      { path: ['claims', 0, 'figure', '__proto__'], message: 'is not a field here; the fields are low, high, stated, hedge, text' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('keeps "__proto__", "constructor" and "toString" as words of a measure without mistaking them for known terms', () => {
    const measure = parsed(changed(['claims', 0, 'measure'], { outcome: 'constructor', subject: 'toString' })).claims[0]?.measure;
    expect(measure).toStrictEqual({ outcome: 'constructor', subject: 'tostring', term: 'toString' });
    const proto = parsed(changed(['claims', 0, 'measure'], { outcome: 'killed', subject: '__proto__' })).claims[0]?.measure;
    expect(proto).toStrictEqual({ outcome: 'killed', subject: 'proto', term: '__proto__' });
  });
});

describe('parseClaimSet on merge loops and long chains', () => {
  const doc = (events: unknown[]) => ({ sources: [], events, claims: [] });

  it('reports a sameAs loop once, from its first event', () => {
    const result = parseClaimSet(doc([{ id: 'x' }, { id: 'b', sameAs: 'a' }, { id: 'a', sameAs: 'b' }]));
    expect(result.success ? [] : result.error.issues).toEqual([
      { path: ['events', 1, 'sameAs'], message: 'sameAs goes round in a circle: "b" → "a" → "b"' },
    ]);
  });

  it('accepts partOf and sameAs chains 20,000 events long', () => {
    const n = 20_000;
    const events = Array.from({ length: n }, (_, i) => (i === 0 ? { id: 'e0' } : { id: `e${i}`, partOf: `e${i - 1}`, sameAs: `e${i - 1}` }));
    expect(parseClaimSet(doc(events)).success).toBe(true);
  });
});

describe('parseClaimSet on a document with very many problems', () => {
  // More problems than a function call takes arguments (about 120,000 in V8).
  it('reports 160,000 problems rather than failing to read the document', { timeout: 60_000 }, () => {
    const claims = Array.from({ length: 40_000 }, (_, i) => ({ id: `c${i}` }));
    const result = parseClaimSet({ sources: [], events: [], claims });
    expect(result.success).toBe(false);
    expect(result.success ? 0 : result.error.issues.length).toBe(40_000 * 4);
    expect(result.success ? '' : result.error.issues[0]?.message).not.toMatch(/could not be read/);
  });
});
