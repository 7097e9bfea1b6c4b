import { CAPABILITIES, SCENARIOS } from '../../registry/attributes';
import { headToHeads } from './suggestions';
import { supportOf, supportRank } from '../support';
import type { Engine } from '../types';
import { byCodePoint } from '../order';
import { pairSlug } from '../urls';

/**
 * Which pair pages to build (the rule is in README, "Compare pages"). Pair pages grow with the
 * square of the catalogue, so only pairs people compare get one:
 * - each engine with at most `partners` others (ATLAS_PAIR_PARTNERS, default 5): real
 *   alternatives only — the same kind, linked through `backends`, or both rated at least 2
 *   for one scenario — the ones sharing the most capability levels first;
 * - plus the editorial head-to-heads (`compare/suggestions.ts`).
 * Pages stay linear in the catalogue (at most n × partners + the head-to-heads); every
 * other `/compare/<a>-vs-<b>/` address lands on the N-way compare of the two (the 404 page
 * sends it there). ATLAS_PAIR_CAP (default 0) builds every pair while the catalogue has at
 * most that many engines, for a small catalogue that wants them all.
 */
const PAIR_RULE_DEFAULTS = { cap: 0, partners: 5 };

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
  (b.data.backends ?? []).some((x) => x.engine === a.id) ||
  SCENARIOS.some(
    (scenario) => a.data.scenarios[scenario].rating >= 2 && b.data.scenarios[scenario].rating >= 2,
  );

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
const allPairsBuilt = (engineCount: number, rule = pairRule()) => rule.cap >= engineCount;

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
    const index = new Map(sorted.map((engine, i) => [engine.id, i]));
    for (const [a, b] of headToHeads(sorted)) {
      const [i, j] = [index.get(a)!, index.get(b)!].sort((x, y) => x - y);
      keep.add(`${i}:${j}`);
    }
  }
  return [...keep]
    .map((key) => key.split(':').map(Number) as [number, number])
    .sort((x, y) => x[0] - y[0] || x[1] - y[1])
    .map(([i, j]) => [sorted[i]!, sorted[j]!]);
}

/** The URL slugs (`a-vs-b`, ids in order) of every built pair page, for links from islands. */
export const pairSlugs = (engines: readonly Engine[]): string[] =>
  pairsToBuild(engines).map(([a, b]) => pairSlug(a.id, b.id));

/** The pairs an engine takes part in, as the other engine of each. */
export function partnersOf(id: string, pairs: readonly [Engine, Engine][]): Engine[] {
  return pairs.flatMap(([a, b]) => (a.id === id ? [b] : b.id === id ? [a] : []));
}
