import { describe, expect, it } from 'vitest';
import { readClaimant } from './readClaimant.js';
import { readTokens } from './readTokens.js';

const read = (text: string) => {
  const words = readTokens(text);
  return readClaimant(words, { first: 0, last: words.count });
};

describe('readClaimant: the name and the anonymity of a speaker phrase', () => {
  it.each([
    ['a relative clause that asks for anonymity ends the name', 'police and hospital officials who spoke on condition of anonymity in line with regulations', 'police and hospital officials', true],
    ['a relative clause that declines a name', 'an army officer who preferred not to be named', 'an army officer', true],
    ['an aside that only asks for anonymity names no one', 'A local medic, speaking on condition of anonymity,', 'A local medic', true],
    ['a relative clause without anonymity', 'officials who visited the site', 'officials', false],
  ])('%s', (_, text, name, anonymous) => {
    const phrase = read(text);
    expect(phrase.name).toBe(name);
    expect(phrase.anonymous).toBe(anonymous);
  });
});

describe('readClaimant: whose count a phrase names', () => {
  it.each([
    ['a party before its estimate', 'police estimates', ['police']],
    ['a party before its figures', 'Interior Ministry figures', ['interior', 'ministry']],
    ['an estimate alone stays a noun', 'estimates', ['estimates']],
  ])('%s', (_, text, core) => {
    expect(read(text).core).toEqual(core);
  });

  it('reads the party after "estimates from" or "a statement from" as the author', () => {
    expect(read('estimates from march organizers').author?.core).toEqual(['march', 'organizers']);
    expect(read('figures by the health ministry').author?.core).toEqual(['health', 'ministry']);
    expect(read('estimates of the crowd').author).toBeUndefined();
    expect(read('the latest figures from the health ministry').author?.core).toEqual(['health', 'ministry']);
    expect(read('A statement from the army').author?.core).toEqual(['army']);
  });

  it('reads no kind from what a group is against', () => {
    expect(read('Organisers of the march against the visit of the President').words).toEqual(['organisers', 'of', 'the', 'march']);
  });
});

describe('readClaimant: the body a spokesman speaks for', () => {
  it.each([
    ["a body's possessive before a part of it", "Ali Musa, the group's military operations spokesman", { name: 'the group', definite: true }],
    ["a country's possessive before its army", "Pakistan's army spokesman Ali Khan", { name: "Pakistan's army" }],
  ])('%s', (_, text, org) => {
    expect(read(text).org).toMatchObject(org);
  });
});
