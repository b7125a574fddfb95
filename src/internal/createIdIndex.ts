import { hashId } from './hashId.js';

/** Ids and the first index each was seen at, from {@link createIdIndex}. */
export interface IdIndex {
  /** Records `id` at `index` unless it is already there; returns the index it was first seen at, if it was. */
  add(id: string, index: number): number | undefined;
  get(id: string): number | undefined;
  has(id: string): boolean;
}

/**
 * An index of ids to the first position each was seen at, for a list of known length: an open
 * addressing table of numbers, sized once. A Map filled with a million new ids spends most of its
 * time growing and rehashing; this table never grows while it holds no more than `expected` ids
 * (it doubles past that), and it holds only numbers and the ids themselves.
 *
 * @example
 * ```ts
 * const index = createIdIndex(3);
 * [index.add('a', 0), index.add('__proto__', 1), index.add('a', 2), index.get('__proto__'), index.has('b')]
 * //=> [undefined, undefined, 0, 1, false]
 * ```
 */
export function createIdIndex(expected: number): IdIndex {
  // A sparse list may claim any length: the table is sized for at most 2^22 ids up front.
  const room = Math.min(expected, 2 ** 22);
  let capacity = 16;
  while (capacity < 2 * room) capacity *= 2;
  // Slot k is two numbers: at 2k, 1 + the number of the entry there (0 when empty); at 2k + 1, the
  // entry's hash. A probe compares hashes in the slot it has read already, and reads an id (a
  // string elsewhere in memory) only when they are equal.
  let slots = new Int32Array(2 * capacity);
  let ids = new Array<string>(room);
  let indexes = new Array<number>(room);
  let size = 0;
  const slotOf = (id: string, hash: number): number => {
    const mask = capacity - 1;
    let at = hash & mask;
    for (;;) {
      const entry = slots[2 * at] as number;
      if (entry === 0 || (slots[2 * at + 1] === hash && ids[entry - 1] === id)) return at;
      at = (at + 1) & mask;
    }
  };
  const grow = (): void => {
    const old = slots;
    capacity *= 2;
    slots = new Int32Array(2 * capacity);
    ids = ids.slice(0, size);
    indexes = indexes.slice(0, size);
    for (let k = 0; k < old.length; k += 2) {
      const entry = old[k] as number;
      if (entry === 0) continue;
      const hash = old[k + 1] as number;
      const at = slotOf(ids[entry - 1] as string, hash);
      slots[2 * at] = entry;
      slots[2 * at + 1] = hash;
    }
  };
  const find = (id: string): number => slots[2 * slotOf(id, hashId(id))] as number;
  return {
    add(id, index) {
      const hash = hashId(id);
      const at = slotOf(id, hash);
      const entry = slots[2 * at] as number;
      if (entry !== 0) return indexes[entry - 1];
      ids[size] = id;
      indexes[size] = index;
      size++;
      slots[2 * at] = size;
      slots[2 * at + 1] = hash;
      if (2 * size > capacity) grow();
      return undefined;
    },
    get(id) {
      const entry = find(id);
      return entry === 0 ? undefined : indexes[entry - 1];
    },
    has(id) {
      return find(id) !== 0;
    },
  };
}
