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

const STATES = new Set<SyncStatus['state']>(['off', 'connecting', 'synced', 'pending', 'offline', 'unauthorized', 'forbidden', 'no-database', 'error']);

/** A status as another tab sent it (perhaps of another version of the app); null when it is not one. */
export function readSyncStatus(raw: unknown): SyncStatus | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { state, at, count, message } = raw as Record<string, unknown>;
  if (typeof state !== 'string' || !STATES.has(state as SyncStatus['state'])) return null;
  switch (state) {
    case 'synced':
      return typeof at === 'number' && Number.isFinite(at) ? { state, at } : null;
    case 'pending':
    case 'offline':
      return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? { state, count } : null;
    case 'error':
      return typeof message === 'string' ? { state, message } : null;
    default:
      return { state } as SyncStatus;
  }
}

export function subscribeToSyncStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(subscribeToSyncStatus, getSyncStatus);
}
