import type { ClaimSetError } from '../claims/ClaimSetError.js';
import { InputError, type CliIo } from './io.js';
import { jsonSyntaxError } from './jsonSyntaxError.js';
import { readInput } from './readInput.js';

// Past this many claims a command says what it is doing, so that a long wait is not a hang.
const PROGRESS_THRESHOLD = 10_000;

/** A JSON document read from a file or standard input, with the name of the input. */
export interface JsonInput {
  readonly name: string;
  readonly json: unknown;
  /** How many claims the document lists, when it is large enough to report progress on; else 0. */
  readonly large: number;
}

// "line 2, column 15: unexpected ','" for the first character that breaks the JSON.
function placeOf(text: string, at: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const what = at >= text.trimEnd().length ? 'unexpected end of input' : `unexpected ${JSON.stringify(text.charAt(at))}`;
  return `line ${line}, column ${at - lineStart + 1}: ${what}`;
}

/**
 * Reads a JSON document from a file or standard input. Invalid JSON becomes an
 * {@link InputError} that names the input, the line and column of the first character at fault,
 * and that character.
 *
 * @example
 * ```ts
 * (await readJson('examples/seeds/002-south-waziristan-raid.json', io)).large
 * //=> 0
 * ```
 */
export async function readJson(file: string | undefined, io: CliIo): Promise<JsonInput> {
  const { name, text } = await readInput(file, io);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InputError(`${name}: invalid JSON at ${placeOf(text, jsonSyntaxError(text))}`);
  }
  const claims = (json as { claims?: unknown } | null)?.claims;
  const count = Array.isArray(claims) ? claims.length : 0;
  return { name, json, large: count > PROGRESS_THRESHOLD ? count : 0 };
}

/**
 * The problems of a document that is not a ClaimSet as an {@link InputError}, one line each,
 * starting with the input's name and the problem's path (`set.json: claims[3].figure: ...`).
 *
 * @example
 * ```ts
 * invalidSet('set.json', new ClaimSetError([{ path: ['claims', 3, 'figure'], message: 'low 9 is above high 3' }])).message
 * //=> 'set.json: claims[3].figure: low 9 is above high 3'
 * ```
 */
export function invalidSet(name: string, error: ClaimSetError): InputError {
  return new InputError(error.message.split('\n').map((line) => `${name}: ${line}`).join('\n'));
}

