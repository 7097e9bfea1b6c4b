import { CAPABILITY_GROUP_IDS, CAPABILITY_GROUPS } from '../registry/attributes';
import { mapKeys } from './map-keys';
import { DATASET_SCHEMA_VERSION, type Dataset, type DatasetEngine } from '../schemas/dataset';
import { latestRelease } from './releases';
import { citedSupport, resolveSource } from './sources';
import type { Engine } from './types';
import { byCodePoint } from './order';

/** One engine as the public dataset presents it. `pageUrl` is the absolute URL of its page. */
export function toDatasetEngine(engine: Engine, pageUrl: string): DatasetEngine {
  const { data } = engine;
  const url = (ref: string) => resolveSource(data, ref)!.url;
  const release = latestRelease(data);
  return {
    id: engine.id,
    url: pageUrl,
    ...data,
    ...(release && { latestRelease: { version: release.version, date: release.date } }),
    ...(data.statusSince && {
      statusSince: { ...data.statusSince, source: url(data.statusSince.source) },
    }),
    ...(data.backends && {
      backends: data.backends.map(({ engine, source }) => ({ engine, source: url(source) })),
    }),
    ...mapKeys(CAPABILITY_GROUP_IDS, (group) =>
      mapKeys(CAPABILITY_GROUPS[group] as readonly string[], (key) =>
        citedSupport(engine, group, key),
      ),
    ),
  } as DatasetEngine;
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
      .sort((a, b) => byCodePoint(a.id, b.id))
      .map((engine) => toDatasetEngine(engine, pageUrl(engine.id))),
  };
}
