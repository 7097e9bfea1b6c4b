import type { Engine } from './types';

/** Oldest and newest `verified` dates across the catalogue (ISO strings sort as dates). */
export function verifiedRange(
  engines: readonly Engine[],
): { from: string; to: string } | undefined {
  const dates = engines.map((engine) => engine.data.verified).sort();
  const from = dates[0];
  const to = dates.at(-1);
  return from && to ? { from, to } : undefined;
}
