import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { confusableNames, emptyResponse, gradeAnswer, isAnswered, toAttempt, type GradedAnswer, type Quiz, type QuizResponse } from '../../domain/quiz';
import type { QuizAttempt } from '../../domain/quiz-history';
import { useContent } from '../../lib/content';
import { useMessages } from '../../lib/i18n';
import { useAppStore } from '../../stores/app-store';
import { AnswerFeedback } from './answer-feedback';
import { formatClock, newAttemptId } from './format';
import { quizMessages } from './messages';
import { QuestionView } from './question-view';
import { QuizResults, type ResultLinks } from './quiz-results';
import './quiz.css';
import { useEnterKey } from './use-quiz-keys';

export type Finished = {
  attempt: QuizAttempt;
  responses: QuizResponse[];
  graded: (GradedAnswer | undefined)[];
  timedOut: boolean;
};

/**
 * Takes a quiz: one question at a time. In practice, each answer is checked at once and
 * explained; in an exam, the learner moves freely and everything is shown at the end.
 */
export function QuizRunner({ quiz, links }: { quiz: Quiz; links: ResultLinks }) {
  const m = useMessages(quizMessages);
  const { terms, termById } = useContent();
  const recordAttempt = useAppStore((s) => s.recordAttempt);
  const grading = useMemo(() => ({ termById, confusables: confusableNames(terms) }), [terms, termById]);
  const exam = quiz.mode === 'exam';
  const total = quiz.items.length;

  const [startedAt, setStartedAt] = useState<number | null>(() => (exam ? null : Date.now()));
  const [index, setIndex] = useState(0);
  const [responses, setResponses] = useState<QuizResponse[]>(() => quiz.items.map((item) => emptyResponse(item.question)));
  const [graded, setGraded] = useState<(GradedAnswer | undefined)[]>(() => quiz.items.map(() => undefined));
  const [finished, setFinished] = useState<Finished | null>(null);
  const [hint, setHint] = useState('');

  const questionHeading = useRef<HTMLHeadingElement>(null);
  const verdictHeading = useRef<HTMLHeadingElement>(null);
  const finishButton = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);

  const item = quiz.items[index];
  const response = responses[index];
  const checked = !exam && graded[index] !== undefined;

  useEffect(() => {
    if (!moved.current) return;
    (checked ? verdictHeading : questionHeading).current?.focus();
  }, [index, checked]);

  const finish = (timedOut = false) => {
    if (finished || startedAt === null) return;
    const finishedAt = Date.now();
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

  const go = (next: number) => {
    moved.current = true;
    setHint('');
    setIndex(next);
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

  if (startedAt === null) {
    return (
      <section className="quiz-intro card">
        <p>{m.examIntro(total, quiz.minutes)}</p>
        <button type="button" className="button" onClick={() => setStartedAt(Date.now())}>
          {m.startExam}
        </button>
      </section>
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
      <div className="quiz-top">
        <progress className="quiz-progress" max={total} value={exam ? index + 1 : index + (checked ? 1 : 0)} aria-label={m.progress} />
        {exam && quiz.minutes ? <ExamTimer deadline={startedAt + quiz.minutes * 60_000} onTimeUp={() => finish(true)} /> : null}
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
