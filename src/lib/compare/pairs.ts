import type { Engine } from '../types';

/**
 * Which pair pages to build. Pair pages grow with the square of the catalogue, so:
 * - up to `cap` engines, every pair gets a page;
 * - above it, only pairs that are real alternatives: the same kind, or one runs on the other
 *   (`backends`). Any other pair is still one click away on the N-way compare page.
 * The cap comes from ATLAS_PAIR_CAP (default 60 engines = 1,770 pairs per language).
 */
export const DEFAULT_PAIR_CAP = 60;

export function pairCap(): number {
  const fromEnv = Number(process.env.ATLAS_PAIR_CAP);
  return Number.isInteger(fromEnv) && fromEnv >= 0 ? fromEnv : DEFAULT_PAIR_CAP;
}

/** The canonical slug of a pair: ids in alphabetical order, `a-vs-b`. */
export const pairSlug = (a: string, b: string) => (a < b ? `${a}-vs-${b}` : `${b}-vs-${a}`);

const related = (a: Engine, b: Engine) =>
  a.data.kind === b.data.kind ||
  (a.data.backends ?? []).some((x) => x.engine === b.id) ||
  (b.data.backends ?? []).some((x) => x.engine === a.id);

/** Every pair to build, each as [first, second] in id order. */
export function pairsToBuild(engines: readonly Engine[], cap = pairCap()): [Engine, Engine][] {
  const sorted = [...engines].sort((a, b) => a.id.localeCompare(b.id));
  const all = cap >= sorted.length;
  const pairs: [Engine, Engine][] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      if (all || related(sorted[i]!, sorted[j]!)) pairs.push([sorted[i]!, sorted[j]!]);
    }
  }
  return pairs;
}

/** The pairs an engine takes part in, as the other engine of each. */
export function partnersOf(id: string, pairs: readonly [Engine, Engine][]): Engine[] {
  return pairs.flatMap(([a, b]) => (a.id === id ? [b] : b.id === id ? [a] : []));
}
