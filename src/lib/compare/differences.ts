import { CAPABILITIES, SCENARIOS, type Scenario } from '../../registry/attributes';
import { supportOf } from '../support';
import type { Engine } from '../types';

/** Capability keys (`group.key`) whose support level is not the same for every engine. */
export function differingCapabilities(engines: readonly Engine[]): Set<string> {
  const differing = new Set<string>();
  for (const { group, key } of CAPABILITIES) {
    const levels = new Set(engines.map((engine) => supportOf(engine, group, key).support));
    if (levels.size > 1) differing.add(`${group}.${key}`);
  }
  return differing;
}

export interface ScenarioVerdict {
  scenario: Scenario;
  ratings: { id: string; rating: number; reason: string }[];
  /** Ids with the highest rating; all of them when they tie. */
  best: string[];
}

/** For each scenario: every engine's rating and reason, and which rate highest. */
export function scenarioVerdicts(engines: readonly Engine[]): ScenarioVerdict[] {
  return SCENARIOS.map((scenario) => {
    const ratings = engines.map((engine) => ({
      id: engine.id,
      ...engine.data.scenarios[scenario],
    }));
    const top = Math.max(...ratings.map((r) => r.rating));
    return { scenario, ratings, best: ratings.filter((r) => r.rating === top).map((r) => r.id) };
  });
}
