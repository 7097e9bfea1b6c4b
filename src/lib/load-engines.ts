import { getCollection } from 'astro:content';
import type { Engine } from './types';

let cached: Promise<Engine[]> | undefined;

/** All engines, sorted by name; fails the build if two engines share a name. */
export function getEngines(): Promise<Engine[]> {
  cached ??= getCollection('engines').then((entries) => {
    const engines = entries
      .map(({ id, data }) => ({ id, data }))
      .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en', { sensitivity: 'base' }));
    const seen = new Map<string, string>();
    for (const engine of engines) {
      const key = engine.data.name.toLowerCase();
      const other = seen.get(key);
      if (other) {
        throw new Error(
          `content/engines/${engine.id}.md: name "${engine.data.name}" is already used by content/engines/${other}.md`,
        );
      }
      seen.set(key, engine.id);
    }
    const ids = new Set(engines.map((engine) => engine.id));
    for (const engine of engines) {
      for (const [index, { engine: backend }] of (engine.data.backends ?? []).entries()) {
        if (!ids.has(backend)) {
          throw new Error(
            `content/engines/${engine.id}.md: backends.${index}.engine "${backend}" is not an engine of the catalogue; known: ${[...ids].sort().join(', ')}`,
          );
        }
      }
    }
    return engines;
  });
  return cached;
}
