import { useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import { Link } from 'react-router-dom';
import { passes } from '../../domain/exam';
import { feedOf } from '../../domain/missed-feed';
import { localOffset } from '../../lib/clock';
import { scoreQuiz, type GradedAnswer, type Quiz, type QuizItem, type QuizResponse } from '../../domain/quiz';
import { useContent } from '../../lib/content';
import { pick, useLanguage, useMessages } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { useAppStore } from '../../stores/app-store';
import { AnswerFeedback } from './answer-feedback';
import { answerLine, questionLine } from './answer-line';
import { examMessages } from './exam-messages';
import { formatDateTime, formatDuration, scoreBand } from './format';
import { quizMessages } from './messages';
import { QuestionView } from './question-view';
import type { Finished } from './quiz-runner';

export type ResultLinks = {
  /** The same questions again. */
  retake: string;
  /** Other questions from the same quiz. */
  fresh: string;
  /** Only the wrong answers of this attempt. */
  retry: (attemptId: string) => string;
};

/** Score, time, a per-topic breakdown, every mistake explained, and the history of attempts. */
export function QuizResults({ quiz, finished, links }: { quiz: Quiz; finished: Finished; links: ResultLinks }) {
  const m = useMessages(quizMessages);
  const e = useMessages(examMessages);
  const language = useLanguage();
  const { topicById } = useContent();
  const { attempt, responses, graded, timedOut } = finished;
  const score = scoreQuiz(quiz.items, graded);
  const passed = quiz.passMark === null ? null : passes(score.percent, quiz.passMark);
  const used = formatDuration(attempt.finishedAt - attempt.startedAt, language);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <div className="results">
      <section className="results-summary card" aria-labelledby="results-heading">
        <h2 id="results-heading" tabIndex={-1} ref={heading}>
          {m.resultsTitle}
        </h2>
        <p role="status" className="visually-hidden">
          {m.resultsAnnouncement(score.correct, score.total)}
        </p>
        {passed !== null && quiz.passMark !== null ? (
          <p className="exam-verdict" data-passed={passed}>
            <strong>{passed ? e.passed : e.notPassed}</strong> <span className="exam-verdict-detail">{e.verdict(score.percent, quiz.passMark)}</span>
          </p>
        ) : null}
        {timedOut ? <p className="notice warning">{timedOut === 'away' ? m.timeUpAway : m.timeUp}</p> : null}
        <div className="results-score">
          <div className="score-ring" data-band={scoreBand(score.percent)} style={{ '--score': `${score.percent}%` } as CSSProperties} role="img" aria-label={`${m.score} ${score.percent}%`}>
            <span aria-hidden="true">{score.percent}%</span>
          </div>
          <dl className="stats results-stats">
            <div className="stat">
              <dt>{m.rightAnswers}</dt>
              <dd>
                {score.correct}/{score.total}
              </dd>
            </div>
            <div className="stat">
              <dt>{quiz.mode === 'exam' ? e.timeUsed : m.time}</dt>
              <dd>{quiz.minutes ? e.timeUsedOf(used, formatDuration(quiz.minutes * 60_000, language)) : used}</dd>
            </div>
          </dl>
        </div>

        {score.missedTerms.length > 0 ? <MissedNotice attempt={attempt} missed={score.missedTerms.length} /> : null}

        <div className="actions">
          {score.wrong.length > 0 ? (
            <Link className="button" to={links.retry(attempt.id)}>
              {m.retryWrong}
            </Link>
          ) : null}
          <Link className="button secondary" to={links.retake}>
            {m.retake}
          </Link>
          <Link className="button secondary" to={links.fresh}>
            {m.newQuiz}
          </Link>
          <Link className="button secondary" to={paths.quizzes()}>
            {m.allQuizzes}
          </Link>
        </div>
      </section>

      {score.byTopic.length > 1 || quiz.mode === 'exam' ? (
        <section className="card results-topics" aria-labelledby="results-topics">
          <h2 id="results-topics">{m.byTopicHeading}</h2>
          <table className="topic-table">
            <thead>
              <tr>
                <th scope="col">{m.topicColumn}</th>
                <th scope="col">{m.scoreColumn}</th>
              </tr>
            </thead>
            <tbody>
              {score.byTopic.map((topic) => {
                const info = topicById.get(topic.topic);
                const percent = Math.round((100 * topic.correct) / topic.total);
                return (
                  <tr key={topic.topic}>
                    <th scope="row">{info ? pick(info.name, language) : topic.topic}</th>
                    <td>
                      <span className="topic-bar" data-band={scoreBand(percent)} aria-hidden="true">
                        <span style={{ width: `${percent}%` }} />
                      </span>
                      {topic.correct}/{topic.total}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ) : null}

      <section className="results-review" aria-labelledby="results-review">
        <h2 id="results-review">{m.reviewHeading}</h2>
        {score.wrong.length === 0 ? <p>{m.noMistakes}</p> : null}
        <ol className="review-list">
          {score.wrong.map((index) => {
            const item = quiz.items[index];
            const response = responses[index];
            if (!item || !response) return null;
            return <MistakeItem key={index} item={item} response={response} graded={graded[index]} label={m.questionOf(index + 1, score.total)} />;
          })}
        </ol>
      </section>

      <AttemptHistory historyId={quiz.historyId} current={attempt.id} />
    </div>
  );
}

/**
 * One reviewed mistake, folded to its answer line (what was answered, what is right) so a long
 * list stays short on a phone; its number opens the question, the explanation and the source.
 */
function MistakeItem({ item, response, graded, label }: { item: QuizItem; response: QuizResponse; graded: GradedAnswer | undefined; label: string }) {
  const m = useMessages(quizMessages);
  const language = useLanguage();
  const { termById } = useContent();
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const line = answerLine(item, response, graded, { m, language, termById });
  return (
    <li className="card review-item" data-open={open}>
      <h3 className="review-number">
        <button type="button" className="review-toggle" aria-expanded={open} aria-controls={open ? bodyId : undefined} onClick={() => setOpen(!open)}>
          <span>{label}</span>
          <span className="review-chevron" aria-hidden="true" />
        </button>
      </h3>
      {open ? null : (
        <>
          <p className="review-question">{questionLine(item, language)}</p>
          <dl className="review-answer">
            <div>
              <dt>{m.yourAnswer}</dt>
              <dd>{line.yours ?? m.unansweredResult}</dd>
            </div>
            <div>
              <dt>{m.correctAnswer}</dt>
              <dd className="strong">{line.correct}</dd>
            </div>
          </dl>
        </>
      )}
      {open ? (
        <div id={bodyId}>
          <QuestionView item={item} response={response} reveal />
          <AnswerFeedback item={item} response={response} graded={graded} headingLevel="h4" landmark={false} />
        </div>
      ) : null}
    </li>
  );
}

/** Where the mistakes went: the Missed deck, and how many have a card due now under the daily cap (missed-feed.ts). */
function MissedNotice({ attempt, missed }: { attempt: Finished['attempt']; missed: number }) {
  const m = useMessages(quizMessages);
  const attempts = useAppStore((s) => s.quiz.attempts);
  const perDay = useAppStore((s) => s.settings.missedPerDay);
  const feed = feedOf(attempts, attempt, perDay, localOffset(attempt.finishedAt));
  return (
    <div className="notice results-missed">
      <p>
        {m.missedNotice(missed)} {m.feedNotice(feed.fed.length, missed, perDay, feed.left)} <Link to={paths.settings()}>{m.feedSetting}</Link>
      </p>
      <Link className="button small" to={paths.deck('missed')}>
        {m.studyMissed}
      </Link>
    </div>
  );
}

function AttemptHistory({ historyId, current }: { historyId: string; current: string }) {
  const m = useMessages(quizMessages);
  const language = useLanguage();
  const attempts = useAppStore((s) => s.quiz.attempts);
  const mine = attempts.filter((a) => a.quizId === historyId).reverse().slice(0, 10);
  return (
    <section className="card results-history" aria-labelledby="results-history">
      <h2 id="results-history">{m.historyHeading}</h2>
      {mine.length <= 1 ? <p className="muted">{m.noHistory}</p> : null}
      {mine.length > 0 ? (
        <table className="history-table">
          <thead>
            <tr>
              <th scope="col">{m.whenColumn}</th>
              <th scope="col">{m.scoreColumn}</th>
              <th scope="col">{m.timeColumn}</th>
            </tr>
          </thead>
          <tbody>
            {mine.map((a) => {
              const correct = a.answers.filter((answer) => answer.correct).length;
              return (
                <tr key={a.id} aria-current={a.id === current ? 'true' : undefined}>
                  <td>{formatDateTime(a.finishedAt, language)}</td>
                  <td>
                    {correct}/{a.answers.length} ({a.answers.length ? Math.round((100 * correct) / a.answers.length) : 0}%)
                  </td>
                  <td>{formatDuration(a.finishedAt - a.startedAt, language)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
