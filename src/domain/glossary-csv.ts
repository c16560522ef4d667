/**
 * The glossary, or one topic, as a spreadsheet: CSV as RFC 4180 defines it (comma-separated,
 * CRLF line ends, a header row, fields quoted when they hold a comma, a double quote or a line
 * break), in UTF-8 with a byte order mark, without which Excel reads Chinese as mojibake. One row
 * a term, both languages in columns of their own, the source as a citation and an address.
 */
import type { TopicId } from './content';
import { CSV, formatRecords, UTF8_BOM } from './delimited';
import { citeSource, termsInScope, type ExportContent, type ExportLanguage } from './export-content';

export const GLOSSARY_COLUMNS = [
  'id',
  'topic',
  'topic_en',
  'topic_zh',
  'term_en',
  'term_zh',
  'aliases',
  'definition_en',
  'definition_zh',
  'explanation_en',
  'explanation_zh',
  'source',
  'source_url',
  'starred',
] as const;

/** Joins a term's other names in one field; no alias holds it (checked by the tests). */
export const ALIAS_SEPARATOR = '; ';

export type GlossaryCsvOptions = {
  /** The language the citation is written in. */
  language: ExportLanguage;
  topic: TopicId | null;
  starred?: ReadonlySet<string>;
};

export function glossaryCsv(content: ExportContent, { language, topic, starred = new Set() }: GlossaryCsvOptions): string {
  const topics = new Map(content.topics.map((t) => [t.id, t]));
  const sources = new Map(content.sources.map((s) => [s.id, s]));
  const rows = termsInScope(content, topic).map((term) => {
    const topicOf = topics.get(term.topic);
    return [
      term.id,
      term.topic,
      topicOf?.name.en ?? '',
      topicOf?.name.zh ?? '',
      term.term.en,
      term.term.zh,
      term.aliases.join(ALIAS_SEPARATOR),
      term.definition.en,
      term.definition.zh,
      term.explanation.en,
      term.explanation.zh,
      citeSource(term.source, sources.get(term.source.source), language, { quote: true, url: false }),
      sources.get(term.source.source)?.url ?? '',
      starred.has(term.id) ? 'yes' : '',
    ];
  });
  return UTF8_BOM + formatRecords([[...GLOSSARY_COLUMNS], ...rows], CSV);
}
