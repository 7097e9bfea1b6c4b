import { z } from 'astro/zod';
import { RELEASE_METHODS } from '../registry/attributes';
import { isoDateSchema, releaseDateSchema } from './dates';
import { DEFAULT_STABLE_PATTERN } from '../lib/release-sync/parse.ts';
import { rejectControlCharacters } from './control-characters';
import { ENGINE_ID } from './ids';
import { enumError, listAllowed, strictKeysError } from './messages';

const pattern = z
  .string()
  .refine(
    (text) => {
      try {
        new RegExp(text);
        return true;
      } catch {
        return false;
      }
    },
    {
      error: (issue) =>
        `pattern must be a valid regular expression, got ${JSON.stringify(issue.input)}`,
    },
  )
  .optional()
  .describe(
    `A regular expression a version must match to count as a stable release (default ${DEFAULT_STABLE_PATTERN}): it drops nightlies, release candidates and pre-releases.`,
  );

const repository = z
  .string()
  .regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, {
    error: (issue) =>
      `repository must be "owner/name" on GitHub, got ${JSON.stringify(issue.input)}`,
  })
  .describe('The GitHub repository, "owner/name".');

const packageName = z
  .string({ error: 'package is required for this method: the package name in its registry' })
  .min(1)
  .max(214)
  .describe('The package name in the registry.');

const method = <M extends (typeof RELEASE_METHODS)[number]>(name: M) =>
  z.literal(name).describe('Where the releases are read from.');

const sourceOf = <S extends z.ZodRawShape>(name: string, shape: S) =>
  z.strictObject(shape, { error: strictKeysError(`releaseSource (${name})`, Object.keys(shape)) });

/** Where an engine's releases come from; `npm run sync:releases` reads them from there. */
export const releaseSourceSchema = z
  .discriminatedUnion(
    'method',
    [
      sourceOf('github-releases', { method: method('github-releases'), repository, pattern }),
      sourceOf('git-tags', { method: method('git-tags'), repository, pattern }),
      sourceOf('pypi', { method: method('pypi'), package: packageName, pattern }),
      sourceOf('npm', { method: method('npm'), package: packageName, pattern }),
      sourceOf('docker-hub', {
        method: method('docker-hub'),
        image: z
          .string()
          .regex(/^[a-z0-9._-]+\/[a-z0-9._-]+$/)
          .describe('The image, "namespace/name".'),
        pattern,
      }),
      sourceOf('manual', {
        method: method('manual'),
        url: z
          .url({ protocol: /^https$/ })
          .describe('The page where a person reads the releases (release notes, changelog).'),
        note: z.string().trim().min(3).max(240).optional().describe('Why it cannot be synced.'),
      }),
    ],
    {
      error: (issue) => {
        const input = issue.input as { method?: unknown } | undefined;
        return input === undefined
          ? `releaseSource is required: { method, … } with method one of ${listAllowed(RELEASE_METHODS)}`
          : enumError('releaseSource.method', RELEASE_METHODS)({ input: input.method });
      },
    },
  )
  .describe('Where the releases come from (endoflife.date-style release data).');

export type ReleaseSource = z.infer<typeof releaseSourceSchema>;

export const releaseSchema = z
  .strictObject(
    {
      version: z
        .string()
        .trim()
        .min(1)
        .max(60)
        .describe('As the project writes it, e.g. "v0.6.0".'),
      date: releaseDateSchema.describe(
        'YYYY-MM-DD (a tag or publication date), or YYYY-MM when a hand-kept source gives only the month.',
      ),
      url: z.url({ protocol: /^https$/ }).describe('The release page, tag or changelog entry.'),
    },
    { error: strictKeysError('a release', ['version', 'date', 'url']) },
  )
  .describe('One stable release.');

export type Release = z.infer<typeof releaseSchema>;

/** `content/releases/<id>.json`: written by the sync (or by hand for `manual` sources). */
export const releaseFileSchema = z
  .strictObject(
    {
      engine: z.string().regex(ENGINE_ID).describe('The engine id; the file name repeats it.'),
      method: z.enum(RELEASE_METHODS, { error: enumError('method', RELEASE_METHODS) }),
      checked: isoDateSchema.describe('When the releases were last read from their source.'),
      releases: z
        .array(releaseSchema)
        .max(10)
        .describe('The newest stable releases, newest first.'),
    },
    { error: strictKeysError('a release file', ['engine', 'method', 'checked', 'releases']) },
  )
  .superRefine((file, ctx) => {
    rejectControlCharacters(file, ctx);
    file.releases.forEach((release, index) => {
      const previous = file.releases[index - 1];
      if (previous && release.date > previous.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['releases', index, 'date'],
          message: `releases are newest first: ${release.version} (${release.date}) comes after ${previous.version} (${previous.date})`,
        });
      }
    });
  });
