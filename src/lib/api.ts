import {
  CAPABILITY_GROUP_IDS,
  CAPABILITY_GROUPS,
  type CapabilityGroup,
} from '../registry/attributes';
import { useTranslations } from '../i18n';
import { attributeLabel, groupLabel, supportLabel } from '../i18n/labels';
import { LOCALES } from '../i18n/locales';
import { DATASET_SCHEMA_VERSION } from '../schemas/dataset';
import type { ApiBadge, ApiCapability, ApiCapabilityIndex, ApiEngineIndex } from '../schemas/api';
import { capabilityId, levelCounts } from './capabilities';
import { latestRelease } from './releases';
import { citedSupport } from './sources';
import { BADGE_COLORS } from './badge-style';
import { supportOf } from './support';
import type { Engine } from './types';
import {
  apiCapabilityPath,
  apiEnginePath,
  capabilityPath,
  enginePath,
  type absoluteUrl,
} from './urls';
import { byCodePoint } from './order';

/** Turns a site path (with base) into an absolute URL: `(path) => absoluteUrl(path, site)`. */
type Absolute = (path: Parameters<typeof absoluteUrl>[0]) => string;

const [en, zh] = LOCALES.map(useTranslations) as [
  ReturnType<typeof useTranslations>,
  ReturnType<typeof useTranslations>,
];
const bilingual = (label: (t: typeof en) => string) => ({ en: label(en), zh: label(zh) });
const byId = (engines: readonly Engine[]) => [...engines].sort((a, b) => byCodePoint(a.id, b.id));

/** `/api/v1/engines.json`: every engine in one line each, in id order. */
export function engineIndex(engines: readonly Engine[], absolute: Absolute): ApiEngineIndex {
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    engines: byId(engines).map(({ id, data }) => {
      const release = latestRelease(data);
      return {
        id,
        name: data.name,
        kind: data.kind,
        status: data.status,
        ...(release && { latestRelease: { version: release.version, date: release.date } }),
        url: absolute(enginePath(id)),
        api: absolute(apiEnginePath(id)),
      };
    }),
  };
}

/** `/api/v1/capabilities.json`: every group and capability with labels and level counts. */
export function capabilityIndex(
  engines: readonly Engine[],
  absolute: Absolute,
): ApiCapabilityIndex {
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    engineCount: engines.length,
    groups: CAPABILITY_GROUP_IDS.map((group) => ({
      group,
      label: bilingual((t) => groupLabel(t, group)),
      capabilities: (CAPABILITY_GROUPS[group] as readonly string[]).map((key) => ({
        id: capabilityId(group, key),
        key,
        label: bilingual((t) => attributeLabel(t, group, key)),
        counts: levelCounts(engines, group, key),
        url: absolute(capabilityPath(group, key, 'en')),
        api: absolute(apiCapabilityPath(group, key)),
      })),
    })),
  };
}

/** `/api/v1/capabilities/<group>/<key>.json`: every engine's support value, in id order. */
export function capabilityDetail(
  engines: readonly Engine[],
  group: CapabilityGroup,
  key: string,
  absolute: Absolute,
): ApiCapability {
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    id: capabilityId(group, key),
    group,
    key,
    label: bilingual((t) => attributeLabel(t, group, key)),
    url: absolute(capabilityPath(group, key, 'en')),
    counts: levelCounts(engines, group, key),
    engines: byId(engines).map((engine) => ({
      id: engine.id,
      name: engine.data.name,
      url: absolute(enginePath(engine.id)),
      ...citedSupport(engine, group, key),
    })),
  };
}

/** One cell as a shields.io endpoint badge (English): "vLLM · Prefix caching | Yes". */
export function badge(engine: Engine, group: CapabilityGroup, key: string): ApiBadge {
  const { support } = supportOf(engine, group, key);
  return {
    schemaVersion: 1,
    label: `${engine.data.name} · ${attributeLabel(en, group, key)}`,
    message: supportLabel(en, support),
    color: BADGE_COLORS[support].background,
  };
}

/** Every (engine, group, key) a badge exists for. */
export const badgeCells = (engines: readonly Engine[]) =>
  engines.flatMap((engine) =>
    CAPABILITY_GROUP_IDS.flatMap((group) =>
      (CAPABILITY_GROUPS[group] as readonly string[]).map((key) => ({ engine, group, key })),
    ),
  );
