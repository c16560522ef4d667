import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { useGlossary } from '../../lib/content';
import { useMessages } from '../../lib/i18n';
import { useAppStore } from '../../stores/app-store';
import { settingsMessages } from './messages';
import type { WorkloadRequest } from './workload-compute';

const DAYS = 30;

/**
 * The expected reviews per day over the next 30 days at the retention on the slider: seeded
 * random runs of FSRS over the learner's own cards (workload-simulation.ts), in a worker: each move of the slider asks again, and only the
 * latest answer is shown, so dragging never waits for the simulation.
 */
export function WorkloadForecast({ retention }: { retention: number }) {
  const m = useMessages(settingsMessages);
  return (
    <Suspense fallback={<p className="muted settings-hint">{m.workloadLoading}</p>}>
      <Forecast retention={retention} />
    </Suspense>
  );
}

function Forecast({ retention }: { retention: number }) {
  const m = useMessages(settingsMessages);
  const { terms } = useGlossary();
  const directions = useAppStore((s) => s.settings.directions);
  // Two cards a term in both directions, one otherwise (decks.ts; not imported, to keep it in the first page's chunk).
  const totalCards = terms.length * (directions === 'both' ? 2 : 1);
  const cards = useAppStore((s) => s.progress.cards);
  const newPerDay = useAppStore((s) => s.settings.newPerDay);
  const reviewsPerDay = useAppStore((s) => s.settings.reviewsPerDay);
  const [now] = useState(() => Date.now());
  const request = useMemo<WorkloadRequest>(() => {
    const known = Object.values(cards).filter((card) => card !== undefined);
    return { cards: known, newCards: Math.max(0, totalCards - known.length), newPerDay, reviewsPerDay, retention, now, days: DAYS };
  }, [cards, newPerDay, reviewsPerDay, retention, now, totalCards]);
  const answer = useWorkload(request);
  if (!answer) return <p className="muted settings-hint">{m.workloadLoading}</p>;
  // The figures are those of the last answer, so the caption names the retention they were worked out for.
  const { days } = answer;
  const average = days.reduce((sum, n) => sum + n, 0) / days.length;
  const max = Math.max(1, ...days);
  return (
    <figure className="workload" aria-labelledby="workload-caption">
      <figcaption id="workload-caption" className="workload-caption">
        {m.workloadAverage(Math.round(average * 10) / 10, Math.round(answer.retention * 100))}
      </figcaption>
      <svg className="workload-chart" viewBox={`0 0 ${DAYS * 10} 60`} preserveAspectRatio="none" role="img" aria-label={m.workloadChart(Math.round(days[0]!), Math.round(max))}>
        {days.map((n, i) => (
          <rect key={i} x={i * 10 + 1} width={8} y={60 - (n / max) * 58} height={(n / max) * 58} rx={1.5} />
        ))}
      </svg>
      <div className="settings-range-scale" aria-hidden="true">
        <span>{m.workloadToday}</span>
        <span>{m.workloadMax(Math.round(max))}</span>
        <span>{m.workloadIn30}</span>
      </div>
    </figure>
  );
}

type Answer = { days: number[]; retention: number };

/** The latest answered forecast, with the retention it answers (the slider may have moved on since). */
function useWorkload(request: WorkloadRequest): Answer | null {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const worker = useRef<Worker | null>(null);
  const asked = useRef(0);
  const askedRetention = useRef(request.retention);
  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    const w = new Worker(new URL('./workload-worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<{ id: number; days: number[] }>) => {
      if (event.data.id === asked.current) setAnswer({ days: event.data.days, retention: askedRetention.current });
    };
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, []);
  useEffect(() => {
    const id = ++asked.current;
    askedRetention.current = request.retention;
    if (worker.current) {
      worker.current.postMessage({ id, request });
      return;
    }
    // No worker (tests, old browsers): the same simulation, after the paint.
    let live = true;
    void import('./workload-compute').then(({ computeWorkload }) => {
      if (live && id === asked.current) setAnswer({ days: computeWorkload(request), retention: request.retention });
    });
    return () => {
      live = false;
    };
  }, [request]);
  return answer;
}
