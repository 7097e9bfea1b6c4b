import { lazy } from 'react';
import { activeFilterCount } from '../../lib/matrix/filters';
import type { ViewState } from '../../lib/matrix/view-state';
import type { Labels } from '../island-shared/labels';
import { LazyDisclosure } from './LazyDisclosure';
import type { UpdateView } from './useViewState';

export interface FilterPanelProps {
  state: ViewState;
  update: UpdateView;
  labels: Labels;
  licenses: readonly string[];
  /** How many engines the current filters show. */
  shownCount: number;
}

const FilterPanelBody = lazy(() => import('./FilterPanelBody'));

/** The filter disclosure: a checkbox group per capability group, strictness, and any-of lists. */
export function FilterPanel(props: FilterPanelProps) {
  const { t } = props.labels;
  const count = activeFilterCount(props.state);
  return (
    <LazyDisclosure
      summary={count ? t('matrix.filtersActive', { count }) : t('matrix.filters')}
      dataAttribute="data-filter-panel"
      loading={t('matrix.loading')}
    >
      <FilterPanelBody {...props} />
    </LazyDisclosure>
  );
}
