import { createElement, useEffect } from 'react';
import BackupReminder from './backup-reminder';
import { startAppBadge } from './app-badge';

/**
 * What makes CloudCards behave like an installed app, none of which a first visit needs: the
 * due count on the app's icon, and the monthly backup reminder (launches are taken in the
 * shell: src/app/use-launch-queue.ts). One small chunk, loaded only in the installed app or once the
 * learner has reviewed a card (app.tsx). No JSX here (see backup-reminder.ts for why).
 */

export default function Platform() {
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
  return createElement(BackupReminder);
}
