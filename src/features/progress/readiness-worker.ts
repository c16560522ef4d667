/// <reference lib="webworker" />
/**
 * The readiness trend off the main thread: replaying a long review log through FSRS takes
 * seconds for a learner years in (bench/readiness.bench.ts), which must never freeze the screen.
 */
import { computeTrend, type TrendRequest } from './readiness-trend-compute';

self.onmessage = (event: MessageEvent<TrendRequest>) => {
  self.postMessage(computeTrend(event.data));
};
