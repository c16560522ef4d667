import { useMemo } from 'react';
import { streaks } from '../../domain/stats';
import { useMessages } from '../../lib/i18n';
import { useAppStore } from '../../stores/app-store';
import { progressMessages } from './messages';
import { Panel } from './panel';
import { localOffset } from '../../lib/clock';

/** The current and the longest streak of study days. */
export function StreakPanel({ now }: { now: number }) {
  const m = useMessages(progressMessages);
  const log = useAppStore((s) => s.progress.log);
  const { current, longest, reviewedToday } = useMemo(() => streaks(log, now, localOffset), [log, now]);
  return (
    <Panel title={m.streak}>
      <dl className="progress-figures">
        <div>
          <dt>{m.currentStreak}</dt>
          <dd className="progress-figure">{m.days(current)}</dd>
        </div>
        <div>
          <dt>{m.longestStreak}</dt>
          <dd className="progress-figure progress-figure-quiet">{m.days(longest)}</dd>
        </div>
      </dl>
      <p className={reviewedToday ? 'progress-note progress-good' : 'progress-note'}>
        {reviewedToday ? m.doneToday : current > 0 ? m.keepItGoing : null} <span className="muted">{m.dayStartsAt}</span>
      </p>
    </Panel>
  );
}
