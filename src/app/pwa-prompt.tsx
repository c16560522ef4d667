import { lazy, Suspense, useEffect } from 'react';
import { registerServiceWorker, useWorkerNews } from './sw-register';

/** The toast itself loads only when there is something to say, so a first visit does not carry it. */
const PwaToast = lazy(() => import('./pwa-toast').then((module) => ({ default: module.PwaToast })));

/** Registers the service worker, and says "ready offline" or "a new version is available" when it does. */
export function PwaPrompt() {
  const { offlineReady, waiting } = useWorkerNews();
  useEffect(() => registerServiceWorker(), []);
  if (!offlineReady && !waiting) return null;
  return (
    <Suspense fallback={null}>
      <PwaToast />
    </Suspense>
  );
}
