import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { realSources, realTerms, realTopics } from '../../tests/factories/real-content';
import type { Term } from './content';
import type { ExportContent } from './export-content';
import { ALIAS_SEPARATOR, GLOSSARY_COLUMNS, glossaryCsv } from './glossary-csv';

const content: ExportContent = { topics: realTopics, terms: realTerms, sources: realSources };

const hostile: Term = {
  ...realTerms[0]!,
  id: 'hostile-term',
  term: { en: '=1+1, "quoted", and more', zh: '第一\r\n第二行' },
  aliases: ['a, b', 'say "hi"'],
  definition: { en: 'Line one\nline two, with a comma', zh: '含“引号”与 "直引号"' },
  explanation: { en: '"', zh: ',' },
};

/** csv-parse, strict: a quote out of place, a row of the wrong width or a stray character fails. */
function read(text: string): Record<string, string>[] {
  return parse(text, { bom: true, columns: true, relax_quotes: false, relax_column_count: false, skip_empty_lines: false }) as Record<string, string>[];
}

describe('the glossary as CSV', () => {
  it('round-trips every term through a standard CSV parser, both languages and the source in columns of their own', () => {
    const rows = read(glossaryCsv(content, { language: 'en', topic: null }));
    expect(rows).toHaveLength(realTerms.length);
    expect(Object.keys(rows[0]!)).toEqual([...GLOSSARY_COLUMNS]);
    realTerms.forEach((term, index) => {
      const row = rows[index]!;
      const topic = realTopics.find((t) => t.id === term.topic)!;
      const source = realSources.find((s) => s.id === term.source.source)!;
      expect(row).toMatchObject({
        id: term.id,
        topic: term.topic,
        topic_en: topic.name.en,
        topic_zh: topic.name.zh,
        term_en: term.term.en,
        term_zh: term.term.zh,
        definition_en: term.definition.en,
        definition_zh: term.definition.zh,
        explanation_en: term.explanation.en,
        explanation_zh: term.explanation.zh,
        source_url: source.url ?? '',
        starred: '',
      });
      expect(row.aliases === '' ? [] : row.aliases!.split(ALIAS_SEPARATOR)).toEqual(term.aliases);
      expect(row.source).toContain(source.title.en);
      expect(row.source).toContain('quote' in term.source ? term.source.quote : term.source.section);
    });
  });

  it('keeps the separator of aliases out of every alias, so they split back', () => {
    expect(realTerms.flatMap((t) => t.aliases).filter((a) => a.includes(ALIAS_SEPARATOR.trim()))).toEqual([]);
  });

  it('quotes commas, double quotes and line breaks (RFC 4180) and ends every record with CRLF', () => {
    const text = glossaryCsv({ ...content, terms: [hostile, realTerms[1]!] }, { language: 'zh', topic: null, starred: new Set(['hostile-term']) });
    expect(text.startsWith('\uFEFFid,topic,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('"=1+1, ""quoted"", and more"');
    const rows = read(text);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      term_en: '=1+1, "quoted", and more',
      term_zh: '第一\r\n第二行',
      aliases: 'a, b; say "hi"',
      definition_en: 'Line one\nline two, with a comma',
      definition_zh: '含“引号”与 "直引号"',
      explanation_en: '"',
      explanation_zh: ',',
      starred: 'yes',
    });
    expect(rows[1]!.id).toBe(realTerms[1]!.id);
  });

  it('holds one topic when one is chosen', () => {
    const topic = realTerms.at(-1)!.topic;
    const rows = read(glossaryCsv(content, { language: 'en', topic }));
    expect(rows.map((r) => r.id)).toEqual(realTerms.filter((t) => t.topic === topic).map((t) => t.id));
  });
});
