import { CAPABILITY_GROUP_IDS, SOURCED_LEVELS, type SupportLevel } from '../../registry/attributes';
import type { MatrixRow } from './row';
import { LIST_FILTERS, type ViewState } from './view-state';

/** Whether a level counts as support under the chosen strictness. */
const meetsLevel = (level: SupportLevel, strictness: ViewState['level']) =>
  strictness === 'any' ? SOURCED_LEVELS.includes(level) : level === 'yes';

/** Lower-cased text the search box matches: name, id, summary and every note. */
export function searchText(row: MatrixRow): string {
  const notes = Object.values(row.cells)
    .map((cell) => cell.note ?? '')
    .join(' ');
  return `${row.name} ${row.id} ${row.summary} ${notes}`.toLowerCase();
}

/** Every whitespace-separated word of the query must appear somewhere in the row's text. */
function matchesQuery(row: MatrixRow, query: string, text = searchText(row)): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => text.includes(word));
}

/** Does the row pass every filter of the view (search, capabilities, any-of lists, engine list)? */
export function matchesView(row: MatrixRow, state: ViewState, text?: string): boolean {
  if (state.engines.length && !state.engines.includes(row.id)) return false;
  for (const key of LIST_FILTERS) {
    if (state[key].length && !state[key].includes(row[key])) return false;
  }
  for (const group of CAPABILITY_GROUP_IDS) {
    for (const key of state.filters[group] ?? []) {
      const cell = row.cells[`${group}.${key}`];
      if (!cell || !meetsLevel(cell.support, state.level)) return false;
    }
  }
  return !state.q.trim() || matchesQuery(row, state.q, text);
}

/** How many filters are active (search counts as one). */
export function activeFilterCount(state: ViewState): number {
  const capabilityFilters = CAPABILITY_GROUP_IDS.reduce(
    (n, g) => n + (state.filters[g]?.length ?? 0),
    0,
  );
  return (
    capabilityFilters +
    LIST_FILTERS.reduce((n, key) => n + state[key].length, 0) +
    (state.engines.length ? 1 : 0) +
    (state.q.trim() ? 1 : 0)
  );
}
