import {
  CELL_DETAILS,
  type CapabilityGroup,
  type CellDetail,
  type SupportLevel,
} from '../registry/attributes';
import type { EngineData } from '../schemas/engine';
import { supportOf } from './support';
import type { Engine } from './types';

/** Resolves a support value's `source` (an id from `sources` or a URL) to its URL and title. */
export function resolveSource(
  data: Pick<EngineData, 'sources'>,
  ref: string | undefined,
): { url: string; title: string } | undefined {
  if (!ref) return undefined;
  const declared = data.sources.find((source) => source.id === ref);
  if (declared) return { url: declared.url, title: declared.title };
  return { url: ref, title: new URL(ref).hostname + new URL(ref).pathname };
}

/** A capability value with its source resolved to an absolute URL: the shape the dataset and matrix share. */
export type CitedSupport = { support: SupportLevel; source?: string } & Partial<
  Record<CellDetail, string>
>;

export function citedSupport(engine: Engine, group: CapabilityGroup, key: string): CitedSupport {
  const { support, source, ...rest } = supportOf(engine, group, key);
  const url = resolveSource(engine.data, source)?.url;
  const details = Object.fromEntries(CELL_DETAILS.flatMap((d) => (rest[d] ? [[d, rest[d]]] : [])));
  return { support, ...(url && { source: url }), ...details };
}
