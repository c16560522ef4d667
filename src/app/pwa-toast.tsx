import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useMessages } from '../lib/i18n';
import { useToastSlot } from '../lib/toast-slot';
import { shellMessages } from './messages';
import { activateWaiting, dismissWorkerNews, useWorkerNews } from './sw-register';
import { reserveToastRoom } from './toast-room';

/**
 * The service worker's two messages: "ready to work offline" once the app is cached, and
 * "a new version is available" with a reload the learner chooses (never a silent reload),
 * including a version found by the hourly check of a long session (update-checks.ts).
 * On a screen with an action bar the toast sits in the bar, above its buttons; elsewhere it floats
 * above the tab bar. Either way a tap on it (outside its buttons) sends it away.
 */
const OFFLINE_NOTICE_MS = 8000;

export function PwaToast() {
  const m = useMessages(shellMessages);
  const { offlineReady, waiting } = useWorkerNews();
  const needRefresh = waiting !== null;
  const slot = useToastSlot();
  const dismiss = dismissWorkerNews;

  // "Ready offline" is good news, not a task: it leaves by itself. The update prompt stays.
  useEffect(() => {
    if (!offlineReady || needRefresh) return;
    const timer = setTimeout(dismissWorkerNews, OFFLINE_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, needRefresh]);

  if (!offlineReady && !needRefresh) return null;
  const toast = (
    // The buttons are the keyboard's way; a tap anywhere else on the toast is a pointer's shortcut.
    <div ref={slot ? undefined : reserveToastRoom} className={slot ? 'pwa-toast notice' : 'pwa-toast notice floating'} role={needRefresh ? 'alert' : 'status'} onClick={(event) => !(event.target as Element).closest('button') && dismiss()}>
      <p>{needRefresh ? m.updateReady : m.offlineReady}</p>
      <p className="actions">
        {needRefresh ? (
          <button type="button" className="button small" onClick={() => activateWaiting()}>
            {m.reload}
          </button>
        ) : null}
        <button
          type="button"
          className="button secondary small"
          onClick={dismiss}
        >
          {needRefresh ? m.later : m.dismiss}
        </button>
      </p>
    </div>
  );
  return slot ? createPortal(toast, slot) : toast;
}
