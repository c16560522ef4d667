import { useId, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { Page } from '../../components/page';
import type { Localized, Term } from '../../domain/content';
import { inTrack, linkedAcrossTracks } from '../../domain/tracks';
import { useGlossary, type Glossary } from '../../lib/content';
import { languageTag, other, useLanguage, useMessages, type Language } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { useSpeech } from '../../lib/speech';
import { glossaryMessages, type GlossaryMessages } from './messages';
import { SourceCard } from './source-card';
import { TermTable } from './term-table';
import { Pinyin } from '../../components/pinyin';
import { TeacherNote } from '../../components/teacher-note';
import { TermNotFound } from './term-not-found';
import './glossary.css';

const HAN = /\p{Script=Han}/u;

/**
 * Under the heading: the Chinese name's pinyin, and the name in the other language. In Chinese
 * the pinyin comes first, under the name it reads; in English it follows the Chinese name.
 */
function TermNames({ term, language }: { term: Term; language: Language }) {
  const second = other(language);
  const otherName = term.term[second] !== term.term[language] ? <span lang={languageTag(second)}>{term.term[second]}</span> : null;
  if (language === 'zh') {
    return (
      <>
        <Pinyin text={term.pinyin} className="term-pinyin" />
        {term.pinyin && otherName ? <br /> : null}
        {otherName}
      </>
    );
  }
  return (
    <>
      {otherName}
      {term.pinyin ? ' ' : null}
      <Pinyin text={term.pinyin} className="term-pinyin" />
    </>
  );
}

/** `/glossary/:termId`: one term, both languages, and where it comes from. */
export function TermScreen({ termId }: { termId: string }) {
  const content = useGlossary();
  const term = content.termById.get(termId);
  return term ? <TermDetails term={term} content={content} /> : <TermNotFound termId={termId} />;
}

function TermDetails({ term, content }: { term: Term; content: Glossary }) {
  const m = useMessages(glossaryMessages);
  const language = useLanguage();
  const second = other(language);
  const topic = content.topicById.get(term.topic);
  const topicOf = (topicId: string) => content.topicById.get(topicId);
  const across = linkedAcrossTracks(term, content.terms, topicOf);
  const related = term.related.flatMap((id) => content.termById.get(id) ?? []).filter((t) => !across.includes(t));
  const acrossTitle = inTrack('foundations', topic) ? m.inReadings : m.inFoundations;
  // Aliases that only repeat a name in other capitals say nothing new.
  const names = new Set([term.term.zh, term.term.en].map((name) => name.toLowerCase()));
  const aliases = term.aliases.filter((alias) => !names.has(alias.toLowerCase()));
  const siblings = content.terms.filter((t) => t.topic === term.topic);
  const at = siblings.indexOf(term);
  const previous = siblings[at - 1];
  const next = siblings[at + 1];
  const state: unknown = useLocation().state;
  // Back to the very list the learner came from (their search and filter), else the glossary.
  const from =
    typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string' && state.from.startsWith('/glossary')
      ? state.from
      : paths.glossary();

  return (
    <Page
      title={term.term[language]}
      heading={term.term[language]}
      lead={term.pinyin || term.term[second] !== term.term[language] ? <TermNames term={term} language={language} /> : undefined}
    >
      <div className="term">
        <div className="term-meta">
          {topic ? (
            <Link className="topic-chip" to={paths.glossary({ topic: topic.id })}>
              {topic.name[language]}
            </Link>
          ) : null}
          {aliases.length > 0 ? (
            <p className="term-aliases">
              <span className="term-label">{m.alsoCalled}</span>{' '}
              {aliases.map((alias, i) => (
                <span key={alias}>
                  {i > 0 ? <span aria-hidden="true"> · </span> : null}
                  <span lang={HAN.test(alias) ? 'zh-CN' : 'en'} className="alias">
                    {alias}
                  </span>
                  {i < aliases.length - 1 ? <span className="visually-hidden">, </span> : null}
                </span>
              ))}
            </p>
          ) : null}
        </div>

        <div className="actions term-actions">
          <Link className="button" to={paths.deck('all', { term: term.id, only: true })}>
            {m.studyTerm}
          </Link>
          <Link className="button secondary" to={paths.quiz('term', { term: term.id })}>
            {m.quizTerm}
          </Link>
          <SpeakButtons term={term} m={m} />
        </div>

        <div className="term-layout">
          <div className="term-main">
            <TermSection title={m.definition}>
              <Bilingual text={term.definition} language={language} className="term-definition" />
            </TermSection>
            <TermSection title={m.explanation}>
              <Bilingual text={term.explanation} language={language} />
            </TermSection>
            {term.note ? <TeacherNote note={term.note} source={content.sourceById.get(term.note.source.source)} /> : null}
            {term.examples.length > 0 ? (
              <TermSection title={m.examples}>
                <ul className="examples">
                  {term.examples.map((example) => (
                    <li key={example.en}>
                      <Bilingual text={example} language={language} />
                    </li>
                  ))}
                </ul>
              </TermSection>
            ) : null}
            {term.table ? (
              <TermSection title={m.table}>
                <TermTable table={term.table} />
              </TermSection>
            ) : null}
          </div>
          <div className="term-side">
            <SourceCard source={content.sourceById.get(term.source.source)} quote={term.source} language={language} m={m} />
            <TermLinks title={m.related} terms={related} from={from} />
            <TermLinks title={acrossTitle} terms={across} from={from} />
          </div>
        </div>

        <nav className="term-nav" aria-label={m.termNav}>
          {previous ? (
            <Link className="term-nav-previous" to={paths.term(previous.id)} state={{ from }} rel="prev">
              <span className="term-nav-label">{m.previousTerm}</span>
              <span className="term-nav-name">{previous.term[language]}</span>
            </Link>
          ) : (
            <span />
          )}
          <Link className="term-nav-back" to={from}>
            {m.backToGlossary}
          </Link>
          {next ? (
            <Link className="term-nav-next" to={paths.term(next.id)} state={{ from }} rel="next">
              <span className="term-nav-label">{m.nextTerm}</span>
              <span className="term-nav-name">{next.term[language]}</span>
            </Link>
          ) : (
            <span />
          )}
        </nav>
      </div>
    </Page>
  );
}

/** A list of linked terms, each in both languages; nothing when there are none. */
function TermLinks({ title, terms, from }: { title: string; terms: readonly Term[]; from: string }) {
  const language = useLanguage();
  const second = other(language);
  if (terms.length === 0) return null;
  return (
    <TermSection title={title}>
      <ul className="related">
        {terms.map((t) => (
          <li key={t.id}>
            <Link to={paths.term(t.id)} state={{ from }}>
              <span className="related-name">{t.term[language]}</span>
              {t.term[second] !== t.term[language] ? (
                <span className="related-other" lang={languageTag(second)}>
                  {t.term[second]}
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </TermSection>
  );
}

function TermSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="term-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A text in the interface language, and beneath it, quieter, in the other. */
function Bilingual({ text, language, className }: { text: Localized; language: Language; className?: string }) {
  const second = other(language);
  return (
    <div className={className ? `bilingual ${className}` : 'bilingual'}>
      <p>{text[language]}</p>
      {text[second] !== text[language] ? (
        <p className="bilingual-other" lang={languageTag(second)}>
          {text[second]}
        </p>
      ) : null}
    </div>
  );
}

/** Hear the term said in Chinese or English, each where the device has a voice for it. */
function SpeakButtons({ term, m }: { term: Term; m: GlossaryMessages }) {
  const { status, speak } = useSpeech();
  const voices: { language: Language; text: string; label: string; name: string }[] = [
    { language: 'zh', text: term.term.zh, label: '中文', name: m.listenZh },
    { language: 'en', text: term.term.en, label: 'English', name: m.listenEn },
  ];
  const available = voices.filter((voice) => status(voice.language) === 'ready');
  if (available.length === 0) return null;
  return (
    <div className="speak" role="group" aria-label={m.listen}>
      {available.map((voice) => (
        <button key={voice.language} type="button" className="button secondary small" title={voice.name} onClick={() => speak([{ text: voice.text, language: voice.language }])}>
          <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
            <path d="M4 9v6h4l5 4V5L8 9H4z" />
            <path d="M16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12" />
          </svg>
          <span lang={languageTag(voice.language)}>{voice.label}</span>
        </button>
      ))}
    </div>
  );
}
