import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses one command's arguments with node:util's parseArgs (strict: unknown options are errors),
 * always accepting `--help`/`-h`, and at most one file argument.
 *
 * @example
 * ```ts
 * parseCommandArgs('analyze', ['set.json', '--format', 'md'], { format: { type: 'string' } }).values.format
 * //=> 'md'
 * ```
 */
export function parseCommandArgs<O extends Options>(command: string, args: readonly string[], options: O) {
  try {
    const parsed = parseArgs({
      args: [...args],
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.positionals.length > 1) {
      throw new InputError(`one file at most, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`);
    }
    return { values: parsed.values, file: parsed.positionals[0] };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${(error as Error).message} (see counterclaim ${command} --help)`);
  }
}
