import type { CliIo } from './io.js';
import { parseCommandArgs } from './parseCommandArgs.js';
import { readClaimSet } from './readClaimSet.js';

const VALIDATE_HELP = `Usage: counterclaim validate [file|-]

Checks that a ClaimSet (JSON) is valid: shapes, figures, dates, unique ids and references.
Prints a one-line count when it is; otherwise every problem with its path on stderr.

Options:
  -h, --help   show this help

Exit codes: 0 valid; 2 invalid JSON or ClaimSet; 3 unexpected error (a bug in counterclaim:
please report it with the message).
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
  const { name, set } = await readClaimSet(file, io);
  io.stdout.write(`${name}: valid, ${set.sources.length} sources, ${set.events.length} events, ${set.claims.length} claims\n`);
  return 0;
}
