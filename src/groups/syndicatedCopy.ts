import type { Claim } from '../claims/schemas.js';
import type { GroupedClaim } from './types.js';
import type { Writable } from '../internal/Writable.js';

// The optional fields a claim has, as bits.
const VIA = 1;
const STANCE = 2;
const STATED_AT = 4;
const EVIDENCE = 8;

// A claim's optional fields, when its own keys are a claim's fields in the contract's order (the
// layout of every claim parseClaimSet returns) and it has no symbol keys; -1 for anything else.
function layoutOf(claim: Claim): number {
  const keys = Object.keys(claim);
  let k = 0;
  let layout = 0;
  if (keys[k++] !== 'id' || keys[k++] !== 'claimant') return -1;
  if (keys[k] === 'via') {
    layout |= VIA;
    k++;
  }
  if (keys[k++] !== 'event' || keys[k++] !== 'measure' || keys[k++] !== 'figure') return -1;
  if (keys[k] === 'stance') {
    layout |= STANCE;
    k++;
  }
  if (keys[k] === 'statedAt') {
    layout |= STATED_AT;
    k++;
  }
  if (keys[k] === 'evidence') {
    layout |= EVIDENCE;
    k++;
  }
  return k === keys.length && Object.getOwnPropertySymbols(claim).length === 0 ? layout : -1;
}

/**
 * The claim kept for a syndicated assertion, with every outlet that carried it (`via`, when it
 * names any) and the ids it absorbed (`copies`): exactly what `{ ...kept, via, copies }` makes
 * (`{ ...kept, copies }` when `via` is empty), the same keys in the same order and the same values.
 * A spread that adds a key to claims of several layouts takes V8's slow path, about 3 µs a claim
 * (a tenth of an analysis of synthetic claims); a claim laid out as the contract orders its fields
 * is copied field by field instead, anything else is spread.
 *
 * @example
 * ```ts
 * const kept = { id: 'a', claimant: 'army', via: ['cnn'], event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 4, high: 4, stated: 4, hedge: 'exact' as const }, statedAt: '2009-10-17' };
 * Object.keys(syndicatedCopy(kept, ['cnn', 'bbc'], ['b']))
 * //=> ['id', 'claimant', 'via', 'event', 'measure', 'figure', 'statedAt', 'copies']
 * syndicatedCopy(kept, ['cnn', 'bbc'], ['b']).via
 * //=> ['cnn', 'bbc']
 * ```
 */
export function syndicatedCopy(kept: Claim, via: string[], copies: string[]): GroupedClaim {
  const layout = layoutOf(kept);
  if (layout < 0) return via.length > 0 ? { ...kept, via, copies } : { ...kept, copies };
  // Every field is read, in order, as the spread reads them; `via` is replaced only when it names an outlet.
  const out: Writable<GroupedClaim> =
    (layout & VIA) !== 0
      ? { id: kept.id, claimant: kept.claimant, via: via.length > 0 ? via : (kept.via as string[]), event: kept.event, measure: kept.measure, figure: kept.figure }
      : { id: kept.id, claimant: kept.claimant, event: kept.event, measure: kept.measure, figure: kept.figure };
  if ((layout & STANCE) !== 0) out.stance = kept.stance as Claim['stance'] & string;
  if ((layout & STATED_AT) !== 0) out.statedAt = kept.statedAt as string;
  if ((layout & EVIDENCE) !== 0) out.evidence = kept.evidence as NonNullable<Claim['evidence']>;
  // A kept claim without a list of its own gets the outlets after its fields, as the spread puts a new key.
  if ((layout & VIA) === 0 && via.length > 0) out.via = via;
  out.copies = copies;
  return out;
}
