import { z } from 'astro/zod';
import {
  CELL_DETAILS,
  SOURCED_LEVELS,
  type CellDetail,
  SUPPORT_LEVELS,
  type SupportLevel,
  type CapabilityGroup,
  CAPABILITY_GROUPS,
} from '../registry/attributes';
import { ENGINE_ID } from './ids';
import { enumError, listAllowed, strictKeysError } from './messages';

const supportLevelSchema = z
  .enum(SUPPORT_LEVELS, { error: enumError('support level', SUPPORT_LEVELS) })
  .describe('How well the engine supports this: yes, plugin, partial, no or unknown.');

/** The optional details of a cell beyond its level and source, shown wherever the cell is. */
export const cellDetailShape = {
  note: z
    .string()
    .trim()
    .min(1)
    .max(240)
    .optional()
    .describe('A short qualifier, e.g. "WSL only".'),
  since: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .optional()
    .describe('The first release that has it, as the project writes versions, e.g. "v0.6.0".'),
  sinceSource: z
    .url({
      protocol: /^https$/,
      error: (issue) =>
        `sinceSource must be the https URL of the release note or changelog entry, got ${JSON.stringify(issue.input)}`,
    })
    .optional()
    .describe('The release note or changelog entry that dates `since`.'),
  flag: z
    .string()
    .trim()
    .min(1)
    .max(120)
    .optional()
    .describe('What turns it on: a CLI flag, environment variable or config key.'),
  tracking: z
    .url({
      protocol: /^https$/,
      error: (issue) =>
        `tracking must be an absolute https URL of the engine's issue or PR, got ${JSON.stringify(issue.input)}`,
    })
    .optional()
    .describe('The engine’s own issue or PR for a partial, no or unknown cell.'),
  via: z
    .string()
    .regex(ENGINE_ID, {
      error: (issue) =>
        `via must be the id of a catalogue engine (lowercase kebab-case), got ${JSON.stringify(issue.input)}`,
    })
    .optional()
    .describe(
      'The catalogue engine this one gets the capability from; unless the cell sets its own `support`, level, note, since and source come from it.',
    ),
} satisfies Record<CellDetail, z.ZodType>;

const SUPPORT_VALUE_KEYS = ['support', 'source', ...CELL_DETAILS];

/**
 * One capability cell: `{ support, source?, note?, since?, sinceSource?, flag?, tracking?, via? }`.
 * `support` may be left out only when `via` names the engine it is inherited from.
 */
const supportValueSchema = z
  .strictObject(
    {
      support: supportLevelSchema.optional(),
      source: z
        .string()
        .min(1)
        .optional()
        .describe('An id from the engine’s `sources` list, or an absolute https URL.'),
      ...cellDetailShape,
    },
    { error: strictKeysError('a support value', SUPPORT_VALUE_KEYS) },
  )
  .superRefine((value, ctx) => {
    if (!value.support && !value.via) {
      ctx.addIssue({
        code: 'custom',
        path: ['support'],
        message: `a support value needs \`support\` (${listAllowed(SUPPORT_LEVELS)}), or \`via: <engine-id>\` to inherit it`,
      });
    }
    if (value.sinceSource && !value.since) {
      ctx.addIssue({
        code: 'custom',
        path: ['since'],
        message: 'sinceSource dates a `since` version: add `since` or remove `sinceSource`',
      });
    }
    if (value.support && SOURCED_LEVELS.includes(value.support) && !value.source) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: `support "${value.support}" needs a source: an id from \`sources\` or an https URL (${listAllowed(SOURCED_LEVELS)} must be sourced)`,
      });
    }
  });

/** A cell as written in a file: `support` may be inherited through `via`. */
export type WrittenSupportValue = z.infer<typeof supportValueSchema>;
/** A cell as every page sees it, after inheritance: the level is always known. */
export type SupportValue = WrittenSupportValue & { support: SupportLevel };

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
