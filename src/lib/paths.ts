/** Prefixes a site path with the configured `base`, so the site works under a sub-path. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

export const enginePath = (id: string) => withBase(`/engines/${id}/`);
