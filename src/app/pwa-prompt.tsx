import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useMessages } from '../lib/i18n';
import { useToastSlot } from '../lib/toast-slot';
import { shellMessages } from './messages';

/**
 * The service worker's two messages: "ready to work offline" once the app is cached, and
 * "a new version is available" with a reload the learner chooses (never a silent reload),
 * including a version found by the hourly check of a long session (update-checks.ts).
 * On a screen with an action bar the toast sits in the bar, above its buttons; elsewhere it floats
 * above the tab bar. Either way a tap on it (outside its buttons) sends it away.
 */
const OFFLINE_NOTICE_MS = 8000;

export function PwaPrompt() {
  const m = useMessages(shellMessages);
  const {
    offlineReady: [offlineReady, setOfflineReady],
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  const slot = useToastSlot();
  const dismiss = () => {
    setOfflineReady(false);
    setNeedRefresh(false);
  };

  // "Ready offline" is good news, not a task: it leaves by itself. The update prompt stays.
  useEffect(() => {
    if (!offlineReady || needRefresh) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, needRefresh, setOfflineReady]);

  if (!offlineReady && !needRefresh) return null;
  // A floating toast's height is kept free below the page, so content can always scroll out from under it.
  const reserveRoom = (element: HTMLDivElement | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement.style;
    const observer = new ResizeObserver(() => root.setProperty('--toast-h', `${element.offsetHeight + 8}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.removeProperty('--toast-h');
    };
  };
  const toast = (
    // The buttons are the keyboard's way; a tap anywhere else on the toast is a pointer's shortcut.
    <div ref={slot ? undefined : reserveRoom} className={slot ? 'pwa-toast notice' : 'pwa-toast notice floating'} role={needRefresh ? 'alert' : 'status'} onClick={(event) => !(event.target as Element).closest('button') && dismiss()}>
      <p>{needRefresh ? m.updateReady : m.offlineReady}</p>
      <p className="actions">
        {needRefresh ? (
          <button type="button" className="button small" onClick={() => void updateServiceWorker(true)}>
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
