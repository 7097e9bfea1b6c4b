/** Locales, their URL prefixes and `lang` attributes. English is the default, without a prefix. */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export const HTML_LANG: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

const base = () => import.meta.env.BASE_URL.replace(/\/$/, '');

/** Which locale a URL path belongs to. */
export function localeFromPath(pathname: string): Locale {
  const rest = pathname.slice(base().length);
  return rest === '/zh' || rest.startsWith('/zh/') ? 'zh' : DEFAULT_LOCALE;
}

/** A site path (without base or locale prefix) for a locale: `/engines/` → `/zh/engines/`, with base. */
export function localizedPath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${base()}${locale === DEFAULT_LOCALE ? '' : `/${locale}`}${clean}`;
}

/** The same page in another locale. */
export function switchLocale(pathname: string, target: Locale): string {
  const rest = pathname.slice(base().length);
  const unprefixed =
    localeFromPath(pathname) === DEFAULT_LOCALE ? rest : rest.replace(/^\/[a-z]+/, '') || '/';
  return localizedPath(target, unprefixed);
}

/** `getStaticPaths` entries for a `[...lang]` route: one per locale. */
export const localeStaticPaths = () =>
  LOCALES.map((locale) => ({
    params: { lang: locale === DEFAULT_LOCALE ? undefined : locale },
    props: { locale },
  }));
