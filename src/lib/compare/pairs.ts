import { CAPABILITIES } from '../../registry/attributes';
import { supportOf, supportRank } from '../support';
import type { Engine } from '../types';
import { byCodePoint } from '../order';

/**
 * Which pair pages to build. Pair pages grow with the square of the catalogue, so:
 * - up to `cap` engines (ATLAS_PAIR_CAP, default 60 = 1,770 pairs), every pair gets a page;
 * - above it, each engine gets pages with at most `partners` others (ATLAS_PAIR_PARTNERS,
 *   default 5): real alternatives only — the same kind, or linked through `backends` — the
 *   ones sharing the most capability levels first. Pages stay linear in the catalogue
 *   (at most n × partners / 2 pairs); the N-way compare page covers every other pair.
 */
const PAIR_RULE_DEFAULTS = { cap: 60, partners: 5 };

const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
};

const pairRule = () => ({
  cap: envNumber('ATLAS_PAIR_CAP', PAIR_RULE_DEFAULTS.cap),
  partners: envNumber('ATLAS_PAIR_PARTNERS', PAIR_RULE_DEFAULTS.partners),
});

const related = (a: Engine, b: Engine) =>
  a.data.kind === b.data.kind ||
  (a.data.backends ?? []).some((x) => x.engine === b.id) ||
  (b.data.backends ?? []).some((x) => x.engine === a.id);

/** An engine's support levels as one string (a digit per level), for quick comparison. */
const levels = (engine: Engine) =>
  CAPABILITIES.map(({ group, key }) => supportRank(supportOf(engine, group, key).support)).join('');

/** How many capabilities two engines support at the same level. */
function similarity(a: string, b: string): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same;
}

// Every page asks for the pairs of the same (cached) catalogue: compute them once per rule.
const cache = new WeakMap<readonly Engine[], Map<string, [Engine, Engine][]>>();

/** Whether every pair gets a page (the catalogue is within the cap). */
export const allPairsBuilt = (engineCount: number, rule = pairRule()) => rule.cap >= engineCount;

/** Every pair to build, each as [first, second] in id order. */
export function pairsToBuild(engines: readonly Engine[], rule = pairRule()): [Engine, Engine][] {
  const key = `${rule.cap}:${rule.partners}`;
  const known = cache.get(engines) ?? new Map<string, [Engine, Engine][]>();
  cache.set(engines, known);
  if (!known.has(key)) known.set(key, computePairs(engines, rule));
  return known.get(key)!;
}

function computePairs(
  engines: readonly Engine[],
  rule: { cap: number; partners: number },
): [Engine, Engine][] {
  const sorted = [...engines].sort((a, b) => byCodePoint(a.id, b.id));
  const keep = new Set<string>();
  if (allPairsBuilt(sorted.length, rule)) {
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) keep.add(`${i}:${j}`);
  } else {
    const profile = sorted.map(levels);
    sorted.forEach((engine, i) => {
      sorted
        .map((other, j) => ({
          j,
          score: j !== i && related(engine, other) ? similarity(profile[i]!, profile[j]!) : -1,
        }))
        .filter(({ score }) => score >= 0)
        .sort((x, y) => y.score - x.score || x.j - y.j)
        .slice(0, rule.partners)
        .forEach(({ j }) => keep.add(i < j ? `${i}:${j}` : `${j}:${i}`));
    });
  }
  return [...keep]
    .map((key) => key.split(':').map(Number) as [number, number])
    .sort((x, y) => x[0] - y[0] || x[1] - y[1])
    .map(([i, j]) => [sorted[i]!, sorted[j]!]);
}

/** The pairs an engine takes part in, as the other engine of each. */
export function partnersOf(id: string, pairs: readonly [Engine, Engine][]): Engine[] {
  return pairs.flatMap(([a, b]) => (a.id === id ? [b] : b.id === id ? [a] : []));
}
