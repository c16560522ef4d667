import { useSyncExternalStore } from 'react';

/*
 * Where toasts go. A screen with an action bar offers a slot at the top of the bar, so a toast
 * sits above the screen's next step and moves with it instead of floating over it; elsewhere a
 * toast floats above the tab bar.
 */
let slot: HTMLElement | null = null;
const listeners = new Set<() => void>();

export function setToastSlot(element: HTMLElement | null): void {
  slot = element;
  for (const listener of listeners) listener();
}

/** Releases the slot only if it is still the one given (a newer bar may have taken over). */
export function clearToastSlot(element: HTMLElement): void {
  if (slot === element) setToastSlot(null);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useToastSlot(): HTMLElement | null {
  return useSyncExternalStore(subscribe, () => slot, () => null);
}
