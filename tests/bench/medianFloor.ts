import type { ClaimGroup } from '../../src/index.js';
import { groupEntries } from '../../src/scores/groupEntries.js';

/**
 * The benchmarks' floor for estimate(): read every group as estimate reads it and take the
 * median of its points — the same input, the least any consensus can do with it.
 */
export function medianFloor(groups: readonly ClaimGroup[]): number[] {
  return groups.map((group) => {
    const points = groupEntries(group)
      .map((e) => e.point)
      .sort((a, b) => a - b);
    return points[points.length >> 1] as number;
  });
}
