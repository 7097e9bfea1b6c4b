import { CAPABILITY_GROUP_IDS } from '../../registry/attributes';
import { DEFAULT_VIEW_STATE, FILTER_KEYS, type ViewState } from '../../lib/matrix/view-state';
import type { Labels } from '../island-shared/labels';
import type { UpdateView } from './useViewState';

interface Chip {
  key: string;
  label: string;
  remove: (state: ViewState) => Partial<ViewState>;
}

const without = <T,>(list: readonly T[], item: T) => list.filter((x) => x !== item);

/** Every active filter as a chip (label → what removing it changes). */
function chips(state: ViewState, labels: Labels, nameOf: (id: string) => string): Chip[] {
  const { t } = labels;
  const list: Chip[] = [];
  if (state.q.trim())
    list.push({
      key: 'q',
      label: t('matrix.searchChip', { query: state.q.trim() }),
      remove: () => ({ q: '' }),
    });
  for (const group of CAPABILITY_GROUP_IDS) {
    for (const key of state.filters[group] ?? []) {
      list.push({
        key: `${group}.${key}`,
        label: labels.column(`${group}.${key}`),
        remove: (s) => ({
          filters: { ...s.filters, [group]: without(s.filters[group] ?? [], key) },
        }),
      });
    }
  }
  for (const license of state.license)
    list.push({
      key: `license.${license}`,
      label: license,
      remove: (s) => ({ license: without(s.license, license) }),
    });
  for (const status of state.status)
    list.push({
      key: `status.${status}`,
      label: labels.enumValue('status', status),
      remove: (s) => ({ status: without(s.status, status) }),
    });
  for (const kind of state.kind)
    list.push({
      key: `kind.${kind}`,
      label: labels.enumValue('kind', kind),
      remove: (s) => ({ kind: without(s.kind, kind) }),
    });
  if (state.engines.length) {
    list.push({
      key: 'engines',
      label: t('matrix.enginesChip', { names: state.engines.map(nameOf).join(', ') }),
      remove: () => ({ engines: [] }),
    });
  }
  return list;
}

/** Resets every filter, keeping sort, columns and selection. */
export const resetFilters = (): Partial<ViewState> =>
  Object.fromEntries(FILTER_KEYS.map((key) => [key, DEFAULT_VIEW_STATE[key]]));

export function FilterChips({
  state,
  update,
  labels,
  nameOf,
}: {
  state: ViewState;
  update: UpdateView;
  labels: Labels;
  nameOf: (id: string) => string;
}) {
  const list = chips(state, labels, nameOf);
  if (!list.length) return null;
  return (
    <ul
      className="flex flex-wrap items-center gap-2"
      aria-label={labels.t('matrix.filters')}
      data-filter-chips
    >
      {list.map((chip) => (
        <li key={chip.key}>
          <button
            type="button"
            className="matrix-chip"
            onClick={() => update(chip.remove)}
            aria-label={labels.t('matrix.removeFilter', { label: chip.label })}
          >
            {chip.label}
          </button>
        </li>
      ))}
      <li>
        <button type="button" className="matrix-link-button" onClick={() => update(resetFilters)}>
          {labels.t('matrix.reset')}
        </button>
      </li>
    </ul>
  );
}
