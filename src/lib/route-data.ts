import { useTranslations, type Translate } from '../i18n';
import { HTML_LANG, LOCALES, otherLocale, type Locale } from '../i18n/locales';
import { absoluteUrl, localeFromPath, switchLocale } from './urls';

/** What every page and component needs to know about the page being rendered, computed once. */
export interface RouteData {
  locale: Locale;
  /** The `lang` attribute of the page. */
  lang: string;
  t: Translate;
  /** The other edition's locale and the path of this page in it. */
  other: { locale: Locale; lang: string; path: string };
  /** Absolute URLs of this page in every locale, for hreflang. */
  alternates: { hreflang: string; href: string }[];
  /** Absolute canonical URL of this page. */
  canonical: string;
}

/** Route data for a path (with base). Pure, so it is unit-tested directly. */
export function routeData(pathname: string, site: URL | undefined): RouteData {
  const locale = localeFromPath(pathname);
  const other = otherLocale(locale);
  return {
    locale,
    lang: HTML_LANG[locale],
    t: useTranslations(locale),
    other: { locale: other, lang: HTML_LANG[other], path: switchLocale(pathname, other) },
    alternates: LOCALES.map((l) => ({
      hreflang: HTML_LANG[l],
      href: absoluteUrl(switchLocale(pathname, l), site),
    })),
    canonical: absoluteUrl(pathname, site),
  };
}
