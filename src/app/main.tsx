import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { listenForInstallOffer } from '../lib/install-prompt';
import { AppRoutes } from './router';
import { startSyncIfSetUp } from './start-sync';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The browser offers installation once, early: listen from the start (Settings shows the button).
listenForInstallOffer(window);

/** Launches, the icon's badge and update checks: its own chunk, after the first page. */
const Platform = lazy(() => import('./platform'));

createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <AppRoutes />
      <Suspense fallback={null}>
        <Platform />
      </Suspense>
    </BrowserRouter>
  </StrictMode>,
);

startSyncIfSetUp();
