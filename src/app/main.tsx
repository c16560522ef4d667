import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { isPrerendered } from '../lib/document-choice';
import { takeEarlyActions } from '../lib/app-loader';
import { listenForInstallOffer } from '../lib/install-prompt';
import { storage, STORAGE_KEYS } from '../lib/storage';
import { useAppStore } from '../stores/app-store';
import { App } from './app';
import { RootBoundary } from './root-boundary';
import { startSyncIfSetUp } from '../features/sync/sync-start';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The browser makes its install offer once the page has loaded: listen from the start. (Settings shows the button.)
listenForInstallOffer(window);

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
// Offline, a chunk not yet cached fails to load too: that is no new deployment, and a reload
// would only lose the screen (the code that asked for it says what happens then).
window.addEventListener('vite:preloadError', (event) => {
  if (!navigator.onLine) return;
  const last = Number(storage.read(STORAGE_KEYS.reloadedAt) ?? 0);
  if (Date.now() - last < 60_000) return;
  event.preventDefault();
  storage.write(STORAGE_KEYS.reloadedAt, String(Date.now()));
  window.location.reload();
});

/** Shows the root boundary's message (reload; your progress is safe) for an error outside any screen. */
function Fail({ error }: { error: unknown }): never {
  throw error;
}

/**
 * The app renders once the store has read what is stored: at once on a first visit (nothing is
 * stored), else once the code that reads it has loaded. Should that fail, what is stored stays
 * untouched (the store writes nothing it has not read) and the learner is offered a reload.
 */
const start = () => {
  if (framedByAnotherSite()) {
    takeEarlyActions();
    root.replaceChildren();
    delete document.documentElement.dataset.stale;
    createRoot(root).render(
      <a href={window.location.href} target="_blank" rel="noopener noreferrer">
        Open CloudCards · 打开云卡
      </a>,
    );
  } else if (root.firstChild && isPrerendered()) {
    // The screen was prerendered (scripts/prerender.ts): React takes over the HTML as it is. A
    // mismatch is a defect, said loudly (the end-to-end tests fail on it), never repaired quietly.
    // As a transition, it yields to the browser every few milliseconds: the page already shows,
    // and a tap or a key on it is not kept waiting by a long task.
    startTransition(() => {
      hydrateRoot(root, <App router={BrowserRouter} />, {
        onRecoverableError: (error, info) => console.error('Hydration mismatch:', error, info.componentStack ?? ''),
      });
    });
  } else {
    // The bare shell, or another route's HTML (hidden until now, src/lib/document-choice.ts).
    // Nothing on it was the learner's to click, and what the app draws hears clicks itself.
    takeEarlyActions();
    root.replaceChildren();
    delete document.documentElement.dataset.stale;
    createRoot(root).render(<App router={BrowserRouter} />);
  }

  // Sync, when set up, loads after the first page (PouchDB and all); the check itself is a few
  // bytes here rather than a chunk every first visit would fetch.
  setTimeout(() => void startSyncIfSetUp(), 0);
};

useAppStore.ready.then(start, (error: unknown) => {
  takeEarlyActions();
  root.replaceChildren();
  createRoot(root).render(
    <RootBoundary>
      <Fail error={error} />
    </RootBoundary>,
  );
});
