/**
 * Starts and stops the one sync of this browser. Loaded (with PouchDB) only once sync is set
 * up: at start when a target is saved, or when the learner starts syncing in Settings.
 * One tab syncs at a time (a Web Lock); the others get its changes through the tabs' own
 * sharing (src/stores/tab-sync.ts), and take over when it closes.
 */
import type { SyncTarget } from '../../domain/sync-target';
import { useAppStore } from '../../stores/app-store';
import { forgetTarget, readSavedTarget, saveTarget } from './sync-config';
import { startSyncEngine, type SyncEngine } from './sync-engine';
import { setSyncStatus } from './sync-status';

const LOCK = 'cloudcards-sync';
const CHANNEL = 'cloudcards:sync';

let engine: SyncEngine | null = null;
let release: (() => void) | null = null;
let generation = 0;
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
if (channel) channel.onmessage = (event) => void (event.data === 'stop' ? stopHere() : undefined);

function run(target: SyncTarget): void {
  const mine = ++generation;
  const begin = () => {
    if (mine !== generation) return;
    engine = startSyncEngine(target, useAppStore);
  };
  if (typeof navigator !== 'undefined' && navigator.locks) {
    setSyncStatus({ state: 'connecting' });
    void navigator.locks.request(LOCK, () => {
      if (mine !== generation) return undefined;
      begin();
      return new Promise<void>((resolve) => (release = resolve));
    });
  } else begin();
}

/** At start: sync again with the saved target, if there is one. */
export function resumeSync(): void {
  const target = readSavedTarget();
  if (target && !engine) run(target);
}

/** Saves the target and starts syncing with it. */
export function startSyncing(target: SyncTarget): boolean {
  if (!saveTarget(target)) return false;
  void stopHere().then(() => run(target));
  return true;
}

async function stopHere(options?: { destroy?: boolean }): Promise<void> {
  generation++;
  const running = engine;
  engine = null;
  await running?.stop(options);
  release?.();
  release = null;
  setSyncStatus({ state: 'off' });
}

/** Stops syncing in every tab and forgets the target; every review stays in this browser. */
export async function stopSyncing(): Promise<void> {
  forgetTarget();
  channel?.postMessage('stop');
  await stopHere({ destroy: true });
}
