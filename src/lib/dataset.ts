import { CAPABILITY_GROUP_IDS, CAPABILITY_GROUPS } from '../registry/attributes';
import { mapKeys } from './map-keys';
import { DATASET_SCHEMA_VERSION, type Dataset, type DatasetEngine } from '../schemas/dataset';
import { citedSupport, resolveSource } from './sources';
import type { Engine } from './types';

/** One engine as the public dataset presents it. `pageUrl` is the absolute URL of its page. */
export function toDatasetEngine(engine: Engine, pageUrl: string): DatasetEngine {
  const { data } = engine;
  const groups = mapKeys(CAPABILITY_GROUP_IDS, (group) =>
    mapKeys(CAPABILITY_GROUPS[group] as readonly string[], (key) =>
      citedSupport(engine, group, key),
    ),
  );
  return {
    id: engine.id,
    url: pageUrl,
    name: data.name,
    summary: data.summary,
    homepage: data.homepage,
    ...(data.repository && { repository: data.repository }),
    license: data.license,
    languages: data.languages,
    maintainer: data.maintainer,
    kind: data.kind,
    status: data.status,
    ...(data.firstRelease && { firstRelease: data.firstRelease }),
    latestRelease: data.latestRelease,
    verified: data.verified,
    strengths: data.strengths,
    limitations: data.limitations,
    sources: data.sources,
    ...(data.backends && {
      backends: data.backends.map(({ engine, source }) => ({
        engine,
        source: resolveSource(data, source)!.url,
      })),
    }),
    ...groups,
    scenarios: data.scenarios as DatasetEngine['scenarios'],
  };
}

/** The whole dataset, engines in id order so the file diffs cleanly. */
export function buildDataset(
  engines: readonly Engine[],
  pageUrl: (id: string) => string,
  generated: Date,
): Dataset {
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    generated: generated.toISOString(),
    engines: [...engines]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((engine) => toDatasetEngine(engine, pageUrl(engine.id))),
  };
}
