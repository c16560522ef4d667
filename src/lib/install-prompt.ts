/**
 * The browser's offer to install the app (`beforeinstallprompt`), kept until the learner uses
 * it from Settings (features/settings/use-install.ts); forgotten once the app is installed.
 * Listening starts with the app's first render (src/app/platform.ts), before the browser makes
 * its offer, which it does once a page has loaded.
 */
export type InstallOffer = Event & { prompt(): Promise<void>; userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }> };

export const installOffer = { current: null as InstallOffer | null, listeners: new Set<() => void>() };

export function listenForInstallOffer(target: Window): void {
  const keep = (offer: InstallOffer | null) => {
    installOffer.current = offer;
    installOffer.listeners.forEach((listener) => listener());
  };
  target.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault(); // no browser banner: the app offers a button in Settings
    keep(event as InstallOffer);
  });
  target.addEventListener('appinstalled', () => keep(null));
}
