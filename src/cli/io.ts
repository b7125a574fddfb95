/** The streams a command reads and writes: the process's own, or a test's. */
export interface CliIo {
  /** Standard input, read when the file argument is `-` or absent. */
  readonly stdin: AsyncIterable<string | Uint8Array> & { readonly isTTY?: boolean };
  readonly stdout: { write(chunk: string): unknown };
  readonly stderr: { write(chunk: string): unknown };
}

/** A problem with what the user gave: reported on stderr with exit code 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
}
