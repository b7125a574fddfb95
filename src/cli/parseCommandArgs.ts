import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from './io.js';
import { nearest } from './nearest.js';

type Options = NonNullable<ParseArgsConfig['options']>;

// node:util names the option in its messages: 'Unknown option '--colour'. To specify …'.
const UNKNOWN = /^Unknown option '([^']+)'/;
const MISSING = /^Option '(-\w, )?(--[\w-]+) <value>' argument missing/;

/**
 * Parses one command's arguments with node:util's parseArgs (strict: unknown options are errors),
 * always accepting `--help`/`-h`, and at most one file argument. An unknown option is answered
 * with the nearest valid one, or the list of them.
 *
 * @example
 * ```ts
 * parseCommandArgs('analyze', ['set.json', '--format', 'md'], { format: { type: 'string' } }).values.format
 * //=> 'md'
 * ```
 */
export function parseCommandArgs<O extends Options>(command: string, args: readonly string[], options: O) {
  const all = { ...options, help: { type: 'boolean', short: 'h' } } as const;
  try {
    const parsed = parseArgs({ args: [...args], options: all, allowPositionals: true, strict: true });
    if (parsed.positionals.length > 1) {
      throw new InputError(`one file at most, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`);
    }
    return { values: parsed.values, file: parsed.positionals[0] };
  } catch (error) {
    if (error instanceof InputError) throw error;
    const message = (error as Error).message;
    const unknown = UNKNOWN.exec(message)?.[1];
    const names = Object.keys(all).map((name) => `--${name}`);
    if (unknown !== undefined) {
      const near = nearest(unknown.replace(/=.*$/, ''), names);
      throw new InputError(`unknown option ${unknown}${near === undefined ? `; the options are ${names.join(', ')}` : `; did you mean ${near}?`}`);
    }
    const missing = MISSING.exec(message)?.[2];
    if (missing !== undefined) throw new InputError(`${missing} needs a value (see counterclaim ${command} --help)`);
    throw new InputError(`${message} (see counterclaim ${command} --help)`);
  }
}
