import { SCENARIOS, type Scenario } from '../../registry/attributes';
import type { Engine } from '../types';

/** For each scenario, the three engines rated highest (active projects first, then by name). */
export function topPicksByScenario(
  engines: readonly Engine[],
  count = 3,
): { scenario: Scenario; ids: string[] }[] {
  return SCENARIOS.map((scenario) => ({
    scenario,
    ids: [...engines]
      .sort(
        (a, b) =>
          b.data.scenarios[scenario].rating - a.data.scenarios[scenario].rating ||
          Number(b.data.status === 'active') - Number(a.data.status === 'active') ||
          a.data.name.localeCompare(b.data.name),
      )
      .slice(0, count)
      .map((engine) => engine.id),
  }));
}
