import { useId } from 'react';
import type { Note, Source } from '../domain/content';
import { defineMessages, languageTag, useLanguage, useMessages } from '../lib/i18n';
import { SOURCE_PUNCTUATION, sourceByline } from '../lib/source-format';

const messages = defineMessages({
  en: {
    title: 'Teacher’s note',
    source: 'Source',
  },
  zh: {
    title: '老师的话',
    source: '出处',
  },
});

const HAN = /\p{Script=Han}/u;

/**
 * A teacher's note beside a source that is wrong, narrow or dated: set apart from the source's
 * own words (its own box, its own name for screen readers), with where its fact comes from.
 * `source` is the entry the note cites, when it is known.
 */
export function TeacherNote({ note, source }: { note: Note; source: Source | undefined }) {
  const m = useMessages(messages);
  const language = useLanguage();
  const titleId = useId();
  const punctuation = SOURCE_PUNCTUATION[language];
  const where = 'section' in note.source ? note.source.section : `“${note.source.quote}”`;
  const title = source ? source.title[language] : note.source.source;
  return (
    <div className="teacher-note" role="note" aria-labelledby={titleId}>
      <p className="teacher-note-title" id={titleId}>
        {m.title}
      </p>
      <p className="teacher-note-text" lang={languageTag(language)}>
        {note[language]}
      </p>
      <p className="teacher-note-source">
        <span className="muted">
          {m.source}
          {punctuation.colon}
        </span>
        {source?.url ? (
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          <cite>{title}</cite>
        )}
        {source ? (
          <span className="muted">
            {punctuation.comma}
            {sourceByline(source, language)}
          </span>
        ) : null}
        <span className="muted" lang={HAN.test(where) ? 'zh-CN' : 'en'}>
          {punctuation.open}
          {where}
          {punctuation.close}
        </span>
      </p>
    </div>
  );
}
