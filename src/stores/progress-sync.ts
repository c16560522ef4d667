import type { StoreApi } from 'zustand';
import type { Progress, ProgressChange, ProgressSlice } from './progress-slice';

/*
 * Two tabs studying at once lose no review. Each tab keeps the whole state in memory and writes
 * it to one storage key, so without this the last tab to write would erase the other's reviews.
 *
 * - A BroadcastChannel carries each change (grade, undo, star) to the other tabs the moment it
 *   happens; they apply it, so every tab holds every review and each of their writes has them all.
 * - The `storage` event, fired in the other tabs when one writes, is the safety net: the written
 *   progress is merged in (reviews by id, each card's later state), and a tab whose reviews are
 *   missing from storage writes again.
 * Undone reviews are remembered while the tab is open, so neither path brings one back.
 */

export const PROGRESS_CHANNEL = 'cloudcards:progress';

type ChannelLike = Pick<BroadcastChannel, 'postMessage' | 'close'> & {
  onmessage: ((event: MessageEvent) => void) | null;
};

export type SyncOptions = {
  /** The storage key the store is persisted under. */
  storageKey: string;
  /** Reads the progress from a raw stored value (migrated and validated); null when unreadable. */
  readStored: (raw: string) => Progress | null;
  /** Validates progress sent whole by another tab (a `replace`); null when it can't be trusted. */
  readProgress: (raw: unknown) => Progress | null;
  /** The window whose `storage` events to follow (absent outside a browser). */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined;
  /** The channel to the other tabs (absent where BroadcastChannel is not supported). */
  channel?: ChannelLike | null | undefined;
};

export function connectProgressSync(store: StoreApi<ProgressSlice>, options: SyncOptions): () => void {
  const { storageKey, readStored, readProgress, channel, target } = options;
  if (channel) {
    store.setState({ publishProgress: (change) => channel.postMessage(change) });
    channel.onmessage = (event) => {
      const change = readChange(event.data, readProgress);
      if (change) store.getState().applyProgressChange(change);
    };
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key !== storageKey || event.newValue === null) return;
    const stored = readStored(event.newValue);
    if (stored) store.getState().mergeStoredProgress(stored);
  };
  target?.addEventListener('storage', onStorage);
  return () => {
    target?.removeEventListener('storage', onStorage);
    if (channel) {
      channel.onmessage = null;
      channel.close();
      store.setState({ publishProgress: () => {} });
    }
  };
}

/** The browser's channel, or null where there is none. */
export function openProgressChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(PROGRESS_CHANNEL) : null;
}

// ---------------------------------------------------------------------------------------------
// Messages come from another tab, perhaps of another version of the app: they are checked by the
// same validation as stored progress (`readProgress`), which also copies them.

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function readChange(data: unknown, readProgress: (raw: unknown) => Progress | null): ProgressChange | null {
  if (!isObject(data)) return null;
  if (data.type === 'replace') {
    const progress = readProgress(data.progress);
    return progress ? { type: 'replace', progress } : null;
  }
  if (data.type === 'star') {
    return typeof data.termId === 'string' && typeof data.starred === 'boolean' ? { type: 'star', termId: data.termId, starred: data.starred } : null;
  }
  if (data.type !== 'grade' && data.type !== 'undo') return null;
  const card = data.type === 'grade' ? data.card : data.restored;
  if (!isObject(data.entry) || typeof data.entry.cardId !== 'string' || (card !== null && !isObject(card))) return null;
  const checked = readProgress({ cards: card === null ? {} : { [data.entry.cardId]: card }, log: [data.entry], starred: [] });
  const entry = checked?.log[0];
  if (!checked || !entry) return null;
  const state = checked.cards[entry.cardId] ?? null;
  if (data.type === 'undo') return { type: 'undo', entry, restored: state };
  return state ? { type: 'grade', entry, card: state } : null;
}
