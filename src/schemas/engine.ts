import { z } from 'astro/zod';
import {
  CAPABILITY_GROUP_IDS,
  CAPABILITY_GROUPS,
  KINDS,
  RATINGS,
  SCENARIOS,
  STATUSES,
  type CapabilityGroup,
  type CapabilityKey,
} from '../registry/attributes';
import { isoDateSchema, releaseDateSchema, yearMonthSchema } from './dates';
import { releaseSourceSchema, type Release } from './releases';
import { rejectControlCharacters } from './control-characters';
import { mapKeys } from '../lib/map-keys';
import { ENGINE_ID, SOURCE_ID } from './ids';
import { enumError, listAllowed, strictKeysError } from './messages';
import { capabilityGroupSchema, type SupportValue } from './support';

const SPDX =
  /^(proprietary|[A-Za-z0-9][A-Za-z0-9.+-]*(?: (?:AND|OR|WITH) [A-Za-z0-9][A-Za-z0-9.+-]*)*)$/;

const httpsUrl = (what: string) =>
  z.url({
    protocol: /^https$/,
    error: (issue) => `${what} must be an absolute https URL, got ${JSON.stringify(issue.input)}`,
  });

const shortText = (min: number, max: number) => z.string().trim().min(min).max(max);

const sourceSchema = z.strictObject(
  {
    id: z
      .string()
      .regex(SOURCE_ID, {
        error: (issue) =>
          `source id must be lowercase letters and digits joined by "-" or ".", got "${String(issue.input)}"`,
      })
      .describe('Short id that support values cite, e.g. "readme".'),
    url: httpsUrl('source url').describe(
      'Where the fact can be checked: the engine’s repository or docs.',
    ),
    title: shortText(1, 160).describe('What the page is, e.g. "vLLM README".'),
  },
  { error: strictKeysError('a source', ['id', 'url', 'title']) },
);

const scenarioSchema = z.strictObject(
  {
    rating: z
      .number()
      .int()
      .refine((n) => (RATINGS as readonly number[]).includes(n), {
        error: (issue) =>
          `rating must be one of ${listAllowed(RATINGS)}, got ${String(issue.input)}`,
      })
      .describe('0 unsuited, 1 possible, 2 good, 3 a top pick.'),
    reason: shortText(10, 300).describe('One sentence explaining the rating.'),
  },
  { error: strictKeysError('a scenario', ['rating', 'reason']) },
);

const scenariosShape = mapKeys(SCENARIOS, () => scenarioSchema);

// Each group keeps its own key type, which mapKeys (one value type for all keys) cannot express.
const groupShapes = mapKeys(CAPABILITY_GROUP_IDS, capabilityGroupSchema) as unknown as {
  [G in CapabilityGroup]: ReturnType<typeof capabilityGroupSchema<G>>;
};

const statusSinceSchema = z
  .strictObject(
    {
      date: releaseDateSchema.describe('When the project entered this status.'),
      source: z.string().min(1).describe('A source id or https URL that shows it.'),
      note: shortText(3, 240).optional().describe('What the source says, when it is indirect.'),
    },
    { error: strictKeysError('statusSince', ['date', 'source', 'note']) },
  )
  .describe('Since when a project is in maintenance or archived, and the page that shows it.');

/** The frontmatter's fields, in file order: the schema, its key list and its errors derive from it. */
export const engineShape = {
  name: shortText(1, 60).describe('Product name as the project writes it.'),
  summary: shortText(20, 200).describe('One sentence: what it is and for whom.'),
  homepage: httpsUrl('homepage').describe('Official site or docs.'),
  repository: httpsUrl('repository')
    .optional()
    .describe('Source repository (absent for closed source).'),
  license: z
    .string()
    .regex(SPDX, {
      error: (issue) => `license must be an SPDX id or "proprietary", got "${String(issue.input)}"`,
    })
    .describe('SPDX license id or "proprietary".'),
  languages: z.array(shortText(1, 40)).min(1).describe('Main implementation languages.'),
  maintainer: shortText(2, 120).describe('Who maintains it.'),
  kind: z.enum(KINDS, { error: enumError('kind', KINDS) }).describe('What sort of software it is.'),
  status: z
    .enum(STATUSES, { error: enumError('status', STATUSES) })
    .describe('Development status.'),
  statusSince: statusSinceSchema.optional(),
  firstRelease: yearMonthSchema
    .optional()
    .describe('Month of the first public release; omit if no primary source dates it.'),
  releaseSource: releaseSourceSchema,
  verified: isoDateSchema.describe('When the data was last checked against its sources.'),
  strengths: z.array(shortText(3, 140)).min(1).max(8).describe('Short list, our words.'),
  limitations: z.array(shortText(3, 140)).min(1).max(8).describe('Short list, our words.'),
  sources: z.array(sourceSchema).min(1).describe('Primary sources the facts cite.'),
  backends: z
    .array(
      z.strictObject(
        { engine: z.string().regex(ENGINE_ID), source: z.string().min(1) },
        { error: strictKeysError('a backend', ['engine', 'source']) },
      ),
    )
    .optional()
    .describe(
      'For apps and platforms that run models through other engines: the ids of those engines, each with a source.',
    ),
  ...groupShapes,
  scenarios: z
    .strictObject(scenariosShape, { error: strictKeysError('scenarios', SCENARIOS) })
    .describe('Our rating of each scenario, with a reason.'),
};

/** Every top-level frontmatter key an engine file may have. */
const ENGINE_KEYS: readonly string[] = Object.keys(engineShape);

/** The frontmatter of `content/engines/<id>.md`. Unknown keys are errors. */
export const engineSchema = z
  .strictObject(engineShape, { error: strictKeysError('the frontmatter', ENGINE_KEYS) })
  .superRefine((engine, ctx) => {
    rejectControlCharacters(engine, ctx);
    const ids = engine.sources.map((s) => s.id);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources', index, 'id'],
          message: `duplicate source id "${id}"`,
        });
      }
    });
    const citations: { path: (string | number)[]; source: string | undefined }[] = [
      ...CAPABILITY_GROUP_IDS.flatMap((group) =>
        CAPABILITY_GROUPS[group].map((key) => ({
          path: [group, key, 'source'],
          source: (engine[group] as Record<string, { source?: string } | undefined>)[key]?.source,
        })),
      ),
      ...(engine.backends ?? []).map((backend, index) => ({
        path: ['backends', index, 'source'],
        source: backend.source,
      })),
    ];
    if (engine.status !== 'active' && !engine.statusSince) {
      ctx.addIssue({
        code: 'custom',
        path: ['statusSince'],
        message: `status "${engine.status}" needs statusSince: { date, source } (when it began, and the page that shows it)`,
      });
    }
    if (engine.statusSince)
      citations.push({ path: ['statusSince', 'source'], source: engine.statusSince.source });
    for (const { path, source } of citations) {
      if (!source || ids.includes(source)) continue;
      if (/^https:\/\//.test(source) && URL.canParse(source)) continue;
      ctx.addIssue({
        code: 'custom',
        path,
        message: `source "${source}" is neither an https URL nor a declared source id; declared: ${listAllowed(ids)}`,
      });
    }
  });

/** The frontmatter as written. */
type EngineFrontmatter = z.infer<typeof engineSchema>;

/**
 * An engine's data as every page sees it: the frontmatter with inherited cells resolved (every
 * cell has its level) and the release data from `content/releases/<id>.json` merged in.
 */
export type EngineData = Omit<EngineFrontmatter, CapabilityGroup> & {
  [G in CapabilityGroup]: { [K in CapabilityKey<G>]?: SupportValue };
} & {
  /** Newest first; absent until the releases were checked. */
  releases?: Release[];
  /** When the releases were last read from their source (YYYY-MM-DD). */
  releasesChecked?: string;
};
