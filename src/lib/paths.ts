import { localizedPath, type Locale } from '../i18n/locales';

/** Prefixes a language-neutral site path (data, assets) with the configured `base`. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}/${path.replace(/^\//, '')}`;
}

export const enginePath = (id: string, locale: Locale = 'en') =>
  localizedPath(locale, `/engines/${id}/`);
