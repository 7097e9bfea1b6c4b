import en from './en.json';
import { translator } from './translate';

/** Locales the site is built in; the first is the default (no URL prefix). */
export const LOCALES = ['en'] as const;
export type Locale = (typeof LOCALES)[number];

export type MessageKey = keyof typeof en;
export const dictionaries: Record<Locale, Record<MessageKey, string>> = { en };

/** A translate function for one locale: `t('nav.about')`, `t('engine.verified', { date })`. */
export const useTranslations = (locale: Locale = 'en') =>
  translator<MessageKey>(dictionaries[locale]);

export type Translate = ReturnType<typeof useTranslations>;
