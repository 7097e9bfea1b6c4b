/** The N-way compare page's URL state: `engines` (in column order) and `diff=1`. */
export const MAX_ENGINES = 6;

export interface CompareState {
  engines: string[];
  diff: boolean;
}

export const NO_COMPARISON: CompareState = { engines: [], diff: false };

/** Reads up to six known, distinct engine ids (in the given order) and the diff flag. */
export function decodeCompare(search: string, known: readonly string[]): CompareState {
  const params = new URLSearchParams(search);
  const engines = [...new Set((params.get('engines') ?? '').split(','))].filter((id) =>
    known.includes(id),
  );
  return { engines: engines.slice(0, MAX_ENGINES), diff: params.get('diff') === '1' };
}

/** Writes the state as a query string (no leading `?`). */
export const encodeCompare = ({ engines, diff }: CompareState) =>
  [engines.length ? `engines=${engines.join(',')}` : '', diff ? 'diff=1' : '']
    .filter(Boolean)
    .join('&');
