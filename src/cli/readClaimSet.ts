import { parseClaimSet } from '../claims/parseClaimSet.js';
import type { ClaimSet } from '../claims/schemas.js';
import { InputError, type CliIo } from './io.js';
import { readInput } from './readInput.js';
import { partitionPoint } from '../internal/partitionPoint.js';

// Past this many claims a command says what it is doing, so that a long wait is not a hang.
const PROGRESS_THRESHOLD = 10_000;

/** A validated document, with the name of the input it came from. */
export interface ReadClaimSet {
  readonly name: string;
  readonly set: ClaimSet;
  /** Whether the input is large enough to report progress on stderr. */
  readonly large: boolean;
}

// Where JSON.parse gave up, as line and column. The engine's messages name a position only for
// some errors (and quote the input in others), so find it by bisection: the longest prefix that
// still reads as the start of a JSON text ends just before the offending character.
function jsonErrorAt(text: string): string {
  const viable = (n: number): boolean => {
    try {
      JSON.parse(text.slice(0, n));
      return true;
    } catch (error) {
      const message = (error as Error).message;
      if (/end of JSON input|Unterminated string/.test(message)) return true;
      const position = /at position (\d+)/.exec(message)?.[1];
      return position !== undefined && Number(position) >= n;
    }
  };
  // The longest viable prefix: the first length that is not, less one.
  const lo = partitionPoint(text.length, (n) => viable(n + 1));
  const before = text.slice(0, lo);
  const line = before.split('\n').length;
  const column = lo - before.lastIndexOf('\n');
  const what = lo >= text.trimEnd().length ? 'unexpected end of input' : `unexpected ${JSON.stringify(text.charAt(lo))}`;
  return `line ${line}, column ${column}: ${what}`;
}

/**
 * Reads and validates a ClaimSet from a file or standard input. Invalid JSON, and every problem
 * `parseClaimSet` finds, become an {@link InputError} whose lines start with the input's name and
 * the problem's path (`set.json: claims[3].figure: ...`).
 *
 * @example
 * ```ts
 * (await readClaimSet('examples/seeds/002-south-waziristan-raid.json', io)).large
 * //=> false
 * ```
 */
export async function readClaimSet(file: string | undefined, io: CliIo): Promise<ReadClaimSet> {
  const { name, text } = await readInput(file, io);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(`${name}: invalid JSON at ${jsonErrorAt(text)}`);
  }
  const claims = (json as { claims?: unknown } | null)?.claims;
  const count = Array.isArray(claims) ? claims.length : 0;
  const large = count > PROGRESS_THRESHOLD;
  if (large) io.stderr.write(`counterclaim: validating ${count.toLocaleString('en-US')} claims from ${name}…\n`);
  const parsed = parseClaimSet(json);
  if (!parsed.success) {
    throw new InputError(parsed.error.message.split('\n').map((line) => `${name}: ${line}`).join('\n'));
  }
  return { name, set: parsed.data, large };
}
