import { Suspense, useId, useMemo, type ReactNode } from 'react';
import { RouteBoundary } from '../../components/route-boundary';
import { DAY_MS } from '../../domain/study-day';
import { languageTag, useLanguage, useMessages } from '../../lib/i18n';
import { progressMessages } from './messages';
import './progress.css';

/** One section of the progress screen: a card with a heading. */
export function Panel({ title, aside, children, wide = false }: { title: string; aside?: ReactNode; children: ReactNode; wide?: boolean }) {
  const id = useId();
  return (
    <section className={wide ? 'card progress-panel progress-wide' : 'card progress-panel'} aria-labelledby={id}>
      <div className="progress-panel-head">
        <h2 id={id}>{title}</h2>
        {aside ? <span className="progress-panel-aside">{aside}</span> : null}
      </div>
      {children}
    </section>
  );
}

/** A panel's body that waits for content: a placeholder while it loads, and a retry if it fails to. */
export function PanelContent({ resetKey, children }: { resetKey: string; children: ReactNode }) {
  const m = useMessages(progressMessages);
  return (
    <RouteBoundary
      resetKey={resetKey}
      fallback={(retry) => (
        <p role="alert">
          {m.masteryLoadFailed}{' '}
          <button type="button" className="button secondary small" onClick={retry}>
            {m.tryAgain}
          </button>
        </p>
      )}
    >
      <Suspense fallback={<div className="progress-loading" aria-busy="true" />}>{children}</Suspense>
    </RouteBoundary>
  );
}

/** A chart's table, folded away: the same numbers for screen readers and anyone who wants them. */
export function ChartTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  const m = useMessages(progressMessages);
  return (
    <details className="progress-table">
      <summary>{m.showTable}</summary>
      <div className="progress-table-scroll">
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {head.map((cell) => (
                <th key={cell} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={String(row[0])}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** Formats study days ('YYYY-MM-DD' as day numbers) in the interface language. */
export function useDayFormat() {
  const language = useLanguage();
  return useMemo(() => {
    const tag = languageTag(language);
    const day = new Intl.DateTimeFormat(tag, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const full = new Intl.DateTimeFormat(tag, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    const month = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'short', timeZone: 'UTC' });
    const monthShort = new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' });
    const weekday = new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' });
    return {
      day: (dayNumber: number) => day.format(dayNumber * DAY_MS),
      full: (dayNumber: number) => full.format(dayNumber * DAY_MS),
      month: (dayNumber: number) => month.format(dayNumber * DAY_MS),
      monthShort: (dayNumber: number) => monthShort.format(dayNumber * DAY_MS),
      weekday: (dayNumber: number) => weekday.format(dayNumber * DAY_MS),
    };
  }, [language]);
}
