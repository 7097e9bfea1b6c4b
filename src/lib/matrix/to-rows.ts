import { CAPABILITIES, SCENARIOS } from '../../registry/attributes';
import { latestRelease } from '../releases';
import { citedSupport } from '../sources';
import type { Engine } from '../types';
import { ROW_TEXT_FIELDS, type MatrixCell, type MatrixRow, type RowTextField } from './row';

/** Flattens an engine for the matrix: every capability cell with its details and absolute source URL. */
export function toMatrixRow(engine: Engine): MatrixRow {
  const { data } = engine;
  const text = (field: RowTextField): string => (field === 'id' ? engine.id : (data[field] ?? ''));
  const cells: Record<string, MatrixCell> = {};
  for (const { group, key } of CAPABILITIES)
    cells[`${group}.${key}`] = citedSupport(engine, group, key);
  const release = latestRelease(data);
  return {
    ...(Object.fromEntries(ROW_TEXT_FIELDS.map((f) => [f, text(f)])) as Record<
      RowTextField,
      string
    >),
    ...(release && { latestRelease: { version: release.version, date: release.date } }),
    cells,
    ratings: Object.fromEntries(SCENARIOS.map((s) => [`scenarios.${s}`, data.scenarios[s].rating])),
  };
}
