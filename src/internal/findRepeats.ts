import { createIdIndex } from './createIdIndex.js';
import { hashId } from './hashId.js';

// Ids per part: a part's table (two numbers a slot, twice as many slots) stays in the cache.
const PART = 4096;
// A sparse list may claim any length: past this many indexes, no table is sized by the length.
const DENSE = 2 ** 24;

// One table of every id, grown as needed: for lists longer than DENSE.
function repeatsByIndex(count: number, idAt: (index: number) => string | undefined): [number, number][] {
  const index = createIdIndex(count);
  const repeats: [number, number][] = [];
  for (let i = 0; i < count; i++) {
    const id = idAt(i);
    const first = id === undefined ? undefined : index.add(id, i);
    if (first !== undefined) repeats.push([i, first]);
  }
  return repeats;
}

/**
 * The ids among `count` (read by `idAt`, undefined for none) that repeat an earlier one: each
 * repeat's index with the index of the first, in index order. For a million claim ids a single
 * hash table is a cache miss per id; here the ids are hashed in one pass, set out by the top bits
 * of their hash in parts of about `PART` ids (a counting sort, each part in index order), and each
 * part is checked in a table small enough to stay in the cache. An id is read again only when its
 * whole hash equals another's.
 *
 * @example
 * ```ts
 * const ids = ['a', 'b', 'a', undefined, 'b', 'a'];
 * findRepeats(ids.length, (i) => ids[i])
 * //=> [[2, 0], [4, 1], [5, 0]]
 * ```
 */
export function findRepeats(count: number, idAt: (index: number) => string | undefined): [number, number][] {
  if (count > DENSE) return repeatsByIndex(count, idAt);
  let bits = 0;
  while (bits < 16 && count >>> bits > PART) bits++;
  // With one part every hash is in it (a shift by 32 would shift by nothing).
  const partOf = (hash: number): number => (bits === 0 ? 0 : hash >>> (32 - bits));
  const hashes = new Int32Array(count);
  // Each index's part, -1 where there is no id.
  const where = new Int32Array(count);
  const ends = new Int32Array((1 << bits) + 1);
  let ids = 0;
  for (let i = 0; i < count; i++) {
    const id = idAt(i);
    if (id === undefined) {
      where[i] = -1;
      continue;
    }
    const hash = hashId(id);
    const p = partOf(hash);
    hashes[i] = hash;
    where[i] = p;
    ends[p + 1] = (ends[p + 1] as number) + 1;
    ids++;
  }
  const parts = ends.length - 1;
  let largest = 0;
  for (let p = 0; p < parts; p++) {
    largest = Math.max(largest, ends[p + 1] as number);
    ends[p + 1] = (ends[p + 1] as number) + (ends[p] as number);
  }
  // Indexes by part, each part in index order.
  const order = new Int32Array(ids);
  const next = ends.slice(0, parts);
  for (let i = 0; i < count; i++) {
    const p = where[i] as number;
    if (p < 0) continue;
    order[next[p] as number] = i;
    next[p] = (next[p] as number) + 1;
  }
  let capacity = 16;
  while (capacity < 2 * largest) capacity *= 2;
  const mask = capacity - 1;
  // Slot k: at 2k, 1 + the index of the id there (0 when empty); at 2k + 1, its hash.
  const slots = new Int32Array(2 * capacity);
  const repeats: [number, number][] = [];
  for (let p = 0; p < parts; p++) {
    for (let k = ends[p] as number; k < (ends[p + 1] as number); k++) {
      const i = order[k] as number;
      const hash = hashes[i] as number;
      let at = hash & mask;
      for (;;) {
        const entry = slots[2 * at] as number;
        if (entry === 0) {
          slots[2 * at] = i + 1;
          slots[2 * at + 1] = hash;
          break;
        }
        if (slots[2 * at + 1] === hash && idAt(entry - 1) === idAt(i)) {
          repeats.push([i, entry - 1]);
          break;
        }
        at = (at + 1) & mask;
      }
    }
    // Emptied for the next part: a few kilobytes.
    slots.fill(0);
  }
  return repeats.sort((a, b) => a[0] - b[0]);
}
