import { CAPABILITIES, SCENARIOS, type Scenario } from '../../registry/attributes';
import { supportOf } from '../support';
import type { Engine } from '../types';

/** How many capabilities an engine supports fully: the tie-break for equally rated engines. */
const breadth = (engine: Engine) =>
  CAPABILITIES.filter(({ group, key }) => supportOf(engine, group, key).support === 'yes').length;

/**
 * For each scenario, the engines rated highest. Ties (most scenarios have several top picks)
 * go to active projects, then to the widest documented support, then by name — so the
 * general-purpose engines people compare most often come first, by a rule the page states.
 */
export function topPicksByScenario(
  engines: readonly Engine[],
  count = 3,
): { scenario: Scenario; ids: string[] }[] {
  const widths = new Map(engines.map((engine) => [engine.id, breadth(engine)]));
  return SCENARIOS.map((scenario) => ({
    scenario,
    ids: [...engines]
      .sort(
        (a, b) =>
          b.data.scenarios[scenario].rating - a.data.scenarios[scenario].rating ||
          Number(b.data.status === 'active') - Number(a.data.status === 'active') ||
          widths.get(b.id)! - widths.get(a.id)! ||
          a.data.name.localeCompare(b.data.name, 'en'),
      )
      .slice(0, count)
      .map((engine) => engine.id),
  }));
}

/**
 * Pairs engineers commonly weigh against each other. There is no usage data to rank what is
 * compared most (the site collects none), so this is an editorial list, stated as such on the
 * page; pairs whose engines are not in the catalogue are dropped.
 */
const HEAD_TO_HEADS: readonly (readonly [string, string])[] = [
  ['vllm', 'sglang'],
  ['ollama', 'llama-cpp'],
  ['ollama', 'lm-studio'],
  ['vllm', 'tensorrt-llm'],
  ['lmdeploy', 'vllm'],
  ['llama-cpp', 'mlx-lm'],
  ['vllm', 'mindie'],
  ['llm-d', 'dynamo'],
];

export const headToHeads = (engines: readonly Engine[]): [string, string][] => {
  const ids = new Set(engines.map((engine) => engine.id));
  return HEAD_TO_HEADS.filter(([a, b]) => ids.has(a) && ids.has(b)).map(([a, b]) => [a, b]);
};
