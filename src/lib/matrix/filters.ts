import { CAPABILITY_GROUP_IDS, SOURCED_LEVELS, type SupportLevel } from '../../registry/attributes';
import type { MatrixRow } from './row';
import { LIST_FILTERS, type ViewState } from './view-state';

/** Whether a level counts as support under the chosen strictness. */
const meetsLevel = (level: SupportLevel, strictness: ViewState['level']) =>
  strictness === 'any' ? SOURCED_LEVELS.includes(level) : level === 'yes';

/** Names of a capability column, e.g. its label in every language ("Huawei Ascend NPU", "华为昇腾 NPU"). */
export type CapabilityNames = (columnId: string) => readonly string[];

/** The parts of a row the search box looks at, each with what to call it when it matches. */
function searchFields(
  row: MatrixRow,
  names: CapabilityNames = () => [],
): { field: string; text: string }[] {
  const fields = [
    { field: 'name', text: `${row.name} ${row.id}` },
    { field: 'summary', text: row.summary },
  ];
  for (const [id, cell] of Object.entries(row.cells)) {
    // A capability's own name matches the engines that support it (at any level but no).
    const supported = SOURCED_LEVELS.includes(cell.support);
    const text = [...(supported ? names(id) : []), cell.note ?? ''].join(' ');
    if (text.trim()) fields.push({ field: id, text });
  }
  return fields.map(({ field, text }) => ({ field, text: text.toLowerCase() }));
}

/** Lower-cased text the search box matches: name, id, summary, notes and supported capabilities' names. */
export const searchText = (row: MatrixRow, names?: CapabilityNames) =>
  searchFields(row, names)
    .map((f) => f.text)
    .join(' ');

/** Which fields of the row contain the query's words (for "matched in …" next to the row). */
export function matchedFields(row: MatrixRow, query: string, names?: CapabilityNames): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  return searchFields(row, names)
    .filter(({ text }) => words.some((word) => text.includes(word)))
    .map(({ field }) => field);
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
