import { useEffect, useState } from 'react';
import type { Zone } from '../../domain/stats';

/** The current time, refreshed every minute so that a screen left open rolls over at 4 AM. */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** The browser's time zone, as the statistics take it: the UTC offset in minutes at an instant. */
export const localZone: Zone = (ms) => -new Date(ms).getTimezoneOffset();
