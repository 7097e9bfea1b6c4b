import { supportRank } from '../support';
import type { ColumnKind } from './columns';
import type { MatrixCell, RowRelease } from './row';

/** Compares dotted versions numerically: v0.10.2 > v0.9.9; non-numeric parts compare as text. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.replace(/^v/i, '').split(/[.\-+]/);
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const nx = Number(x);
    const ny = Number(y);
    const diff =
      x !== '' && y !== '' && !Number.isNaN(nx) && !Number.isNaN(ny)
        ? nx - ny
        : x.localeCompare(y, 'en');
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

const text = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

/**
 * Ascending comparison of two values of a column kind (the table reverses it for descending).
 * Support is ordered unknown < no < partial < plugin < yes, so descending puts the best first.
 * Engines without a dated release sort before any date.
 */
export function compareCells(kind: ColumnKind, a: unknown, b: unknown): number {
  switch (kind) {
    case 'support':
      return supportRank((b as MatrixCell).support) - supportRank((a as MatrixCell).support);
    case 'rating':
      return (a as number) - (b as number);
    case 'release': {
      const ra = a as RowRelease | undefined;
      const rb = b as RowRelease | undefined;
      return (
        text(ra?.date ?? '', rb?.date ?? '') ||
        compareVersions(ra?.version ?? '', rb?.version ?? '')
      );
    }
    default:
      return text(String(a), String(b));
  }
}
