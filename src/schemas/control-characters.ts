import type { z } from 'astro/zod';

// C0 control characters XML 1.0 forbids (tab, newline and carriage return are allowed): one in
// a name or note would break the Atom feeds and the SVG badges that carry it.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

/**
 * A `superRefine` step that rejects forbidden control characters in every string of a parsed
 * value, naming the field and the character.
 */
export function rejectControlCharacters(
  value: unknown,
  ctx: z.RefinementCtx,
  path: (string | number)[] = [],
): void {
  if (typeof value === 'string') {
    const found = FORBIDDEN.exec(value)?.[0];
    if (found) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `contains the control character U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}, which feeds and badges cannot carry; remove it`,
      });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => rejectControlCharacters(item, ctx, [...path, index]));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value))
      rejectControlCharacters(item, ctx, [...path, key]);
  }
}
