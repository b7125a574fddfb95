import type { GroupScore } from '../scores/types.js';
import type { ClaimGroup } from '../groups/types.js';

/**
 * A report's groups in the order a reader wants them: the disputed ones (more than one claimant)
 * first, most divergent first (by score, then by the score of the numbers as stated), and the
 * groups of a single source after them, each part otherwise in the order given.
 *
 * @example
 * ```ts
 * const group = (id: string, claimants: string[], score: number) => ({ id, claimants, divergence: { score, statedScore: score } });
 * const { disputed, single } = disputedFirst([group('a', ['army'], 0), group('b', ['army', 'ttp'], 0.5), group('c', ['army', 'ttp'], 0.9)]);
 * [disputed.map((g) => g.id), single.map((g) => g.id)]
 * //=> [['c', 'b'], ['a']]
 * ```
 */
export function disputedFirst<G extends Pick<ClaimGroup, 'claimants'> & { readonly divergence: Pick<GroupScore, 'score' | 'statedScore'> }>(
  groups: readonly G[],
): { disputed: G[]; single: G[] } {
  const disputed = groups.filter((g) => g.claimants.length > 1);
  disputed.sort((a, b) => b.divergence.score - a.divergence.score || b.divergence.statedScore - a.divergence.statedScore);
  return { disputed, single: groups.filter((g) => g.claimants.length <= 1) };
}
