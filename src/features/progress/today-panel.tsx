import { Suspense, useMemo } from 'react';
import { RouteBoundary } from '../../components/route-boundary';
import { cardsInDeck, todaySummary } from '../../domain/stats';
import { useContent } from '../../lib/content';
import { useMessages } from '../../lib/i18n';
import { useAppStore } from '../../stores/app-store';
import { progressMessages } from './messages';
import { Panel } from './panel';
import { localZone } from './use-now';

/** Today: reviews done, reviews due and new cards still to meet. */
export function TodayPanel({ now }: { now: number }) {
  return (
    <RouteBoundary resetKey="today" fallback={() => <TodayStats now={now} termCount={null} />}>
      <Suspense fallback={<TodayStats now={now} termCount={null} />}>
        <TodayWithContent now={now} />
      </Suspense>
    </RouteBoundary>
  );
}

function TodayWithContent({ now }: { now: number }) {
  const { terms } = useContent();
  return <TodayStats now={now} termCount={terms.length} />;
}

function TodayStats({ now, termCount }: { now: number; termCount: number | null }) {
  const m = useMessages(progressMessages);
  const cards = useAppStore((s) => s.progress.cards);
  const log = useAppStore((s) => s.progress.log);
  const { newPerDay, reviewsPerDay, directions } = useAppStore((s) => s.settings);
  const today = useMemo(
    () =>
      todaySummary({ cards, log, now, zone: localZone, newPerDay, reviewsPerDay, cardsInDeck: cardsInDeck(termCount ?? 0, directions) }),
    [cards, log, now, newPerDay, reviewsPerDay, directions, termCount],
  );
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
          <dd>{termCount === null ? '–' : today.newLeft}</dd>
        </div>
      </dl>
      {today.dueTotal > today.due ? <p className="muted progress-note">{m.dueOverLimit(today.due)}</p> : null}
    </Panel>
  );
}
