/**
 * How a source is written in each language: one date format and one byline per language, so a
 * source reads the same on a term page, a card and a quiz's feedback.
 */
import type { Source } from '../domain/content';
import { languageTag, type Language } from './i18n';

/** "2016-09-25" → "25 September 2016" / "2016年9月25日"; "2011-09" → month and year; "2012" as is. */
export function formatSourceDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined) return date;
  const format = new Intl.DateTimeFormat(languageTag(language), {
    year: 'numeric',
    month: 'long',
    ...(day === undefined ? {} : { day: 'numeric' }),
    timeZone: 'UTC',
  });
  return format.format(Date.UTC(year, month - 1, day ?? 1));
}

/** The punctuation between parts of a source line: "，" and "：" in Chinese, ", " and ": " in English. */
export const SOURCE_PUNCTUATION: Readonly<Record<Language, { comma: string; colon: string; open: string; close: string }>> = {
  zh: { comma: '，', colon: '：', open: '（', close: '）' },
  en: { comma: ', ', colon: ': ', open: ' (', close: ')' },
};

/** "初尘，2016年9月25日" / "Chu Chen, September 25, 2016". */
export function sourceByline(source: Pick<Source, 'author' | 'date'>, language: Language): string {
  return `${source.author[language]}${SOURCE_PUNCTUATION[language].comma}${formatSourceDate(source.date, language)}`;
}
