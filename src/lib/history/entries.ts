import type { CapabilityGroup } from '../../registry/attributes';
import { diffEngine, parseFrontmatter, type Change } from './diff';
import type { GitHistory } from './git';
import { byCodePoint } from '../order';

/** What one commit changed in one engine's data. */
export interface ChangeEntry {
  /** Stable across builds: the commit and the engine. */
  id: string;
  sha: string;
  date: string;
  /** Position of the commit in history, oldest 0 (dates alone can tie). */
  order: number;
  engine: string;
  /** The engine's name in that commit (it may have been renamed or removed since). */
  name: string;
  changes: Change[];
}

export type History =
  { available: true; entries: ChangeEntry[] } | { available: false; reason: 'no-git' | 'shallow' };

/** The filter group of a change: its capability group, or `fields` for everything else. */
export type ChangeGroup = CapabilityGroup | 'fields';
export const changeGroup = (change: Change): ChangeGroup =>
  change.type === 'cell' ? change.group : 'fields';

/** Entries newest first; commits that only reformat a file (no data change) leave none. */
export function historyEntries(history: GitHistory): History {
  if (!history.available) return history;
  const entries = history.commits.flatMap((commit, order) =>
    commit.files.flatMap(({ id, before, after }) => {
      const [old, now] = [parseFrontmatter(before), parseFrontmatter(after)];
      const changes = diffEngine(old, now);
      if (changes.length === 0) return [];
      const name = String(now?.name ?? old?.name ?? id);
      return [
        {
          id: `${commit.sha.slice(0, 12)}-${id}`,
          sha: commit.sha,
          date: commit.date,
          order,
          engine: id,
          name,
          changes,
        },
      ];
    }),
  );
  return {
    available: true,
    entries: entries.sort(
      (a, b) =>
        Date.parse(b.date) - Date.parse(a.date) ||
        b.order - a.order ||
        byCodePoint(a.engine, b.engine),
    ),
  };
}
