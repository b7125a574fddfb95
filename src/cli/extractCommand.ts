import { basename } from 'node:path';
import { IsoDateSchema } from '../claims/schemas.js';
import { extractClaims } from '../extract/extractClaims.js';
import { InputError, writeChunks, type CliIo } from './io.js';
import { jsonDocument } from './jsonChunks.js';
import { parseCommandArgs } from './parseCommandArgs.js';
import { readInput } from './readInput.js';

const EXTRACT_HELP = `Usage: counterclaim extract [file|-] [options]

Drafts a ClaimSet (JSON) from the text of an English news article: who claims which figure about
what, each claim with the quoted evidence, for a person to review. Reads standard input when the
file is - or absent.

Options:
  --published <date>   when the article was published (ISO 8601, e.g. 2009-10-18): dates the claims
  --outlet <name>      the outlet that published it: the claims came through it
  --document <name>    the name recorded as each claim's evidence document (default: the file name)
  -h, --help           show this help

Exit codes: 0 done; 2 bad input (unreadable file, invalid date, unknown option);
3 unexpected error (a bug in counterclaim: please report it with the message); 4 the output
could not be written.
`;

/**
 * `counterclaim extract`: draft claims from article text and print them as a ClaimSet.
 *
 * @example
 * ```ts
 * await extractCommand(['-', '--published', '2009-10-18', '--outlet', 'CNN'], io) // the article on standard input
 * //=> 0
 * ```
 */
export async function extractCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, file } = parseCommandArgs('extract', args, {
    published: { type: 'string' },
    outlet: { type: 'string' },
    document: { type: 'string' },
  });
  if (values.help === true) {
    io.stdout.write(EXTRACT_HELP);
    return 0;
  }
  if (values.published !== undefined && !IsoDateSchema.safeParse(values.published).success) {
    throw new InputError(`--published must be an ISO 8601 date such as 2009-10-18, got "${values.published}"`);
  }
  if (values.outlet?.trim() === '') throw new InputError('--outlet must name the outlet');
  const { name, text } = await readInput(file, io);
  const document = values.document ?? (name === '<stdin>' ? undefined : basename(name));
  const set = extractClaims(text, {
    ...(values.published === undefined ? {} : { publishedAt: values.published }),
    ...(values.outlet === undefined ? {} : { outlet: values.outlet }),
    ...(document === undefined ? {} : { document }),
  });
  await writeChunks(io.stdout, jsonDocument(set));
  return 0;
}
