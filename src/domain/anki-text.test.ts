import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { htmlToText, parseAnkiText } from '../../tests/factories/anki-text-parser';
import { realSources, realTerms, realTopics } from '../../tests/factories/real-content';
import { ankiNoteCount, ankiText, ANKI_NOTETYPE } from './anki-text';
import type { Term } from './content';
import type { ExportContent } from './export-content';

const content: ExportContent = { topics: realTopics, terms: realTerms, sources: realSources };
const topicName = (id: string, language: 'en' | 'zh') => realTopics.find((t) => t.id === id)!.name[language];

/** A term whose every field holds what a delimited file must escape. */
const hostile: Term = {
  ...realTerms[0]!,
  id: 'hostile-term',
  term: { en: '#1 "quoted"\tand tabbed', zh: '第一\n第二行' },
  definition: { en: 'Less <b>than</b> & more > "all"', zh: '含“引号”与 "直引号" 和\r\n换行' },
  source: { source: 'nist-sp-800-145', section: 'Section 2; "Essential"\tcharacteristics' },
};

describe('the Anki text file', () => {
  it('carries the file headers that Anki reads: tab separator, HTML, the note type, tags and a deck per note', () => {
    const file = parseAnkiText(ankiText(content, { language: 'en', topic: null }));
    expect(file.headers.get('separator')).toBe('tab');
    expect(file.html).toBe(true);
    expect(file.notetype).toBe(ANKI_NOTETYPE);
    expect(file.globalTags).toEqual(['CloudCards']);
    expect(file.headers.get('tags column')).toBe('4');
    expect(file.headers.get('deck column')).toBe('5');
  });

  it('imports as one note per term, Front the term and Back the definition, both languages, the learner’s first', () => {
    for (const language of ['en', 'zh'] as const) {
      const other = language === 'en' ? 'zh' : 'en';
      const file = parseAnkiText(ankiText(content, { language, topic: null }));
      expect(file.notes).toHaveLength(realTerms.length);
      realTerms.forEach((term, index) => {
        const note = file.notes[index]!;
        expect(note.fields).toHaveLength(3); // Front, Back, Source: the regular columns
        const [front, back, source] = note.fields.map(htmlToText);
        expect(front).toBe(`${term.term[language]}\n${term.term[other]}`);
        expect(back!.startsWith(`${term.definition[language]}\n${term.definition[other]}\n\n`)).toBe(true);
        const work = realSources.find((s) => s.id === term.source.source)!;
        expect(back).toContain(work.title[language]);
        expect(source).toContain(work.title[language]);
        if ('quote' in term.source) {
          expect(source).toContain(term.source.quote);
          expect(back!.split('\n\n')[1]).not.toContain(term.source.quote); // the reverse card shows Back first: its citation gives no answer away
        } else expect(source).toContain(term.source.section);
        expect(note.tags).toEqual([`CloudCards::${term.topic}`]);
        expect(note.deck).toBe(`CloudCards::${topicName(term.topic, language)}`);
      });
    }
  });

  it('holds only one topic when one is chosen', () => {
    const topic = realTerms[0]!.topic;
    const expected = realTerms.filter((t) => t.topic === topic);
    const file = parseAnkiText(ankiText(content, { language: 'en', topic }));
    expect(file.notes.map((n) => htmlToText(n.fields[0]!).split('\n')[0])).toEqual(expected.map((t) => t.term.en));
    expect(ankiNoteCount(content, topic)).toBe(expected.length);
    expect(new Set(file.notes.map((n) => n.deck))).toEqual(new Set([`CloudCards::${topicName(topic, 'en')}`]));
  });

  it('escapes tabs, quotes, line breaks, a leading # and HTML special characters so every field reads back exactly', () => {
    const text = ankiText({ ...content, terms: [hostile, realTerms[1]!] }, { language: 'en', topic: null });
    const file = parseAnkiText(text);
    expect(file.notes).toHaveLength(2);
    const [front, back, source] = file.notes[0]!.fields;
    // HTML: the text's own markup is text, not markup.
    expect(front).not.toMatch(/<(?!br>)/);
    expect(back).toContain('Less &lt;b&gt;than&lt;/b&gt; &amp; more &gt;');
    expect(htmlToText(front!)).toBe('#1 "quoted"\tand tabbed\n第一\n第二行');
    expect(htmlToText(back!).split('\n\n')[0]).toBe('Less <b>than</b> & more > "all"\n含“引号”与 "直引号" 和\n换行');
    expect(htmlToText(source!)).toContain('Section 2; "Essential"\tcharacteristics');
    // The second note is whole: nothing of the first spilled into it.
    expect(htmlToText(file.notes[1]!.fields[0]!)).toBe(`${realTerms[1]!.term.en}\n${realTerms[1]!.term.zh}`);
  });

  it('reads the same through a CSV reader set up as Anki sets up its own (tab, # comments, flexible rows)', () => {
    const text = ankiText({ ...content, terms: [hostile, ...realTerms] }, { language: 'zh', topic: null });
    const rows = parse(text, { delimiter: '\t', comment: '#', comment_no_infix: true, relax_column_count: true }) as string[][];
    const ours = parseAnkiText(text);
    expect(rows).toHaveLength(realTerms.length + 1);
    expect(rows.map((row) => [row[0], row[1], row[2]])).toEqual(ours.notes.map((n) => n.fields));
    expect(rows.every((row) => row.length === 5)).toBe(true);
  });

  it('tags starred terms `marked`, as Anki marks notes', () => {
    const starred = new Set([realTerms[2]!.id]);
    const file = parseAnkiText(ankiText(content, { language: 'en', topic: null, starred }));
    expect(file.notes[2]!.tags).toContain('marked');
    expect(file.notes.filter((n) => n.tags.includes('marked'))).toHaveLength(1);
  });
});
