import { useCallback, useMemo, useRef } from 'react';
import {
  decodeCompare,
  encodeCompare,
  MAX_ENGINES,
  NO_COMPARISON,
  type CompareState,
} from '../../lib/compare/compare-state';
import { COLUMN_GROUPS, OPTIONAL_COLUMNS } from '../../lib/matrix/columns';
import { differingColumns } from '../../lib/matrix/visible-columns';
import { useIslandData, type IslandData } from '../island-shared/island-data';
import { makeLabels } from '../island-shared/labels';
import { useUrlState } from '../island-shared/useUrlState';
import { useRowDetails } from '../island-shared/useRowDetails';
import { useCellPopover } from '../island-shared/CellPopover';
import { MatrixCellView } from '../island-shared/MatrixCellView';
import { capabilityPathOf, comparePath, enginePath, pairPath, pairSlug } from '../../lib/urls';
import { CAPABILITIES } from '../../registry/attributes';

const CAPABILITY_COUNT = CAPABILITIES.length;

interface Suggestion {
  label: string;
  ids: string[];
}

/** The compare page's data block. */
export interface CompareData extends IslandData {
  suggestions: Suggestion[];
  /** Editorial pairs that are often weighed against each other (lib/compare/suggestions). */
  headToHeads: [string, string][];
  /** Whether every pair has its own page (the catalogue is within the pair cap). */
  /** Slugs (`a-vs-b`) of the pairs that have a static page. */
  pairPages: string[];
}

interface Props {
  /** Id of the page's JSON data block (see lib/page-data). */
  dataId: string;
}

/** N-way compare: pick 2–6 engines, see every attribute side by side, optionally only differences. */
export default function CompareView({ dataId }: Props) {
  const {
    rows: packedRows,
    messages,
    locale,
    suggestions,
    headToHeads,
    pairPages,
  } = useIslandData<CompareData>(dataId);
  const labels = useMemo(
    () => makeLabels(messages, locale, packedRows),
    [messages, locale, packedRows],
  );
  const { t } = labels;
  const ids = useMemo(() => packedRows.map((r) => r.id), [packedRows]);
  const decode = useCallback(
    (search: string) => ({ state: decodeCompare(search, ids), ignored: [] }),
    [ids],
  );
  const { state, setState, ready } = useUrlState<CompareState>(
    NO_COMPARISON,
    decode,
    encodeCompare,
  );
  const rows = useRowDetails(packedRows, locale, ready);
  const rootRef = useRef<HTMLDivElement>(null);
  const popover = useCellPopover(rootRef, t('cell.openSource'));

  const chosen = state.engines.map((id) => rows.find((r) => r.id === id)!);
  const shownColumns = state.diff ? differingColumns(OPTIONAL_COLUMNS, chosen) : OPTIONAL_COLUMNS;
  const differing = new Set(differingColumns(OPTIONAL_COLUMNS, chosen).map((c) => c.id));
  const toggle = (id: string) =>
    setState((s) => ({
      ...s,
      engines: s.engines.includes(id)
        ? s.engines.filter((x) => x !== id)
        : [...s.engines, id].slice(0, MAX_ENGINES),
    }));

  return (
    <div className="space-y-4" ref={rootRef} data-compare-root data-ready={ready || undefined}>
      {popover}
      <details className="matrix-disclosure" open={state.engines.length < 2 || undefined}>
        <summary>{t('compare.picker')}</summary>
        <fieldset className="matrix-panel" data-engine-picker>
          <legend className="sr-only">{t('compare.picker')}</legend>
          {rows.map((row) => {
            const checked = state.engines.includes(row.id);
            return (
              <label key={row.id} className="flex cursor-pointer items-center gap-2">
                <input
                  type="checkbox"
                  className="matrix-check"
                  checked={checked}
                  disabled={!checked && state.engines.length >= MAX_ENGINES}
                  onChange={() => toggle(row.id)}
                />
                {row.name}
              </label>
            );
          })}
        </fieldset>
      </details>

      {chosen.length < 2 ? (
        <div data-compare-empty>
          <p>{t('compare.pickMore')}</p>
          <h2 className="mt-4 mb-1 text-xl font-semibold">{t('compare.headToHeads')}</h2>
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
            {t('compare.headToHeadsRule')}
          </p>
          <ul className="mb-4 flex flex-wrap gap-x-4 gap-y-1" data-head-to-heads>
            {headToHeads.map(([a, b]) => {
              const name = (id: string) => rows.find((r) => r.id === id)?.name ?? id;
              return (
                <li key={`${a}-${b}`}>
                  <a
                    href={
                      pairPages.includes(pairSlug(a, b))
                        ? pairPath(a, b, locale)
                        : comparePath(locale, { engines: [a, b] })
                    }
                  >
                    {t('compare.versus', { a: name(a), b: name(b) })}
                  </a>
                </li>
              );
            })}
          </ul>
          <h2 className="mt-4 mb-1 text-xl font-semibold">{t('compare.suggested')}</h2>
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
            {t('compare.suggestedRule')}
          </p>
          <ul className="space-y-1">
            {suggestions.map((s) => (
              <li key={s.label}>
                <a href={comparePath(locale, { engines: s.ids })}>
                  {s.label}: {s.ids.map((id) => rows.find((r) => r.id === id)?.name).join(', ')}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <label className="flex cursor-pointer items-center gap-2">
              <input
                type="checkbox"
                className="matrix-check"
                checked={state.diff}
                onChange={(event) => setState((s) => ({ ...s, diff: event.target.checked }))}
              />
              {t('compare.onlyDiff')}
            </label>
            <p role="status" className="text-sm" data-diff-count>
              {t('compare.diffCount', {
                count: OPTIONAL_COLUMNS.filter((c) => c.kind === 'support' && differing.has(c.id))
                  .length,
                total: CAPABILITY_COUNT,
              })}
            </p>
          </div>
          {chosen.length === 2 && pairPages.includes(pairSlug(chosen[0]!.id, chosen[1]!.id)) && (
            <p className="text-sm" data-pair-page-link>
              <a href={pairPath(chosen[0]!.id, chosen[1]!.id, locale)}>
                {t('compare.pairPageLink', { a: chosen[0]!.name, b: chosen[1]!.name })}
              </a>
            </p>
          )}
          <section
            className="matrix-scroll"
            tabIndex={0}
            aria-label={t('compare.tableCaption', { names: chosen.map((r) => r.name).join(', ') })}
          >
            <table className="matrix-table matrix-table-single" data-compare-table>
              <caption className="sr-only">
                {t('compare.tableCaption', { names: chosen.map((r) => r.name).join(', ') })}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="matrix-head sticky-col">
                    {t('fact.attribute')}
                  </th>
                  {chosen.map((row) => (
                    <th key={row.id} scope="col" className="matrix-head">
                      <a href={enginePath(row.id, locale)}>{row.name}</a>
                    </th>
                  ))}
                </tr>
              </thead>
              {COLUMN_GROUPS.map((group) => {
                const columns = shownColumns.filter((c) => c.group === group);
                if (!columns.length) return null;
                return (
                  <tbody key={group}>
                    <tr>
                      <th
                        scope="colgroup"
                        colSpan={chosen.length + 1}
                        className="matrix-group text-left"
                      >
                        {labels.group(group)}
                      </th>
                    </tr>
                    {columns.map((column) => {
                      const differs = differing.has(column.id);
                      return (
                        <tr
                          key={column.id}
                          data-row={column.id}
                          data-differs={differs || undefined}
                        >
                          <th scope="row" className="sticky-col font-normal">
                            {column.kind === 'support' ? (
                              <a href={capabilityPathOf(column.id, locale)}>
                                {labels.column(column.id)}
                              </a>
                            ) : (
                              labels.column(column.id)
                            )}
                            {differs && (
                              <span className="differs-mark">
                                <span aria-hidden="true">≠ </span>
                                {t('compare.differs')}
                              </span>
                            )}
                          </th>
                          {chosen.map((row) => (
                            <td key={row.id}>
                              <MatrixCellView
                                row={row}
                                column={column}
                                labels={labels}
                                tipBelow={shownColumns.indexOf(column) < 2}
                              />
                            </td>
                          ))}
                        </tr>
                      );
                    })}
                  </tbody>
                );
              })}
            </table>
          </section>
        </>
      )}
    </div>
  );
}
