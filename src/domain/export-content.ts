/**
 * What the files that take the deck elsewhere (an Anki deck, a spreadsheet, the review log)
 * share: the content they are made from, the scope (the whole glossary or one topic), how a
 * source is cited in plain text, and how the files are named.
 */
import type { Localized, Source, SourceRef, Term, Topic, TopicId } from './content';

export type ExportLanguage = keyof Localized;

/** The glossary as the files need it: topics and terms in study order, and the sources. */
export type ExportContent = {
  topics: readonly Topic[];
  terms: readonly Term[];
  sources: readonly Source[];
};

/** The terms of one topic, or of all (`null`), in study order. */
export function termsInScope(content: ExportContent, topic: TopicId | null): Term[] {
  return topic === null ? [...content.terms] : content.terms.filter((term) => term.topic === topic);
}

/** The first language, then the other: a learner's own language leads. */
export function bothLanguages(language: ExportLanguage): readonly [ExportLanguage, ExportLanguage] {
  return language === 'zh' ? ['zh', 'en'] : ['en', 'zh'];
}

const CITE = {
  en: { comma: ', ', section: '; section: ', quote: '; quoted: ', open: '“', close: '”' },
  zh: { comma: '，', section: '；章节：', quote: '；原文：', open: '“', close: '”' },
} as const;

/**
 * A source as one line of plain text: the work (title, author, date), then the section or,
 * with `quote`, the passage quoted, then (with `url`, by default as `quote`) the address. Without
 * `quote` a quoted passage is left out (a quote can give the answer of a card away).
 */
export function citeSource(ref: SourceRef, source: Source | undefined, language: ExportLanguage, { quote = true, url = quote }: { quote?: boolean; url?: boolean } = {}): string {
  const p = CITE[language];
  const work = source ? [source.title[language], source.author[language], source.date].join(p.comma) : ref.source;
  const where = 'section' in ref ? `${p.section}${ref.section}` : quote ? `${p.quote}${p.open}${ref.quote}${p.close}` : '';
  return `${work}${where}${url && source?.url ? ` ${source.url}` : ''}`;
}

/** The local calendar date of `now` as YYYY-MM-DD, for file names. */
export function localDateStamp(now: number, offsetMinutes: number): string {
  return new Date(now + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** An instant in ISO 8601 with the local offset: "2026-11-22T20:00:00+08:00". */
export function localIsoTime(ms: number, offsetMinutes: number): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export type ExportKind = 'anki' | 'glossary' | 'review-log';

const EXTENSION: Record<ExportKind, string> = { anki: 'txt', glossary: 'csv', 'review-log': 'csv' };

/** "cloudcards-anki-compute-2026-12-02.txt", "cloudcards-glossary-all-…csv", "cloudcards-review-log-….csv". */
export function exportFileName(kind: ExportKind, topic: TopicId | null, now: number, offsetMinutes: number): string {
  const scope = kind === 'review-log' ? '' : `-${topic ?? 'all'}`;
  return `cloudcards-${kind}${scope}-${localDateStamp(now, offsetMinutes)}.${EXTENSION[kind]}`;
}
