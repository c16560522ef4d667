import { useMemo } from 'react';
import { retention } from '../../domain/stats';
import { useMessages } from '../../lib/i18n';
import { useAppStore } from '../../stores/app-store';
import { progressMessages } from './messages';
import { Panel } from './panel';
import { localOffset } from '../../lib/clock';

/** True retention over the last 30 days, against the learner's target. */
export function RetentionPanel({ now }: { now: number }) {
  const m = useMessages(progressMessages);
  const log = useAppStore((s) => s.progress.log);
  const target = useAppStore((s) => s.settings.retention);
  const { reviews, remembered, rate } = useMemo(() => retention(log, now, localOffset, 30), [log, now]);
  return (
    <Panel title={m.retention} aside={m.retentionWindow}>
      {rate === null ? (
        <p className="muted">{m.retentionEmpty}</p>
      ) : (
        <>
          <p className="progress-figure">{m.percent(rate)}</p>
          <svg className="progress-meter" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect className="progress-meter-track" x="0" y="2" width="100" height="6" rx="3" />
            <rect className="progress-meter-fill" x="0" y="2" width={rate * 100} height="6" rx="3" />
            <rect className="progress-meter-target" x={target * 100 - 0.4} y="0" width="0.8" height="10" />
          </svg>
          <p className="progress-note">
            {m.retentionSummary(remembered, reviews)} <span className="muted">{m.retentionTarget(m.percent(target))}</span>
          </p>
        </>
      )}
    </Panel>
  );
}
