import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False while React hydrates the prerendered HTML (and when prerendering it), true from then
 * on. What the HTML cannot know at build time (the device, the time, what this browser stored)
 * renders once this is true, so hydration meets exactly the HTML it was given.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
