import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimDraft } from '../types.js';
import { createDenialPicker } from './createDenialPicker.js';

const claim = (claimant: string, subject: string, more: { stance?: 'asserts' | 'denies'; ownLoss?: boolean; outcome?: string } = {}): ClaimDraft =>
  ({
    claimant,
    measure: { outcome: more.outcome ?? 'killed', subject, ownLoss: more.ownLoss ?? false },
    stance: more.stance ?? 'asserts',
  }) as ClaimDraft;

// The rule as a pass over every claim: the first claim of each count by someone else.
function naive(previous: readonly ClaimDraft[], claimant: string): ClaimDraft[] {
  const seen = new Set<string>();
  const picked: ClaimDraft[] = [];
  for (const target of previous) {
    if (target.claimant === claimant || target.stance === 'denies' || target.measure.ownLoss) continue;
    const key = `${target.measure.outcome}/${target.measure.subject}`;
    if (seen.has(key)) continue;
    seen.add(key);
    picked.push(target);
  }
  return picked;
}

describe('createDenialPicker', () => {
  it('picks, per count, the first claim by someone other than the denier, in sentence order', () => {
    const previous = [claim('army', 'soldiers'), claim('ttp', 'soldiers'), claim('army', 'militants'), claim('ttp', 'civilians')];
    const deny = createDenialPicker(previous);
    expect(deny('army')).toEqual([previous[1], previous[3]]);
    expect(deny('ttp')).toEqual([previous[0], previous[2]]);
    expect(deny('residents')).toEqual([previous[0], previous[2], previous[3]]);
  });

  it("skips denials and a claimant's own losses", () => {
    const previous = [claim('army', 'soldiers', { stance: 'denies' }), claim('ttp', 'militants', { ownLoss: true }), claim('army', 'soldiers', { outcome: 'injured' })];
    expect(createDenialPicker(previous)('ttp')).toEqual([previous[2]]);
  });

  it('denies at most the first 32 counts', () => {
    const previous = Array.from({ length: 40 }, (_, k) => claim('army', `subject-${k}`));
    expect(createDenialPicker(previous)('ttp')).toEqual(previous.slice(0, 32));
  });

  it('agrees with a pass over every claim', () => {
    const draft = fc.record({
      claimant: fc.constantFrom('a', 'b', 'c'),
      subject: fc.constantFrom('soldiers', 'militants', 'civilians'),
      outcome: fc.constantFrom('killed', 'injured'),
      stance: fc.constantFrom('asserts' as const, 'denies' as const),
      ownLoss: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(draft, { maxLength: 12 }), fc.constantFrom('a', 'b', 'c', 'd'), (drafts, denier) => {
        const previous = drafts.map((d) => claim(d.claimant, d.subject, d));
        const deny = createDenialPicker(previous);
        expect(deny(denier)).toEqual(naive(previous, denier));
        expect(deny(denier)).toEqual(naive(previous, denier));
      }),
    );
  });
});
