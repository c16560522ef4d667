import { useEffect, useEffectEvent, useMemo, useRef, useState, type FormEvent } from 'react';
import { handInCheck } from '../../domain/exam';
import { confusableNames, emptyResponse, gradeAnswer, isAnswered, toAttempt, type GradedAnswer, type Quiz, type QuizResponse } from '../../domain/quiz';
import type { QuizAttempt } from '../../domain/quiz-history';
import { resumeQuiz, savedQuizSummary, snapshotQuiz } from '../../domain/quiz-progress';
import { ActionBar } from '../../components/action-bar';
import { useContent } from '../../lib/content';
import { useMessages } from '../../lib/i18n';
import { useAppStore } from '../../stores/app-store';
import { AnswerFeedback } from './answer-feedback';
import { ExamIntro } from './exam-intro';
import { examMessages } from './exam-messages';
import { ExamNavigator } from './exam-navigator';
import { formatClock, newAttemptId } from './format';
import { quizMessages } from './messages';
import { QuestionView } from './question-view';
import { QuizResults, type ResultLinks } from './quiz-results';
import { HandInCheck } from './hand-in-check';
import { OtherQuizNote } from './saved-quiz-note';
import './quiz.css';
import { useEnterKey, useLetterKey } from './use-quiz-keys';
import { readSavedQuiz, useSavedQuiz } from './use-saved-quiz';

export type Finished = {
  attempt: QuizAttempt;
  responses: QuizResponse[];
  graded: (GradedAnswer | undefined)[];
  /** Whether the exam was handed in because its time ran out: on screen, or while the learner was away. */
  timedOut: false | 'now' | 'away';
};

type Props = {
  quiz: Quiz;
  links: ResultLinks;
  /** The quiz's own URL: a quiz left in progress at it is resumed. */
  url: string;
};

/**
 * Takes a quiz: one question at a time. In practice, each answer is checked at once and
 * explained; in an exam, the learner moves freely (the navigator, Previous and Next), flags
 * questions for review, and hands in after a check that lists what is unanswered or flagged;
 * everything is shown at the end.
 *
 * A quiz in progress is kept (see use-saved-quiz.ts): reloading, or coming back after the
 * phone closed the tab, picks it up where it was, and "Start over" begins it again.
 */
export function QuizRunner(props: Props) {
  const [round, setRound] = useState(0);
  return <QuizSession key={round} {...props} startedOver={round > 0} onStartOver={() => setRound((n) => n + 1)} />;
}

function QuizSession({ quiz, links, url, startedOver, onStartOver }: Props & { startedOver: boolean; onStartOver: () => void }) {
  const m = useMessages(quizMessages);
  const e = useMessages(examMessages);
  const { terms, termById } = useContent();
  const recordAttempt = useAppStore((s) => s.recordAttempt);
  const grading = useMemo(() => ({ termById, confusables: confusableNames(terms) }), [terms, termById]);
  const exam = quiz.mode === 'exam';
  const total = quiz.items.length;

  // Read once, as the quiz opens: this quiz left in progress, or another one that answering here would replace.
  const [opened] = useState(() => {
    const saved = startedOver ? null : readSavedQuiz();
    const resumed = resumeQuiz(saved, quiz, url, Date.now());
    return { resumed, other: !resumed && saved && saved.url !== url ? savedQuizSummary(saved) : null };
  });
  const { resumed } = opened;

  const [startedAt, setStartedAt] = useState<number | null>(() => resumed?.startedAt ?? (exam ? null : Date.now()));
  const [index, setIndex] = useState(resumed?.index ?? 0);
  const [responses, setResponses] = useState<QuizResponse[]>(() => resumed?.responses ?? quiz.items.map((item) => emptyResponse(item.question)));
  const [graded, setGraded] = useState<(GradedAnswer | undefined)[]>(() =>
    quiz.items.map((item, i) => {
      const given = resumed?.responses[i];
      return resumed?.checked[i] && given ? gradeAnswer(item.question, given, grading) : undefined;
    }),
  );
  const [flagged, setFlagged] = useState<boolean[]>(() => resumed?.flagged ?? quiz.items.map(() => false));
  /** Exam: the hand-in check is on screen. */
  const [reviewing, setReviewing] = useState(false);
  const [finished, setFinished] = useState<Finished | null>(null);
  const [hint, setHint] = useState('');
  const [flagNote, setFlagNote] = useState('');
  /** "Resumed where you left off", until the learner moves on. */
  const [resumedNotice, setResumedNotice] = useState(resumed && !resumed.handIn ? resumed.index : null);

  const snapshot = useMemo(
    () => (finished ? null : snapshotQuiz(quiz, url, { index, responses, checked: graded.map((g) => g !== undefined), flagged, startedAt })),
    [finished, quiz, url, index, responses, graded, flagged, startedAt],
  );
  const saved = useSavedQuiz(url, snapshot);

  const questionHeading = useRef<HTMLHeadingElement>(null);
  const verdictHeading = useRef<HTMLHeadingElement>(null);
  const finishButton = useRef<HTMLButtonElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  const handedIn = useRef(false);

  const item = quiz.items[index];
  const response = responses[index];
  const checked = !exam && graded[index] !== undefined;

  useEffect(() => {
    if (!moved.current) return;
    (checked ? verdictHeading : questionHeading).current?.focus();
  }, [index, checked, startedAt, reviewing]);

  // After "Start over", the learner is at the start: the first question, or the exam's start button.
  useEffect(() => {
    if (startedOver) (startButton.current ?? questionHeading.current)?.focus();
  }, [startedOver]);

  /** Hands the quiz in; a timed exam never later than its deadline (it may have run out while the learner was away). */
  const finish = (timedOut: Finished['timedOut'] = false, at = Date.now()) => {
    if (finished || startedAt === null || handedIn.current) return;
    handedIn.current = true;
    saved.discard();
    const finishedAt = exam && quiz.minutes ? Math.min(at, startedAt + quiz.minutes * 60_000) : at;
    const all = quiz.items.map((entry, i) => {
      const given = responses[i];
      if (graded[i]) return graded[i];
      return given && isAnswered(given) ? gradeAnswer(entry.question, given, grading) : undefined;
    });
    const attempt = toAttempt(quiz, all, { id: newAttemptId(finishedAt), startedAt, finishedAt });
    recordAttempt(attempt, finishedAt);
    setGraded(all);
    setFinished({ attempt, responses, graded: all, timedOut });
  };

  // A quiz found finished while away (its time ran out, or only "See results" was left) is handed in as it opens.
  const handInOnOpen = useEffectEvent(() => {
    if (resumed?.handIn) finish(resumed.handIn.reason === 'time-up' ? 'away' : false, resumed.handIn.finishedAt);
  });
  useEffect(() => handInOnOpen(), []);

  const go = (next: number) => {
    moved.current = true;
    setHint('');
    setFlagNote('');
    setResumedNotice(null);
    setReviewing(false);
    setIndex(next);
  };

  const toggleFlag = () => {
    if (!exam || startedAt === null || finished || reviewing) return;
    const next = !flagged[index];
    setFlagged((all) => all.map((value, i) => (i === index ? next : value)));
    setFlagNote(next ? e.flagged(index + 1) : e.unflagged(index + 1));
  };
  useLetterKey('f', toggleFlag, exam && startedAt !== null && !finished && !reviewing);

  const statuses = responses.map((r, i) => ({ number: i + 1, answered: isAnswered(r), flagged: flagged[i] === true }));
  const openCheck = () => {
    moved.current = true;
    setReviewing(true);
  };

  const startOver = () => {
    saved.discard();
    onStartOver();
  };

  const check = () => {
    if (!item || !response) return;
    if (!isAnswered(response)) {
      setHint(response.kind === 'matching' ? m.matchAllFirst : m.answerFirst);
      return;
    }
    moved.current = true;
    setHint('');
    setGraded((all) => all.map((value, i) => (i === index ? gradeAnswer(item.question, response, grading) : value)));
  };

  const advance = () => {
    if (finished || startedAt === null) return;
    if (exam) {
      if (reviewing) return;
      if (index < total - 1) go(index + 1);
      else finishButton.current?.focus();
    } else if (!checked) check();
    else if (index < total - 1) go(index + 1);
    else finish();
  };

  useEnterKey(advance, !finished && startedAt !== null);

  if (finished) {
    return <QuizResults quiz={quiz} finished={finished} links={links} />;
  }
  if (resumed?.handIn) return null; // handed in by the effect above, before the next paint

  const other = opened.other && snapshot === null ? <OtherQuizNote summary={opened.other} /> : null;

  if (startedAt === null) {
    return (
      <>
        {other}
        <ExamIntro
          quiz={quiz}
          startRef={startButton}
          onStart={() => {
            moved.current = true;
            setStartedAt(Date.now());
          }}
        />
      </>
    );
  }

  if (!item || !response) return null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    advance();
  };
  const setResponse = (next: QuizResponse) => {
    setHint('');
    setResponses((all) => all.map((value, i) => (i === index ? next : value)));
  };
  const last = index === total - 1;
  const pending = handInCheck(statuses);

  return (
    <div className="quiz">
      {other}
      {resumedNotice !== null ? (
        <div className="notice quiz-resumed">
          <p role="status">{m.resumed(resumedNotice + 1, total)}</p>
          <button type="button" className="button small secondary" onClick={startOver}>
            {m.startOver}
          </button>
        </div>
      ) : null}
      <div className="quiz-top" data-exam={exam || undefined} ref={exam ? stickyBelowHeader : undefined}>
        <progress
          className="quiz-progress"
          max={total}
          value={exam ? statuses.filter((s) => s.answered).length : index + (checked ? 1 : 0)}
          aria-label={m.progress}
        />
        {exam && quiz.minutes ? <ExamTimer deadline={startedAt + quiz.minutes * 60_000} onTimeUp={() => finish('now')} /> : null}
      </div>
      {exam && reviewing ? (
        <HandInCheck unanswered={pending.unanswered} flagged={pending.flagged} onGo={go} onConfirm={() => finish()} onCancel={() => go(index)} />
      ) : (
        <form className="quiz-question card" onSubmit={onSubmit} noValidate>
          <h2 className="quiz-counter" tabIndex={-1} ref={questionHeading}>
            {m.questionOf(index + 1, total)}
          </h2>
          <QuestionView
            key={index}
            item={item}
            response={response}
            onChange={checked ? undefined : setResponse}
            reveal={checked}
            keys={!checked}
            countChoices={exam}
          />
          {checked ? <AnswerFeedback item={item} response={response} graded={graded[index]} headingRef={verdictHeading} /> : null}
          <ActionBar className="actions quiz-actions">
            <p className="quiz-hint" role="status">
              {hint}
            </p>
            {exam ? (
              <>
                <button type="button" className="button secondary" disabled={index === 0} onClick={() => go(index - 1)}>
                  {m.previous}
                </button>
                {!last ? (
                  <button type="submit" className="button">
                    {m.next}
                  </button>
                ) : null}
                <button type="button" className="button secondary exam-flag" aria-pressed={flagged[index] === true} onClick={toggleFlag}>
                  <span aria-hidden="true">⚑ </span>
                  {e.flag}
                </button>
                <button type="button" ref={finishButton} className={last ? 'button' : 'button secondary'} onClick={openCheck}>
                  {e.handIn}
                </button>
                {pending.unanswered.length > 0 ? <span className="muted quiz-unanswered">{m.unanswered(pending.unanswered.length)}</span> : null}
                <span className="visually-hidden" role="status">
                  {flagNote}
                </span>
              </>
            ) : !checked ? (
              <button type="submit" className="button">
                {m.check}
              </button>
            ) : (
              <button type="submit" className="button">
                {last ? m.seeResults : m.next}
              </button>
            )}
          </ActionBar>
        </form>
      )}
      {exam ? <ExamNavigator statuses={statuses} current={index} onGo={go} /> : null}
      <p className="quiz-keys muted key-hint">{exam ? e.keysHint : m.keysHint}</p>
    </div>
  );
}

/**
 * Keeps an exam's timer bar just below the app's sticky header, whatever the header's height
 * (it wraps on narrow screens): a ref callback that follows the header's size.
 */
function stickyBelowHeader(element: HTMLElement | null) {
  if (!element) return;
  const header = document.querySelector<HTMLElement>('.app-header');
  if (!header) return;
  const place = () => element.style.setProperty('--sticky-top', `${header.getBoundingClientRect().height}px`);
  place();
  if (typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(place);
  observer.observe(header);
  return () => observer.disconnect();
}

function ExamTimer({ deadline, onTimeUp }: { deadline: number; onTimeUp: () => void }) {
  const m = useMessages(quizMessages);
  const [now, setNow] = useState(() => Date.now());
  const left = deadline - now;
  const timeUp = useRef(onTimeUp);
  useEffect(() => {
    timeUp.current = onTimeUp;
  });
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (left <= 0) timeUp.current();
  }, [left]);
  return (
    <p className="quiz-timer" data-low={left <= 60_000 || undefined}>
      <span role="timer" aria-label={m.timeLeftLabel}>
        {m.timeLeft(formatClock(left))}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {left <= 60_000 && left > 0 ? m.oneMinuteLeft : ''}
      </span>
    </p>
  );
}
