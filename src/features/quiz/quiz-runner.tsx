import { useEffect, useEffectEvent, useMemo, useRef, useState, type FormEvent } from 'react';
import { confusableNames, emptyResponse, gradeAnswer, isAnswered, toAttempt, type GradedAnswer, type Quiz, type QuizResponse } from '../../domain/quiz';
import type { QuizAttempt } from '../../domain/quiz-history';
import { resumeQuiz, savedQuizSummary, snapshotQuiz } from '../../domain/quiz-progress';
import { useContent } from '../../lib/content';
import { useMessages } from '../../lib/i18n';
import { useAppStore } from '../../stores/app-store';
import { AnswerFeedback } from './answer-feedback';
import { formatClock, newAttemptId } from './format';
import { quizMessages } from './messages';
import { QuestionView } from './question-view';
import { QuizResults, type ResultLinks } from './quiz-results';
import { OtherQuizNote } from './saved-quiz-note';
import './quiz.css';
import { useEnterKey } from './use-quiz-keys';
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
 * explained; in an exam, the learner moves freely and everything is shown at the end.
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
  const [finished, setFinished] = useState<Finished | null>(null);
  const [hint, setHint] = useState('');
  /** "Resumed where you left off", until the learner moves on. */
  const [resumedNotice, setResumedNotice] = useState(resumed && !resumed.handIn ? resumed.index : null);

  const snapshot = useMemo(
    () => (finished ? null : snapshotQuiz(quiz, url, { index, responses, checked: graded.map((g) => g !== undefined), startedAt })),
    [finished, quiz, url, index, responses, graded, startedAt],
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
  }, [index, checked, startedAt]);

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
    setResumedNotice(null);
    setIndex(next);
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
        <section className="quiz-intro card">
          <p>{m.examIntro(total, quiz.minutes)}</p>
          <button
            type="button"
            ref={startButton}
            className="button"
            onClick={() => {
              moved.current = true;
              setStartedAt(Date.now());
            }}
          >
            {m.startExam}
          </button>
        </section>
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
  const unanswered = responses.filter((r) => !isAnswered(r)).length;
  const last = index === total - 1;

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
      <div className="quiz-top">
        <progress className="quiz-progress" max={total} value={exam ? index + 1 : index + (checked ? 1 : 0)} aria-label={m.progress} />
        {exam && quiz.minutes ? <ExamTimer deadline={startedAt + quiz.minutes * 60_000} onTimeUp={() => finish('now')} /> : null}
      </div>
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
        />
        <p className="quiz-hint" role="status">
          {hint}
        </p>
        {checked ? <AnswerFeedback item={item} response={response} graded={graded[index]} headingRef={verdictHeading} /> : null}
        <div className="actions quiz-actions">
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
              <button type="button" ref={finishButton} className={last ? 'button' : 'button secondary'} onClick={() => finish()}>
                {m.finishExam}
              </button>
              {unanswered > 0 ? <span className="muted quiz-unanswered">{m.unanswered(unanswered)}</span> : null}
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
        </div>
      </form>
      <p className="quiz-keys muted">{m.keysHint}</p>
    </div>
  );
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
