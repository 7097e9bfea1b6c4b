import { CAPABILITIES, SCENARIOS } from '../../registry/attributes';
import { citedSupport } from '../sources';
import type { Engine } from '../types';
import type { MatrixCell, MatrixRow } from './row';

/** Flattens an engine for the matrix: every capability cell with its note and absolute source URL. */
export function toMatrixRow(engine: Engine): MatrixRow {
  const { data } = engine;
  const cells: Record<string, MatrixCell> = {};
  for (const { group, key } of CAPABILITIES)
    cells[`${group}.${key}`] = citedSupport(engine, group, key);
  return {
    id: engine.id,
    name: data.name,
    summary: data.summary,
    kind: data.kind,
    license: data.license,
    status: data.status,
    firstRelease: data.firstRelease ?? '',
    verified: data.verified,
    latestRelease: data.latestRelease,
    cells,
    ratings: Object.fromEntries(SCENARIOS.map((s) => [`scenarios.${s}`, data.scenarios[s].rating])),
  };
}
