import en from './en.json';
import zh from './zh.json';
import { HTML_LANG, LOCALES, type Locale } from './locales';
import { translator } from './translate';

export { LOCALES, type Locale };

export type MessageKey = keyof typeof en;
/** A whole dictionary: what the islands receive, typed by the message keys. */
export type Messages = Record<MessageKey, string>;
export const dictionaries: Record<Locale, Messages> = { en, zh };

/** A translate function for one locale: `t('nav.about')`, `t('engine.verified', { date })`. */
export const useTranslations = (locale: Locale) =>
  translator<MessageKey>(dictionaries[locale], HTML_LANG[locale]);

export type Translate = ReturnType<typeof useTranslations>;
