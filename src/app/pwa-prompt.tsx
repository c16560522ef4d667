import { useEffect } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useMessages } from '../lib/i18n';
import { shellMessages } from './messages';

/**
 * The service worker's two messages: "ready to work offline" once the app is cached, and
 * "a new version is available" with a reload the learner chooses (never a silent reload),
 * including a version found by the hourly check of a long session (update-checks.ts).
 */
const OFFLINE_NOTICE_MS = 8000;

export function PwaPrompt() {
  const m = useMessages(shellMessages);
  const {
    offlineReady: [offlineReady, setOfflineReady],
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();

  // "Ready offline" is good news, not a task: it leaves by itself. The update prompt stays.
  useEffect(() => {
    if (!offlineReady || needRefresh) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [offlineReady, needRefresh, setOfflineReady]);

  if (!offlineReady && !needRefresh) return null;
  return (
    <div className="pwa-toast notice" role={needRefresh ? 'alert' : 'status'}>
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
          onClick={() => {
            setOfflineReady(false);
            setNeedRefresh(false);
          }}
        >
          {needRefresh ? m.later : m.dismiss}
        </button>
      </p>
    </div>
  );
}
