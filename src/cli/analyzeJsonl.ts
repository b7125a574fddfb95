import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzePartitions } from '../analyze/analyzePartitions.js';
import { mergeSources } from '../claims/mergeClaimSets.js';
import { parseClaimSet } from '../claims/parseClaimSet.js';
import { partitionKeys } from '../claims/partitionKeys.js';
import { resolveEvents } from '../claims/resolveEvents.js';
import type { Claim, ClaimSet, Event, Source } from '../claims/schemas.js';
import { createProgress } from './createProgress.js';
import { SOME_RECORDS_FAILED } from './extractJsonl.js';
import { writeChunks, type CliIo } from './io.js';
import { readLines } from './readLines.js';

/** How `analyze --jsonl` runs. */
export interface AnalyzeJsonlOptions {
  readonly resolveEvents: boolean;
  readonly strict: boolean;
  readonly progress: boolean;
  /** Claims per bucket file: the most the second phase holds at once, unless one partition is larger. */
  readonly bucketClaims?: number;
}

const fmt = (n: number): string => n.toLocaleString('en-US');

// A record: an `extract --jsonl` line ({ id, set } or { id, error }) or a bare ClaimSet.
function readRecord(line: string): { id: string | null; set: unknown } | { id: string | null; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `not JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { id: null, error: 'expected a record {"id", "set"} or a ClaimSet' };
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' ? record.id : null;
  if (Object.hasOwn(record, 'set')) return { id, set: record.set };
  if (Object.hasOwn(record, 'error')) return { id, error: `extract could not read it: ${String(record.error)}` };
  if (Object.hasOwn(record, 'claims')) return { id, set: record };
  return { id, error: 'expected a record {"id", "set"} or a ClaimSet {"sources", "events", "claims"}' };
}

// Two 32-bit FNV-1a hashes of an id in one double (53 bits): claim ids are checked for repeats
// across records without holding them all; a repeated hash is then checked against the ids.
function idHash(id: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ id.length;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 2 ** 21 + ((b >>> 0) >>> 11);
}

/** What the first phase keeps: sources, events, and how many claims each event has. */
interface Corpus {
  readonly sources: Map<string, Source>;
  readonly events: Map<string, { event: Event; line: number; claims: number }>;
  /** The documents that cite each event, for resolveEvents: one document never merges its own events. */
  readonly citations: Map<string, Set<string>>;
}

/**
 * `counterclaim analyze --jsonl`: analyses the sets of many records (`extract --jsonl` lines, or
 * one ClaimSet per line) as one corpus, as `analyze` would analyse `mergeClaimSets` of them, with
 * memory bounded by the largest partition rather than the corpus. Three phases: read and validate
 * each record, writing the valid ones to a spool file and keeping only sources and events; then
 * (with `--resolve-events`) resolve the events and key them (`partitionKeys`); then sort the claims
 * into bucket files by ranges of keys and analyse one bucket at a time, a line per partition
 * (`{ partition, groups, findings }`, in key order) and a last line with the word findings
 * (`partition: null`). A bad record — not JSON, not a valid set, an event or claim id that an
 * earlier record has — is said on stderr with its line and id and left out; the exit code is then 5.
 *
 * @example
 * ```ts
 * await analyzeJsonl('-', { resolveEvents: false, strict: false, progress: false }, io) // a line of prose: exit 5
 * //=> 5
 * ```
 */
export async function analyzeJsonl(file: string | undefined, options: AnalyzeJsonlOptions, io: CliIo): Promise<number> {
  const source = await readLines(file, io);
  const work = mkdtempSync(join(tmpdir(), 'counterclaim-analyze-'));
  const reported = new Set<number>();
  const fail = (line: number, id: string | null, why: string): void => {
    if (reported.has(line)) return;
    reported.add(line);
    io.stderr.write(`counterclaim analyze: ${source.name}: line ${fmt(line)}${id === null ? '' : ` (id ${JSON.stringify(id)})`}: ${why}\n`);
  };
  try {
    // Phase 1: validate each record; the valid ones, normalised, go to the spool.
    const spool = join(work, 'records.jsonl');
    const spoolFd = openSync(spool, 'w');
    let hashList = new Float64Array(1024);
    let hashCount = 0;
    const progress = createProgress(io.stderr, 'analyze', { size: source.size, show: options.progress });
    let line = 0;
    let pending = '';
    for await (const batch of source.batches) {
      let records = 0;
      for (const text of batch.lines) {
        line++;
        if (text.trim() === '') continue;
        records++;
        const record = readRecord(text);
        if ('error' in record) {
          fail(line, record.id, record.error);
          continue;
        }
        const parsed = parseClaimSet(record.set);
        if (!parsed.success) {
          const issues = parsed.error.message.split('\n');
          fail(line, record.id, `${issues.slice(0, 5).join('; ')}${issues.length > 5 ? `; and ${issues.length - 5} more` : ''}`);
          continue;
        }
        for (const claim of parsed.data.claims) {
          if (hashCount === hashList.length) {
            const grown = new Float64Array(hashList.length * 2);
            grown.set(hashList);
            hashList = grown;
          }
          hashList[hashCount++] = idHash(claim.id);
        }
        pending += `${JSON.stringify({ line, id: record.id, set: parsed.data })}\n`;
        if (pending.length > 1 << 20) {
          writeSync(spoolFd, pending);
          pending = '';
        }
      }
      progress.tick(records, batch.bytes);
    }
    writeSync(spoolFd, pending);
    closeSync(spoolFd);
    progress.done();

    const rejected = repeatedClaims(spool, hashList.subarray(0, hashCount), fail);
    // Phase 2, in functions of their own, so that what they hold (the events, their keys, the
    // hashes) is let go before the buckets are analysed.
    hashList = new Float64Array(0);
    const corpus = gatherCorpus(spool, rejected, options.resolveEvents, fail);
    const buckets = spillToBuckets(spool, rejected, corpus, options, work);
    corpus.events.clear();
    corpus.citations.clear();

    // Phase 3: one bucket at a time, one partition at a time.
    const partitions = function* (): Generator<ClaimSet> {
      for (let b = 0; b < buckets; b++) {
        const parts = new Map<string, { events: Event[]; claims: Claim[] }>();
        for (const text of readFileSync(join(work, `bucket-${b}.jsonl`), 'utf8').split('\n')) {
          if (text === '') continue;
          const [key, entry] = JSON.parse(text) as [string, { event?: Event; claim?: Claim }];
          let part = parts.get(key);
          if (part === undefined) {
            part = { events: [], claims: [] };
            parts.set(key, part);
          }
          if (entry.event !== undefined) part.events.push(entry.event);
          else part.claims.push(entry.claim as Claim);
        }
        rmSync(join(work, `bucket-${b}.jsonl`));
        for (const key of [...parts.keys()].sort()) {
          const { events: partEvents, claims } = parts.get(key) as { events: Event[]; claims: Claim[] };
          parts.delete(key);
          if (claims.length === 0) continue;
          const named = new Set<string>();
          for (const claim of claims) {
            named.add(claim.claimant);
            for (const relay of claim.via ?? []) named.add(relay);
          }
          yield { sources: [...named].map((id) => corpus.sources.get(id) as Source), events: partEvents, claims };
        }
      }
    };
    let findings = 0;
    for (const part of analyzePartitions(partitions())) {
      findings += part.findings.length;
      await writeChunks(io.stdout, [`${JSON.stringify(part)}\n`]);
      if (io.stdout.destroyed === true) break;
    }
    if (reported.size > 0) io.stderr.write(`counterclaim analyze: ${fmt(reported.size)} record${reported.size === 1 ? '' : 's'} left out (their lines above)\n`);
    return reported.size > 0 ? SOME_RECORDS_FAILED : options.strict && findings > 0 ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

interface Spooled {
  readonly line: number;
  readonly id: string | null;
  readonly set: ClaimSet;
}

function forEachSpooled(spool: string, rejected: ReadonlySet<number>, visit: (spooled: Spooled) => void): void {
  // The spool is read in slices of lines, not as one string: it may exceed V8's string limit.
  const fd = openSync(spool, 'r');
  const buffer = Buffer.alloc(1 << 22);
  const decoder = new TextDecoder();
  let rest = '';
  try {
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      const text = rest + decoder.decode(buffer.subarray(0, read), { stream: true });
      const lines = text.split('\n');
      rest = lines.pop() as string;
      for (const line of lines) {
        const spooled = JSON.parse(line) as Spooled;
        if (!rejected.has(spooled.line)) visit(spooled);
      }
    }
  } finally {
    closeSync(fd);
  }
}

// Sources, events and their claim counts from the spooled records, in line order; a record whose
// event id an earlier record has is left out (mergeClaimSets would refuse the pair).
function gatherCorpus(
  spool: string,
  rejected: Set<number>,
  citing: boolean,
  fail: (line: number, id: string | null, why: string) => void,
): Corpus {
  const corpus: Corpus = { sources: new Map(), events: new Map(), citations: new Map() };
  forEachSpooled(spool, rejected, ({ line, id, set }) => {
    const taken = set.events.find((event) => corpus.events.has(event.id));
    if (taken !== undefined) {
      rejected.add(line);
      fail(line, id, `event id ${JSON.stringify(taken.id)} is also in line ${fmt(corpus.events.get(taken.id)?.line as number)}`);
      return;
    }
    mergeSources(corpus.sources, set.sources);
    for (const event of set.events) corpus.events.set(event.id, { event, line, claims: 0 });
    for (const claim of set.claims) {
      (corpus.events.get(claim.event) as { claims: number }).claims++;
      const document = claim.evidence?.document;
      if (!citing || document === undefined) continue;
      const cited = corpus.citations.get(document);
      if (cited === undefined) corpus.citations.set(document, new Set([claim.event]));
      else cited.add(claim.event);
    }
  });
  return corpus;
}

// resolveEvents reads of the claims only which document cites which event: one stand-in claim per
// pair is all it needs, where the corpus's claims would not fit in memory.
function citationClaims(citations: ReadonlyMap<string, ReadonlySet<string>>): Claim[] {
  const claims: Claim[] = [];
  for (const [document, events] of citations) {
    for (const event of events) {
      claims.push({ id: '', claimant: '', event, measure: { outcome: '', subject: '' }, figure: { low: 0, high: 0, stated: 0, hedge: 'exact' }, evidence: { document } });
    }
  }
  return claims;
}

// Claim ids that two records share: a repeated hash, checked against the ids themselves. Returns
// the lines of the records left out for it (the later of each pair).
function repeatedClaims(spool: string, hashes: Float64Array, fail: (line: number, id: string | null, why: string) => void): Set<number> {
  const sorted = hashes.sort();
  const suspects = new Set<number>();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) suspects.add(sorted[i] as number);
  const rejected = new Set<number>();
  if (suspects.size === 0) return rejected;
  const firstLine = new Map<string, number>();
  forEachSpooled(spool, rejected, (spooled) => {
    for (const claim of spooled.set.claims) {
      if (!suspects.has(idHash(claim.id))) continue;
      const first = firstLine.get(claim.id);
      if (first === undefined) firstLine.set(claim.id, spooled.line);
      else if (first !== spooled.line && !rejected.has(spooled.line)) {
        rejected.add(spooled.line);
        fail(spooled.line, spooled.id, `claim id ${JSON.stringify(claim.id)} is also in line ${fmt(first)}`);
      }
    }
  });
  return rejected;
}

// Resolves (when asked) and keys the events, then writes every event and claim to the bucket file
// of its key, buckets holding ranges of keys in order; returns the number of buckets.
function spillToBuckets(spool: string, rejected: ReadonlySet<number>, corpus: Corpus, options: AnalyzeJsonlOptions, work: string): number {
  let events = [...corpus.events.values()].map((e) => e.event);
  if (options.resolveEvents) events = resolveEvents({ sources: [], events, claims: citationClaims(corpus.citations) }).events;
  const keys = partitionKeys(events);
  const claimsPerKey = new Map<string, number>();
  for (const { event, claims } of corpus.events.values()) {
    const key = keys.get(event.id) as string;
    claimsPerKey.set(key, (claimsPerKey.get(key) ?? 0) + claims);
  }
  const bucketOf = new Map<string, number>();
  const limit = options.bucketClaims ?? 100_000;
  let buckets = 0;
  let filled = 0;
  for (const key of [...claimsPerKey.keys()].sort()) {
    const claims = claimsPerKey.get(key) as number;
    if (filled > 0 && filled + claims > limit) {
      buckets++;
      filled = 0;
    }
    bucketOf.set(key, buckets);
    filled += claims;
  }
  buckets += claimsPerKey.size > 0 ? 1 : 0;
  const writers = Array.from({ length: buckets }, (_, b) => ({ fd: openSync(join(work, `bucket-${b}.jsonl`), 'w'), text: '' }));
  const put = (key: string, entry: unknown): void => {
    const writer = writers[bucketOf.get(key) as number] as { fd: number; text: string };
    writer.text += `${JSON.stringify([key, entry])}\n`;
    if (writer.text.length > 1 << 18) {
      writeSync(writer.fd, writer.text);
      writer.text = '';
    }
  };
  for (const event of events) put(keys.get(event.id) as string, { event });
  const survivor = new Map<string, string>();
  if (options.resolveEvents) for (const event of events) if (event.sameAs !== undefined) survivor.set(event.id, event.sameAs);
  forEachSpooled(spool, rejected, (spooled) => {
    for (const claim of spooled.set.claims) {
      const event = survivor.get(claim.event);
      put(keys.get(claim.event) as string, { claim: event === undefined ? claim : { ...claim, event } });
    }
  });
  for (const writer of writers) {
    writeSync(writer.fd, writer.text);
    closeSync(writer.fd);
  }
  return buckets;
}
