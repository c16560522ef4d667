import { useId } from 'react';
import type { Source, SourceRef } from '../../domain/content';
import { languageTag, other, type Language } from '../../lib/i18n';
import { formatSourceDate, SOURCE_PUNCTUATION } from '../../lib/source-format';
import type { GlossaryMessages } from './messages';

const HAN = /\p{Script=Han}/u;

/** Where a term's content comes from: the verbatim passage (or the section it is in), and the work. */
export function SourceCard({ source, quote, language, m }: { source: Source | undefined; quote: SourceRef; language: Language; m: GlossaryMessages }) {
  const headingId = useId();
  const second = other(language);
  const kind = source
    ? { post: m.kindPost, standard: m.kindStandard, book: m.kindBook, documentation: m.kindDocumentation, article: m.kindArticle, report: m.kindReport }[source.kind]
    : null;
  return (
    <section className="term-section source" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.source}</h2>
      <figure className="source-card">
        {'quote' in quote ? (
          <blockquote lang={HAN.test(quote.quote) ? 'zh-CN' : 'en'} cite={source?.url}>
            <p>{quote.quote}</p>
          </blockquote>
        ) : (
          <p className="source-section" lang={HAN.test(quote.section) ? 'zh-CN' : 'en'}>
            {m.section(quote.section)}
          </p>
        )}
        {source ? (
          <figcaption>
            <cite className="source-title">{source.title[language]}</cite>
            {source.title[second] !== source.title[language] ? (
              <span className="source-original" lang={languageTag(second)}>
                {source.title[second]}
              </span>
            ) : null}
            <span className="source-byline">
              {source.author[language]}
              {SOURCE_PUNCTUATION[language].comma}
              <time dateTime={source.date}>{formatSourceDate(source.date, language)}</time>
            </span>
            <span className="source-kind">
              {kind}
              {source.publisher ? ` · ${source.publisher}` : null}
            </span>
            {source.url ? (
              <a className="source-link" href={source.url} target="_blank" rel="noopener noreferrer">
                {m.readOriginal}{' '}
                <span className="visually-hidden">{m.newTab}</span>
                <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true">
                  <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
                </svg>
              </a>
            ) : null}
          </figcaption>
        ) : null}
      </figure>
    </section>
  );
}
