import { CAPABILITIES, type SupportLevel } from '../registry/attributes';
import { supportOf, supportRank } from './support';
import type { Engine } from './types';

/** One capability cell of one engine, as the consistency rules see it. */
interface Cell {
  engine: string;
  cell: string;
  support: SupportLevel;
  note?: string | undefined;
  flag?: string | undefined;
  via?: string | undefined;
}

/** Two cells that share evidence (a flag or a note) but not a level. */
export interface Mismatch {
  /** The shared evidence: `flag <group.key> <flag>` or `note <text>`. */
  evidence: string;
  /** The two cells: `<engine>:<group.key> ~ <engine>:<group.key>`, sorted. */
  pair: string;
  levels: [SupportLevel, SupportLevel];
}

const cellsOf = (engines: readonly Engine[]): Cell[] =>
  engines.flatMap((engine) =>
    CAPABILITIES.map(({ group, key }) => {
      const value = supportOf(engine, group, key);
      return {
        engine: engine.id,
        cell: `${group}.${key}`,
        support: value.support,
        note: value.note,
        flag: value.flag,
        via: value.via,
      };
    }),
  );

/**
 * Pairs of cells that share a flag (same capability) or an identical note, yet differ in level:
 * the same evidence should give the same level (docs/rubric.md, "Same mechanism, same level").
 * A pair that differs for a reason goes into the allow-list with that reason. Cells that share
 * an upstream are checked against that upstream instead (`unexplainedViaDifferences`).
 */
export function levelMismatches(engines: readonly Engine[]): Mismatch[] {
  const cells = cellsOf(engines);
  const groups = new Map<string, Cell[]>();
  const add = (key: string, cell: Cell) => groups.set(key, [...(groups.get(key) ?? []), cell]);
  for (const cell of cells) {
    if (cell.support === 'unknown') continue;
    if (cell.flag) add(`flag ${cell.cell} ${cell.flag}`, cell);
    if (cell.note) add(`note ${cell.note}`, cell);
  }
  const found: Mismatch[] = [];
  for (const [evidence, members] of groups) {
    members.forEach((a, i) =>
      members.slice(i + 1).forEach((b) => {
        if (a.support === b.support) return;
        const [first, second] = [a, b].sort((x, y) =>
          `${x.engine}:${x.cell}`.localeCompare(`${y.engine}:${y.cell}`, 'en'),
        ) as [Cell, Cell];
        found.push({
          evidence,
          pair: `${first.engine}:${first.cell} ~ ${second.engine}:${second.cell}`,
          levels: [first.support, second.support],
        });
      }),
    );
  }
  return found.sort((x, y) =>
    `${x.evidence} ${x.pair}`.localeCompare(`${y.evidence} ${y.pair}`, 'en'),
  );
}

/**
 * Cells that set a level of their own different from the upstream they name in `via`, without
 * a note of their own: the note is where a wrapper says what it adds (above its upstream) or
 * what it leaves out (below). `written` is the catalogue before inheritance.
 */
export function unexplainedViaDifferences(
  written: readonly Engine[],
  resolved: readonly Engine[],
): string[] {
  const byId = new Map(resolved.map((engine) => [engine.id, engine]));
  return written.flatMap((engine) =>
    CAPABILITIES.flatMap(({ group, key }) => {
      const own = (engine.data[group] as Record<string, Partial<Cell> | undefined>)[key];
      if (!own?.via || !own.support) return [];
      const upstream = supportOf(byId.get(own.via)!, group, key).support;
      if (own.support === upstream || own.note) return [];
      const direction = supportRank(own.support) < supportRank(upstream) ? 'above' : 'below';
      return [
        `${engine.id}:${group}.${key} is ${own.support}, ${direction} ${own.via} (${upstream}), with no note saying why`,
      ];
    }),
  );
}
