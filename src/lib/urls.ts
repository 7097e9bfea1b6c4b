/**
 * Every internal URL of the site, built in one place, on the server and in the islands. Query
 * strings always go through their codecs (matrix view, N-way compare), never by hand.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales';
import type { CapabilityGroup } from '../registry/attributes';
import { parseCapabilityId } from './capabilities';
import { encodeCompare, type CompareState } from './compare/compare-state';
import { DEFAULT_VIEW_STATE, encodeViewState, type ViewState } from './matrix/view-state';

const base = () => import.meta.env.BASE_URL.replace(/\/$/, '');

/** Prefixes a language-neutral site path (data, assets, API) with the configured `base`. */
export const withBase = (path: string) => `${base()}/${path.replace(/^\//, '')}`;

/** A site path (without base or locale prefix) for a locale: `/engines/` → `/zh/engines/`, with base. */
export function localizedPath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  return `${base()}${locale === DEFAULT_LOCALE ? '' : `/${locale}`}${clean}`;
}

/** Which locale a URL path (with base) belongs to. */
export function localeFromPath(pathname: string): Locale {
  const first = pathname.slice(base().length).split('/')[1];
  return first !== DEFAULT_LOCALE && isLocale(first) ? first : DEFAULT_LOCALE;
}

/** The same page in another locale. */
export function switchLocale(pathname: string, target: Locale): string {
  const rest = pathname.slice(base().length);
  const unprefixed =
    localeFromPath(pathname) === DEFAULT_LOCALE ? rest : rest.replace(/^\/[^/]+/, '') || '/';
  return localizedPath(target, unprefixed);
}

const withQuery = (path: string, query: string) => (query ? `${path}?${query}` : path);

/** The canonical slug of a pair: ids in alphabetical order, `a-vs-b`. */
export const pairSlug = (a: string, b: string) => (a < b ? `${a}-vs-${b}` : `${b}-vs-${a}`);

export const homePath = (locale: Locale) => localizedPath(locale, '/');
export const enginesPath = (locale: Locale) => localizedPath(locale, '/engines/');
export const enginePath = (id: string, locale: Locale = DEFAULT_LOCALE) =>
  localizedPath(locale, `/engines/${id}/`);
/** The anchor of one fact-sheet row on an engine page: `features-prefix-caching`. */
export const factAnchor = (group: string, key: string) => `${group}-${key}`;
/** One fact on its engine page: `/engines/vllm/#features-prefix-caching`. */
export const factPath = (id: string, group: string, key: string, locale: Locale = DEFAULT_LOCALE) =>
  `${enginePath(id, locale)}#${factAnchor(group, key)}`;
export const pairPath = (a: string, b: string, locale: Locale) =>
  localizedPath(locale, `/compare/${pairSlug(a, b)}/`);
export const guidePath = (locale: Locale) => localizedPath(locale, '/guide/');
export const aboutPath = (locale: Locale) => localizedPath(locale, '/about/');
export const capabilitiesPath = (locale: Locale) => localizedPath(locale, '/capabilities/');
/** The site search page; `q` is the query, read by the page's script. */
export const searchPath = (locale: Locale, q?: string) =>
  withQuery(localizedPath(locale, '/search/'), q ? `q=${encodeURIComponent(q)}` : '');
/** Pagefind's bundle (written by `pagefind --site dist` after the build). */
export const pagefindPath = () => withBase('/pagefind/');
export const capabilityPath = (group: CapabilityGroup, key: string, locale: Locale) =>
  localizedPath(locale, `/capabilities/${group}/${key}/`);
/** The capability page of a `group.key` id (a matrix column); undefined for other columns. */
export function capabilityPathOf(id: string, locale: Locale): string | undefined {
  const capability = parseCapabilityId(id);
  return capability && capabilityPath(capability.group, capability.key, locale);
}

export const changesPath = (locale: Locale) => localizedPath(locale, '/changes/');
export const contributePath = (locale: Locale) => localizedPath(locale, '/contribute/');

/** The N-way compare page, optionally with engines chosen. */
export const comparePath = (locale: Locale, state?: Partial<CompareState>) =>
  withQuery(
    localizedPath(locale, '/compare/'),
    encodeCompare({ engines: [], diff: false, ...state }),
  );

/** The matrix (home page) showing a view: any part of the view state, the rest default. */
export const matrixPath = (locale: Locale, view: Partial<ViewState> = {}) =>
  withQuery(homePath(locale), encodeViewState({ ...DEFAULT_VIEW_STATE, ...view }));

/** The matrix's cell details for a locale (notes are translated), fetched by the islands. */
export const matrixDetailsPath = (locale: Locale) => localizedPath(locale, '/matrix-details.json');

/** Public data files and OG cards: language-neutral. */
export const datasetPath = (file: 'engines.json' | 'engines.csv' | 'engines.schema.json') =>
  withBase(`/data/${file}`);
export const engineCardPath = (id: string) => withBase(`/og/engines/${id}.png`);
export const pairCardPath = (a: string, b: string) => withBase(`/og/compare/${pairSlug(a, b)}.png`);
export const siteCardPath = () => withBase('/og/site.png');
export const capabilityCardPath = (group: CapabilityGroup, key: string) =>
  withBase(`/og/capabilities/${group}/${key}.png`);

/** Atom feeds of data changes: site-wide, or one engine's. Language-neutral (English). */
export const changesFeedPath = (id?: string) =>
  withBase(id ? `/engines/${id}/changes.atom` : '/changes.atom');

/** The static read API (`/api/v1/…`). */
/** The read API's page for people (`/api/`); the files themselves are under `apiPath`. */
export const apiDocsPath = (locale: Locale) => localizedPath(locale, '/api/');
export const apiPath = (path: string) => withBase(`/api/v1/${path.replace(/^\//, '')}`);
export const apiEnginePath = (id: string) => apiPath(`engines/${id}.json`);
export const apiCapabilityPath = (group: CapabilityGroup, key: string) =>
  apiPath(`capabilities/${group}/${key}.json`);
export const badgeJsonPath = (id: string, group: CapabilityGroup, key: string) =>
  apiPath(`badges/${id}/${group}/${key}.json`);
export const badgeSvgPath = (id: string, group: CapabilityGroup, key: string) =>
  withBase(`/badges/${id}/${group}/${key}.svg`);
export const llmsTxtPath = () => withBase('/llms.txt');

/** An absolute URL for a site path that already includes `base`. */
export const absoluteUrl = (path: string, site: URL | string | undefined) =>
  new URL(path, site).href;
