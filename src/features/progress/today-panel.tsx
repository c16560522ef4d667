import { Suspense, useMemo } from 'react';
import { RouteBoundary } from '../../components/route-boundary';
import { deckCards } from '../../domain/decks';
import { deckCounts } from '../../domain/queue';
import { dueToday, reviewsToday } from '../../domain/stats';
import { localOffset } from '../../lib/clock';
import { useIndex } from '../../lib/content';
import { useMessages } from '../../lib/i18n';
import { useAppStore } from '../../stores/app-store';
import { progressMessages } from './messages';
import { Panel } from './panel';

/** Today: reviews done, reviews due and new cards still to meet. */
export function TodayPanel({ now }: { now: number }) {
  return (
    <RouteBoundary resetKey="today" fallback={() => <TodayStats now={now} terms={null} />}>
      <Suspense fallback={<TodayStats now={now} terms={null} />}>
        <TodayWithContent now={now} />
      </Suspense>
    </RouteBoundary>
  );
}

function TodayWithContent({ now }: { now: number }) {
  const { terms } = useIndex();
  return <TodayStats now={now} terms={terms} />;
}

/** The same counts as Today and the "All terms" deck, so the numbers agree everywhere. */
function TodayStats({ now, terms }: { now: number; terms: readonly { id: string; topic: string }[] | null }) {
  const m = useMessages(progressMessages);
  const progress = useAppStore((s) => s.progress);
  const missed = useAppStore((s) => s.quiz.missed);
  const settings = useAppStore((s) => s.settings);
  const { newPerDay, reviewsPerDay } = settings;
  const today = useMemo(() => {
    const counts = deckCounts({
      deck: deckCards('all', { terms: terms ?? [], starred: progress.starred, missed }, settings),
      cards: progress.cards,
      log: progress.log,
      limits: { newPerDay, reviewsPerDay },
      now,
      offsetMinutes: localOffset(now),
    });
    return {
      reviewed: reviewsToday(progress.log, now, localOffset),
      due: counts.learning + counts.due,
      dueTotal: dueToday(progress.cards, now, localOffset),
      newLeft: counts.new,
    };
  }, [progress, missed, now, newPerDay, reviewsPerDay, settings, terms]);
  return (
    <Panel title={m.today} wide>
      <dl className="stats progress-stats">
        <div className="stat">
          <dt>{m.reviewedToday}</dt>
          <dd>{today.reviewed}</dd>
        </div>
        <div className="stat">
          <dt>{m.dueToday}</dt>
          <dd>{today.due}</dd>
        </div>
        <div className="stat">
          <dt>{m.newLeft}</dt>
          <dd>{terms === null ? '–' : today.newLeft}</dd>
        </div>
      </dl>
      {today.dueTotal > today.due ? <p className="muted progress-note">{m.dueOverLimit(today.due)}</p> : null}
    </Panel>
  );
}
