import { Link } from 'react-router-dom';
import type { Direction } from '../../domain/cards';
import { TeacherNote } from '../../components/teacher-note';
import type { Source, Term } from '../../domain/content';
import { languageTag, other, type Language } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import type { FlashcardMessages } from './messages';

/** The two sides of a term's card, in the order the direction asks for. */
export function cardSides(term: Term, direction: Direction) {
  const termSide = { kind: 'term' as const, text: term.term };
  const definitionSide = { kind: 'definition' as const, text: term.definition };
  return direction === 'forward' ? { prompt: termSide, answer: definitionSide } : { prompt: definitionSide, answer: termSide };
}

type Side = ReturnType<typeof cardSides>['prompt'];

function SideText({ side, language, showOther, size }: { side: Side; language: Language; showOther: boolean; size: 'large' | 'small' }) {
  const second = other(language);
  const long = side.kind === 'definition';
  return (
    <div className={`card-side ${size} ${long ? 'long' : 'short'}`}>
      <p className="card-text" lang={languageTag(language)}>
        {side.text[language]}
      </p>
      {showOther ? (
        <p className="card-text other" lang={languageTag(second)}>
          {side.text[second]}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The card, the hero of the screen: the prompt, and once flipped the answer below it. The card
 * turns over (unless motion is reduced); a tap on it flips it. Text is in the interface language,
 * with the other language one tap away (`showOther`).
 */
export function StudyCard({
  term,
  direction,
  flipped,
  showOther,
  language,
  onFlip,
  noteSource,
  m,
}: {
  term: Term;
  direction: Direction;
  flipped: boolean;
  showOther: boolean;
  language: Language;
  onFlip: () => void;
  /** The source the term's teacher's note cites. */
  noteSource?: Source | undefined;
  m: FlashcardMessages;
}) {
  const { prompt, answer } = cardSides(term, direction);
  const label = (kind: Side['kind']) => (kind === 'term' ? m.term : m.definition);
  return (
    <div className="study-card" data-flipped={flipped} onClick={flipped ? undefined : onFlip}>
      <div className="study-card-inner">
        <div className="study-card-face front" aria-hidden={flipped} inert={flipped}>
          <p className="card-kind">{label(prompt.kind)}</p>
          <SideText side={prompt} language={language} showOther={showOther} size="large" />
          <p className="card-hint" aria-hidden="true">
            {m.flipHint}
            <span className="key-hint"> {m.flipHintKey}</span>
          </p>
        </div>
        <div className="study-card-face back" aria-hidden={!flipped} inert={!flipped}>
          {flipped ? (
            <>
              <p className="card-kind">{label(prompt.kind)}</p>
              <SideText side={prompt} language={language} showOther={showOther} size="small" />
              <hr />
              <p className="card-kind">{label(answer.kind)}</p>
              <SideText side={answer} language={language} showOther={showOther} size="large" />
              {term.note ? <TeacherNote note={term.note} source={noteSource} /> : null}
              <p className="card-more">
                <Link to={paths.term(term.id)}>{m.openInGlossary}</Link>
              </p>
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}
