import { z } from 'astro/zod';
import { CAPABILITY_IDS, parseCapabilityId } from '../lib/capabilities';
import { listAllowed } from './messages';

/** The frontmatter of `content/capabilities/<group>/<key>.md`: which capabilities to link. */
export const capabilityTextSchema = z.strictObject({
  related: z
    .array(
      z.string().refine((id) => parseCapabilityId(id) !== undefined, {
        error: (issue) =>
          `related: "${String(issue.input)}" is not a capability; allowed: ${listAllowed(CAPABILITY_IDS)}`,
      }),
    )
    .min(1)
    .max(6)
    .describe('Other capabilities worth reading next, as group.key.'),
});
