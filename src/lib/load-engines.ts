import { getCollection } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { MAX_VERIFIED_AGE_DAYS, staleEngines } from './freshness';
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
    for (const [index, { engine: backend }] of (engine.data.backends ?? []).entries()) {
      if (!ids.has(backend)) {
        throw new Error(
          `content/engines/${engine.id}.md: backends.${index}.engine "${backend}" is not an engine of the catalogue; known: ${[...ids].sort().join(', ')}`,
        );
      }
    }
  }
}

let english: Promise<Engine[]> | undefined;
let chinese: Promise<Engine[]> | undefined;

async function loadEnglish(): Promise<Engine[]> {
  const engines = (await getCollection('engines'))
    .map(({ id, data }) => ({ id, data }))
    .sort(byName);
  checkCatalogue(engines);
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
  const translations = new Map(
    (await getCollection('enginesZh')).map((entry) => [entry.id, entry.data]),
  );
  return (await getEngines('en')).map((engine) => {
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
}

/** All engines in a locale, sorted by name. */
export function getEngines(locale: Locale = 'en'): Promise<Engine[]> {
  if (locale === 'zh') return (chinese ??= loadChinese());
  return (english ??= loadEnglish());
}
