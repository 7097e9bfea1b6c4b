import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { CAPABILITIES } from '../registry/attributes';
import type { EngineData } from '../schemas/engine';
import { MAX_VERIFIED_AGE_DAYS, staleEngines } from './freshness';
import { resolveInheritance } from './inheritance';
import { assertSafeMarkdown } from './markdown-safety';
import { localizeEngine, translationProblems } from './localize';
import type { Engine } from './types';

const byName = (a: Engine, b: Engine) =>
  a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' });

/** Cross-file rules the per-file schema cannot see; throws naming the file and field. */
function checkCatalogue(engines: Engine[]) {
  const names = new Map<string, string>();
  const ids = new Set(engines.map((engine) => engine.id));
  for (const engine of engines) {
    const other = names.get(engine.data.name.toLowerCase());
    if (other) {
      throw new Error(
        `content/engines/${engine.id}.md: name "${engine.data.name}" is already used by content/engines/${other}.md`,
      );
    }
    names.set(engine.data.name.toLowerCase(), engine.id);
    const backends = new Set((engine.data.backends ?? []).map((backend) => backend.engine));
    for (const { group, key } of CAPABILITIES) {
      const via = (engine.data[group] as Record<string, { via?: string } | undefined>)[key]?.via;
      if (via && !backends.has(via)) {
        throw new Error(
          `content/engines/${engine.id}.md: ${group}.${key}.via "${via}" is not among its backends; list it under backends (with a source) or remove via`,
        );
      }
    }
    for (const [index, { engine: backend }] of (engine.data.backends ?? []).entries()) {
      if (!ids.has(backend)) {
        throw new Error(
          `content/engines/${engine.id}.md: backends.${index}.engine "${backend}" is not an engine of the catalogue; known: ${[...ids].sort().join(', ')}`,
        );
      }
    }
  }
}

let written: Promise<Engine[]> | undefined;
let english: Promise<Engine[]> | undefined;
let chinese: Promise<Engine[]> | undefined;

/**
 * The engines as their files write them (cells not yet inherited), with the release data of
 * `content/releases/<id>.json` merged in. Only the inheritance step makes every level known,
 * so until then the data is typed loosely.
 */
async function loadWritten(): Promise<Engine[]> {
  const releases = new Map(
    (await getCollection('releases')).map((entry) => [entry.id, entry.data]),
  );
  const entries = await getCollection('engines');
  entries.forEach(assertSafeMarkdown);
  const engines = entries
    .map(({ id, data }) => {
      const file = releases.get(id);
      if (file && (file.engine !== id || file.method !== data.releaseSource.method)) {
        throw new Error(
          `content/releases/${id}.json: says engine "${file.engine}", method "${file.method}", but content/engines/${id}.md has releaseSource.method "${data.releaseSource.method}"; run npm run sync:releases`,
        );
      }
      const merged = {
        ...data,
        ...(file && { releases: file.releases, releasesChecked: file.checked }),
      };
      return { id, data: merged as unknown as EngineData };
    })
    .sort(byName);
  checkCatalogue(engines);
  for (const id of releases.keys()) {
    if (!engines.some((engine) => engine.id === id))
      throw new Error(`content/releases/${id}.json: no engine content/engines/${id}.md`);
  }
  return engines;
}

async function loadEnglish(): Promise<Engine[]> {
  const engines = resolveInheritance(await (written ??= loadWritten()));
  for (const { id, verified, ageDays } of staleEngines(engines)) {
    console.warn(
      `[atlas] content/engines/${id}.md: verified ${verified}, ${ageDays} days ago (over ${MAX_VERIFIED_AGE_DAYS}): check its facts again`,
    );
  }
  return engines;
}

// A missing or mismatched translation fails the build: the Chinese edition never shows
// English text by accident (decision recorded in README, "Translations").
async function loadChinese(): Promise<Engine[]> {
  const zhEntries = await getCollection('enginesZh');
  zhEntries.forEach(assertSafeMarkdown);
  const translations = new Map(zhEntries.map((entry) => [entry.id, entry.data]));
  const localized = (await (written ??= loadWritten())).map((engine) => {
    const translation = translations.get(engine.id);
    if (!translation)
      throw new Error(
        `content/engines-zh/${engine.id}.md is missing: every engine needs its Chinese text`,
      );
    const problems = translationProblems(engine, translation);
    if (problems.length)
      throw new Error(`content/engines-zh/${engine.id}.md: ${problems.join('; ')}`);
    return localizeEngine(engine, translation);
  });
  // Inherited cells take the upstream's Chinese note, so inheritance runs after translation.
  return resolveInheritance(localized);
}

/** All engines in a locale, sorted by name. */
export function getEngines(locale: Locale = 'en'): Promise<Engine[]> {
  if (locale === 'zh') return (chinese ??= loadChinese());
  return (english ??= loadEnglish());
}
