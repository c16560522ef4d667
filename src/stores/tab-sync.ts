import type { StoreApi } from 'zustand';
import type { QuizAttempt } from '../domain/quiz-history';
import type { AppState, SavedState } from './app-store';
import type { Progress, ProgressChange } from './progress-slice';
import type { QuizHistory } from './quiz-slice';
import { mergeStoredProgress, mergeStoredQuiz, receiveProgressChange } from './tab-merge';
import type { Settings } from './settings-slice';

/*
 * Two tabs open at once lose nothing, and undo nothing of each other. Each tab keeps the whole
 * state in memory and writes all of it to one storage key, so without this the last tab to
 * write would erase what the others did.
 *
 * - A BroadcastChannel carries each change to the other tabs the moment it happens: a grade,
 *   an undo, a star, a finished quiz, a change of settings, and an import or a reset, which
 *   replaces the whole state. They apply it, so each of their writes has it too.
 * - The `storage` event, fired in the other tabs when one writes, is the safety net. A state
 *   put in place later than this tab's (by an import or a reset) is taken whole; one put in
 *   place earlier means the writer had not heard of ours, so this tab writes again. Otherwise
 *   the two are merged: reviews and quiz attempts by id, each card's later state, each term's
 *   latest miss, the later change of settings; and a tab whose data is missing from storage
 *   writes again.
 * Undone reviews are remembered while the tab is open, so neither path brings one back. Each
 * undo is also written to a key of its own (`undos`, a tombstone per undone review), so that a
 * tab without the channel (older Safari), which hears of changes only by `storage` events,
 * takes the undo back too rather than write the review back from its memory.
 */

export const TAB_CHANNEL = 'cloudcards:progress'; // the name it had when it carried progress only

/** A change made in one tab, as the others hear of it. */
export type TabChange =
  | ProgressChange
  | { type: 'attempt'; attempt: QuizAttempt; at: number }
  | { type: 'settings'; settings: Settings; changedAt: number }
  /** An import or a reset: the other tabs take the whole state. */
  | ({ type: 'replace' } & SavedState);

type ChannelLike = Pick<BroadcastChannel, 'postMessage' | 'close'> & {
  onmessage: ((event: MessageEvent) => void) | null;
};

/** Validators for what another tab sends (perhaps of another version of the app); each returns null for what can't be trusted. */
export type ChangeReaders = {
  progress: (raw: unknown) => Progress | null;
  quiz: (raw: unknown) => QuizHistory | null;
  settings: (raw: unknown) => Settings | null;
  /** A time stamp of a change: a whole number of ms, not far in the future. */
  stamp: (raw: unknown) => number | null;
};

export type SyncOptions = {
  /** The storage key the store is persisted under. */
  storageKey: string;
  /** Reads the whole state from a raw stored value (migrated, validated, unpacked); null when unreadable. */
  readStored: (raw: string) => SavedState | null;
  readers: ChangeReaders;
  /** The window whose `storage` events to follow (absent outside a browser). */
  target?: Pick<Window, 'addEventListener' | 'removeEventListener'> | undefined;
  /** The channel to the other tabs (absent where BroadcastChannel is not supported). */
  channel?: ChannelLike | null | undefined;
  /** Where undos are kept for the tabs that hear only `storage` events: its key, and storage's read and write. */
  undos?: { key: string; read: () => string | null; write: (text: string) => void } | undefined;
};

/** Tombstones kept in storage: the latest this many undos (a tab hears of each within a second). */
export const KEPT_UNDOS = 200;

/** An undo as storage keeps it: the change, and a time no earlier than the review or the last import or reset (a later import or reset makes it past). */
type KeptUndo = { entry: unknown; restored: unknown; at: number };

function readKeptUndos(raw: string | null): KeptUndo[] {
  if (raw === null) return [];
  try {
    const list: unknown = JSON.parse(raw);
    return Array.isArray(list) ? list.filter((item): item is KeptUndo => isObject(item) && typeof item.at === 'number') : [];
  } catch {
    return [];
  }
}

/** The undos kept in storage, validated as any message from another tab; those older than this tab's last import or reset are past. */
function keptUndos(raw: string | null, readers: ChangeReaders, replacedAt: number): Extract<ProgressChange, { type: 'undo' }>[] {
  return readKeptUndos(raw).flatMap((kept) => {
    if (kept.at < replacedAt) return [];
    const change = readChange({ type: 'undo', entry: kept.entry, restored: kept.restored }, readers);
    return change?.type === 'undo' ? [change] : [];
  });
}

export function connectTabSync(store: StoreApi<AppState>, options: SyncOptions): () => void {
  const { storageKey, readStored, readers, channel, target, undos } = options;
  const keepUndo = (change: Extract<ProgressChange, { type: 'undo' }>) => {
    if (!undos) return;
    const kept = readKeptUndos(undos.read()).filter((item) => !(isObject(item.entry) && item.entry.id === change.entry.id));
    kept.push({ entry: change.entry, restored: change.restored, at: Math.max(store.getState().replacedAt, change.entry.reviewedAt) });
    undos.write(JSON.stringify(kept.slice(-KEPT_UNDOS)));
  };
  if (channel || undos) {
    store.setState({
      publishChange: (change) => {
        if (change.type === 'undo') keepUndo(change);
        channel?.postMessage(change);
      },
    });
  }
  if (channel) {
    channel.onmessage = (event) => {
      const change = readChange(event.data, readers);
      if (change) receiveChange(store, change);
    };
  }
  // Undos kept before this tab opened: none of them may come back through this tab either.
  if (undos) {
    const s = store.getState();
    const known = keptUndos(undos.read(), readers, s.replacedAt).filter((change) => !s.undoneReviews.has(change.entry.id));
    if (known.length > 0) {
      const undoneReviews = new Map(s.undoneReviews);
      for (const { entry, restored } of known) undoneReviews.set(entry.id, { entry, previous: restored });
      store.setState({ undoneReviews });
    }
  }
  const onStorage = (event: StorageEvent) => {
    if (undos && event.key === undos.key) {
      for (const change of keptUndos(event.newValue, readers, store.getState().replacedAt)) {
        if (!store.getState().undoneReviews.has(change.entry.id)) receiveProgressChange(store, change);
      }
      return;
    }
    if (event.key !== storageKey || event.newValue === null) return;
    const stored = readStored(event.newValue);
    if (stored) mergeStored(store, stored);
  };
  target?.addEventListener('storage', onStorage);
  return () => {
    target?.removeEventListener('storage', onStorage);
    if (channel) {
      channel.onmessage = null;
      channel.close();
    }
    if (channel || undos) store.setState({ publishChange: () => {} });
  };
}

/** The browser's channel, or null where there is none. */
export function openTabChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(TAB_CHANNEL) : null;
}

function receiveChange(store: StoreApi<AppState>, change: TabChange): void {
  const s = store.getState();
  if (change.type === 'replace') {
    const { type: _, ...state } = change;
    s.receiveState(state);
  } else if (change.type === 'settings') s.receiveSettings(change.settings, change.changedAt);
  else if (change.type === 'attempt') s.receiveAttempt(change.attempt, change.at);
  else receiveProgressChange(store, change);
}

/** Another tab wrote the whole state to storage: take it, write ours again, or merge the two. */
export function mergeStored(store: StoreApi<AppState>, stored: SavedState): void {
  const s = store.getState();
  if (stored.replacedAt > s.replacedAt) return s.receiveState(stored);
  // The writer had not heard of this tab's import or reset: write it again, and take nothing.
  if (stored.replacedAt < s.replacedAt || stored.settingsChangedAt < s.settingsChangedAt) store.setState({});
  if (stored.replacedAt < s.replacedAt) return;
  s.receiveSettings(stored.settings, stored.settingsChangedAt);
  mergeStoredQuiz(store, stored.quiz);
  mergeStoredProgress(store, stored.progress);
}

// ---------------------------------------------------------------------------------------------
// Messages come from another tab, perhaps of another version of the app: they are checked by the
// same validation as stored state (`readers`), which also copies them.

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function readChange(data: unknown, readers: ChangeReaders): TabChange | null {
  if (!isObject(data)) return null;
  if (data.type === 'replace') {
    const progress = readers.progress(data.progress);
    const quiz = readers.quiz(data.quiz);
    const settings = readers.settings(data.settings);
    const settingsChangedAt = readers.stamp(data.settingsChangedAt);
    const replacedAt = readers.stamp(data.replacedAt);
    if (!progress || !quiz || !settings || settingsChangedAt === null || replacedAt === null) return null;
    return { type: 'replace', settings, progress, quiz, settingsChangedAt, replacedAt };
  }
  if (data.type === 'settings') {
    const settings = readers.settings(data.settings);
    const changedAt = readers.stamp(data.changedAt);
    return settings && changedAt !== null ? { type: 'settings', settings, changedAt } : null;
  }
  if (data.type === 'attempt') {
    const attempt = readers.quiz({ attempts: [data.attempt], missed: {} })?.attempts[0];
    const at = readers.stamp(data.at);
    return attempt && at !== null ? { type: 'attempt', attempt, at } : null;
  }
  if (data.type === 'star') {
    return typeof data.termId === 'string' && typeof data.starred === 'boolean' ? { type: 'star', termId: data.termId, starred: data.starred } : null;
  }
  if (data.type !== 'grade' && data.type !== 'undo') return null;
  const card = data.type === 'grade' ? data.card : data.restored;
  if (!isObject(data.entry) || typeof data.entry.cardId !== 'string' || (card !== null && !isObject(card))) return null;
  const checked = readers.progress({ cards: card === null ? {} : { [data.entry.cardId]: card }, log: [data.entry], starred: [] });
  const entry = checked?.log[0];
  if (!checked || !entry) return null;
  const state = checked.cards[entry.cardId] ?? null;
  if (data.type === 'undo') return { type: 'undo', entry, restored: state };
  return state ? { type: 'grade', entry, card: state } : null;
}
