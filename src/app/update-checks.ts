/**
 * A long session still hears of a new version: the service worker is asked to look for one
 * every hour (browsers look only on navigation, which a single-page app rarely does). What it
 * finds goes to the usual prompt; nothing reloads by itself.
 */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

type Checkable = Pick<ServiceWorkerRegistration, 'update' | 'installing'>;

/** Registrations already checked on a timer (a registration reported twice gets one timer). */
const scheduled = new WeakSet<Checkable>();

export function scheduleUpdateChecks(
  registration: Checkable,
  { every = UPDATE_CHECK_MS, isOnline = () => globalThis.navigator?.onLine !== false } = {},
): () => void {
  if (scheduled.has(registration)) return () => undefined;
  scheduled.add(registration);
  const timer = setInterval(() => {
    // Offline, or a new version already on its way: nothing to ask.
    if (!isOnline() || registration.installing) return;
    registration.update().catch(() => undefined); // a failed check is tried again next time
  }, every);
  return () => {
    clearInterval(timer);
    scheduled.delete(registration);
  };
}
