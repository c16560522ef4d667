/**
 * The glossary, or one topic, as a text file that Anki (2.1.55 and later) imports without any
 * add-on, written to the format of Anki's manual ("Importing → Text Files → File Headers"):
 *
 * - `#separator:tab`, `#html:true`: tab-separated fields holding HTML, so the text's own `<`, `>`
 *   and `&` are written as entities and a line break as `<br>`; a field with a tab, a double
 *   quote or a line break is quoted (delimited.ts).
 * - `#notetype:Basic (and reversed card)`: Anki's stock note type with both directions, as our
 *   cards have. Its fields are Front and Back, so both hold both languages, the learner's own
 *   first: Front the term, Back the definition and the work it comes from.
 * - The Source column carries the full citation (section or quoted passage, address) for a note
 *   type with a third field; Tags and Deck are meta columns (`#tags column`, `#deck column`).
 *   A deck column, not `#deck:`: Anki's `#deck:` presets a deck only if it already exists, while
 *   a deck named in a column is created, so each topic lands in its own CloudCards::… deck even
 *   in a fresh collection. `#tags:` adds CloudCards to every note.
 * - No `#columns:` line: Anki maps named columns to fields by name, and a stock note type's
 *   fields are named in Anki's own language ("Front" is not the field's name in a Chinese
 *   Anki), while unnamed columns map in order, Front then Back, in any language.
 *
 * Front is the first field, which Anki uses to spot duplicates: importing a newer file updates
 * the notes already imported rather than adding them again. A starred term is tagged `marked`,
 * Anki's own tag for the same idea.
 */
import type { Term, TopicId } from './content';
import { formatRecords, TSV } from './delimited';
import { bothLanguages, citeSource, termsInScope, type ExportContent, type ExportLanguage } from './export-content';

export const ANKI_NOTETYPE = 'Basic (and reversed card)';
export const ANKI_DECK = 'CloudCards';
/** The columns, 1-based as Anki counts them. */
export const ANKI_COLUMNS = { front: 1, back: 2, source: 3, tags: 4, deck: 5 } as const;

/** Plain text as HTML: `&`, `<` and `>` as entities, line breaks as `<br>`. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replace(/\r\n|\r|\n/g, '<br>');
}

/** A tag Anki keeps as one: no spaces (Anki splits tags on whitespace). */
function tag(text: string): string {
  return text.trim().replace(/\s+/g, '_');
}

/** A deck name without Anki's hierarchy separator inside a part. */
function deckPart(text: string): string {
  return text.replaceAll('::', ':').trim();
}

export type AnkiExportOptions = {
  language: ExportLanguage;
  /** One topic, or the whole glossary. */
  topic: TopicId | null;
  /** Starred terms' ids: their notes are tagged `marked`. */
  starred?: ReadonlySet<string>;
};

/** The number of notes a file will hold: one per term in scope. */
export function ankiNoteCount(content: ExportContent, topic: TopicId | null): number {
  return termsInScope(content, topic).length;
}

/** The file's text: the header lines, then one note per term. */
export function ankiText(content: ExportContent, { language, topic, starred = new Set() }: AnkiExportOptions): string {
  const [first, second] = bothLanguages(language);
  const topics = new Map(content.topics.map((t) => [t.id, t]));
  const sources = new Map(content.sources.map((s) => [s.id, s]));
  const both = (text: Term['term']) => `${escapeHtml(text[first])}<br>${escapeHtml(text[second])}`;
  const headers = [
    '#separator:tab',
    '#html:true',
    `#notetype:${ANKI_NOTETYPE}`,
    `#tags:${ANKI_DECK}`,
    `#tags column:${ANKI_COLUMNS.tags}`,
    `#deck column:${ANKI_COLUMNS.deck}`,
  ];
  const notes = termsInScope(content, topic).map((term) => {
    const source = sources.get(term.source.source);
    const topicName = topics.get(term.topic)?.name[language] ?? term.topic;
    const tags = [tag(`${ANKI_DECK}::${term.topic}`), ...(starred.has(term.id) ? ['marked'] : [])].join(' ');
    return [
      both(term.term),
      `${both(term.definition)}<br><br><small>${escapeHtml(citeSource(term.source, source, language, { quote: false }))}</small>`,
      escapeHtml(citeSource(term.source, source, language)),
      tags,
      `${ANKI_DECK}::${deckPart(topicName)}`,
    ];
  });
  return headers.map((line) => `${line}\n`).join('') + formatRecords(notes, TSV);
}
