import { useRegisterSW } from 'virtual:pwa-register/react';
import { useMessages } from '../lib/i18n';
import { shellMessages } from './messages';

/**
 * The service worker's two messages: "ready to work offline" once the app is cached, and
 * "a new version is available" with a reload the learner chooses (never a silent reload).
 */
export function PwaPrompt() {
  const m = useMessages(shellMessages);
  const {
    offlineReady: [offlineReady, setOfflineReady],
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();

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
