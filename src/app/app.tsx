import { lazy, StrictMode, Suspense, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useHydrated } from '../lib/use-hydrated';
import { useAppStore } from '../stores/app-store';
import { RootBoundary } from './root-boundary';
import { AppRoutes } from './router';
import { useLaunchQueue } from './use-launch-queue';

/** The icon's badge and the backup reminder: their own chunk, loaded where they have work (below). */
const Platform = lazy(() => import('./platform'));

/**
 * The icon's badge and the backup reminder (which waits for a first review) have nothing to do
 * on a first visit in a browser tab: their chunk loads in the installed app, or once the learner
 * has reviewed a card, and then stays (a reset must still clear the badge).
 */
const standalone = typeof window === 'undefined' ? undefined : window.matchMedia?.('(display-mode: standalone)');
const followDisplay = (onChange: () => void) => {
  standalone?.addEventListener('change', onChange);
  return () => standalone?.removeEventListener('change', onChange);
};

function DeferredPlatform() {
  useLaunchQueue();
  const reviewed = useAppStore((s) => s.progress.log.length > 0);
  const installed = useSyncExternalStore(followDisplay, () => standalone?.matches ?? false, () => false);
  const hydrated = useHydrated();
  const [wanted, setWanted] = useState(false);
  if (!wanted && hydrated && (reviewed || installed)) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <Platform />
    </Suspense>
  );
}

/**
 * The whole app inside a router: the browser's (main.tsx) or, at build time, a static one at
 * one address (scripts/prerender.ts), so both render the same tree and hydration meets the HTML.
 */
export function App({ router: Router }: { router: (props: { children: ReactNode }) => ReactNode }) {
  return (
    <StrictMode>
      <RootBoundary>
        <Router>
          <AppRoutes />
          <DeferredPlatform />
        </Router>
      </RootBoundary>
    </StrictMode>
  );
}
