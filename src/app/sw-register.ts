import { useSyncExternalStore } from 'react';

/*
 * The service worker's registration and what it has to say, in a few hundred bytes rather than
 * workbox-window's 2 KB, so the first visit carries less. The worker (vite-plugin-pwa, generated)
 * precaches the whole app; its first version takes control at once (clientsClaim), a later one
 * waits until the learner accepts the reload prompt, which then tells it to take over
 * (SKIP_WAITING) and reloads once it has.
 */

export type WorkerNews = { offlineReady: boolean; waiting: ServiceWorker | null };

let news: WorkerNews = { offlineReady: false, waiting: null };
const listeners = new Set<() => void>();
const tell = (next: Partial<WorkerNews>) => {
  news = { ...news, ...next };
  listeners.forEach((listener) => listener());
};

/** A worker that has finished installing: the first one means offline is ready, a later one waits for the learner. */
function watch(worker: ServiceWorker, container: ServiceWorkerContainer) {
  const settle = () => {
    if (worker.state !== 'installed') return;
    if (container.controller) tell({ waiting: worker });
    else tell({ offlineReady: true });
  };
  settle();
  worker.addEventListener('statechange', settle);
}

let started = false;

/** Registers the worker once, follows its installs and asks it to look for a new version every hour. */
export function registerServiceWorker(container: ServiceWorkerContainer | undefined = globalThis.navigator?.serviceWorker): void {
  if (started || !container) return;
  started = true;
  container
    .register('/sw.js', { scope: '/' })
    .then((registration) => {
      if (registration.waiting && container.controller) tell({ waiting: registration.waiting });
      if (registration.installing) watch(registration.installing, container);
      registration.addEventListener('updatefound', () => {
        if (registration.installing) watch(registration.installing, container);
      });
      // Only a registered worker can look for a new version: the timer's code comes with it.
      void import('./update-checks').then(({ scheduleUpdateChecks }) => scheduleUpdateChecks(registration));
    })
    .catch(() => undefined); // no worker (blocked, or a private window that refuses): the app works online
}

/** Lets the waiting version take over, then reloads into it: only ever at the learner's word. */
export function activateWaiting(container: ServiceWorkerContainer | undefined = globalThis.navigator?.serviceWorker): void {
  const { waiting } = news;
  if (!waiting || !container) return;
  container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

export function dismissWorkerNews(): void {
  tell({ offlineReady: false, waiting: null });
}

/** For tests: forget what was heard and registered. */
export function resetWorkerNews(): void {
  news = { offlineReady: false, waiting: null };
  started = false;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export function useWorkerNews(): WorkerNews {
  return useSyncExternalStore(subscribe, () => news, () => news);
}
