import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { Link } from 'react-router-dom';
import { ActionBar } from '../../components/action-bar';
import { Page } from '../../components/page';
import { parseCardId, type Grade } from '../../domain/cards';
import { isLeech, termFailures } from '../../domain/leeches';
import { gradeTypedRecall, recallConfusables, type RecallLanguage, type TypedRecall } from '../../domain/typed-recall';
import { useDeckGlossary, type DeckGlossary } from '../../lib/content';
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
import { useCardSpeech } from './card-speech';
import { cardSides, recallLanguage, sideLabel, StudyCard, typedVerdict } from './study-card';
import { useStudyKeys } from './use-study-keys';
import { useStudySession, type StudyState } from './use-study-session';
import './flashcards.css';

/** The round's summary: its own chunk, asked for as the round starts (below), so it is there by the end, offline too. */
const loadSummary = () => import('./session-summary').then((module) => ({ default: module.SessionSummary }));
const SessionSummary = lazy(loadSummary);

/** `/study/:deckId?cram=1&term=…&only=1`: a study session over one deck, or over one term's cards only. */
export function StudyScreen({ deckId, cram, termId, only = false }: { deckId: string; cram: boolean; termId: string | null; only?: boolean }) {
  const m = useMessages(flashcardMessages);
  const language = useLanguage();
  const content = useDeckGlossary(deckId);
  const onlyTerm = only && termId !== null ? content.termById.get(termId) : undefined;
  const name = onlyTerm ? pick(onlyTerm.term, language) : (content.deckName ?? deckName(deckId, content, language, m));
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
      <Session content={content} deckId={deckId} cram={cram} termId={termId} only={onlyTerm !== undefined} language={language} m={m} />
    </Page>
  );
}

function Session({
  content,
  deckId,
  cram,
  termId,
  only,
  language,
  m,
}: {
  content: DeckGlossary;
  deckId: string;
  cram: boolean;
  termId: string | null;
  only: boolean;
  language: Language;
  m: FlashcardMessages;
}) {
  const { state, flip, grade, undo, toggleStar, retryMissed } = useStudySession(content, { deckId, cram, termId, only });
  useEffect(() => void loadSummary(), []);
  const { session, flipped, kind } = state;
  const current = session.current;
  const parsed = current ? parseCardId(current) : null;
  const term = parsed ? content.termById.get(parsed.termId) : undefined;
  const starred = useAppStore((s) => (parsed ? s.progress.starred.includes(parsed.termId) : false));
  const [showOther, setShowOther] = useState(false);
  // The grade a swipe just gave, offered for undo until the next step.
  const [swiped, setSwiped] = useState<{ grade: Grade; step: number } | null>(null);
  const swipeStep = state.history.length;
  const canUndo = state.history.length > 0;
  // A term is a leech when any of its cards, of any kind, was failed that often (leeches.ts).
  const failures = useAppStore((s) => (parsed ? termFailures(s.progress.log, parsed.termId) : 0));
  const leech = useAppStore((s) => isLeech(failures, s.settings.leechFailures));
  const note = useAppStore((s) => (parsed && s.progress.notes && Object.hasOwn(s.progress.notes, parsed.termId) ? s.progress.notes[parsed.termId]!.text : ''));

  // The card's own language and pinyin (Settings; the first-run choice sets them).
  const cardLanguage = useAppStore((s) => (s.settings.cardLanguage === 'interface' ? language : s.settings.cardLanguage));
  const pinyinOnCards = useAppStore((s) => s.settings.pinyinOnCards);

  // Typed recall: what is typed into this card, and once checked, how it was judged.
  const recall = parsed ? recallLanguage(parsed.kind) : null;
  const cardKey = `${current}-${answerCount(session)}`;
  const [typedFor, setTypedFor] = useState<{ key: string; input: string; result: TypedRecall | null }>({ key: '', input: '', result: null });
  const typed = typedFor.key === cardKey ? typedFor : { key: cardKey, input: '', result: null };
  // Every other term's names, gathered on the first check rather than as the screen first draws
  // (on a slow phone that is while the prerendered session hydrates).
  const confusables = useMemo(() => {
    const byLanguage: Partial<Record<RecallLanguage, string[]>> = {};
    return (language: RecallLanguage) => (byLanguage[language] ??= recallConfusables(content.terms, language));
  }, [content.terms]);
  const check = () => {
    if (!term || !recall || flipped) return;
    setTypedFor({ ...typed, result: gradeTypedRecall(term, recall, typed.input, confusables(recall)) });
    flip();
  };
  const suggested = recall && flipped ? (typed.result?.suggested ?? 1) : undefined;

  const { showRef, goodRef, typedRef } = useStudyFocus(state);
  const formId = useId();

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
  const speech = useCardSpeech({
    card: term && parsed ? { term, direction: parsed.kind } : null,
    flipped,
    showOther,
    language,
    cardKey,
    m,
    onTool: backToCard,
  });
  useStudyKeys({ flipped, active: current !== null, flip: recall ? check : flip, grade, undo, toggleStar, replay: speech.replay, confirmGrade: suggested });
  const announcement = describeForScreenReader(state, term && parsed ? cardSides(term, parsed.kind) : null, cardLanguage, m, recall ? typedVerdict(typed.result, typed.input, m).text : null);

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
            <Suspense fallback={null}>
              <SessionSummary
                focus={state.last !== 'start'}
                session={session}
                kind={kind}
                deck={state.deck}
                deckId={deckId}
                onRetry={retryMissed}
                m={m}
              />
            </Suspense>
          ) : term && parsed ? (
            <>
              <StudyCard
                key={cardKey}
                tools={speech.button}
                term={term}
                kind={parsed.kind}
                flipped={flipped}
                showOther={showOther}
                language={cardLanguage}
                pinyin={pinyinOnCards ? (term.pinyin ?? null) : null}
                onFlip={flip}
                onSwipe={(g) => {
                  grade(g);
                  setSwiped({ grade: g, step: swipeStep + 1 });
                }}
                typed={
                  recall
                    ? {
                        input: typed.input,
                        result: typed.result,
                        field: (
                          <TypedField
                            formId={formId}
                            language={recall}
                            value={typed.input}
                            onChange={(input) => setTypedFor({ ...typed, input })}
                            onSubmit={check}
                            inputRef={typedRef}
                            m={m}
                          />
                        ),
                      }
                    : undefined
                }
                noteSource={term.note ? content.sourceById.get(term.note.source.source) : undefined}
                more={content.more?.(term.term.en)}
                m={m}
              />
              {speech.notice}
              {leech ? (
                <LeechNote key={parsed.termId} termId={parsed.termId} termName={pick(term.term, language)} failures={failures} />
              ) : flipped && note ? (
                <YourWords text={note} />
              ) : null}
              <ActionBar className="study-actions">
                {swiped && swiped.step === swipeStep && !flipped ? (
                  <p className="swipe-undo">
                    <span>{m.swipedAs(m[GRADE_NAMES[swiped.grade]])}</span>
                    <button type="button" className="button secondary small" onClick={undo}>
                      <UndoIcon />
                      {m.undoSwipe}
                    </button>
                  </p>
                ) : null}
                {flipped ? (
                  <GradeButtons intervals={state.intervals} onGrade={grade} goodRef={goodRef} suggested={suggested} suggestedMarked={suggested !== undefined} m={m} />
                ) : recall ? (
                  <button type="submit" form={formId} className="button show-answer">
                    {typed.input.trim() === '' ? m.showAnswer : m.check}
                  </button>
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
              <li>{m.keyReplay}</li>
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

const GRADE_NAMES = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' } as const;

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

/** Moves the focus to a sensible control after each step: the answer's Good, or the next card's "Show answer" (the summary takes it itself). */
function useStudyFocus(state: StudyState) {
  const showRef = useRef<HTMLButtonElement>(null);
  const typedRef = useRef<HTMLInputElement>(null);
  const goodRef = useRef<HTMLButtonElement>(null);
  const { last, flipped, session, history } = state;
  const step = history.length;
  const finished = session.current === null;
  useEffect(() => {
    if (last === 'start') return; // arriving on the screen: leave the focus where the app put it
    if (finished) return;
    if (flipped) goodRef.current?.focus();
    else (typedRef.current ?? showRef.current)?.focus(); // a typed card: its field
  }, [last, flipped, finished, step]);
  return { showRef, goodRef, typedRef };
}

function describeForScreenReader(
  state: StudyState,
  sides: ReturnType<typeof cardSides> | null,
  language: Language,
  m: FlashcardMessages,
  /** A typed card's verdict, said before its answer. */
  verdict: string | null,
): string {
  if (state.last === 'start' || !sides) return '';
  const say = (side: typeof sides.prompt) => `${sideLabel(side, m)}: ${pick(side.text, side.language ?? language)}`;
  if (state.flipped) return `${verdict ? `${verdict} ` : ''}${m.answerAnnouncement(say(sides.answer))}`;
  const prefix = state.last === 'undo' ? `${m.undone} ` : '';
  return `${prefix}${say(sides.prompt)}`;
}

/** The field a typed card is answered in; Enter checks it (the Check button below submits the same form). */
function TypedField({
  formId,
  language,
  value,
  onChange,
  onSubmit,
  inputRef,
  m,
}: {
  formId: string;
  language: Language;
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  inputRef: RefObject<HTMLInputElement | null>;
  m: FlashcardMessages;
}) {
  const inputId = `${formId}-input`;
  return (
    <form
      id={formId}
      className="typed-recall"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label htmlFor={inputId}>{language === 'zh' ? m.typeChinese : m.typeEnglish}</label>
      <input
        ref={inputRef}
        id={inputId}
        type="text"
        lang={languageTag(language)}
        value={value}
        autoComplete="off"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="done"
        onChange={(event) => onChange(event.target.value)}
      />
    </form>
  );
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
