import { createRequire } from 'node:module';
import { InputError, type CliIo } from './io.js';
import { nearest } from './nearest.js';

const HELP = `Usage: counterclaim <command> [file|-] [options]

Source-disagreement fact-checking: competing, hedged figures grouped and scored.

Commands:
  analyze [file|-]    group, score and check a ClaimSet; --format json|md|svg|text|claimreview, --strict
  extract [file|-]    draft a ClaimSet from article text; --published <date>, --outlet <name>;
                      --jsonl: one report per line in, one set per line out, on every core
  validate [file|-]   check a ClaimSet and report every problem with its path
  schema              print the JSON Schema of a ClaimSet

Run counterclaim <command> --help for a command's options, counterclaim --version for the
version. A file of - or no file reads standard input. Exit codes: 0 done; 1 findings under
--strict; 2 bad input; 3 unexpected error (a bug in counterclaim: please report it with the
message); 4 the output could not be written (a full disk; a closed pipe is not an error); 5 with
--jsonl, some records could not be read (each named on stderr; the others were done).

Example:
  counterclaim analyze examples/seeds/000-south-waziristan-offensive.json --format md > report.md
`;

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

// Each command is loaded when it is run, with the core modules it needs: `--version`, `--help`
// and a mistyped command load none, and `analyze` does not load the extractor.
const COMMANDS = new Map<string, () => Promise<Command>>([
  ['analyze', async () => (await import('./analyzeCommand.js')).analyzeCommand],
  ['extract', async () => (await import('./extractCommand.js')).extractCommand],
  ['validate', async () => (await import('./validateCommand.js')).validateCommand],
  ['schema', async () => (await import('./schemaCommand.js')).schemaCommand],
]);

// The installed package's own version, through its exports map ("./package.json").
const version = (): string => (createRequire(import.meta.url)('counterclaim/package.json') as { version: string }).version;

/**
 * Runs the command line with the given arguments (without `node` and the script) and streams,
 * and returns the exit code: 0 done, 1 findings under `--strict`, 2 bad input. Nothing is thrown
 * for bad input: the message goes to `io.stderr`, with the file name and the problem's path, and
 * a mistyped command or option is answered with the nearest valid one.
 *
 * @example
 * ```ts
 * await main(['validate', 'examples/seeds/002-south-waziristan-raid.json'], io)
 * //=> 0
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout).write(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-V') {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  const load = COMMANDS.get(command);
  if (load === undefined) {
    const near = nearest(command, [...COMMANDS.keys()]);
    io.stderr.write(`counterclaim: unknown command "${command}"${near === undefined ? '' : `; did you mean "${near}"?`}\n\n${HELP}`);
    return 2;
  }
  try {
    return await (await load())(args, io);
  } catch (error) {
    if (error instanceof InputError) {
      for (const line of error.message.split('\n')) io.stderr.write(`counterclaim ${command}: ${line}\n`);
      return 2;
    }
    throw error;
  }
}
