import { z } from 'astro/zod';
import {
  SOURCED_LEVELS,
  SUPPORT_LEVELS,
  type CapabilityGroup,
  CAPABILITY_GROUPS,
} from '../registry/attributes';
import { enumError, listAllowed, strictKeysError } from './messages';

export const supportLevelSchema = z
  .enum(SUPPORT_LEVELS, { error: enumError('support level', SUPPORT_LEVELS) })
  .describe('How well the engine supports this: yes, plugin, partial, no or unknown.');

/** One capability cell: `{ support, note?, source? }`. */
export const supportValueSchema = z
  .strictObject(
    {
      support: supportLevelSchema,
      note: z
        .string()
        .trim()
        .min(1)
        .max(240)
        .optional()
        .describe('A short qualifier, e.g. "WSL only".'),
      source: z
        .string()
        .min(1)
        .optional()
        .describe('An id from the engine’s `sources` list, or an absolute https URL.'),
    },
    { error: strictKeysError('a support value', ['support', 'note', 'source']) },
  )
  .superRefine((value, ctx) => {
    if (SOURCED_LEVELS.includes(value.support) && !value.source) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: `support "${value.support}" needs a source: an id from \`sources\` or an https URL (${listAllowed(SOURCED_LEVELS)} must be sourced)`,
      });
    }
  });

export type SupportValue = z.infer<typeof supportValueSchema>;

/** A capability group: a map from the group's fixed keys to support values (a missing key means unknown). */
export function capabilityGroupSchema<G extends CapabilityGroup>(group: G) {
  const keys = CAPABILITY_GROUPS[group];
  const shape = Object.fromEntries(keys.map((key) => [key, supportValueSchema.optional()])) as {
    [K in (typeof keys)[number]]: z.ZodOptional<typeof supportValueSchema>;
  };
  return z
    .strictObject(shape, { error: strictKeysError(`\`${group}\``, keys) })
    .default({} as never)
    .describe(`Support for each ${group} key; a missing key means unknown.`);
}
