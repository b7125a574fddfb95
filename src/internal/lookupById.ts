// Scores, checks and reports look up the same sources and events for every group and claim of a
// set, often one call per claim: each list is indexed once, not once per call. The index maps an
// id to its position and every hit is checked against the list, so a list edited since it was
// indexed is read again instead of through a stale index.
interface Index {
  readonly length: number;
  readonly at: Map<string, number>;
}

const indexes = new WeakMap<readonly { readonly id: string }[], Index>();

function indexOf(list: readonly { readonly id: string }[]): Index {
  const at = new Map<string, number>();
  // The first of repeated ids wins, as Array.prototype.find would have it.
  list.forEach((item, i) => {
    if (!at.has(item.id)) at.set(item.id, i);
  });
  const index = { length: list.length, at };
  indexes.set(list, index);
  return index;
}

/**
 * A lookup of the items of a list by id (a Map inside, so that ids such as `__proto__` are ordinary
 * ids). The index is kept per list, so looking up a set's sources in every call of a report costs
 * the list's length once; a list changed since it was indexed is indexed again.
 *
 * @example
 * ```ts
 * const event = lookupById([{ id: 'day', label: 'The first day' }, { id: 'raid' }]);
 * event('day')?.label
 * //=> 'The first day'
 * event('lost')
 * //=> undefined
 * ```
 */
export function lookupById<T extends { readonly id: string }>(list: readonly T[]): (id: string) => T | undefined {
  let index = indexes.get(list);
  let fresh = index === undefined || index.length !== list.length;
  if (index === undefined || fresh) index = indexOf(list);
  return (id) => {
    const i = (index as Index).at.get(id);
    const item = i === undefined ? undefined : list[i];
    if (item?.id === id) return item;
    // A miss or a moved item may be an edit in place since the list was indexed: index it again, once.
    if (fresh) return undefined;
    fresh = true;
    index = indexOf(list);
    const again = index.at.get(id);
    return again === undefined ? undefined : list[again];
  };
}
