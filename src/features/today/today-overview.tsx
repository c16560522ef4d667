import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { deckCards, deckTermIds, termCounts } from '../../domain/decks';
import { deckCounts, dueCount } from '../../domain/queue';
import { currentStreak, forecast } from '../../domain/study-days';
import { localOffset } from '../../lib/clock';
import { useIndex } from '../../lib/content-index';
import { useMessages } from '../../lib/i18n';
import { useNow } from '../../lib/use-now';
import { paths } from '../../lib/paths';
import { useAppStore } from '../../stores/app-store';
import { todayMessages } from './messages';
import './today.css';

// The track chooser and the next topic load beside the first page, not in it (the first visit's budget).
const TodayTracks = lazy(() => import('./today-tracks').then((module) => ({ default: module.TodayTracks })));
const NextTopic = lazy(() => import('./today-tracks').then((module) => ({ default: module.NextTopic })));
// The first-run choice: only a new learner loads it.
const ProfilePrompt = lazy(() => import('./profile-prompt').then((module) => ({ default: module.ProfilePrompt })));

/** Today at a glance: what is due, the streak, and the one next step. */
export function TodayOverview() {
  const m = useMessages(todayMessages);
  const { terms, topicById } = useIndex();
  const settings = useAppStore((s) => s.settings);
  const progress = useAppStore((s) => s.progress);
  const missed = useAppStore((s) => s.quiz.missed);
  const now = useNow();

  // The chosen track's deck: every term of Foundations, of Readings, or all of them.
  const track = settings.track;
  const deckId = track;
  const topicOf = (topic: string) => topicById.get(topic);
  const source = { terms, starred: progress.starred, missed, topicOf };
  const counts = deckCounts({
    deck: deckCards(deckId, source, settings),
    cards: progress.cards,
    log: progress.log,
    limits: { newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay },
    now,
    offsetMinutes: localOffset(now),
  });
  const due = dueCount(counts);
  const waiting = due + counts.new;
  const streak = currentStreak(progress.log, now, localOffset);
  const missedCount = Object.keys(missed).filter((id) => terms.some((term) => term.id === id)).length;
  const isNewLearner = progress.log.length === 0;
  // Counted in terms, over the track Today studies.
  const known = termCounts(progress.cards, deckTermIds(deckId, source).map((id) => ({ id })), settings);

  // A new learner's zeros say nothing yet: the one thing to do comes first, the day's numbers after it.
  const stats = (
    <section aria-label={m.statsLabel}>
      <dl className="stats today-stats">
        <Stat label={m.due} value={due} />
        <Stat label={m.newToday} value={counts.new} />
        <Stat label={m.termsKnown} value={known.known} />
        <Stat label={m.streak} value={m.days(streak)} />
      </dl>
      <p className="today-terms">
        {m.termsLine(known.terms, known.known, known.learning, known.new)} <span className="muted">{m.cardsLine(known.cards, known.cardsLearned)}</span>
      </p>
    </section>
  );

  return (
    <>
      <div className="today-tracks">
        <Suspense fallback={null}>
          <TodayTracks />
        </Suspense>
      </div>

      {isNewLearner ? null : stats}

      {isNewLearner ? (
        <section className="card today-welcome" aria-labelledby="today-welcome">
          <h2 id="today-welcome">{m.welcome}</h2>
          <p className="muted">{m.welcomeLead}</p>
          <Link className="button today-primary" to={paths.deck(deckId)}>
            {m.startFirst(counts.new)}
          </Link>
          <Suspense fallback={null}>
            <ProfilePrompt />
          </Suspense>
          <p className="today-or">{m.orTry}</p>
          <p className="actions">
            <Link className="button secondary" to={paths.glossary()}>
              {m.browseGlossary}
            </Link>
            <Link className="button secondary" to={paths.quiz('mixed', { track: track === 'all' ? null : track })}>
              {m.quickQuiz}
            </Link>
          </p>
        </section>
      ) : (
        <section className="card today-next">
          {waiting > 0 ? (
            <>
              <Link className="button today-primary" to={paths.deck(deckId)}>
                {m.studyNow(waiting)}
              </Link>
              <p className="muted">{m.studyHint}</p>
            </>
          ) : (
            <>
              <h2>{m.caughtUp}</h2>
              <p className="muted">{m.nextDue(forecast(progress.cards, now, localOffset, 2)[1]?.count ?? 0)}</p>
              <Link className="button secondary" to={paths.deck(deckId, { cram: true })}>
                {m.cram}
              </Link>
            </>
          )}
        </section>
      )}

      <Suspense fallback={null}>
        <NextTopic />
      </Suspense>

      {isNewLearner ? stats : null}

      {missedCount > 0 ? (
        <p className="notice today-missed">
          <span>{m.missed(missedCount)}</span>
          <Link className="button small" to={paths.deck('missed')}>
            {m.studyMissed}
          </Link>
        </p>
      ) : null}

      {isNewLearner ? null : (
        <section aria-labelledby="today-more">
          <h2 id="today-more">{m.keepGoing}</h2>
          <ul className="grid today-links">
            <li>
              <Link className="card today-link" to={paths.quiz('mixed', { track: track === 'all' ? null : track })}>
                <strong>{m.quickQuiz}</strong>
                <span className="muted">{m.quickQuizHint}</span>
              </Link>
            </li>
            <li>
              <Link className="card today-link" to={paths.glossary()}>
                <strong>{m.browseGlossary}</strong>
                <span className="muted">{m.browseHint}</span>
              </Link>
            </li>
          </ul>
        </section>
      )}
    </>
  );
}

function Stat({ label, value }: { label: string; value: number | string }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
