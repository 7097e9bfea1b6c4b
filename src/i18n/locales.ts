/**
 * The site's locales, defined once: Astro's `i18n` config, the sitemap's locale map, `lang`
 * attributes and hreflang alternates all derive from `LOCALE_TAGS`. English is the default
 * and has no URL prefix; every other locale lives under `/<locale>/`.
 */
export const LOCALE_TAGS = { en: 'en', zh: 'zh-CN' } as const;
export type Locale = keyof typeof LOCALE_TAGS;
export const LOCALES = Object.keys(LOCALE_TAGS) as Locale[];
export const DEFAULT_LOCALE: Locale = 'en';

/** The `lang` / hreflang tag of each locale. */
export const HTML_LANG: Record<Locale, string> = LOCALE_TAGS;

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && Object.hasOwn(LOCALE_TAGS, value);

/** The other edition of a two-language site. */
export const otherLocale = (locale: Locale): Locale => LOCALES.find((l) => l !== locale)!;

/** `getStaticPaths` entries for a `[...lang]` route: one per locale. */
export const localeStaticPaths = () =>
  LOCALES.map((locale) => ({
    params: { lang: locale === DEFAULT_LOCALE ? undefined : locale },
    props: { locale },
  }));
