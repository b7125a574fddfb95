import * as z from 'zod';
import { findLoneSurrogate } from './findLoneSurrogate.js';

const hex = (unit: number): string => `\\u${unit.toString(16).padStart(4, '0')}`;

/**
 * Every string field of a document: well-formed Unicode, so that the document can be written as
 * UTF-8 JSON and read back unchanged, and so that ids can be encoded (`encodeURIComponent` throws on
 * a lone surrogate). A lone surrogate is reported with its index; the JSON Schema states the same
 * rule as a pattern for validators that read patterns as Unicode (`u` flag, Python's `re`).
 *
 * @example
 * ```ts
 * TextSchema.safeParse('South Waziristan 😀').success
 * //=> true
 * TextSchema.safeParse('e\ud800').error?.issues[0]?.message
 * //=> 'has a lone surrogate (\\ud800) at index 1: text must be well-formed Unicode'
 * ```
 */
export const TextSchema = z
  .string()
  .check((ctx) => {
    const at = findLoneSurrogate(ctx.value);
    if (at >= 0) {
      ctx.issues.push({
        code: 'custom',
        message: `has a lone surrogate (${hex(ctx.value.charCodeAt(at))}) at index ${at}: text must be well-formed Unicode`,
        input: ctx.value,
      });
    }
  })
  .meta({ pattern: '^[^\\ud800-\\udfff]*$' });
