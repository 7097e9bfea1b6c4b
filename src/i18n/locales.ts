/**
 * The site's locales, defined once: Astro's `i18n` config, the sitemap's locale map, `lang`
 * attributes and hreflang alternates all derive from `HTML_LANG`. English is the default
 * and has no URL prefix; every other locale lives under `/<locale>/`.
 */
/** Each locale and its `lang` / hreflang tag. */
export const HTML_LANG = { en: 'en', zh: 'zh-CN' } as const;
export type Locale = keyof typeof HTML_LANG;
export const LOCALES = Object.keys(HTML_LANG) as Locale[];
export const DEFAULT_LOCALE: Locale = 'en';

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && Object.hasOwn(HTML_LANG, value);

/** The other edition of a two-language site. */
export const otherLocale = (locale: Locale): Locale => LOCALES.find((l) => l !== locale)!;

/** `getStaticPaths` entries for a `[...lang]` route: one per locale. */
export const localeStaticPaths = () =>
  LOCALES.map((locale) => ({
    params: { lang: locale === DEFAULT_LOCALE ? undefined : locale },
    props: { locale },
  }));
