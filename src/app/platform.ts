import { createElement, useEffect } from 'react';
import { listenForInstallOffer } from '../lib/install-prompt';
import BackupReminder from './backup-reminder';
import { startAppBadge } from './app-badge';
import { scheduleUpdateChecks } from './update-checks';
import { useLaunchQueue } from './use-launch-queue';

/**
 * What makes CloudCards behave like an installed app, none of which the first screen needs:
 * launches (shortcuts, files, shares) routed to their screen, the due count on the app's icon,
 * an hourly look for a new version, and the monthly backup reminder. One small chunk, loaded
 * after the first page (main.tsx). No JSX here (see backup-reminder.ts for why).
 */
// The browser makes its install offer once the page has loaded; this chunk loads with the first
// render, before that. (Settings shows the button.)
listenForInstallOffer(window);

export default function Platform() {
  useLaunchQueue();
  useEffect(() => {
    if (!('setAppBadge' in navigator)) return;
    let stop: (() => void) | undefined;
    let cancelled = false;
    startAppBadge()
      .then((stopBadge) => (cancelled ? stopBadge() : (stop = stopBadge)))
      .catch(() => undefined); // no content yet (a first visit offline): no badge until the next start
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    navigator.serviceWorker
      ?.ready.then((registration) => {
        if (!cancelled) stop = scheduleUpdateChecks(registration);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
  return createElement(BackupReminder);
}
