import {
  CAPABILITIES,
  CAPABILITY_GROUPS,
  SUB_FEATURES,
  SUPPORT_LEVELS,
  type CapabilityGroup,
  type SupportLevel,
} from '../registry/attributes';
import { supportOf } from './support';
import type { Engine } from './types';

/** `group.key`, the id a capability has in URLs, columns, the dataset and `related` lists. */
export const capabilityId = (group: CapabilityGroup, key: string) => `${group}.${key}`;

/** Every capability id, in registry order. */
export const CAPABILITY_IDS = CAPABILITIES.map(({ group, key }) => capabilityId(group, key));

/** Splits `group.key`; undefined when it is not a capability of the registry. */
export function parseCapabilityId(id: string): { group: CapabilityGroup; key: string } | undefined {
  const [group, key] = id.split('.') as [string, string];
  return Object.hasOwn(CAPABILITY_GROUPS, group) &&
    (CAPABILITY_GROUPS[group as CapabilityGroup] as readonly string[]).includes(key)
    ? { group: group as CapabilityGroup, key }
    : undefined;
}

/** The key a sub-feature refines (`fp4` for `nvfp4`), or undefined for a top-level key. */
export const parentOf = (group: CapabilityGroup, key: string): string | undefined =>
  (SUB_FEATURES[group] as Record<string, string> | undefined)?.[key];

/** The sub-features of a key, in registry order. */
export const subFeaturesOf = (group: CapabilityGroup, key: string): string[] =>
  (CAPABILITY_GROUPS[group] as readonly string[]).filter((child) => parentOf(group, child) === key);

/** How many engines are at each level for one capability. */
export type LevelCounts = Record<SupportLevel, number>;

export function levelCounts(
  engines: readonly Engine[],
  group: CapabilityGroup,
  key: string,
): LevelCounts {
  const counts = Object.fromEntries(SUPPORT_LEVELS.map((l) => [l, 0])) as LevelCounts;
  for (const engine of engines) counts[supportOf(engine, group, key).support]++;
  return counts;
}

/** The engines grouped by level, best level first, each group in the engines' order. */
export function enginesByLevel(
  engines: readonly Engine[],
  group: CapabilityGroup,
  key: string,
): { level: SupportLevel; engines: Engine[] }[] {
  return SUPPORT_LEVELS.map((level) => ({
    level,
    engines: engines.filter((engine) => supportOf(engine, group, key).support === level),
  })).filter((entry) => entry.engines.length > 0);
}
