import { useSyncExternalStore } from 'react';

/*
 * The one ticking clock of the screens: the time, read again at the turn of every minute and
 * whenever the page becomes visible again (a phone woken, a tab brought back), so that due
 * counts stay true and a screen left open rolls over at 4 AM. One timer however many screens
 * read it.
 */

const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setTimeout> | undefined;

function tick() {
  now = Date.now();
  listeners.forEach((listener) => listener());
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(() => {
    tick();
    schedule();
  }, 60_000 - (Date.now() % 60_000));
}

function onVisibility() {
  if (document.visibilityState === 'visible') {
    tick();
    schedule();
  }
}

/** The minute an epoch time falls in: the clock's grain, as it ticks on the minute. */
const minuteOf = (time: number) => Math.floor(time / 60_000);

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    // Read again only if a minute has turned since: a change would re-render the screen at
    // once, and a screen still hydrating (its data on the way) would drop its prerendered HTML
    // for a loading state, then draw it again, moving everything below.
    if (minuteOf(Date.now()) !== minuteOf(now)) now = Date.now();
    schedule();
    document.addEventListener('visibilitychange', onVisibility);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    }
  };
}

const snapshot = () => now;

/** The current time in epoch ms, ticking on the minute and on return to the page. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
