import { Suspense, use, useId, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { NotFound } from '../../components/route-error';
import type { Term } from '../../domain/content';
import type * as Search from '../../domain/search';
import { useGlossary } from '../../lib/content';
import { languageTag, other, useLanguage, useMessages } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { glossaryMessages } from './messages';

type SearchModule = typeof Search;

let searchModule: Promise<SearchModule> | undefined;
/** Suggestions per glossary (a new array once more topics have loaded) and per guess. */
const suggestionsFor = new WeakMap<readonly Term[], Map<string, Promise<Term[]>>>();

/**
 * The closest terms to an unknown id. The search code (and MiniSearch) is fetched only here,
 * on this rare path, so that a term page itself never downloads it.
 */
function closestTerms(terms: readonly Term[], guess: string): Promise<Term[]> {
  let forTerms = suggestionsFor.get(terms);
  if (forTerms === undefined) {
    forTerms = new Map();
    suggestionsFor.set(terms, forTerms);
  }
  let pending = forTerms.get(guess);
  if (pending === undefined) {
    searchModule ??= import('../../domain/search');
    pending = searchModule.then(
      ({ buildSearchIndex, searchGlossary, suggestTerms }) => {
        const index = buildSearchIndex(terms);
        const hits = searchGlossary(index, guess, { limit: 5 });
        return hits.length > 0 ? hits.map((hit) => hit.term) : suggestTerms(index, guess);
      },
      () => [],
    );
    forTerms.set(guess, pending);
  }
  return pending;
}

/** An unknown term id: say so, offer a search for it, and the closest terms. */
export function TermNotFound({ termId }: { termId: string }) {
  const m = useMessages(glossaryMessages);
  const navigate = useNavigate();
  const guess = termId.replace(/[-_+]+/g, ' ').trim();
  const [text, setText] = useState(guess);
  const inputId = useId();
  return (
    <NotFound title={m.termNotFound} lead={m.termNotFoundLead(termId)}>
      <form
        role="search"
        className="not-found-search"
        onSubmit={(event) => {
          event.preventDefault();
          navigate(paths.glossary({ q: text.trim() || undefined }));
        }}
      >
        <label htmlFor={inputId}>{m.searchInstead}</label>
        <div className="not-found-row">
          <input id={inputId} type="search" value={text} autoComplete="off" spellCheck={false} onChange={(event) => setText(event.target.value)} />
          <button type="submit" className="button">
            {m.search}
          </button>
        </div>
      </form>
      {guess === '' ? null : (
        <Suspense fallback={null}>
          <Closest guess={guess} />
        </Suspense>
      )}
    </NotFound>
  );
}

function Closest({ guess }: { guess: string }) {
  const m = useMessages(glossaryMessages);
  const language = useLanguage();
  const second = other(language);
  const { terms } = useGlossary();
  const closest = use(closestTerms(terms, guess));
  if (closest.length === 0) return null;
  return (
    <section className="not-found-closest" aria-labelledby="closest-terms">
      <h2 id="closest-terms">{m.perhaps}</h2>
      <ul className="suggestions">
        {closest.map((term) => (
          <li key={term.id}>
            <Link to={paths.term(term.id)}>{term.term[language]}</Link>
            {term.term[second] !== term.term[language] ? (
              <span className="entry-other" lang={languageTag(second)}>
                {term.term[second]}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
