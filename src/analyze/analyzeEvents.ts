import { createEventChecks } from '../checks/checkBuckets.js';
import type { TermTally } from '../checks/createTermTally.js';
import type { Finding } from '../checks/types.js';
import type { ClaimSet } from '../claims/schemas.js';
import { claimsByEvent, createEventBucketer } from '../groups/bucketClaims.js';
import { createEventGrouper } from '../groups/groupBuckets.js';
import type { ClaimBucket } from '../groups/types.js';
import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { createGroupScorer } from '../scores/scoreGroup.js';
import type { ScoredGroup } from '../scores/types.js';
import type { Vocabulary } from '../vocabulary/types.js';

/**
 * What `analyze` finds within the events of a valid set: its groups, scored, and the findings that
 * stay within an event and its parts (every kind but the word findings, which span events: each
 * event's claims are counted in `tally` as they are read, and its findings are the caller's).
 *
 * One event at a time: its claims are bucketed, grouped, scored and checked, and its buckets and
 * unscored groups are dropped before the next event, so that they die young instead of being
 * kept to the end of the call. Events go in id order, each event's groups in order, so the groups
 * need no sort at the end. Only where events have parts (`partOf`) are the buckets kept, for the
 * one check that spans events.
 *
 * @example
 * ```ts
 * const set = { sources: [], events: [{ id: 'e' }], claims: [
 *   { id: 'c', claimant: 'x', event: 'e', measure: { outcome: 'killed', subject: 'soliders' }, figure: { low: 3, high: 3, stated: 3, hedge: 'exact' } },
 * ] };
 * const tally = createTermTally(createVocabulary());
 * const { groups, findings } = analyzeEvents(set, createVocabulary(), tally);
 * [groups.map((g) => g.id), findings, tally.findings().map((f) => f.kind)]
 * //=> [['e/killed/soliders'], [], ['unknown-term']]
 * ```
 */
export function analyzeEvents(set: ClaimSet, vocabulary: Vocabulary, tally: TermTally): { groups: ScoredGroup[]; findings: Finding[] } {
  const { events, ids, ends, sorted } = claimsByEvent(set);
  const bucketEvent = createEventBucketer(vocabulary);
  const groupEvent = createEventGrouper(vocabulary);
  const checks = createEventChecks(set, vocabulary);
  const byEvent = set.events.some((event) => event.partOf !== undefined) ? new Map<string, ClaimBucket[]>() : undefined;
  const order = Array.from(ids.keys()).sort((a, b) => compareCodeUnits(ids[a] as string, ids[b] as string));
  const score = createGroupScorer(set, { vocabulary });
  const groups: ScoredGroup[] = [];
  for (const n of order) {
    const event = ids[n] as string;
    const claims = sorted.slice(ends[n], ends[n + 1]);
    tally.addClaims(set, claims);
    const buckets = bucketEvent(event, claims);
    const eventGroups = groupEvent(event, buckets);
    for (const g of eventGroups) {
      // A literal in ClaimGroup's key order (the same JSON), not a spread: a spread that adds a
      // key takes V8's slow path, several times the cost of the literal.
      groups.push({
        id: g.id,
        event: g.event,
        measure: g.measure,
        mixedSubjects: g.mixedSubjects,
        claims: g.claims,
        superseded: g.superseded,
        claimants: g.claimants,
        divergence: score(g),
      });
    }
    checks.addEvent(buckets, eventGroups);
    byEvent?.set(event, buckets);
  }
  return { groups, findings: checks.findings(byEvent === undefined ? undefined : { byEvent, events }) };
}
