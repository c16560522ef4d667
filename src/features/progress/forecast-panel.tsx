import { useMemo } from 'react';
import { forecast } from '../../domain/stats';
import { useMessages } from '../../lib/i18n';
import { useAppStore } from '../../stores/app-store';
import { BarChart } from './bar-chart';
import { progressMessages } from './messages';
import { ChartTable, Panel, useDayFormat } from './panel';
import { localOffset } from '../../lib/clock';

/** Cards falling due on each of the next 30 study days. */
export function ForecastPanel({ now }: { now: number }) {
  const m = useMessages(progressMessages);
  const format = useDayFormat();
  const cards = useAppStore((s) => s.progress.cards);
  const days = useMemo(() => forecast(cards, now, localOffset, 30), [cards, now]);
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const week = days.slice(0, 7).reduce((sum, day) => sum + day.count, 0);
  const max = Math.max(...days.map((day) => day.count));
  const label = (index: number) => (index === 0 ? m.forecastToday : format.day(days[index]!.day));

  return (
    <Panel title={m.forecast} wide>
      {total === 0 ? (
        <p className="muted">{m.forecastEmpty}</p>
      ) : (
        <>
          <p>{m.forecastSummary(days[1]?.count ?? 0, week, total)}</p>
          <BarChart
            bars={days.map((day, i) => ({ key: day.key, value: day.count, title: `${label(i)}: ${day.count}` }))}
            max={max}
            maxLabel={String(max)}
            labels={[
              { index: 0, text: m.forecastToday },
              { index: 14, text: m.inDays(14) },
              { index: 29, text: m.inDays(29) },
            ]}
          />
          <p className="muted progress-note">{m.overdueIncluded}</p>
          <ChartTable caption={m.forecast} head={[m.date, m.cardsDue]} rows={days.map((day, i) => [label(i), day.count])} />
        </>
      )}
    </Panel>
  );
}
