import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { computeTopicReadiness } from '../../domain/readiness';
import { useGlossary } from '../../lib/content';
import { pick, useLanguage, useMessages } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { useAppStore } from '../../stores/app-store';
import { Panel } from './panel';
import { readinessMessages } from './readiness-messages';
import { useReadinessInput } from './use-readiness-input';

// The trend replays the review log through FSRS: its code loads apart, after the numbers of today.
const ReadinessTrend = lazy(() => import('./readiness-trend'));

/** Readiness per topic and overall, how it is computed, the topic to study next, and its trend. */
export function ReadinessPanel({ now }: { now: number }) {
  const m = useMessages(readinessMessages);
  return (
    <Panel title={m.title} wide>
      <Suspense fallback={<div className="progress-loading" aria-busy="true" />}>
        <ReadinessBody now={now} />
      </Suspense>
    </Panel>
  );
}

function ReadinessBody({ now }: { now: number }) {
  const m = useMessages(readinessMessages);
  const language = useLanguage();
  const { topicById } = useGlossary();
  const cards = useAppStore((s) => s.progress.cards);
  const input = useReadinessInput(now);
  const result = useMemo(() => computeTopicReadiness({ ...input, cards }), [input, cards]);
  const name = (topic: string) => {
    const info = topicById.get(topic as never);
    return info ? pick(info.name, language) : topic;
  };
  const share = (value: number | null) => (value === null ? m.none : m.percent(value));
  return (
    <div className="readiness">
      <p className="readiness-overall">{m.overall(result.overall)}</p>
      {result.next ? (
        <p className="readiness-next">
          {m.next(name(result.next))}{' '}
          <Link className="button small" to={paths.deck(result.next)} aria-label={m.nextLink(name(result.next))}>
            {m.nextLink('').trim()}
          </Link>
        </p>
      ) : null}
      <details className="readiness-how">
        <summary>{m.how}</summary>
        <p>{m.explanation}</p>
      </details>
      <div className="progress-table-scroll">
        <table className="readiness-table" role="table">
          <caption className="visually-hidden">{m.title}</caption>
          <thead role="rowgroup">
            <tr role="row">
              {[m.topic, m.ready, m.coverage, m.memory, m.quiz].map((heading) => (
                <th key={heading} scope="col" role="columnheader">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup">
            {result.topics.map((t) => (
              <tr key={t.topic} role="row">
                <th scope="row" role="rowheader">
                  {name(t.topic)}
                </th>
                {[m.percent(t.readiness), m.percent(t.coverage), share(t.memory), share(t.quiz)].map((figure, i) => (
                  <td key={i} role="cell">
                    {figure}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Suspense fallback={<p className="muted">{m.loading}</p>}>
        <ReadinessTrend now={now} />
      </Suspense>
    </div>
  );
}
