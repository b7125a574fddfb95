// Every row of the lexicon tables carries a sentence; each runs through extractClaims and must
// show the row at work. A row whose example stops working is a rule that no longer holds.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extractClaims.js';
import { CUE_ROWS, type Expectation } from './cues.js';
import { OUTCOME_ROWS } from './outcomes.js';
import { capitalOf, cityCountry, COUNTRY_NAMES, countryAt, DEMONYMS, demonymCountry } from './places.js';
import { readTokens } from '../passes/readTokens.js';

function firstClaim(example: string): Expectation {
  const set = extractClaims(example);
  const claim = set.claims[0];
  if (claim === undefined) return { claimant: '(no claim)' };
  return {
    claimant: claim.claimant,
    outcome: claim.measure.outcome,
    subject: claim.measure.subject,
    low: claim.figure.low,
    high: claim.figure.high,
    stance: claim.stance ?? 'asserts',
  };
}

describe('lexicon: reporting and denial cues', () => {
  it.each(CUE_ROWS.map((row) => [row.words.join('/'), row] as const))('%s', (_, row) => {
    expect(firstClaim(row.example)).toMatchObject(row.expect);
  });

  it('holds every cue word once', () => {
    const words = CUE_ROWS.flatMap((row) => row.words);
    expect(new Set(words).size).toBe(words.length);
  });
});

describe('lexicon: outcomes beyond the vocabulary', () => {
  it.each(OUTCOME_ROWS.map((row) => [row.phrase, row] as const))('%s', (_, row) => {
    expect(firstClaim(row.example)).toMatchObject({ outcome: row.outcome, ...row.expect });
  });
});

describe('lexicon: countries and their adjectives', () => {
  it('reads every country by name and every adjective as that country', () => {
    for (const name of COUNTRY_NAMES) {
      const text = name.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
      expect(countryAt(readTokens(text), 0)?.country.toLowerCase(), text).toBe(name);
    }
    for (const adjective of DEMONYMS) {
      const text = adjective.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
      const read = countryAt(readTokens(text), 0);
      expect(read?.adjective, text).toBe(true);
      expect(read?.country.toLowerCase(), text).toBe(demonymCountry(adjective));
    }
  });

  it('reads no country in water named after one, but reads it in a mount', () => {
    const words = readTokens('near Lake Chad and Mount Lebanon, in Chad');
    expect([2, 5, 8].map((i) => countryAt(words, i)?.country.toLowerCase())).toEqual([undefined, 'lebanon', 'chad']);
  });

  it('knows a capital for most countries, each a city of its own country', () => {
    let known = 0;
    for (const name of COUNTRY_NAMES) {
      const capital = capitalOf(name);
      if (capital === undefined) continue;
      known++;
      expect(cityCountry(capital)?.toLowerCase(), capital).toBe(name);
    }
    expect(known).toBeGreaterThan(COUNTRY_NAMES.size * 0.75);
    expect(capitalOf('Kenya')).toBe('Nairobi');
    expect(capitalOf('Atlantis')).toBeUndefined();
  });

  it('knows the smaller states of news copy, by name and by people, longest name first', () => {
    expect(['Gabon', 'Eswatini', 'Lesotho', 'Papua New Guinea', 'Equatorial Guinea', 'Slovakia'].every((name) => COUNTRY_NAMES.has(name.toLowerCase()))).toBe(true);
    expect(['gabonese', 'swazi', 'timorese'].map(demonymCountry)).toEqual(['gabon', 'eswatini', 'east timor']);
    const words = readTokens('in Papua New Guinea, in Equatorial Guinea and in Guinea');
    expect([1, 6, 10].map((i) => countryAt(words, i)?.country)).toEqual(['Papua New Guinea', 'Equatorial Guinea', 'Guinea']);
    // A former name names the same country.
    expect(countryAt(readTokens('in Swaziland'), 1)?.country).toBe('Eswatini');
  });
});
