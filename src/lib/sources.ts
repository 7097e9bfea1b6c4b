import type { EngineData } from '../schemas/engine';

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
