/** Disjoint sets over the integers `0` to `size − 1`, from {@link createUnionFind}. */
export interface UnionFind {
  /** The root of the set that holds `i`. */
  find(i: number): number;
  /** Joins the sets of `a` and `b`; the root that `keepsRoot` prefers stays the root. */
  union(a: number, b: number): void;
}

/**
 * Union-find with path compression. Which root survives a union is the caller's choice: with
 * `keepsRoot(x, y)` true, `x` stays the root (resolveEvents keeps the smallest event id), so a
 * set's root depends on its members, never on the order of the unions.
 */
export function createUnionFind(size: number, keepsRoot: (x: number, y: number) => boolean): UnionFind {
  const parent = Int32Array.from({ length: size }, (_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) {
      const next = parent[i] as number;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const union = (a: number, b: number): void => {
    const x = find(a);
    const y = find(b);
    if (x === y) return;
    if (keepsRoot(x, y)) parent[y] = x;
    else parent[x] = y;
  };
  return { find, union };
}
