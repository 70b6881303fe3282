// The staff app's language: Danish by default, English on request; the choice survives reloads.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { CATALOG } from '../../../src/i18n/catalog.js';
import { type Locale, pickLocale, type Translate, translator } from '../../../src/i18n/index.js';

const STORAGE_KEY = 'borgerdialog.locale';

interface I18n {
  locale: Locale;
  t: Translate;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18n | null>(null);

function storedLocale(): Locale {
  try {
    return pickLocale(localStorage.getItem(STORAGE_KEY));
  } catch {
    return 'da'; // storage can be blocked; Danish is the default anyway
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered, but still switched
    }
    setLocaleState(next);
  }, []);

  const value = useMemo(() => ({ locale, t: translator(CATALOG, locale), setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** The current locale outside React (the API client sends it as Accept-Language). */
export function currentLocale(): Locale {
  return pickLocale(document.documentElement.lang);
}
