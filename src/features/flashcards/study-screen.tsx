import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { Link } from 'react-router-dom';
import { ActionBar } from '../../components/action-bar';
import { Page } from '../../components/page';
import { cardId, parseCardId } from '../../domain/cards';
import { isLeech } from '../../domain/leeches';
import { useGlossary, type Glossary } from '../../lib/content';
import { keepStorageAfterSession } from '../../lib/durable-storage';
import { languageTag, other, pick, useLanguage, useMessages, type Language } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { useAppStore } from '../../stores/app-store';
import { deckName } from './deck-name';
import { GradeButtons } from './grade-buttons';
import { leechMessages } from './leech-messages';
import { LeechNote } from './leech-note';
import { flashcardMessages, type FlashcardMessages } from './messages';
import { answerCount, remainingCounts } from './session';
import { SessionSummary } from './session-summary';
import { cardSides, StudyCard } from './study-card';
import { useStudyKeys } from './use-study-keys';
import { useStudySession, type StudyState } from './use-study-session';
import './flashcards.css';

/** `/study/:deckId?cram=1&term=…`: a study session over one deck. */
export function StudyScreen({ deckId, cram, termId }: { deckId: string; cram: boolean; termId: string | null }) {
  const m = useMessages(flashcardMessages);
  const language = useLanguage();
  const content = useGlossary();
  const name = deckName(deckId, content, language, m);
  if (name === null) {
    return (
      <Page title={m.unknownDeck} lead={m.unknownDeckLead}>
        <p>
          <Link className="button" to={paths.study()}>
            {m.backToDecks}
          </Link>
        </p>
      </Page>
    );
  }
  const title = cram ? m.cramTitle(name) : m.sessionTitle(name);
  return (
    <Page title={title} heading={name}>
      <Session content={content} deckId={deckId} cram={cram} termId={termId} language={language} m={m} />
    </Page>
  );
}

function Session({
  content,
  deckId,
  cram,
  termId,
  language,
  m,
}: {
  content: Glossary;
  deckId: string;
  cram: boolean;
  termId: string | null;
  language: Language;
  m: FlashcardMessages;
}) {
  const { state, flip, grade, undo, toggleStar, retryMissed } = useStudySession(content, { deckId, cram, termId });
  const { session, flipped, kind } = state;
  const current = session.current;
  const parsed = current ? parseCardId(current) : null;
  const term = parsed ? content.termById.get(parsed.termId) : undefined;
  const starred = useAppStore((s) => (parsed ? s.progress.starred.includes(parsed.termId) : false));
  const [showOther, setShowOther] = useState(false);
  const canUndo = state.history.length > 0;
  // A term is a leech when either of its cards was failed that often (leeches.ts).
  const failures = useAppStore((s) => (parsed ? termFailures(s.progress.log, parsed.termId) : 0));
  const leech = useAppStore((s) => isLeech(failures, s.settings.leechFailures));
  const note = useAppStore((s) => (parsed && s.progress.notes && Object.hasOwn(s.progress.notes, parsed.termId) ? s.progress.notes[parsed.termId]!.text : ''));

  useStudyKeys({ flipped, active: current !== null, flip, grade, undo, toggleStar });
  const { showRef, goodRef, summaryRef } = useStudyFocus(state);

  const finished = current === null;
  // A real session done (cards graded, on the schedule): a good moment to ask the browser to
  // keep the progress, rather than on a first visit with nothing to keep.
  const sessionDone = kind === 'schedule' && finished && answerCount(session) > 0;
  useEffect(() => {
    if (sessionDone) void keepStorageAfterSession(Date.now());
  }, [sessionDone]);
  // After a tap or click on a tool, Space and Enter should go on flipping and grading, not press
  // the tool again: the focus returns to the card's action. (From the keyboard it stays put.)
  const backToCard = (event: MouseEvent<HTMLButtonElement>) => {
    if (event.detail > 0) (flipped ? goodRef : showRef).current?.focus();
  };
  const announcement = describeForScreenReader(state, term && parsed ? cardSides(term, parsed.direction) : null, language, m);

  return (
    <div className="study">
      {kind !== 'schedule' ? <p className="notice study-mode">{kind === 'cram' ? m.cramNotice : m.retryNotice}</p> : null}
      {finished && answerCount(session) === 0 && !canUndo ? (
        <NothingToStudy deckId={deckId} empty={state.deck.length === 0} cram={cram} m={m} />
      ) : (
        <>
          <div className="study-bar">
            <div className="study-progress">
              <label>
                <span className="visually-hidden">{m.progressLabel}</span>
                <progress max={Math.max(1, session.total)} value={session.done} aria-valuetext={m.progress(session.done, session.total)} />
              </label>
              <span className="study-progress-text" aria-hidden="true">
                {m.progress(session.done, session.total)}
              </span>
              {kind === 'schedule' && !finished ? <RemainingCounts state={state} m={m} /> : null}
            </div>
            <div className="study-tools">
              <button type="button" className="button secondary small" onClick={undo} disabled={!canUndo} title={m.undoHint} aria-keyshortcuts="Control+Z Meta+Z">
                <UndoIcon />
                {m.undo}
              </button>
              {!finished ? (
                <>
                  <button
                    type="button"
                    className="button secondary small"
                    aria-pressed={showOther}
                    aria-label={m.alsoShow}
                    onClick={(event) => {
                      setShowOther((shown) => !shown);
                      backToCard(event);
                    }}
                  >
                    <span lang={languageTag(other(language))}>{m.otherLanguage}</span>
                  </button>
                  <button
                    type="button"
                    className="button secondary small star-button"
                    aria-pressed={starred}
                    title={m.starHint}
                    aria-keyshortcuts="S"
                    onClick={(event) => {
                      toggleStar();
                      backToCard(event);
                    }}
                  >
                    <StarIcon filled={starred} />
                    {m.star}
                  </button>
                </>
              ) : null}
            </div>
          </div>

          {finished ? (
            <SessionSummary
              ref={summaryRef}
              session={session}
              kind={kind}
              deck={state.deck}
              deckId={deckId}
              onRetry={retryMissed}
              m={m}
            />
          ) : term && parsed ? (
            <>
              <StudyCard key={`${current}-${answerCount(session)}`} term={term} direction={parsed.direction} flipped={flipped} showOther={showOther} language={language} onFlip={flip} noteSource={term.note ? content.sourceById.get(term.note.source.source) : undefined} m={m} />
              {leech ? (
                <LeechNote key={parsed.termId} termId={parsed.termId} termName={pick(term.term, language)} failures={failures} />
              ) : flipped && note ? (
                <YourWords text={note} />
              ) : null}
              <ActionBar className="study-actions">
                {flipped ? (
                  <GradeButtons intervals={state.intervals} onGrade={grade} goodRef={goodRef} m={m} />
                ) : (
                  <button ref={showRef} type="button" className="button show-answer" onClick={flip} aria-keyshortcuts="Space Enter">
                    {m.showAnswer}
                    <kbd aria-hidden="true">Space</kbd>
                  </button>
                )}
              </ActionBar>
            </>
          ) : null}
          <details className="study-shortcuts key-hint">
            <summary>{m.shortcuts}</summary>
            <ul>
              <li>{m.keyFlip}</li>
              <li>{m.keyGrade}</li>
              <li>{m.keyUndo}</li>
              <li>{m.keyStar}</li>
            </ul>
          </details>
        </>
      )}
      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
    </div>
  );
}

/** The most times either card of a term was graded Again. */
function termFailures(log: readonly { cardId: string; grade: number }[], termId: string): number {
  const forward = cardId(termId, 'forward');
  const reverse = cardId(termId, 'reverse');
  let a = 0;
  let b = 0;
  for (const entry of log) {
    if (entry.grade !== 1) continue;
    if (entry.cardId === forward) a++;
    else if (entry.cardId === reverse) b++;
  }
  return Math.max(a, b);
}

function YourWords({ text }: { text: string }) {
  const m = useMessages(leechMessages);
  return (
    <p className="study-note">
      <strong>{m.yourWords}</strong> {text}
    </p>
  );
}

/** What is left, as Anki shows it: new, learning and review cards. */
function RemainingCounts({ state, m }: { state: StudyState; m: FlashcardMessages }) {
  const left = remainingCounts(state.session, (id) => state.unstudied.has(id));
  return (
    <dl className="study-counts" aria-label={m.remaining}>
      <div className="count-new">
        <dt>{m.newCount}</dt>
        <dd>{left.new}</dd>
      </div>
      <div className="count-learning">
        <dt>{m.learningCount}</dt>
        <dd>{left.learning}</dd>
      </div>
      <div className="count-due">
        <dt>{m.reviewCount}</dt>
        <dd>{left.review}</dd>
      </div>
    </dl>
  );
}

/** Moves the focus to a sensible control after each step: the answer's Good, the next card's "Show answer", or the summary. */
function useStudyFocus(state: StudyState) {
  const showRef = useRef<HTMLButtonElement>(null);
  const goodRef = useRef<HTMLButtonElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const { last, flipped, session, history } = state;
  const step = history.length;
  const finished = session.current === null;
  useEffect(() => {
    if (last === 'start') return; // arriving on the screen: leave the focus where the app put it
    if (finished) summaryRef.current?.focus();
    else if (flipped) goodRef.current?.focus();
    else showRef.current?.focus();
  }, [last, flipped, finished, step]);
  return { showRef, goodRef, summaryRef };
}

function describeForScreenReader(
  state: StudyState,
  sides: ReturnType<typeof cardSides> | null,
  language: Language,
  m: FlashcardMessages,
): string {
  if (state.last === 'start' || !sides) return '';
  const label = (kind: 'term' | 'definition') => (kind === 'term' ? m.term : m.definition);
  if (state.flipped) return m.answerAnnouncement(`${label(sides.answer.kind)}: ${pick(sides.answer.text, language)}`);
  const prefix = state.last === 'undo' ? `${m.undone} ` : '';
  return `${prefix}${label(sides.prompt.kind)}: ${pick(sides.prompt.text, language)}`;
}

function NothingToStudy({ deckId, empty, cram, m }: { deckId: string; empty: boolean; cram: boolean; m: FlashcardMessages }) {
  const emptyText = deckId === 'starred' ? m.starredEmpty : deckId === 'missed' ? m.missedEmpty : deckId === 'leeches' ? m.leechesEmpty : m.emptyDeck;
  return (
    <section className="study-empty card">
      <h2>{empty ? emptyText : m.nothingDue}</h2>
      {empty ? null : <p className="muted">{m.nothingDueLead}</p>}
      <p className="actions">
        {!empty && !cram ? (
          <Link className="button" to={paths.deck(deckId, { cram: true })}>
            {m.cram}
          </Link>
        ) : null}
        <Link className={`button${!empty && !cram ? ' secondary' : ''}`} to={paths.study()}>
          {m.backToDecks}
        </Link>
      </p>
    </section>
  );
}

function UndoIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d="M9 14 4 9l5-5" />
      <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
    </svg>
  );
}

function StarIcon({ filled }: { filled: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill={filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
      <path d="m12 3 2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z" />
    </svg>
  );
}
