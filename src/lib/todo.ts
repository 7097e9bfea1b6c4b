import { CAPABILITIES, type CapabilityGroup } from '../registry/attributes';
import { isGenericCitation } from './citations';
import { resolveSource } from './sources';
import { supportOf } from './support';
import type { Engine } from './types';
import { byCodePoint } from './order';

type Cell = { group: CapabilityGroup; key: string };

/** Per engine, the capabilities no primary source settles yet; engines with none are left out. */
export const unknownCells = (engines: readonly Engine[]) =>
  engines
    .map((engine) => ({
      engine,
      cells: CAPABILITIES.filter(
        ({ group, key }) => supportOf(engine, group, key).support === 'unknown',
      ) as Cell[],
    }))
    .filter(({ cells }) => cells.length > 0)
    .sort((a, b) => b.cells.length - a.cells.length || byCodePoint(a.engine.id, b.engine.id));

/** Cells that cite a repository root or a whole README instead of the page that states the fact. */
export const genericCitations = (engines: readonly Engine[]) =>
  engines.flatMap((engine) =>
    CAPABILITIES.flatMap(({ group, key }) => {
      const url = resolveSource(engine.data, supportOf(engine, group, key).source)?.url;
      return url && isGenericCitation(url) ? [{ engine, group, key, url }] : [];
    }),
  );
