import type { CSSProperties } from 'react';

export type Bar = { key: string; value: number; title: string };

/**
 * A small bar chart in SVG. The bars stretch to the width available; the labels are HTML so that
 * they stay readable at any size. The chart is hidden from screen readers: each use comes with
 * the same numbers as text and as a table.
 */
export function BarChart({
  bars,
  max,
  maxLabel,
  labels,
  slots = bars.length,
  guide,
  tone = 'accent',
}: {
  bars: Bar[];
  max: number;
  maxLabel: string;
  /** Axis labels under given bars (by index). */
  labels: { index: number; text: string }[];
  /** Room for this many bars; fewer bars keep their width and sit at the right (the latest). */
  slots?: number;
  /** A dashed line at this value. */
  guide?: number;
  tone?: 'accent' | 'good';
}) {
  const slot = 10;
  const count = Math.max(1, slots, bars.length);
  const first = count - bars.length;
  const width = count * slot;
  const height = 100;
  const scale = (value: number) => (max <= 0 ? 0 : (Math.min(value, max) / max) * (height - 4));
  const place = (index: number): CSSProperties => {
    const at = first + index;
    if (at === 0) return { left: 0 };
    if (at === count - 1) return { right: 0 };
    return { left: `${((at + 0.5) / count) * 100}%`, transform: 'translateX(-50%)' };
  };
  return (
    <div className="progress-bars" aria-hidden="true">
      <span className="progress-bars-max">{maxLabel}</span>
      <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" focusable="false" className={`progress-bars-svg progress-tone-${tone}`}>
        {guide === undefined ? null : (
          <line x1="0" x2={width} y1={height - scale(guide)} y2={height - scale(guide)} className="progress-guide" vectorEffect="non-scaling-stroke" />
        )}
        {bars.map((bar, i) => {
          const h = scale(bar.value);
          return (
            <rect key={bar.key} x={(first + i) * slot + 1.5} y={height - h} width={slot - 3} height={h} className="progress-bar">
              <title>{bar.title}</title>
            </rect>
          );
        })}
        <line x1="0" x2={width} y1={height - 0.5} y2={height - 0.5} className="progress-baseline" vectorEffect="non-scaling-stroke" />
      </svg>
      <div className="progress-bars-axis">
        {labels.map((label) => (
          <span key={label.index} style={place(label.index)}>
            {label.text}
          </span>
        ))}
      </div>
    </div>
  );
}
