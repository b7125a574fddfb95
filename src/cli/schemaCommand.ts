import { claimSetJsonSchema } from '../claims/claimSetJsonSchema.js';
import { InputError, type CliIo } from './io.js';
import { parseCommandArgs } from './parseCommandArgs.js';

const SCHEMA_HELP = `Usage: counterclaim schema

Prints the JSON Schema of a ClaimSet document, for validating the same files from other languages
(the package also ships it as counterclaim/claim-set.schema.json).

Options:
  -h, --help   show this help
`;

/**
 * `counterclaim schema`: print the ClaimSet JSON Schema.
 *
 * @example
 * ```ts
 * await schemaCommand([], io)
 * //=> 0
 * ```
 */
export async function schemaCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, file } = parseCommandArgs('schema', args, {});
  if (values.help === true) {
    io.stdout.write(SCHEMA_HELP);
    return 0;
  }
  if (file !== undefined) throw new InputError(`takes no input, got "${file}"`);
  io.stdout.write(`${JSON.stringify(claimSetJsonSchema(), null, 2)}\n`);
  return 0;
}
