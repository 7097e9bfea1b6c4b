import { useCallback, useMemo, useRef } from 'react';
import { matchedFields, matchesView, searchText } from '../../lib/matrix/filters';
import {
  chosenColumns,
  differingColumns,
  withFilterColumns,
} from '../../lib/matrix/visible-columns';
import { ColumnControls } from './ColumnControls';
import { FilterChips, resetFilters } from './FilterChips';
import { FilterPanel } from './FilterPanel';
import { useIslandData, type IslandData } from '../island-shared/island-data';
import { makeLabels } from '../island-shared/labels';
import { MatrixTable, useMatrixTable } from './MatrixTable';
import { useViewState } from './useViewState';
import { useRowDetails } from '../island-shared/useRowDetails';
import { useCellPopover } from '../island-shared/CellPopover';
import { VIRTUALIZE_ABOVE } from './useRowWindow';
import { ViewActions } from './ViewActions';
import { comparePath, enginePath } from '../../lib/urls';

/** The matrix page's data block. */
export interface MatrixData extends IslandData {
  /** Licences present in the catalogue, sorted: the licence filter's options. */
  licenses: string[];
  /** Capability labels in the other language, by column id, so search finds either. */
  otherLabels: Record<string, string>;
}

interface Props {
  /** Id of the page's JSON data block (see lib/page-data). */
  dataId: string;
}

/** The comparison matrix island: search, filters, columns, sorting, selection, sharing, export. */
export default function ComparisonMatrix({ dataId }: Props) {
  const {
    rows: packedRows,
    messages,
    locale,
    licenses,
    otherLabels,
  } = useIslandData<MatrixData>(dataId);
  const labels = useMemo(
    () => makeLabels(messages, locale, packedRows),
    [messages, locale, packedRows],
  );
  const { t } = labels;
  const context = useMemo(
    () => ({ engineIds: packedRows.map((r) => r.id).sort(), licenses }),
    [packedRows, licenses],
  );
  const { state, update, ignored, ready } = useViewState(context);
  const rows = useRowDetails(packedRows, locale, ready);
  // A capability is found by its name in either language: "Ascend" and "昇腾" find the same rows.
  const names = useCallback(
    (id: string) => [labels.column(id), otherLabels[id] ?? ''],
    [labels, otherLabels],
  );
  const texts = useMemo(
    () => new Map(rows.map((row) => [row.id, searchText(row, names)])),
    [rows, names],
  );
  const engineNames = useMemo(() => new Map(rows.map((row) => [row.id, row.name])), [rows]);

  const shownRows = useMemo(
    () => rows.filter((row) => matchesView(row, state, texts.get(row.id))),
    [rows, state, texts],
  );
  // Engines a strict filter hides that support the filtered capabilities partially or through a
  // plugin: the view says so and offers to include them (level=any).
  const hiddenByStrictness = useMemo(() => {
    if (state.level === 'any') return 0;
    const lenient = { ...state, level: 'any' as const };
    return (
      rows.filter((row) => matchesView(row, lenient, texts.get(row.id))).length - shownRows.length
    );
  }, [rows, state, texts, shownRows]);
  const matchNotes = useMemo(() => {
    const notes = new Map<string, string>();
    if (!state.q.trim()) return notes;
    for (const row of shownRows) {
      const fields = matchedFields(row, state.q, names).filter((field) => field !== 'name');
      if (!fields.length) continue;
      notes.set(
        row.id,
        fields
          .slice(0, 3)
          .map((field) => (field === 'summary' ? t('matrix.matchSummary') : labels.column(field)))
          .join(', '),
      );
    }
    return notes;
  }, [shownRows, state.q, names, labels, t]);
  const chosen = useMemo(() => chosenColumns(state), [state]);
  const visible = useMemo(() => {
    const columns = withFilterColumns(chosen, state.filters);
    return state.diff ? differingColumns(columns, shownRows) : columns;
  }, [state.diff, state.filters, chosen, shownRows]);
  const scrollRef = useRef<HTMLElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const popover = useCellPopover(rootRef, t('cell.openSource'));
  const toggleRow = useCallback(
    (id: string) =>
      update((s) => ({
        selected: s.selected.includes(id)
          ? s.selected.filter((x) => x !== id)
          : [...s.selected, id].sort(),
      })),
    [update],
  );
  const table = useMatrixTable(shownRows, visible, state.sort, (sort) => update({ sort }));

  const pagePath = (id: string) => enginePath(id, locale);
  const compareHref = comparePath(locale, { engines: state.selected });
  const count = t('matrix.count', { shown: shownRows.length, total: rows.length });

  return (
    <div className="space-y-3" ref={rootRef} data-matrix-root data-ready={ready || undefined}>
      {popover}
      <div className="flex flex-wrap items-center gap-x-2 gap-y-2 sm:gap-x-4">
        <label className="flex w-full min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
          <span className="w-full sm:w-auto sm:whitespace-nowrap">{t('matrix.search')}</span>
          <input
            type="search"
            className="matrix-input min-w-0 flex-1"
            value={state.q}
            placeholder={t('matrix.searchPlaceholder')}
            onChange={(event) => update({ q: event.target.value })}
          />
        </label>
        <FilterPanel
          state={state}
          update={update}
          labels={labels}
          licenses={licenses}
          shownCount={shownRows.length}
        />
        <ColumnControls state={state} update={update} labels={labels} chosen={chosen} />
      </div>
      <FilterChips
        state={state}
        update={update}
        labels={labels}
        nameOf={(id) => engineNames.get(id) ?? id}
      />
      {hiddenByStrictness > 0 && (
        <p
          className="flex flex-wrap items-center gap-2 rounded-md border border-amber-600 px-3 py-2 text-sm dark:border-amber-400"
          data-strict-hint
        >
          {t('matrix.hiddenPartial', { count: hiddenByStrictness })}
          <button
            type="button"
            className="matrix-link-button"
            onClick={() => update({ level: 'any' })}
          >
            {t('matrix.includePartial')}
          </button>
        </p>
      )}
      {ignored.length > 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400" data-ignored>
          {t('matrix.ignored', { items: ignored.join(', ') })}
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p role="status" aria-live="polite" className="font-medium" data-result-count>
          {count}
        </p>
        <ViewActions
          labels={labels}
          shownRows={() => table.getRowModel().rows.map((row) => row.original)}
          columns={visible}
          selected={state.selected}
          compareHref={compareHref}
          onClearSelection={() => update({ selected: [] })}
        />
      </div>
      <p className="hidden text-sm text-slate-600 sm:block dark:text-slate-400">
        {t('matrix.sortHint')}
      </p>
      <a href="#after-matrix" className="sr-only focus:not-sr-only">
        {t('matrix.skipTable')}
      </a>
      <section
        className="matrix-scroll"
        ref={scrollRef}
        tabIndex={0}
        aria-label={t('matrix.caption', { shown: shownRows.length, total: rows.length })}
      >
        <MatrixTable
          table={table}
          selected={state.selected}
          onToggleRow={toggleRow}
          onToggleAll={(select) =>
            update((s) => {
              const ids = shownRows.map((row) => row.id);
              const selected = select
                ? [...new Set([...s.selected, ...ids])]
                : s.selected.filter((id) => !ids.includes(id));
              return { selected: selected.sort() };
            })
          }
          caption={t('matrix.caption', { shown: shownRows.length, total: rows.length })}
          labels={labels}
          pagePath={pagePath}
          matchNotes={matchNotes}
          scrollRef={scrollRef}
          virtual={ready && shownRows.length > VIRTUALIZE_ABOVE}
        />
      </section>
      {shownRows.length === 0 && (
        <div
          className="rounded-lg border border-dashed border-slate-300 p-4 text-center dark:border-slate-600"
          data-empty-state
        >
          <p>{t('matrix.empty')}</p>
          <button type="button" className="matrix-button mt-2" onClick={() => update(resetFilters)}>
            {t('matrix.reset')}
          </button>
        </div>
      )}
      <div id="after-matrix" tabIndex={-1} />
    </div>
  );
}
