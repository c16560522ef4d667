import { useSyncExternalStore } from 'react';

/** What is true of sync now, as the status line says it. */
export type SyncStatus =
  | { state: 'off' }
  | { state: 'connecting' }
  | { state: 'synced'; at: number }
  | { state: 'pending'; count: number }
  | { state: 'offline'; count: number }
  | { state: 'unauthorized' }
  | { state: 'forbidden' }
  | { state: 'no-database' }
  | { state: 'error'; message: string };

let current: SyncStatus = { state: 'off' };
const listeners = new Set<() => void>();

export function setSyncStatus(status: SyncStatus): void {
  if (JSON.stringify(status) === JSON.stringify(current)) return;
  current = status;
  listeners.forEach((listener) => listener());
}

export const getSyncStatus = (): SyncStatus => current;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(subscribe, getSyncStatus);
}
