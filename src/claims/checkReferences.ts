import { createIdIndex, type IdIndex } from '../internal/createIdIndex.js';
import { findRepeats } from '../internal/findRepeats.js';
import type { ClaimSetIssue } from './ClaimSetError.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined;

const idOf = (item: unknown): string | undefined => {
  const id = isRecord(item) ? own(item, 'id') : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
};

const duplicate = (section: string, index: number, id: string, first: number): ClaimSetIssue => ({
  path: [section, index, 'id'],
  message: `duplicate id ${JSON.stringify(id)} (also ${section}[${first}])`,
});

// Ids of one section, reporting duplicates. Ids are not object keys, so "__proto__" is an ordinary id.
// A section that is not a list has no ids to check against: its own problem is reported instead of
// every reference into it.
function collectIds(section: string, list: unknown, issues: ClaimSetIssue[]): IdIndex | undefined {
  if (!Array.isArray(list)) return undefined;
  const ids = createIdIndex(list.length);
  list.forEach((item, index) => {
    const id = idOf(item);
    if (id === undefined) return;
    const first = ids.add(id, index);
    if (first !== undefined) issues.push(duplicate(section, index, id, first));
  });
  return ids;
}

// Nothing refers to a claim, so its ids need no index: only their repeats are found, by a method
// that keeps a million ids in the cache (findRepeats).
function reportRepeatedClaimIds(claims: unknown, issues: ClaimSetIssue[]): void {
  if (!Array.isArray(claims)) return;
  const idAt = (i: number): string | undefined => idOf(claims[i]);
  for (const [index, first] of findRepeats(claims.length, idAt)) issues.push(duplicate('claims', index, idAt(index) as string, first));
}

function checkEvents(events: unknown, eventIds: IdIndex | undefined, issues: ClaimSetIssue[]): void {
  if (!Array.isArray(events) || eventIds === undefined) return;
  const links = { partOf: new Map<string, string>(), sameAs: new Map<string, string>() };
  events.forEach((event, index) => {
    if (!isRecord(event)) return;
    for (const key of ['partOf', 'sameAs'] as const) {
      const target = own(event, key);
      if (typeof target !== 'string' || target === '') continue;
      if (!eventIds.has(target)) issues.push({ path: ['events', index, key], message: `no event ${JSON.stringify(target)}` });
      else if (target === own(event, 'id')) issues.push({ path: ['events', index, key], message: 'an event cannot name itself' });
      else links[key].set(own(event, 'id') as string, target);
    }
  });
  for (const key of ['partOf', 'sameAs'] as const) reportLoops(key, links[key], eventIds, issues);
}

// A partOf chain that loops would make every event in it a part of itself; a sameAs chain that
// loops merges events into each other with no survivor. Each event is walked once: a walk stops at
// an event already settled, so a long chain costs linear time.
function reportLoops(
  key: 'partOf' | 'sameAs',
  next: Map<string, string>,
  eventIds: IdIndex,
  issues: ClaimSetIssue[],
): void {
  const settled = new Set<string>();
  for (const start of next.keys()) {
    if (settled.has(start)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let at: string | undefined = start;
    while (at !== undefined && !settled.has(at) && !onPath.has(at)) {
      onPath.set(at, path.length);
      path.push(at);
      at = next.get(at);
    }
    if (at !== undefined && onPath.has(at)) {
      // Report the loop once, from its event that comes first in the document.
      const loop = path.slice(onPath.get(at));
      let first = 0;
      loop.forEach((id, k) => {
        if ((eventIds.get(id) as number) < (eventIds.get(loop[first] as string) as number)) first = k;
      });
      const ordered = [...loop.slice(first), ...loop.slice(0, first)];
      issues.push({
        path: ['events', eventIds.get(ordered[0] as string) as number, key],
        message: `${key} goes round in a circle: ${[...ordered, ordered[0]].map((c) => JSON.stringify(c)).join(' → ')}`,
      });
    }
    for (const id of path) settled.add(id);
  }
}

function checkClaimRefs(
  claims: unknown,
  sourceIds: IdIndex | undefined,
  eventIds: IdIndex | undefined,
  issues: ClaimSetIssue[],
): void {
  if (!Array.isArray(claims)) return;
  // Claims mostly come an event at a time: an event found for the claim before is not looked up again.
  let found: string | undefined;
  claims.forEach((claim, index) => {
    if (!isRecord(claim)) return;
    const claimant = own(claim, 'claimant');
    if (typeof claimant === 'string' && claimant !== '' && sourceIds !== undefined && !sourceIds.has(claimant)) {
      issues.push({ path: ['claims', index, 'claimant'], message: `no source ${JSON.stringify(claimant)}` });
    }
    const via = own(claim, 'via');
    if (Array.isArray(via) && sourceIds !== undefined) {
      via.forEach((relay, j) => {
        if (typeof relay === 'string' && relay !== '' && !sourceIds.has(relay)) {
          issues.push({ path: ['claims', index, 'via', j], message: `no source ${JSON.stringify(relay)}` });
        }
      });
    }
    const event = own(claim, 'event');
    if (typeof event === 'string' && event !== '' && event !== found && eventIds !== undefined) {
      if (eventIds.has(event)) found = event;
      else issues.push({ path: ['claims', index, 'event'], message: `no event ${JSON.stringify(event)}` });
    }
  });
}

/**
 * Checks what a schema cannot see in a document: unique ids within each section, and that every
 * reference (claimant, via, event, partOf, sameAs) names something that exists. It reads the raw
 * input defensively, so it reports reference problems even when shapes are wrong elsewhere.
 *
 * @example
 * ```ts
 * checkReferences({ sources: [], events: [{ id: 'e' }], claims: [{ id: 'c', claimant: 'nobody', event: 'e' }] })
 * //=> [{ path: ['claims', 0, 'claimant'], message: 'no source "nobody"' }]
 * ```
 */
export function checkReferences(input: unknown): ClaimSetIssue[] {
  const issues: ClaimSetIssue[] = [];
  if (!isRecord(input)) return issues;
  const sources = own(input, 'sources');
  const events = own(input, 'events');
  const claims = own(input, 'claims');
  const sourceIds = collectIds('sources', sources, issues);
  const eventIds = collectIds('events', events, issues);
  reportRepeatedClaimIds(claims, issues);
  checkEvents(events, eventIds, issues);
  checkClaimRefs(claims, sourceIds, eventIds, issues);
  return issues;
}
