/**
 * How a source is written in each language: one date format and one byline per language, so a
 * source reads the same on a term page, a card and a quiz's feedback.
 */
import type { Source } from '../domain/content';
import type { Language } from './i18n';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "2016-09-25" → "September 25, 2016" / "2016年9月25日"; "2011-09" → month and year; "2012" as is.
 * Written out rather than with Intl.DateTimeFormat, whose first use on a page costs ~20 ms of
 * locale data on a fast machine while a term page hydrates; the two formats are this simple.
 */
export function formatSourceDate(date: string, language: Language): string {
  const [year, month, day] = date.split('-').map(Number);
  const monthName = MONTHS[(month ?? 0) - 1];
  if (year === undefined || month === undefined || monthName === undefined) return date;
  if (language === 'zh') return `${year}年${month}月${day === undefined ? '' : `${day}日`}`;
  return day === undefined ? `${monthName} ${year}` : `${monthName} ${day}, ${year}`;
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
