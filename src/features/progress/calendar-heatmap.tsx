import { useLayoutEffect, useMemo, useRef } from 'react';
import { heatmap, type HeatmapDay } from '../../domain/stats';
import { useMessages } from '../../lib/i18n';
import { useAppStore } from '../../stores/app-store';
import { progressMessages } from './messages';
import { ChartTable, Panel, useDayFormat } from './panel';
import { localOffset } from '../../lib/clock';

const STEP = 14; // one cell and its gap
const CELL = 11;
const LEFT = 30; // weekday labels
const TOP = 16; // month labels
const RIGHT = 2 * STEP; // room for a month label that starts in the last week ("12月", "Dec")

/** Monday = 0 … Sunday = 6. Day 0 (1970-01-01) was a Thursday. */
const weekday = (day: number) => (((day + 3) % 7) + 7) % 7;

/** Reviews per study day over the last year, as a calendar: a column per week, a row per weekday. */
export function CalendarPanel({ now }: { now: number }) {
  const m = useMessages(progressMessages);
  const format = useDayFormat();
  const log = useAppStore((s) => s.progress.log);
  const map = useMemo(() => heatmap(log, now, localOffset, 365), [log, now]);
  const months = useMemo(() => byMonth(map.days), [map]);

  return (
    <Panel title={m.calendar} wide>
      <p>
        {m.calendarSummary(map.total, map.activeDays)}{' '}
        {map.busiest ? m.busiestDay(format.full(map.busiest.day), map.busiest.count) : null}
      </p>
      <Heatmap days={map.days} label={m.scrollHint} />
      <div className="progress-legend" aria-hidden="true">
        <span>{m.less}</span>
        {([0, 1, 2, 3, 4] as const).map((level) => (
          <svg key={level} viewBox="0 0 11 11" className="progress-legend-cell">
            <rect width="11" height="11" rx="2" className={`progress-heat-${level}`} />
          </svg>
        ))}
        <span>{m.more}</span>
      </div>
      <ChartTable
        caption={m.calendar}
        head={[m.month, m.reviews, m.daysStudied]}
        rows={months.map((month) => [format.month(month.first), month.reviews, month.days])}
      />
    </Panel>
  );
}

function byMonth(days: HeatmapDay[]) {
  const months = new Map<string, { first: number; reviews: number; days: number }>();
  for (const day of days) {
    const key = day.key.slice(0, 7);
    const month = months.get(key) ?? { first: day.day, reviews: 0, days: 0 };
    month.reviews += day.count;
    if (day.count > 0) month.days++;
    months.set(key, month);
  }
  return [...months.values()];
}

function Heatmap({ days, label }: { days: HeatmapDay[]; label: string }) {
  const m = useMessages(progressMessages);
  const format = useDayFormat();
  const scroller = useRef<HTMLDivElement>(null);
  const offset = days.length > 0 ? weekday(days[0]!.day) : 0;
  const weeks = Math.ceil((days.length + offset) / 7);
  const width = LEFT + weeks * STEP + RIGHT;
  const height = TOP + 7 * STEP;

  // The most recent weeks matter most: on a narrow screen, start scrolled to them.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element) element.scrollLeft = element.scrollWidth;
  }, [weeks]);

  const monthLabels: { x: number; text: string }[] = [];
  for (let i = 0; i < days.length; i++) {
    const day = days[i]!;
    if (day.key.endsWith('-01') || i === 0) {
      const x = LEFT + Math.floor((i + offset) / 7) * STEP;
      const previous = monthLabels.at(-1);
      if (!previous || x - previous.x >= 3 * STEP) monthLabels.push({ x, text: format.monthShort(day.day) });
      else if (i !== 0) monthLabels[monthLabels.length - 1] = { x, text: format.monthShort(day.day) };
    }
  }
  // Labels for Monday, Wednesday and Friday, from the days shown.
  const weekdayLabels = [0, 2, 4].map((row) => {
    const sample = days.find((day) => weekday(day.day) === row);
    return { row, text: sample ? format.weekday(sample.day) : '' };
  });

  return (
    <div className="progress-heatmap" ref={scroller} tabIndex={0} role="group" aria-label={label}>
      <svg viewBox={`0 0 ${width} ${height}`} aria-hidden="true" focusable="false">
        {monthLabels.map((month) => (
          <text key={month.x} x={month.x} y={10} className="progress-axis">
            {month.text}
          </text>
        ))}
        {weekdayLabels.map((label) => (
          <text key={label.row} x={0} y={TOP + label.row * STEP + CELL - 1} className="progress-axis">
            {label.text}
          </text>
        ))}
        {days.map((day, i) => (
          <rect
            key={day.day}
            x={LEFT + Math.floor((i + offset) / 7) * STEP}
            y={TOP + weekday(day.day) * STEP}
            width={CELL}
            height={CELL}
            rx={2}
            className={`progress-heat-${day.level}`}
          >
            <title>{m.reviewsOn(format.day(day.day), day.count)}</title>
          </rect>
        ))}
      </svg>
    </div>
  );
}
