import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Localized, Term } from '../../domain/content';
import { excerpt, hasMatch, highlight, type Marks, type SearchHit } from '../../domain/search';
import { languageTag, other, type Language } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { Pinyin } from '../../components/pinyin';
import { Highlighted } from './highlighted';
import type { GlossaryMessages } from './messages';

type Props = {
  term: Term;
  language: Language;
  m: GlossaryMessages;
  /** Set when the entry is a search result: what matched, to highlight and explain. */
  hit?: SearchHit;
  /** The topic's name, shown where entries are not grouped by topic. */
  topic?: string;
  /** Where the learner is (path and query), so the term page can lead back to this list. */
  from: string;
  /** Shows the Chinese name's pinyin under the names (the A–Z view in Chinese, which sorts by it). */
  showPinyin?: boolean;
};

/** The side of a bilingual text to show: the interface language's, unless only the other matched. */
function sideToShow(text: Localized, language: Language, marks: Marks | undefined): Language {
  if (!marks || hasMatch(text[language], marks)) return language;
  return hasMatch(text[other(language)], marks) ? other(language) : language;
}

/** One term in a list: both names, the short definition, and why it matched a search. */
export function TermEntry({ term, language, m, hit, topic, from, showPinyin = false }: Props) {
  const marks = hit?.marks;
  const show = (text: string): ReactNode => (marks ? <Highlighted segments={highlight(text, marks)} /> : text);
  const second = other(language);
  const definitionSide = sideToShow(term.definition, language, marks);
  const matchedAliases = hit && hit.field !== 'name' ? term.aliases.filter((alias) => hasMatch(alias, hit.marks)) : [];
  const explanationSide = hit?.field === 'explanation' ? sideToShow(term.explanation, language, hit.marks) : null;

  return (
    <li className="entry">
      <p className="entry-names">
        <Link className="entry-link" to={paths.term(term.id)} state={{ from }} data-entry="" data-term={term.id}>
          {show(term.term[language])}
        </Link>
        {term.term[second] !== term.term[language] ? (
          <span className="entry-other" lang={languageTag(second)}>
            {show(term.term[second])}
          </span>
        ) : null}
        {showPinyin ? <Pinyin text={term.pinyin} className="entry-pinyin" /> : null}
      </p>
      <p className="entry-definition" lang={definitionSide === language ? undefined : languageTag(definitionSide)}>
        {show(term.definition[definitionSide])}
      </p>
      {matchedAliases.length > 0 ? (
        <p className="entry-why">
          <span className="entry-why-label">{m.alsoCalled}</span>{' '}
          {matchedAliases.map((alias, i) => (
            <span key={alias}>
              {i > 0 ? ' · ' : null}
              <Highlighted segments={highlight(alias, marks!)} />
            </span>
          ))}
        </p>
      ) : null}
      {explanationSide !== null ? (
        <p className="entry-why" lang={explanationSide === language ? undefined : languageTag(explanationSide)}>
          <span className="entry-why-label" lang={explanationSide === language ? undefined : languageTag(language)}>
            {m.inExplanation}
          </span>{' '}
          <Highlighted segments={excerpt(term.explanation[explanationSide], marks!)} />
        </p>
      ) : null}
      {topic ? <p className="entry-topic">{topic}</p> : null}
    </li>
  );
}
