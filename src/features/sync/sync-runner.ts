/**
 * Starts and stops the one sync of this browser. Loaded (with PouchDB) only once sync is set
 * up: at start when a target is saved, or when the learner starts syncing in Settings.
 * One tab syncs at a time (a Web Lock); the others get its changes through the tabs' own
 * sharing (src/stores/tab-sync.ts), and take over when it closes. The syncing tab tells the
 * others each change of its status, so every tab's status line says what is true now.
 */
import type { SyncTarget } from '../../domain/sync-target';
import { useAppStore } from '../../stores/app-store';
import { forgetTarget, readSavedTarget, saveTarget } from './sync-config';
import { startSyncEngine, type SyncEngine } from './sync-engine';
import { getSyncStatus, readSyncStatus, setSyncStatus, subscribeToSyncStatus } from './sync-status';

const LOCK = 'cloudcards-sync';
const CHANNEL = 'cloudcards:sync';

/** What the tabs tell each other about sync. */
type SyncMessage =
  /** Sync was stopped (Stop syncing): every tab stops. */
  | 'stop'
  /** Sync was started with a new target: every tab starts over with it. */
  | 'restart'
  /** A tab that waits for its turn asks the syncing tab how things stand. */
  | 'status?'
  /** The syncing tab's status, whenever it changes. */
  | { status: unknown };

let engine: SyncEngine | null = null;
let release: (() => void) | null = null;
let generation = 0;
/** This tab has a target and waits for the syncing tab to close: it shows that tab's status. */
let waiting = false;
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
const tell = (message: SyncMessage) => channel?.postMessage(message);

if (channel) {
  channel.onmessage = (event: MessageEvent<SyncMessage>) => {
    const message = event.data;
    if (message === 'stop') void stopHere();
    else if (message === 'restart') void stopHere().then(resumeSync);
    else if (message === 'status?') {
      if (engine) tell({ status: getSyncStatus() });
    } else if (waiting && typeof message === 'object' && message !== null) {
      const status = readSyncStatus(message.status);
      if (status && status.state !== 'off') setSyncStatus(status);
    }
  };
  subscribeToSyncStatus(() => {
    if (engine) tell({ status: getSyncStatus() });
  });
}

function run(target: SyncTarget): void {
  const mine = ++generation;
  const begin = () => {
    if (mine !== generation) return;
    waiting = false;
    engine = startSyncEngine(target, useAppStore);
  };
  if (typeof navigator !== 'undefined' && navigator.locks) {
    setSyncStatus({ state: 'connecting' });
    waiting = true;
    tell('status?');
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

/** Saves the target and starts syncing with it, in every tab. */
export function startSyncing(target: SyncTarget): boolean {
  if (!saveTarget(target)) return false;
  tell('restart');
  void stopHere().then(() => run(target));
  return true;
}

async function stopHere(options?: { destroy?: boolean }): Promise<void> {
  generation++;
  waiting = false;
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
  tell('stop');
  await stopHere({ destroy: true });
}
