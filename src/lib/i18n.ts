import { createContext, useContext } from 'react';

export type Language = 'zh' | 'en';
export const LANGUAGES: readonly Language[] = ['zh', 'en'];

/** A message is a string or a function that formats one (for counts and names). */
export type Message = string | ((...args: never[]) => string);
export type Messages = Record<string, Message>;

/**
 * A catalog has the same keys and signatures in both languages: a key missing from `zh`,
 * or one `zh` has that `en` lacks, fails the typecheck. Each feature keeps its own catalog,
 * so a route downloads only the strings it shows.
 */
export type Catalog<T extends Messages> = { en: T; zh: NoInfer<T> };

export function defineMessages<T extends Messages>(catalog: Catalog<T>): Catalog<T> {
  return catalog;
}

export const LanguageContext = createContext<Language>('en');

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export function useMessages<T extends Messages>(catalog: Catalog<T>): T {
  return catalog[useLanguage()];
}

/** The BCP 47 tag for `<html lang>`, speech and collation. */
export function languageTag(language: Language): string {
  return language === 'zh' ? 'zh-CN' : 'en';
}

/** The browser's preferred language, as one of ours. */
export function detectLanguage(preferred: readonly string[] | undefined): Language {
  for (const tag of preferred ?? []) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/** Picks the interface language's side of a bilingual text. */
export function pick(text: { zh: string; en: string }, language: Language): string {
  return text[language];
}

export function other(language: Language): Language {
  return language === 'zh' ? 'en' : 'zh';
}
