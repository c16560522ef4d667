import { useSyncExternalStore } from 'react';
import { installOffer } from '../../lib/install-prompt';

/** Whether the app runs installed (its own window), not in a browser tab. */
export function runsInstalled(): boolean {
  return (
    globalThis.matchMedia?.('(display-mode: standalone)').matches === true ||
    (globalThis.navigator as (Navigator & { standalone?: boolean }) | undefined)?.standalone === true
  );
}

const subscribe = (listener: () => void) => {
  installOffer.listeners.add(listener);
  return () => installOffer.listeners.delete(listener);
};
const canInstall = () => installOffer.current !== null && !runsInstalled();

/** Shows the browser's install dialog; resolves true when the learner installs. */
export async function install(): Promise<boolean> {
  const offer = installOffer.current;
  if (!offer) return false;
  installOffer.current = null; // an offer is used once
  installOffer.listeners.forEach((listener) => listener());
  await offer.prompt();
  return (await offer.userChoice).outcome === 'accepted';
}

/** Whether to show the "Install CloudCards" button: the browser offers it and the app is not installed. */
export function useCanInstall(): boolean {
  return useSyncExternalStore(subscribe, canInstall, () => false);
}
