import { useEffect, useMemo, useState } from 'react';
import { DAY_MS, endOfStudyDay } from '../../domain/study-day';
import { localOffset } from '../../lib/clock';
import { useMessages } from '../../lib/i18n';
import { useAppStore } from '../../stores/app-store';
import { BarChart } from './bar-chart';
import { ChartTable, useDayFormat } from './panel';
import { readinessMessages } from './readiness-messages';
import type { TrendRequest } from './readiness-trend-compute';
import { useReadinessInput } from './use-readiness-input';

type Day = { at: number; overall: number };

/** The trend, worked out in a worker (or, where there is none, here, after the first paint). */
function useTrend(request: TrendRequest): Day[] | null {
  const [result, setResult] = useState<{ request: TrendRequest; days: Day[] } | null>(null);
  useEffect(() => {
    let live = true;
    const done = (days: Day[]) => {
      if (live) setResult({ request, days });
    };
    if (typeof Worker === 'undefined') {
      void import('./readiness-trend-compute').then(({ computeTrend }) => done(computeTrend(request)));
      return () => {
        live = false;
      };
    }
    const worker = new Worker(new URL('./readiness-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<Day[]>) => done(event.data);
    worker.postMessage(request);
    return () => {
      live = false;
      worker.terminate();
    };
  }, [request]);
  return result?.request === request ? result.days : null;
}

/** Overall readiness at the end of each of the last 30 study days, as a small chart and a table. */
export default function ReadinessTrend({ now }: { now: number }) {
  const m = useMessages(readinessMessages);
  const format = useDayFormat();
  const log = useAppStore((s) => s.progress.log);
  const input = useReadinessInput(now);
  const request = useMemo<TrendRequest>(() => {
    const today = endOfStudyDay(now, localOffset(now));
    const dayEnds = Array.from({ length: 30 }, (_, i) => Math.min(now, today - (29 - i) * DAY_MS));
    return { topicCards: [...input.topicCards].map(([topic, ids]) => [topic, [...ids]]), answers: input.answers, log, dayEnds };
  }, [input, log, now]);
  const days = useTrend(request);
  if (!days || days.length === 0) return <p className="muted">{m.loading}</p>;
  const label = (at: number) => format.day(Math.floor((at - 1 + localOffset(at) * 60_000) / DAY_MS));
  return (
    <div className="readiness-trend">
      <h3>{m.trend}</h3>
      <p>{m.trendSummary(days[0]!.overall, days.at(-1)!.overall)}</p>
      <BarChart
        bars={days.map((day) => ({ key: String(day.at), value: Math.round(day.overall * 100), title: `${label(day.at)}: ${m.percent(day.overall)}` }))}
        max={100}
        maxLabel="100%"
        labels={[
          { index: 0, text: label(days[0]!.at) },
          { index: days.length - 1, text: label(days.at(-1)!.at) },
        ]}
        tone="good"
      />
      <ChartTable caption={m.trend} head={[m.date, m.ready]} rows={days.map((day) => [label(day.at), m.percent(day.overall)])} />
    </div>
  );
}
