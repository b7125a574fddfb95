/**
 * Where chains of links end: `endOf(start)` follows `next` from `start` until a node with no next
 * link (or a link to itself), and every node on the way is remembered with that end, so a chain is
 * walked once however many of its nodes are asked about. A chain that loops (only in a document
 * that skipped `parseClaimSet`) ends at the node where the walk would repeat itself, so it cannot
 * hang. Used for `sameAs` links, whether the links are event ids (grouping) or positions
 * (`resolveEvents`).
 */
export function followChains<T>(next: (node: T) => T | undefined): (start: T) => T {
  const ends = new Map<T, T>();
  const onPath = new Set<T>();
  return (start) => {
    const known = ends.get(start);
    if (known !== undefined) return known;
    const path: T[] = [];
    let at = start;
    while (!ends.has(at) && !onPath.has(at)) {
      path.push(at);
      onPath.add(at);
      const link = next(at);
      if (link === undefined || link === at) break;
      at = link;
    }
    const end = ends.get(at) ?? at;
    for (const node of path) {
      ends.set(node, end);
      onPath.delete(node);
    }
    return end;
  };
}
