import type { Claim, ClaimSet } from '../claims/schemas.js';
import { lookupById } from '../internal/lookupById.js';
import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { tupleKey } from '../internal/tupleKey.js';
import { termWords } from '../vocabulary/termWords.js';
import type { Vocabulary } from '../vocabulary/types.js';
import type { Finding } from './types.js';

/** The term findings of a set, gathered claim by claim, from {@link createTermTally}. */
export interface TermTally {
  /** Counts every claim of a set, its claimants named by the set's sources. */
  addSet(set: ClaimSet): void;
  /**
   * Counts some of a set's claims, its claimants named by the set's sources: an analysis counts
   * each event's claims while it reads them anyway, rather than in a pass of its own over them all.
   */
  addClaims(set: ClaimSet, claims: readonly Claim[]): void;
  /** The `unknown-term` and `loaded-term` findings of every claim added so far. */
  findings(): Finding[];
}

interface Loaded {
  readonly name: string;
  /** The claim whose wording the message quotes: the smallest id, so that input order does not matter. */
  first: Claim;
  readonly claims: string[];
}

/**
 * Gathers the findings about words (`unknown-term`, `loaded-term`), which are the only findings
 * that span events: one per unknown word, one per claimant and loaded label, wherever they are
 * used. Claims can be added in any order and in any number of calls, one partition of a corpus at
 * a time, and the findings are the same as for the whole set at once.
 *
 * @example
 * ```ts
 * const tally = createTermTally(createVocabulary());
 * const sources = [{ id: 'army', name: 'The army' }];
 * tally.addSet({ sources, events: [{ id: 'e1' }], claims: [{ id: 'b', claimant: 'army', event: 'e1', measure: { outcome: 'killed', subject: 'militants', term: 'terrorists' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } }] });
 * tally.addSet({ sources, events: [{ id: 'e2' }], claims: [{ id: 'a', claimant: 'army', event: 'e2', measure: { outcome: 'killed', subject: 'militants', term: 'terrorists' }, figure: { low: 9, high: 9, stated: 9, hedge: 'exact' } }] });
 * tally.findings()
 * //=> [{ kind: 'loaded-term', claims: ['a', 'b'], message: 'The army calls militants "terrorists", a loaded label that is part of the dispute.' }]
 * ```
 */
export function createTermTally(vocabulary: Vocabulary): TermTally {
  const unknown = new Map<string, { word: string; what: 'outcome' | 'subject'; claims: string[] }>();
  const loaded = new Map<string, Loaded>();
  const addUnknown = (what: 'outcome' | 'subject', word: string, claim: Claim): void => {
    const key = tupleKey(what, word);
    const entry = unknown.get(key);
    if (entry === undefined) unknown.set(key, { word, what, claims: [claim.id] });
    else entry.claims.push(claim.id);
  };
  // Called once per claim of a corpus: no list is built for a claim whose words are known, and the
  // claimant's name is looked up only for the first claim of a loaded label, the one it names.
  const add = (claim: Claim, set: ClaimSet): void => {
    const { outcome, subject, term } = claim.measure;
    if (!vocabulary.outcome(outcome).known) addUnknown('outcome', outcome, claim);
    if (!vocabulary.subject(subject).known) addUnknown('subject', subject, claim);
    if (term !== undefined && vocabulary.subject(term).loaded) {
      const key = tupleKey(claim.claimant, term.toLowerCase());
      const entry = loaded.get(key);
      if (entry === undefined) loaded.set(key, { name: lookupById(set.sources)(claim.claimant)?.name ?? claim.claimant, first: claim, claims: [claim.id] });
      else {
        entry.claims.push(claim.id);
        if (compareCodeUnits(claim.id, entry.first.id) < 0) entry.first = claim;
      }
    }
  };
  const addClaims = (set: ClaimSet, claims: readonly Claim[]): void => {
    for (const claim of claims) add(claim, set);
  };
  return {
    addSet(set) {
      addClaims(set, set.claims);
    },
    addClaims,
    findings() {
      const findings: Finding[] = [];
      for (const { word, what, claims } of unknown.values()) {
        const sorted = [...claims].sort(compareCodeUnits);
        findings.push({
          kind: 'unknown-term',
          claims: sorted,
          message: `The ${what} "${word}" is not in the vocabulary (claim ${sorted.join(', ')}): check its spelling, or add it with createVocabulary so that it groups with the right terms.`,
        });
      }
      for (const { name, first, claims } of loaded.values()) {
        findings.push({
          kind: 'loaded-term',
          claims: [...claims].sort(compareCodeUnits),
          message: `${name} calls ${termWords(first.measure.subject)} "${first.measure.term as string}", a loaded label that is part of the dispute.`,
        });
      }
      return findings;
    },
  };
}
