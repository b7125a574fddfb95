import { parseClaimSet } from '../claims/parseClaimSet.js';
import type { CliIo } from './io.js';
import { parseCommandArgs } from './parseCommandArgs.js';
import { invalidSet, readJson } from './readJson.js';

const VALIDATE_HELP = `Usage: counterclaim validate [file|-]

Checks that a ClaimSet (JSON) is valid: shapes, figures, dates, unique ids and references.
Prints a one-line count when it is; otherwise every problem with its path on stderr.

Options:
  -h, --help   show this help

Exit codes: 0 valid; 2 invalid JSON or ClaimSet; 3 unexpected error (a bug in counterclaim:
please report it with the message); 4 the output could not be written.
`;

/**
 * `counterclaim validate`: check a ClaimSet and say how much it holds.
 *
 * @example
 * ```ts
 * await validateCommand(['examples/seeds/002-south-waziristan-raid.json'], io)
 * //=> 0
 * ```
 */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, file } = parseCommandArgs('validate', args, {});
  if (values.help === true) {
    io.stdout.write(VALIDATE_HELP);
    return 0;
  }
  const { name, json, large } = await readJson(file, io);
  if (large > 0) io.stderr.write(`counterclaim validate: validating ${large.toLocaleString('en-US')} claims from ${name}…\n`);
  const parsed = parseClaimSet(json);
  if (!parsed.success) throw invalidSet(name, parsed.error);
  const { sources, events, claims } = parsed.data;
  const n = (count: number, what: string): string => `${count.toLocaleString('en-US')} ${what}${count === 1 ? '' : 's'}`;
  io.stdout.write(`${name}: valid, ${n(sources.length, 'source')}, ${n(events.length, 'event')}, ${n(claims.length, 'claim')}\n`);
  return 0;
}
