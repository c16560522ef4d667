import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { storage, STORAGE_KEYS } from '../lib/storage';
import { RootBoundary } from './root-boundary';
import { AppRoutes } from './router';
import { startSyncIfSetUp } from './start-sync';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** Launches, the install offer, the icon's badge and update checks: its own chunk, after the first page. */
const Platform = lazy(() => import('./platform'));

/**
 * Inside another site's frame the app does nothing (its buttons could be clicked through a
 * disguise: reset, import): it says so and links to itself. The headers refuse framing where the
 * host sends them (public/_headers, vite.config.ts); this covers hosts that do not.
 */
function framedByAnotherSite(): boolean {
  if (window.top === window.self) return false;
  try {
    return window.top?.location.origin !== window.location.origin;
  } catch {
    return true; // reading another origin's location throws
  }
}

// A chunk of an older deployment is gone (the app was updated while open): load the new one,
// once a minute at most, so that a server that keeps failing does not reload in a loop.
window.addEventListener('vite:preloadError', (event) => {
  const last = Number(storage.read(STORAGE_KEYS.reloadedAt) ?? 0);
  if (Date.now() - last < 60_000) return;
  event.preventDefault();
  storage.write(STORAGE_KEYS.reloadedAt, String(Date.now()));
  window.location.reload();
});

createRoot(root).render(
  framedByAnotherSite() ? (
    <a href={window.location.href} target="_blank" rel="noopener noreferrer">
      Open CloudCards · 打开云卡
    </a>
  ) : (
    <StrictMode>
      <RootBoundary>
        <BrowserRouter>
          <AppRoutes />
          <Suspense fallback={null}>
            <Platform />
          </Suspense>
        </BrowserRouter>
      </RootBoundary>
    </StrictMode>
  ),
);

startSyncIfSetUp();
