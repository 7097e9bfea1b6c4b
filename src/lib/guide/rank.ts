import { byCodePoint } from '../order';
import {
  CHINESE_ACCELERATORS,
  type CapabilityGroup,
  type Scenario,
  type SupportLevel,
} from '../../registry/attributes';
import type { MatrixCell, MatrixRow } from '../matrix/row';
import type { ViewState } from '../matrix/view-state';
import { requiredCapabilities, type GuideAnswers, type Workload } from './answers';

/** A matrix row plus the scenario reasons the guide quotes. */
export type GuideRow = MatrixRow & { reasons: Record<Scenario, string> };

const WORKLOAD_SCENARIO: Record<Workload, Scenario> = {
  serving: 'high-concurrency-serving',
  desktop: 'local-desktop',
  batch: 'high-concurrency-serving',
  edge: 'edge-cpu',
};

// The scoring, in one place. A scenario point outweighs any single need; hardware that works
// only through a plugin or with limits ranks below first-class support; dormant projects sink.
const LEVEL_POINTS: Record<SupportLevel, number> = {
  yes: 3,
  plugin: 2,
  partial: 1,
  no: 0,
  unknown: 0,
};
const SCENARIO_WEIGHT = 10;
const HARDWARE_WEIGHT = 2;
const STATUS_POINTS: Record<string, number> = { active: 0, maintenance: -6, archived: -20 };

interface RankedEngine {
  row: GuideRow;
  score: number;
  /** 1-based place; engines with the same score share it (a tie). */
  place: number;
  hardware?: MatrixCell;
  os?: MatrixCell;
  scenario?: { key: Scenario; rating: number; reason: string };
  /** Required capabilities (`group.key`) the engine supports, and at which level. */
  met: { need: string; level: SupportLevel }[];
  missed: string[];
}

export interface Ranking {
  ranked: RankedEngine[];
  /** Engines ruled out by the hardware or OS answer, with the cell that rules them out. */
  excluded: { row: GuideRow; because: ('hardware' | 'os')[] }[];
}

const supports = (cell: MatrixCell | undefined) => !!cell && LEVEL_POINTS[cell.support] > 0;

/** How many capabilities an engine supports fully: the first tie-breaker. */
const breadth = (row: GuideRow) =>
  Object.values(row.cells).filter((cell) => cell.support === 'yes').length;

/** The scenario a set of answers is about, if any. */
function answerScenario(answers: GuideAnswers): Scenario | undefined {
  if (answers.hardware && (CHINESE_ACCELERATORS as readonly string[]).includes(answers.hardware))
    return 'china-accelerators';
  return answers.workload ? WORKLOAD_SCENARIO[answers.workload] : undefined;
}

/** Ranks engines for the answers: best first, with what each meets and misses. */
export function rankEngines(rows: readonly GuideRow[], answers: GuideAnswers): Ranking {
  const scenario = answerScenario(answers);
  const workloadScenario = answers.workload ? WORKLOAD_SCENARIO[answers.workload] : undefined;
  const ranked: RankedEngine[] = [];
  const excluded: Ranking['excluded'] = [];
  const required = requiredCapabilities(answers);

  for (const row of rows) {
    const hardware = answers.hardware ? row.cells[`hardware.${answers.hardware}`] : undefined;
    const os = answers.os ? row.cells[`os.${answers.os}`] : undefined;
    const because = [
      ...(answers.hardware && !supports(hardware) ? (['hardware'] as const) : []),
      ...(answers.os && !supports(os) ? (['os'] as const) : []),
    ];
    if (because.length) {
      excluded.push({ row, because });
      continue;
    }
    const met = required.flatMap((need) => {
      const level = row.cells[need]?.support ?? 'unknown';
      return LEVEL_POINTS[level] > 0 ? [{ need, level }] : [];
    });
    const missed = required.filter((need) => !met.some((m) => m.need === need));
    let score = met.reduce((sum, m) => sum + LEVEL_POINTS[m.level], 0);
    score += STATUS_POINTS[row.status] ?? 0;
    if (hardware) score += HARDWARE_WEIGHT * LEVEL_POINTS[hardware.support];
    if (os) score += LEVEL_POINTS[os.support];
    if (workloadScenario)
      score += SCENARIO_WEIGHT * (row.ratings[`scenarios.${workloadScenario}`] ?? 0);
    if (scenario && scenario !== workloadScenario)
      score += SCENARIO_WEIGHT * (row.ratings[`scenarios.${scenario}`] ?? 0);
    ranked.push({
      row,
      score,
      place: 0,
      ...(hardware && { hardware }),
      ...(os && { os }),
      ...(scenario && {
        scenario: {
          key: scenario,
          rating: row.ratings[`scenarios.${scenario}`] ?? 0,
          reason: row.reasons[scenario],
        },
      }),
      met,
      missed,
    });
  }
  // Equal scores are real ties: they share a place, and are listed by breadth of support, then
  // by the newest release, then by name (the page says so).
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      breadth(b.row) - breadth(a.row) ||
      byCodePoint(b.row.latestRelease?.date ?? '', a.row.latestRelease?.date ?? '') ||
      a.row.name.localeCompare(b.row.name, 'en'),
  );
  ranked.forEach((entry, index) => {
    const previous = ranked[index - 1];
    entry.place = previous && previous.score === entry.score ? previous.place : index + 1;
  });
  return { ranked, excluded };
}

/** The matrix view that shows the same filter: the answers as matrix view state. */
export function matrixView(answers: GuideAnswers): Partial<ViewState> {
  const filters: ViewState['filters'] = {};
  const add = (group: CapabilityGroup, key: string) => {
    filters[group] = [...(filters[group] ?? []), key];
  };
  if (answers.hardware) add('hardware', answers.hardware);
  if (answers.os) add('os', answers.os);
  for (const need of requiredCapabilities(answers)) {
    const [group, key] = need.split('.') as [CapabilityGroup, string];
    add(group, key);
  }
  const scenario = answerScenario(answers);
  return {
    sort: scenario ? [{ id: `scenarios.${scenario}`, desc: true }] : [],
    filters,
    level: 'any',
  };
}
