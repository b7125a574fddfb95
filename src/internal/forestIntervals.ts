/**
 * Numbers the nodes of a forest, given by each node's parent (-1 for a root), so that ancestry is
 * two comparisons: node `a` is `b` or an ancestor of `b` exactly when `tin[a] <= tin[b] < tout[a]`,
 * and `tout[a] - tin[a]` is the size of `a`'s subtree. One iterative walk, so a chain of any length
 * costs linear time and no stack. Links that go round in a circle (only in a document that skipped
 * `parseClaimSet`) are cut at the first node of the circle the walk meets, so that every node is
 * numbered once.
 *
 * @example
 * ```ts
 * // 0 is the root, 1 and 2 its children, 3 a child of 1.
 * const { tin, tout } = forestIntervals([-1, 0, 0, 1]);
 * const isAncestor = (a: number, b: number) => tin[a] <= tin[b] && tin[b] < tout[a];
 * [isAncestor(0, 3), isAncestor(1, 3), isAncestor(2, 3), tout[1] - tin[1]]
 * //=> [true, true, false, 2]
 * ```
 */
export function forestIntervals(parents: ArrayLike<number>): { tin: Int32Array; tout: Int32Array } {
  const n = parents.length;
  const parentOf = (i: number): number => {
    const p = parents[i] as number;
    return p >= 0 && p < n && p !== i ? p : -1;
  };
  // Children in compressed rows: those of node i are childList[first[i]] to childList[first[i + 1] - 1].
  const first = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const p = parentOf(i);
    if (p >= 0) first[p + 1] = (first[p + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) first[i + 1] = (first[i + 1] as number) + (first[i] as number);
  const childList = new Int32Array(first[n] as number);
  const filled = first.slice(0, n);
  for (let i = 0; i < n; i++) {
    const p = parentOf(i);
    if (p >= 0) childList[(filled[p] as number)++] = i;
  }
  const tin = new Int32Array(n).fill(-1);
  const tout = new Int32Array(n);
  const stack = new Int32Array(n);
  const nextChild = new Int32Array(n);
  let clock = 0;
  const walk = (root: number): void => {
    let top = 0;
    stack[0] = root;
    tin[root] = clock++;
    nextChild[root] = first[root] as number;
    while (top >= 0) {
      const node = stack[top] as number;
      const k = nextChild[node] as number;
      if (k < (first[node + 1] as number)) {
        nextChild[node] = k + 1;
        const child = childList[k] as number;
        // A child already numbered closes a circle: the link is the cut one.
        if (tin[child] !== -1) continue;
        tin[child] = clock++;
        nextChild[child] = first[child] as number;
        stack[++top] = child;
      } else {
        tout[node] = clock;
        top--;
      }
    }
  };
  for (let i = 0; i < n; i++) if (parentOf(i) < 0) walk(i);
  // What is left hangs from a circle: walk up to it and start at the first node met twice.
  const seen = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (tin[i] !== -1) continue;
    let at = i;
    while (seen[at] !== i) {
      seen[at] = i;
      at = parentOf(at);
    }
    walk(at);
  }
  return { tin, tout };
}
