import { jsx as _jsx } from "react/jsx-runtime";
// The staff app's language: Danish by default, English on request; the choice survives reloads.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { CATALOG } from '../../../src/i18n/catalog.js';
import { pickLocale, translator } from '../../../src/i18n/index.js';
const STORAGE_KEY = 'borgerdialog.locale';
const I18nContext = createContext(null);
function storedLocale() {
    try {
        return pickLocale(localStorage.getItem(STORAGE_KEY));
    }
    catch {
        return 'da'; // storage can be blocked; Danish is the default anyway
    }
}
export function I18nProvider({ children }) {
    const [locale, setLocaleState] = useState(storedLocale);
    useEffect(() => {
        document.documentElement.lang = locale;
    }, [locale]);
    const setLocale = useCallback((next) => {
        try {
            localStorage.setItem(STORAGE_KEY, next);
        }
        catch {
            // not remembered, but still switched
        }
        setLocaleState(next);
    }, []);
    const value = useMemo(() => ({ locale, t: translator(CATALOG, locale), setLocale }), [locale, setLocale]);
    return _jsx(I18nContext.Provider, { value: value, children: children });
}
export function useI18n() {
    const value = useContext(I18nContext);
    if (!value)
        throw new Error('useI18n outside I18nProvider');
    return value;
}
/** The current locale outside React (the API client sends it as Accept-Language). */
export function currentLocale() {
    return pickLocale(document.documentElement.lang);
}
//# sourceMappingURL=i18n.js.map