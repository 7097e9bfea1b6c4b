import type { Engine } from './types';

/** Facts older than this must be checked again: the build warns, the engine page says so and `npm run check:freshness` fails. */
export const MAX_VERIFIED_AGE_DAYS = 180;

const DAY = 24 * 60 * 60 * 1000;

/** Engines whose `verified` date is more than `maxAgeDays` before `today`, with their age. */
export function staleEngines(
  engines: readonly Engine[],
  today = new Date(),
  maxAgeDays = MAX_VERIFIED_AGE_DAYS,
): { id: string; verified: string; ageDays: number }[] {
  return engines
    .map((engine) => ({
      id: engine.id,
      verified: engine.data.verified,
      ageDays: Math.floor(
        (today.getTime() - Date.parse(`${engine.data.verified}T00:00:00Z`)) / DAY,
      ),
    }))
    .filter((entry) => entry.ageDays > maxAgeDays);
}
