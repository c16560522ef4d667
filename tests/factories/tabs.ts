/**
 * Open tabs for tests: app stores over one shared storage, connected to each other as the app
 * connects them (tab-sync.ts), with a channel that delivers a structured clone of each message
 * to every other tab, and `storage` events delivered when a test says a tab has written.
 */
import { createSafeStorage, STORAGE_KEYS, type Backend } from '../../src/lib/storage';
import { createAppStore, readStamp, type SavedState } from '../../src/stores/app-store';
import { readStoredState, storedStateReader } from '../../src/stores/stored-state';
import { checkProgress, restoreQuizHistory } from '../../src/stores/restore';
import { restoreSettings } from '../../src/stores/settings-slice';
import { connectTabSync } from '../../src/stores/tab-sync';
import { memoryBackend } from './memory-backend';


export type Store = ReturnType<typeof createAppStore>;
type FakeChannel = { postMessage: (data: unknown) => void; close: () => void; onmessage: ((event: MessageEvent) => void) | null };
export type Tab = { store: Store; storageEvent: (raw: string | null, key?: string) => void; channel: FakeChannel };

export function openTabs(count: number, { now, channels = true, backend = memoryBackend() }: { now: number; channels?: boolean; backend?: Backend }) {
  const all: FakeChannel[] = [];
  const opened: Tab[] = [];
  const open = (): Tab => {
    const store = createAppStore(createSafeStorage(backend), () => now, storedStateReader);
    const listeners: ((event: StorageEvent) => void)[] = [];
    const channel: FakeChannel = {
      // Structured clone, as a real channel does; never delivered to the sender.
      postMessage: (data) => all.filter((c) => c !== channel).forEach((c) => c.onmessage?.({ data: structuredClone(data) } as MessageEvent)),
      close: () => {},
      onmessage: null,
    };
    all.push(channel);
    connectTabSync(store, {
      storageKey: STORAGE_KEYS.state,
      readStored: (raw) => readStoredState(raw, now),
      readers: {
        progress: (raw) => (raw === undefined ? null : checkProgress(raw, now)),
        quiz: (raw) => (raw === undefined ? null : restoreQuizHistory(raw, now)),
        settings: (raw) => (typeof raw === 'object' && raw !== null ? restoreSettings(raw, store.getState().settings) : null),
        stamp: (raw) => readStamp(raw, now),
      },
      target: { addEventListener: (_type: string, listener: (event: StorageEvent) => void) => listeners.push(listener), removeEventListener: () => {} } as never,
      channel: channels ? channel : null,
      // An undo is written at once, and every other tab hears of it, as a browser's `storage` event tells them.
      undos: {
        key: STORAGE_KEYS.undos,
        read: () => backend.getItem(STORAGE_KEYS.undos),
        write: (text) => {
          if (backend.getItem(STORAGE_KEYS.undos) === text) return;
          backend.setItem(STORAGE_KEYS.undos, text);
          opened.filter((t) => t.store !== store).forEach((t) => t.storageEvent(text, STORAGE_KEYS.undos));
        },
      },
    });
    const storageEvent = (raw: string | null, key: string = STORAGE_KEYS.state) => listeners.forEach((l) => l({ key, newValue: raw } as StorageEvent));
    const tab = { store, storageEvent, channel };
    opened.push(tab);
    return tab;
  };
  const tabs = Array.from({ length: count }, open);
  /** What storage holds, read as a tab reads it. */
  const stored = (): SavedState | null => {
    const raw = backend.getItem(STORAGE_KEYS.state);
    return raw === null ? null : readStoredState(raw, now);
  };
  /** A tab writes (as the debounce or pagehide would); every other tab hears the storage event. */
  const write = (writer: Tab) => {
    const before = backend.getItem(STORAGE_KEYS.state);
    writer.store.flush();
    const after = backend.getItem(STORAGE_KEYS.state);
    if (after !== before) tabs.filter((t) => t !== writer).forEach((t) => t.storageEvent(after));
  };
  /** A new tab, or a reload: a store that reads what storage holds now. */
  const reload = (index: number) => {
    const closed = opened.indexOf(tabs[index]!);
    if (closed !== -1) opened.splice(closed, 1); // a closed tab hears nothing more
    tabs[index] = open();
    return tabs[index]!;
  };
  return { tabs, backend, stored, write, reload };
}
