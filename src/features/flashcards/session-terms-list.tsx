import { Link } from 'react-router-dom';
import { useGlossary } from '../../lib/content';
import { languageTag, pick, useLanguage } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import type { FlashcardMessages } from './messages';
import type { Session } from './session';
import { sessionTerms } from './session-terms';

/** How many learned terms are named before "and N more". */
const LEARNED_SHOWN = 12;

/** The terms of the round by name, each a link to its page: the hardest (most Agains first), then those learned. */
export default function SessionTerms({ session, m }: { session: Session; m: FlashcardMessages }) {
  const { termById } = useGlossary();
  const language = useLanguage();
  const { learned, hardest } = sessionTerms(session);
  const name = (termId: string) => {
    const term = termById.get(termId);
    return term ? pick(term.term, language) : termId;
  };
  const shown = learned.slice(0, LEARNED_SHOWN);
  return (
    <>
      {hardest.length > 0 ? (
        <>
          <h3 id="study-summary-hardest">{m.hardestTerms}</h3>
          <ul className="summary-terms hardest" aria-labelledby="study-summary-hardest">
            {hardest.map(({ termId, agains }) => (
              <li key={termId}>
                <Link to={paths.term(termId)} lang={languageTag(language)}>
                  {name(termId)}
                </Link>{' '}
                <span className="muted">{m.missedTimes(agains)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {learned.length > 0 ? (
        <>
          <h3 id="study-summary-learned">{m.learnedTerms(learned.length)}</h3>
          <ul className="summary-terms" aria-labelledby="study-summary-learned">
            {shown.map((termId) => (
              <li key={termId}>
                <Link to={paths.term(termId)} lang={languageTag(language)}>
                  {name(termId)}
                </Link>
              </li>
            ))}
            {learned.length > shown.length ? <li className="muted">{m.moreTerms(learned.length - shown.length)}</li> : null}
          </ul>
        </>
      ) : null}
    </>
  );
}
