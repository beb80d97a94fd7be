import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setClientLanguage } from '../api/client.ts';
import { dictionaries, format, languages, type Language, type MessageKey } from './messages.ts';

const STORAGE_KEY = 'samenspel.language';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  /** Translate an enum-like value (`prefix.value`); falls back to the raw value. */
  label: (prefix: string, value: string | null | undefined) => string;
  formatDate: (isoDate: string | null | undefined) => string;
  formatDateTime: (isoTimestamp: string | null | undefined) => string;
}

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function initialLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // localStorage may be unavailable (privacy mode); fall back to Dutch.
  }
  return 'nl';
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => {
    const lang = initialLanguage();
    setClientLanguage(lang);
    return lang;
  });

  const setLanguage = useCallback((lang: Language) => {
    setClientLanguage(lang);
    setLanguageState(lang);
    try {
      window.localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // ignore
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
    setClientLanguage(language);
  }, [language]);

  const value = useMemo<I18n>(() => {
    const messages = dictionaries[language];
    const t: Translate = (key, params) => format(messages[key] ?? key, params);
    const label = (prefix: string, raw: string | null | undefined) => {
      if (raw == null || raw === '') return '';
      const key = `${prefix}.${raw}`;
      return Object.hasOwn(messages, key) ? messages[key as MessageKey] : raw;
    };
    const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
    const dateFormat = new Intl.DateTimeFormat(locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const dateTimeFormat = new Intl.DateTimeFormat(locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      timeZone: 'Europe/Amsterdam',
    });
    const formatDate = (isoDate: string | null | undefined) => {
      if (!isoDate) return '';
      const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
      if (!match) return isoDate;
      const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
    };
    const formatDateTime = (iso: string | null | undefined) => {
      if (!iso) return '';
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
    };
    return { language, setLanguage, t, label, formatDate, formatDateTime };
  }, [language, setLanguage]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n must be used inside <I18nProvider>');
  return ctx;
}
