import { describe, expect, it } from 'vitest';
import { followChains } from './followChains.js';

describe('followChains', () => {
  it('follows each chain to its end', () => {
    const links = new Map([['a', 'b'], ['b', 'c'], ['d', 'c']]);
    const endOf = followChains((id: string) => links.get(id));
    expect(['a', 'b', 'c', 'd', 'e'].map(endOf)).toEqual(['c', 'c', 'c', 'c', 'e']);
  });

  it('walks each link once, however many nodes of a chain are asked about', () => {
    let calls = 0;
    const endOf = followChains((i: number) => {
      calls += 1;
      return i < 999 ? i + 1 : undefined;
    });
    for (let i = 0; i < 1000; i++) expect(endOf(i)).toBe(999);
    expect(calls).toBe(1000);
  });

  it('stops a loop where the walk would repeat itself', () => {
    const links = new Map([['a', 'b'], ['b', 'c'], ['c', 'b']]);
    const endOf = followChains((id: string) => links.get(id));
    expect(endOf('a')).toBe('b');
    expect(endOf('c')).toBe('b');
  });

  it('reads a link to itself as the end of the chain', () => {
    expect(followChains((i: number) => i)(4)).toBe(4);
  });
});
