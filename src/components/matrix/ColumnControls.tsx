import { lazy } from 'react';
import type { MatrixColumn } from '../../lib/matrix/columns';
import { PRESETS, type Preset } from '../../lib/matrix/presets';
import type { ViewState } from '../../lib/matrix/view-state';
import { LazyDisclosure } from './LazyDisclosure';
import type { Labels } from '../island-shared/labels';
import type { UpdateView } from './useViewState';

export interface ColumnControlsProps {
  state: ViewState;
  update: UpdateView;
  labels: Labels;
  /** The columns the view has chosen (before the "only differences" toggle). */
  chosen: readonly MatrixColumn[];
}

const CUSTOM = 'custom';
const ColumnChooserBody = lazy(() => import('./ColumnChooserBody'));

/** View presets, the column chooser and the "only where they differ" toggle. */
export function ColumnControls(props: ColumnControlsProps) {
  const { state, update, labels } = props;
  const { t } = labels;
  return (
    <>
      <label className="flex items-center gap-2">
        <span className="sr-only sm:not-sr-only">{t('matrix.view')}</span>
        <select
          className="matrix-input max-w-32 sm:max-w-none"
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
      <LazyDisclosure
        summary={t('matrix.columns')}
        dataAttribute="data-column-chooser"
        loading={t('matrix.loading')}
      >
        <ColumnChooserBody {...props} />
      </LazyDisclosure>
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
