/** Ids and the first index each was seen at, from {@link createIdIndex}. */
export interface IdIndex {
  /** Records `id` at `index` unless it is already there; returns the index it was first seen at, if it was. */
  add(id: string, index: number): number | undefined;
  get(id: string): number | undefined;
  has(id: string): boolean;
}

// FNV-1a over the UTF-16 code units.
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash;
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
  // A slot holds 1 + the number of the entry there, or 0 when empty.
  let slots = new Int32Array(capacity);
  let ids = new Array<string>(room);
  let indexes = new Array<number>(room);
  let size = 0;
  const slotOf = (id: string): number => {
    const mask = slots.length - 1;
    let at = hashOf(id) & mask;
    for (;;) {
      const entry = slots[at] as number;
      if (entry === 0 || ids[entry - 1] === id) return at;
      at = (at + 1) & mask;
    }
  };
  const grow = (): void => {
    slots = new Int32Array(slots.length * 2);
    ids = ids.slice(0, size);
    indexes = indexes.slice(0, size);
    for (let entry = 0; entry < size; entry++) slots[slotOf(ids[entry] as string)] = entry + 1;
  };
  return {
    add(id, index) {
      const at = slotOf(id);
      const entry = slots[at] as number;
      if (entry !== 0) return indexes[entry - 1];
      ids[size] = id;
      indexes[size] = index;
      size++;
      slots[at] = size;
      if (2 * size > slots.length) grow();
      return undefined;
    },
    get(id) {
      const entry = slots[slotOf(id)] as number;
      return entry === 0 ? undefined : indexes[entry - 1];
    },
    has(id) {
      return slots[slotOf(id)] !== 0;
    },
  };
}
