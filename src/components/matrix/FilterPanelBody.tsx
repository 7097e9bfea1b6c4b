import {
  CAPABILITY_GROUP_IDS,
  CAPABILITY_GROUPS,
  KINDS,
  STATUSES,
} from '../../registry/attributes';
import { CheckboxGroup } from '../island-shared/CheckboxGroup';
import { LIST_FILTERS } from '../../lib/matrix/view-state';
import type { FilterPanelProps } from './FilterPanel';

/** The filter panel's content: loaded when the panel is first opened. */
export default function FilterPanelBody({
  state,
  update,
  labels,
  licenses,
  shownCount,
}: FilterPanelProps) {
  const { t } = labels;
  // Groups fold to one Tab stop each; the summary says how many options are ticked.
  const selected = (values: readonly string[]) =>
    values.length ? t('matrix.selectedCount', { count: values.length }) : '';
  const listOptions: Record<(typeof LIST_FILTERS)[number], { value: string; label: string }[]> = {
    license: licenses.map((value) => ({ value, label: value })),
    status: STATUSES.map((value) => ({ value, label: labels.enumValue('status', value) })),
    kind: KINDS.map((value) => ({ value, label: labels.enumValue('kind', value) })),
  };
  return (
    <div className="matrix-panel">
      {/* First in the panel and pinned while it scrolls: the count stays in view on a phone,
          and one Tab and Enter get from the toggle to the results. */}
      <div className="matrix-panel-bar col-span-full">
        <button
          type="button"
          className="matrix-button matrix-button-primary"
          onClick={(event) => {
            event.currentTarget.closest('details')!.open = false;
            document.querySelector<HTMLElement>('.matrix-scroll')?.focus();
          }}
          data-show-results
        >
          {t('matrix.showResults', { count: shownCount })}
        </button>
      </div>
      <p className="col-span-full text-sm text-slate-600 dark:text-slate-400">
        {t('matrix.mustSupport')}
      </p>
      <label className="col-span-full flex cursor-pointer items-center gap-2">
        <input
          type="checkbox"
          className="matrix-check"
          checked={state.level === 'any'}
          onChange={(event) => update({ level: event.target.checked ? 'any' : 'yes' })}
        />
        {t('matrix.levelAny')}
      </label>
      {CAPABILITY_GROUP_IDS.map((group) => (
        <CheckboxGroup
          key={group}
          name={group}
          legend={labels.group(group)}
          options={CAPABILITY_GROUPS[group].map((key) => ({
            value: key,
            label: labels.column(`${group}.${key}`),
          }))}
          checked={state.filters[group] ?? []}
          collapsedSummary={selected(state.filters[group] ?? [])}
          onChange={(keys) => update((s) => ({ filters: { ...s.filters, [group]: keys } }))}
        />
      ))}
      {LIST_FILTERS.map((key) => (
        <CheckboxGroup
          key={key}
          name={key}
          legend={t(`field.${key}`)}
          options={listOptions[key]}
          checked={state[key]}
          collapsedSummary={selected(state[key])}
          onChange={(values) => update({ [key]: values })}
        />
      ))}
    </div>
  );
}
