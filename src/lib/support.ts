import {
  CAPABILITIES,
  SUPPORT_LEVELS,
  type CapabilityGroup,
  type SupportLevel,
} from '../registry/attributes';
import type { SupportValue } from '../schemas/support';
import type { Engine } from './types';

const UNKNOWN: SupportValue = { support: 'unknown' };

/** The engine's value for one capability; a missing key means unknown. */
export function supportOf(engine: Engine, group: CapabilityGroup, key: string): SupportValue {
  const values = engine.data[group] as Record<string, SupportValue | undefined>;
  return values[key] ?? UNKNOWN;
}

/** Sort rank of a level: 0 for yes … 4 for unknown. */
export const supportRank = (level: SupportLevel): number => SUPPORT_LEVELS.indexOf(level);

/** How many capability cells (all of them, or the given ones) are still unknown. */
export function countUnknown(engine: Engine, cells: typeof CAPABILITIES = CAPABILITIES): number {
  return cells.filter(({ group, key }) => supportOf(engine, group, key).support === 'unknown')
    .length;
}
