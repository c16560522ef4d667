/// <reference lib="webworker" />
/** The workload simulation off the main thread, so the retention slider never waits for it. */
import { computeWorkload, type WorkloadRequest } from './workload-compute';

self.onmessage = (event: MessageEvent<{ id: number; request: WorkloadRequest }>) => {
  self.postMessage({ id: event.data.id, days: computeWorkload(event.data.request) });
};
