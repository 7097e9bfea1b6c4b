import { z } from 'astro/zod';
import { rejectControlCharacters } from './control-characters';
import { SCENARIOS } from '../registry/attributes';
import { mapKeys } from '../lib/map-keys';
import { strictKeysError } from './messages';

const text = z.string().trim().min(1);

/**
 * The frontmatter of `content/engines-zh/<id>.md`: only the words of an engine, never its data.
 * Lists follow the English file item by item; `notes` are keyed `<group>.<key>`.
 */
export const engineTranslationSchema = z
  .strictObject(
    {
      summary: text.max(200).describe('The one-sentence summary.'),
      maintainer: text.max(120).describe('Who maintains it, in Chinese (names as they are).'),
      strengths: z.array(text).min(1).describe('Same items, same order as the English file.'),
      limitations: z.array(text).min(1).describe('Same items, same order as the English file.'),
      scenarios: z
        .strictObject(
          mapKeys(SCENARIOS, () => text),
          { error: strictKeysError('scenarios', SCENARIOS) },
        )
        .describe('The reason of each scenario rating.'),
      notes: z
        .record(z.string().regex(/^[a-z]+\.[a-z0-9-]+$/), text)
        .default({})
        .describe('Every capability note of the English file, keyed `<group>.<key>`.'),
    },
    {
      error: strictKeysError('a translation', [
        'summary',
        'maintainer',
        'strengths',
        'limitations',
        'scenarios',
        'notes',
      ]),
    },
  )
  .superRefine((translation, ctx) => rejectControlCharacters(translation, ctx));

export type EngineTranslation = z.infer<typeof engineTranslationSchema>;
