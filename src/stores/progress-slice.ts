import type { StateCreator } from 'zustand';
import type { CardId, CardState, Grade, ReviewLogEntry } from '../domain/cards';
import { defaultReviewId } from '../domain/review-log-codec';
import type { AppState } from './app-store';
import type { TabChange } from './tab-sync';

/** What the learner has studied: every card's schedule, the review log and starred terms. */
export type Progress = {
  cards: Partial<Record<CardId, CardState>>;
  log: ReviewLogEntry[];
  starred: string[];
};

/** What undoing a grade needs: the review, and the card's state before it (null: it was new). */
export type UndoToken = { entry: ReviewLogEntry; previous: CardState | null };

/** A change to progress, as sent to the other open tabs (an import or a reset is a whole-state `replace`: tab-sync.ts). */
export type ProgressChange =
  | { type: 'grade'; entry: ReviewLogEntry; card: CardState }
  | { type: 'undo'; entry: ReviewLogEntry; restored: CardState | null }
  | { type: 'star'; termId: string; starred: boolean };

export type ProgressSlice = {
  progress: Progress;
  /**
   * Reviews undone while this tab is open (here or in another tab), by id: a merge never brings
   * them back. In memory only, like the undo itself.
   */
  undoneReviews: ReadonlyMap<string, UndoToken>;
  /** Tells the other tabs about a change (of any slice); connected by tab-sync.ts (a no-op until then). */
  publishChange: (change: TabChange) => void;
  /**
   * Records a graded review: the card's new schedule and a log entry. `next` comes from
   * `scheduleReview` (src/domain/scheduler.ts), so the FSRS code loads with the study screen
   * rather than with the first page. Returns what `undoGrade` needs.
   */
  grade: (review: { cardId: CardId; grade: Grade; reviewedAt: number; durationMs: number; next: CardState }) => UndoToken;
  /** Takes a review back: removes its log entry and restores the card's state exactly. */
  undoGrade: (token: UndoToken) => void;
  toggleStar: (termId: string) => void;
  /** Applies a change another tab made. */
  applyProgressChange: (change: ProgressChange) => void;
  /** Merges progress another tab wrote to storage, losing no review of either. */
  mergeStoredProgress: (stored: Progress) => void;
};

export const emptyProgress = (): Progress => ({ cards: {}, log: [], starred: [] });

/**
 * A review id unique across tabs and devices: the time and the card (a card is not reviewed
 * twice in one millisecond), which storage can derive rather than store. Should that id be
 * taken already (the same card graded again within the millisecond, say after an undo), the
 * time and 48 random bits, as before version 3.
 */
export function newReviewId(reviewedAt: number, cardId: CardId, taken: (id: string) => boolean = () => false): string {
  const id = defaultReviewId(reviewedAt, cardId);
  return taken(id) ? `${reviewedAt.toString(36)}-${Math.floor(Math.random() * 2 ** 48).toString(36)}` : id;
}

const byTime = (a: ReviewLogEntry, b: ReviewLogEntry) => a.reviewedAt - b.reviewedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Adds an entry, keeping the log in time order (it almost always goes at the end). */
function insertEntry(log: readonly ReviewLogEntry[], entry: ReviewLogEntry): ReviewLogEntry[] {
  const last = log[log.length - 1];
  if (!last || byTime(last, entry) <= 0) return log.concat([entry]); // concat copies twice as fast as a spread
  return log.concat([entry]).sort(byTime);
}

function removeEntry(log: ReviewLogEntry[], id: string): ReviewLogEntry[] {
  if (log[log.length - 1]?.id === id) return log.slice(0, -1);
  const index = log.findIndex((entry) => entry.id === id);
  return index === -1 ? log : [...log.slice(0, index), ...log.slice(index + 1)];
}

function withCard(cards: Progress['cards'], id: CardId, state: CardState | null): Progress['cards'] {
  const next = { ...cards };
  if (state === null) delete next[id];
  else next[id] = state;
  return next;
}

/** Applies a grade: the new state and the entry (pure). */
export function applyGrade(progress: Progress, entry: ReviewLogEntry, card: CardState): Progress {
  return { ...progress, cards: withCard(progress.cards, entry.cardId, card), log: insertEntry(progress.log, entry) };
}

/**
 * Takes a review back (pure): removes its entry and puts back the card's earlier state — unless
 * the card has been reviewed again since (in another tab), in which case that later state stays.
 */
export function applyUndo(progress: Progress, entry: ReviewLogEntry, restored: CardState | null): Progress {
  const current = progress.cards[entry.cardId];
  const cardStillFromThisReview = current !== undefined && current.lastReview === entry.reviewedAt;
  return {
    ...progress,
    cards: cardStillFromThisReview ? withCard(progress.cards, entry.cardId, restored) : progress.cards,
    log: removeEntry(progress.log, entry.id),
  };
}

/** Applies another tab's change (pure). Returns the same object when nothing changes. */
export function applyChange(progress: Progress, change: ProgressChange, undone: ReadonlyMap<string, UndoToken>): Progress {
  if (change.type === 'star') {
    const has = progress.starred.includes(change.termId);
    if (has === change.starred) return progress;
    const starred = change.starred ? [...progress.starred, change.termId] : progress.starred.filter((id) => id !== change.termId);
    return { ...progress, starred };
  }
  if (change.type === 'undo') {
    const known = progress.log.some((entry) => entry.id === change.entry.id);
    return known ? applyUndo(progress, change.entry, change.restored) : progress;
  }
  const { entry, card } = change;
  if (undone.has(entry.id) || progress.log.some((e) => e.id === entry.id)) return progress;
  const mine = progress.cards[entry.cardId];
  const log = insertEntry(progress.log, entry);
  if (mine && isLater(mine, card)) return { ...progress, log };
  return { ...progress, cards: withCard(progress.cards, entry.cardId, card), log };
}

const reviewedAt = (card: CardState) => card.lastReview ?? -1;

/**
 * Whether `a` is a later state of a card than `b`: reviewed later, or as late with more reviews,
 * or the same review history made due sooner (a missed quiz question brings a card forward).
 */
export function isLater(a: CardState, b: CardState): boolean {
  if (reviewedAt(a) !== reviewedAt(b)) return reviewedAt(a) > reviewedAt(b);
  if (a.reps !== b.reps) return a.reps > b.reps;
  return a.due < b.due;
}

/**
 * Merges progress another tab wrote to storage into this tab's (pure). Every review of both is
 * kept, by id, except reviews undone while this tab was open; each card takes its later state,
 * unless that state came from an undone review. `storedIsBehind` says storage lacks something
 * this tab has, so this tab should write again; `undoneInStored` lists undone reviews that
 * storage still holds (the tab that wrote it missed the undo, and should be told again).
 */
export function mergeProgress(
  local: Progress,
  stored: Progress,
  undone: ReadonlyMap<string, UndoToken>,
): { progress: Progress; changed: boolean; storedIsBehind: boolean; undoneInStored: UndoToken[] } {
  // Both logs are in time order and mostly shared: skip the common prefix, compare the tails.
  let common = 0;
  while (common < local.log.length && common < stored.log.length && local.log[common]?.id === stored.log[common]?.id) common++;
  const localIds = new Set<string>();
  for (let i = common; i < local.log.length; i++) localIds.add(local.log[i]!.id);
  const added: ReviewLogEntry[] = [];
  const undoneInStored: UndoToken[] = [];
  let shared = 0;
  for (let i = common; i < stored.log.length; i++) {
    const entry = stored.log[i]!;
    const token = undone.get(entry.id);
    if (token) undoneInStored.push(token);
    else if (localIds.has(entry.id)) shared++;
    else added.push(entry);
  }
  let storedIsBehind = shared < localIds.size;

  const undoneStates = new Set<string>();
  for (const { entry } of undone.values()) undoneStates.add(`${entry.cardId}@${entry.reviewedAt}`);
  let cards = local.cards;
  for (const [id, theirs] of Object.entries(stored.cards) as [CardId, CardState | undefined][]) {
    if (!theirs) continue;
    const mine = local.cards[id];
    if (mine && !isLater(theirs, mine)) {
      if (isLater(mine, theirs)) storedIsBehind = true;
      continue;
    }
    if (undoneStates.has(`${id}@${theirs.lastReview}`)) continue;
    if (cards === local.cards) cards = { ...local.cards };
    cards[id] = theirs;
  }
  if (!storedIsBehind) {
    for (const id of Object.keys(local.cards)) {
      if (!Object.hasOwn(stored.cards, id)) {
        storedIsBehind = true;
        break;
      }
    }
  }

  const changed = added.length > 0 || cards !== local.cards;
  if (!changed) return { progress: local, changed, storedIsBehind, undoneInStored };
  const log = added.length === 0 ? local.log : [...local.log, ...added].sort(byTime);
  return { progress: { ...local, cards, log }, changed, storedIsBehind, undoneInStored };
}

export const createProgressSlice: StateCreator<AppState, [], [], ProgressSlice> = (set, get) => ({
  progress: emptyProgress(),
  undoneReviews: new Map(),
  publishChange: () => {},
  grade: ({ cardId, grade, reviewedAt, durationMs, next }) => {
    const { progress, undoneReviews } = get();
    const previous = progress.cards[cardId] ?? null;
    // The card's last review, or one undone, at this very millisecond would have the same id.
    const taken = (id: string) => previous?.lastReview === reviewedAt || undoneReviews.has(id);
    const entry: ReviewLogEntry = {
      id: newReviewId(reviewedAt, cardId, taken),
      cardId,
      grade,
      reviewedAt,
      phase: previous?.phase ?? 'new',
      durationMs: Math.max(0, Math.round(durationMs)),
    };
    set((s) => ({ progress: applyGrade(s.progress, entry, next) }));
    get().publishChange({ type: 'grade', entry, card: next });
    return { entry, previous };
  },
  undoGrade: (token) => {
    set((s) => ({
      progress: applyUndo(s.progress, token.entry, token.previous),
      undoneReviews: new Map(s.undoneReviews).set(token.entry.id, token),
    }));
    get().publishChange({ type: 'undo', entry: token.entry, restored: token.previous });
  },
  toggleStar: (termId) => {
    const starred = !get().progress.starred.includes(termId);
    const change: ProgressChange = { type: 'star', termId, starred };
    set((s) => ({ progress: applyChange(s.progress, change, s.undoneReviews) }));
    get().publishChange(change);
  },
  // The two below change the state only when there is something new: every change is written to
  // storage, and a write that changes nothing must not wake the other tabs again.
  applyProgressChange: (change) => {
    const s = get();
    const undoneReviews =
      change.type === 'undo' ? new Map(s.undoneReviews).set(change.entry.id, { entry: change.entry, previous: change.restored }) : s.undoneReviews;
    const progress = applyChange(s.progress, change, undoneReviews);
    if (progress !== s.progress || undoneReviews !== s.undoneReviews) set({ progress, undoneReviews });
  },
  mergeStoredProgress: (stored) => {
    const s = get();
    const { progress, changed, storedIsBehind, undoneInStored } = mergeProgress(s.progress, stored, s.undoneReviews);
    // Storage lacks something of ours (another tab wrote before it heard of it): write again.
    if (changed || storedIsBehind) set({ progress: changed ? progress : { ...s.progress } });
    for (const { entry, previous } of undoneInStored) s.publishChange({ type: 'undo', entry, restored: previous });
  },
});
