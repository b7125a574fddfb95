/** The streams a command reads and writes: the process's own, or a test's. */
export interface CliIo {
  /** Standard input, read when the file argument is `-` or absent. */
  readonly stdin: AsyncIterable<string | Uint8Array> & { readonly isTTY?: boolean };
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown };
}

/**
 * A problem with what the user gave (a file, an option, the document): `main` writes its message
 * on stderr, one line per problem, and exits with code 2.
 *
 * @example
 * ```ts
 * new InputError('--format must be one of json, md, svg, text, got "pdf"').name
 * //=> 'InputError'
 * ```
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}
