import { COLUMN_GROUPS, OPTIONAL_COLUMNS, type MatrixColumn } from '../../lib/matrix/columns';
import { PRESETS, type Preset } from '../../lib/matrix/presets';
import type { ViewState } from '../../lib/matrix/view-state';
import { CheckboxGroup } from '../island-shared/CheckboxGroup';
import type { Labels } from '../island-shared/labels';
import type { UpdateView } from './useViewState';

interface Props {
  state: ViewState;
  update: UpdateView;
  labels: Labels;
  /** The columns the view has chosen (before the "only differences" toggle). */
  chosen: readonly MatrixColumn[];
}

const CUSTOM = 'custom';

/** View presets, the column chooser and the "only where they differ" toggle. */
export function ColumnControls({ state, update, labels, chosen }: Props) {
  const { t } = labels;
  const chosenIds = chosen.map((c) => c.id);
  return (
    <>
      <label className="flex items-center gap-2">
        <span>{t('matrix.view')}</span>
        <select
          className="matrix-input"
          value={state.cols ? CUSTOM : (state.view ?? 'overview')}
          onChange={(event) => {
            const view = event.target.value as Preset;
            update({ view: view === 'overview' ? null : view, cols: null });
          }}
        >
          {state.cols && (
            <option value={CUSTOM} disabled>
              {t('matrix.columns')}
            </option>
          )}
          {PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {t(`preset.${preset}`)}
            </option>
          ))}
        </select>
      </label>
      <details className="matrix-disclosure" data-column-chooser>
        <summary>{t('matrix.columns')}</summary>
        <div className="matrix-panel">
          {state.cols && (
            <button
              type="button"
              className="matrix-link-button col-span-full justify-self-start"
              onClick={() => update({ cols: null })}
            >
              {t('matrix.defaultColumns')}
            </button>
          )}
          {COLUMN_GROUPS.map((group) => (
            <CheckboxGroup
              key={group}
              name={`cols-${group}`}
              legend={labels.group(group)}
              options={OPTIONAL_COLUMNS.filter((c) => c.group === group).map((c) => ({
                value: c.id,
                label: labels.column(c.id),
              }))}
              checked={chosenIds}
              onChange={(ids) => {
                const otherGroups = chosen
                  .filter((c) => !c.rowHeader && c.group !== group)
                  .map((c) => c.id);
                update({ cols: [...otherGroups, ...ids] });
              }}
            />
          ))}
        </div>
      </details>
      <label className="flex cursor-pointer items-center gap-2">
        <input
          type="checkbox"
          className="matrix-check"
          checked={state.diff}
          onChange={(event) => update({ diff: event.target.checked })}
        />
        {t('matrix.onlyDiff')}
      </label>
    </>
  );
}
