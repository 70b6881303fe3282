// Every user-facing string goes through here: Danish first, English complete.
// Each module owns its messages (defineMessages); the type forces English to have every Danish key.
export const LOCALES = ['da', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type MessageSet<K extends string = string> = { da: Record<K, string>; en: Record<K, string> };

export function defineMessages<const D extends Record<string, string>>(
  da: D,
  en: { [K in keyof D]: string },
): MessageSet<Extract<keyof D, string>> {
  return { da, en } as MessageSet<Extract<keyof D, string>>;
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function translator(sets: readonly MessageSet[], locale: Locale): Translate {
  const table: Record<string, string> = Object.assign({}, ...sets.map((s) => s[locale]));
  return (key, params) => {
    const text = table[key];
    if (text === undefined) return key; // visible in the UI and caught by the i18n test
    return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text;
  };
}

export function pickLocale(value: unknown): Locale {
  return value === 'en' ? 'en' : 'da';
}
