import * as z from 'zod';
import type { IssuePath } from './formatPath.js';
import { ClaimSetSchema } from './schemas.js';

const unwrap = (schema: z.core.$ZodType): z.core.$ZodType =>
  schema instanceof z.ZodOptional || schema instanceof z.ZodNullable ? unwrap(schema.unwrap()) : schema;

/**
 * The fields of the object at `path` in a ClaimSet document, in the contract's order; `undefined`
 * when the path does not lead to an object of the data model. Issue messages use it to name the
 * fields that are allowed, and `parseClaimSet` to list issues in document order.
 *
 * @example
 * ```ts
 * fieldsAt(['sources', 0])
 * //=> ['id', 'name', 'kind', 'side', 'anonymous']
 * fieldsAt(['claims', 2, 'figure'])
 * //=> ['low', 'high', 'stated', 'hedge', 'text']
 * fieldsAt(['claims', 2, 'id'])
 * //=> undefined
 * ```
 */
export function fieldsAt(path: IssuePath): readonly string[] | undefined {
  let schema = unwrap(ClaimSetSchema);
  for (const key of path) {
    if (typeof key === 'number' && schema instanceof z.ZodArray) schema = unwrap(schema.element);
    // Object.hasOwn: a key such as "__proto__" or "constructor" must not reach Object.prototype.
    else if (typeof key === 'string' && schema instanceof z.ZodObject && Object.hasOwn(schema.shape, key)) {
      schema = unwrap(schema.shape[key] as z.core.$ZodType);
    } else return undefined;
  }
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : undefined;
}
