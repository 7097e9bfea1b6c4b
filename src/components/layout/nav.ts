import type { MessageKey } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import {
  aboutPath,
  capabilitiesPath,
  comparePath,
  enginesPath,
  guidePath,
  homePath,
} from '../../lib/urls';

/** The header navigation, in order. */
export const NAV_ITEMS = [
  { id: 'matrix', path: homePath, label: 'nav.matrix' },
  { id: 'engines', path: enginesPath, label: 'nav.engines' },
  { id: 'capabilities', path: capabilitiesPath, label: 'nav.capabilities' },
  { id: 'compare', path: (locale: Locale) => comparePath(locale), label: 'nav.compare' },
  { id: 'guide', path: guidePath, label: 'nav.guide' },
  { id: 'about', path: aboutPath, label: 'nav.about' },
] as const satisfies readonly {
  id: string;
  path: (locale: Locale) => string;
  label: MessageKey;
}[];

export type NavItem = (typeof NAV_ITEMS)[number]['id'];
