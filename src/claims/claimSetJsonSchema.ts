import * as z from 'zod';
import { defaultClaimSetInputSchema } from './claimSetInputSchema.js';

/**
 * The JSON Schema (draft 2020-12) of a ClaimSet document in its input form, for validating the
 * same documents from Python, R or any other language. The package also ships it as the file
 * `counterclaim/claim-set.schema.json`.
 *
 * A JSON Schema checks shapes; what it cannot express (references that resolve, unique ids,
 * `low <= high`, phrases that contain a figure) is checked by `parseClaimSet`.
 *
 * @example
 * ```ts
 * const schema = claimSetJsonSchema();
 * schema.required
 * //=> ['sources', 'events', 'claims']
 * ```
 */
export function claimSetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(defaultClaimSetInputSchema(), { io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://github.com/counterclaim/counterclaim/claim-set.schema.json',
    title: 'counterclaim ClaimSet',
    description:
      'Attributed, hedged figures about disputed events: sources, events, and the claims that refer to them.',
  };
}
