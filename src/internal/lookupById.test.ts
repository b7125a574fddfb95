import { describe, expect, it } from 'vitest';
import { lookupById } from './lookupById.js';

describe('lookupById', () => {
  it('finds items by id, the first of repeated ids, and treat __proto__ as an ordinary id', () => {
    const list = [{ id: 'a', n: 1 }, { id: '__proto__', n: 2 }, { id: 'a', n: 3 }];
    const find = lookupById(list);
    expect(find('a')?.n).toBe(1);
    expect(find('__proto__')?.n).toBe(2);
    expect(find('constructor')).toBeUndefined();
  });

  it('sees a list edited in place after it was first indexed', () => {
    const sources = [{ id: 'army', name: 'The army' }, { id: 'ttp', name: 'The TTP' }];
    expect(lookupById(sources)('ttp')?.name).toBe('The TTP');
    sources[1] = { id: 'ttp', name: 'Tehrik-i-Taliban' };
    expect(lookupById(sources)('ttp')?.name).toBe('Tehrik-i-Taliban');
    sources[0] = { id: 'ispr', name: 'ISPR' };
    expect(lookupById(sources)('ispr')?.name).toBe('ISPR');
    expect(lookupById(sources)('army')).toBeUndefined();
    sources.unshift({ id: 'cnn', name: 'CNN' });
    const find = lookupById(sources);
    expect([find('cnn')?.name, find('ispr')?.name, find('ttp')?.name]).toEqual(['CNN', 'ISPR', 'Tehrik-i-Taliban']);
  });
});
