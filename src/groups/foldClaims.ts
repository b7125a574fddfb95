import deepEqual from 'fast-deep-equal';
import { instant } from '../claims/instant.js';
import type { Claim, ClaimSet } from '../claims/schemas.js';
import { canonicalEvents } from './canonicalEvents.js';
import { tupleKey } from '../claims/tupleKey.js';
import type { GroupedClaim } from './types.js';

/** One claimant's figures for one subject of one event, outcome and side, after folding. */
export interface ClaimBucket {
  readonly claimant: string;
  /** The canonical event (after `sameAs`). */
  readonly event: string;
  readonly outcome: string;
  readonly subject: string;
  readonly side: string | undefined;
  /** Current claims: the latest revision, or every undated/same-dated conflicting figure. */
  readonly current: GroupedClaim[];
  /** Earlier revisions. */
  readonly superseded: GroupedClaim[];
}

/** The claims of a set folded for syndication and revisions. */
export interface FoldedClaims {
  /** Buckets in a deterministic order (claimant, event, outcome, subject, side). */
  readonly buckets: ClaimBucket[];
  /** Canonical event of every event id. */
  readonly events: Map<string, string>;
}

const NEVER = Number.POSITIVE_INFINITY;
const statedInstant = (claim: Claim): number => (claim.statedAt === undefined ? NEVER : instant(claim.statedAt, 'start'));
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// Earliest statement first, undated last, then smallest id: the claim kept for a syndicated assertion.
function compareForKeeping(a: Claim, b: Claim): number {
  return statedInstant(a) - statedInstant(b) || byCodeUnit(a.id, b.id);
}

// What makes two claims the same assertion once claimant, event and measure agree: the figure's
// interval and wording-free hedge, and the stance. Outlets, ids, dates and quotes may differ.
const assertion = (claim: Claim) => ({
  low: claim.figure.low,
  high: claim.figure.high,
  stated: claim.figure.stated,
  hedge: claim.figure.hedge,
  stance: claim.stance ?? 'asserts',
});

function syndicate(copies: Claim[]): GroupedClaim {
  copies.sort(compareForKeeping);
  const [kept, ...absorbed] = copies as [Claim, ...Claim[]];
  if (absorbed.length === 0) return kept;
  const via: string[] = [];
  const seen = new Set<string>();
  for (const claim of copies) {
    for (const outlet of claim.via ?? []) {
      if (!seen.has(outlet)) {
        seen.add(outlet);
        via.push(outlet);
      }
    }
  }
  const folded: GroupedClaim = { ...kept, copies: absorbed.map((c) => c.id).sort(byCodeUnit) };
  return via.length > 0 ? { ...folded, via } : folded;
}

function revise(assertions: GroupedClaim[]): { current: GroupedClaim[]; superseded: GroupedClaim[] } {
  if (assertions.length === 1) return { current: assertions, superseded: [] };
  let latest = Number.NEGATIVE_INFINITY;
  for (const claim of assertions) {
    const at = statedInstant(claim);
    if (at !== NEVER && at > latest) latest = at;
  }
  const current: GroupedClaim[] = [];
  const superseded: GroupedClaim[] = [];
  // Undated figures cannot be ordered against the others, so they stay current.
  for (const claim of assertions) {
    const at = statedInstant(claim);
    (at === NEVER || at === latest ? current : superseded).push(claim);
  }
  const byId = (a: GroupedClaim, b: GroupedClaim): number => byCodeUnit(a.id, b.id);
  return { current: current.sort(byId), superseded: superseded.sort(byId) };
}

/**
 * Folds a set's claims per claimant, event, outcome, subject and side: syndicated copies of one
 * assertion become one claim (earliest statement kept, every outlet in `via`, absorbed ids in
 * `copies`), and a claimant's later figures supersede its earlier ones. Every input claim ends up
 * exactly once: current, superseded, or in a kept claim's `copies`.
 *
 * @example
 * ```ts
 * foldClaims(set).buckets.map((b) => [b.claimant, b.current.length, b.superseded.length])
 * //=> [['army', 1, 1], ['ttp', 1, 0]]
 * ```
 */
export function foldClaims(set: ClaimSet): FoldedClaims {
  const events = canonicalEvents(set.events);
  // Most buckets hold one claim: keep it bare and allocate a list only for the second.
  const raw = new Map<string, Claim | Claim[]>();
  for (const claim of set.claims) {
    const { outcome, subject, side } = claim.measure;
    const key = tupleKey(claim.claimant, events.get(claim.event) ?? claim.event, outcome, subject, side);
    const found = raw.get(key);
    if (found === undefined) raw.set(key, claim);
    else if (Array.isArray(found)) found.push(claim);
    else raw.set(key, [found, claim]);
  }

  const buckets: ClaimBucket[] = [];
  for (const entry of raw.values()) {
    const first = Array.isArray(entry) ? (entry[0] as Claim) : entry;
    const { outcome, subject, side } = first.measure;
    const head = { claimant: first.claimant, event: events.get(first.event) ?? first.event, outcome, subject, side };
    if (!Array.isArray(entry)) {
      buckets.push({ ...head, current: [entry], superseded: [] });
      continue;
    }
    // Same assertion: hashed on its primitive fields, confirmed by deep equality of the normalised form.
    const copiesOf = new Map<string, { shape: ReturnType<typeof assertion>; claims: Claim[] }[]>();
    for (const claim of entry) {
      const shape = assertion(claim);
      const hash = `${shape.low}|${shape.high}|${shape.stated}|${shape.hedge}|${shape.stance}`;
      const candidates = copiesOf.get(hash);
      const same = candidates?.find((c) => deepEqual(c.shape, shape));
      if (same !== undefined) same.claims.push(claim);
      else if (candidates !== undefined) candidates.push({ shape, claims: [claim] });
      else copiesOf.set(hash, [{ shape, claims: [claim] }]);
    }
    const assertions: GroupedClaim[] = [];
    for (const candidates of copiesOf.values()) for (const c of candidates) assertions.push(syndicate(c.claims));
    buckets.push({ ...head, ...revise(assertions) });
  }
  buckets.sort(
    (a, b) =>
      byCodeUnit(a.claimant, b.claimant) ||
      byCodeUnit(a.event, b.event) ||
      byCodeUnit(a.outcome, b.outcome) ||
      byCodeUnit(a.subject, b.subject) ||
      byCodeUnit(a.side ?? '', b.side ?? '') ||
      (a.side === undefined ? 0 : 1) - (b.side === undefined ? 0 : 1),
  );
  return { buckets, events };
}
