import en from './en.json';
import zh from './zh.json';
import { LOCALES, type Locale } from './locales';
import { translator } from './translate';

export { LOCALES, type Locale };

export type MessageKey = keyof typeof en;
export const dictionaries: Record<Locale, Record<MessageKey, string>> = { en, zh };

/** A translate function for one locale: `t('nav.about')`, `t('engine.verified', { date })`. */
export const useTranslations = (locale: Locale = 'en') =>
  translator<MessageKey>(dictionaries[locale]);

export type Translate = ReturnType<typeof useTranslations>;
