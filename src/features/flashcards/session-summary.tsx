import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { CardId } from '../../domain/cards';
import { upcoming } from '../../domain/queue';
import { describeInterval } from '../../domain/scheduler';
import { studyDayNumber } from '../../domain/study-day';
import { paths } from '../../lib/paths';
import { useAppStore } from '../../stores/app-store';
import type { FlashcardMessages } from './messages';
import type { Session } from './session';
import SessionTerms from './session-terms-list';
import { localOffset } from '../../lib/clock';
import type { RoundKind } from './use-study-session';

const GRADE_KEYS = [
  [1, 'again'],
  [2, 'hard'],
  [3, 'good'],
  [4, 'easy'],
] as const;

/**
 * The end of a round: answers by grade, the terms learned and the hardest, time spent, when cards
 * are next due, and what next. Loaded apart from the session (study-screen.tsx asks for it as the
 * round starts), as only its end shows it; its heading takes the focus when it arrives after an answer.
 */
export function SessionSummary({
  focus,
  session,
  kind,
  deck,
  deckId,
  onRetry,
  m,
}: {
  focus: boolean;
  session: Session;
  kind: RoundKind;
  deck: readonly CardId[];
  deckId: string;
  onRetry: () => void;
  m: FlashcardMessages;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  const cards = useAppStore((s) => s.progress.cards);
  const [now] = useState(() => Date.now());
  const { nextDue, dueTomorrow } = upcoming(deck, cards, now, localOffset(now));
  const seconds = Math.round(session.timeMs / 1000);
  const answers = GRADE_KEYS.reduce((sum, [grade]) => sum + session.grades[grade], 0);
  let next = m.noneScheduled;
  if (nextDue !== null) {
    // Later today in minutes or hours; after that in study days (which start at 4 AM).
    const days = studyDayNumber(nextDue, localOffset(nextDue)) - studyDayNumber(now, localOffset(now));
    const wait = describeInterval(nextDue - now);
    if (days === 1) next = m.tomorrow;
    else if (days > 1) next = m.inDays(days);
    else next = nextDue - now < 60_000 ? m.now : m.inTime(wait.value, wait.unit);
  }
  return (
    <section className="study-summary card" aria-labelledby="study-summary-title">
      <h2 id="study-summary-title" ref={ref} tabIndex={-1}>
        {kind === 'retry' ? m.retrySummaryTitle : m.summaryTitle}
      </h2>
      <dl className="stats">
        <div className="stat">
          <dt>{m.reviewed}</dt>
          <dd>{session.total}</dd>
        </div>
        <div className="stat">
          <dt>{m.timeSpent}</dt>
          <dd>{m.duration(Math.floor(seconds / 60), seconds % 60)}</dd>
        </div>
        <div className="stat">
          <dt>{m.nextDue}</dt>
          <dd className="stat-text">{kind === 'schedule' ? next : '—'}</dd>
        </div>
      </dl>
      <h3 id="study-summary-grades">{m.summaryGrades}</h3>
      <ul className="grade-tally" aria-labelledby="study-summary-grades">
        {GRADE_KEYS.map(([grade, key]) => (
          <li key={grade} className={key}>
            <span className="grade-name">{m[key]}</span>
            <span className="tally-bar" aria-hidden="true">
              <span style={{ inlineSize: `${(100 * session.grades[grade]) / Math.max(1, answers)}%` }} />
            </span>
            <span className="tally-count">{session.grades[grade]}</span>
          </li>
        ))}
      </ul>
      {kind === 'schedule' && dueTomorrow > 0 ? <p className="muted">{m.dueTomorrow(dueTomorrow)}</p> : null}
      <p className="actions">
        {session.missed.length > 0 ? (
          <button type="button" className="button" onClick={onRetry}>
            {m.retryMissed(session.missed.length)}
          </button>
        ) : null}
        <Link className={`button${session.missed.length > 0 ? ' secondary' : ''}`} to={paths.study()}>
          {m.backToDecks}
        </Link>
        {kind === 'schedule' ? (
          <Link className="button secondary" to={paths.deck(deckId, { cram: true })}>
            {m.cram}
          </Link>
        ) : null}
      </p>
      {/* After the next step, so the first Tab from the heading still reaches it. */}
      <SessionTerms session={session} m={m} />
    </section>
  );
}

