import type { StateCreator } from 'zustand';
import type { CardId, CardState, Grade, ReviewLogEntry } from '../domain/cards';
import { MAX_NOTE_LENGTH, mergeNotes, type TermNotes } from '../domain/notes';
import { defaultReviewId } from '../domain/review-log-codec';
import type { AppState } from './app-store';
import type { TabChange } from './tab-sync';

/** What the learner has studied: every card's schedule, the review log and starred terms. */
export type Progress = {
  cards: Partial<Record<CardId, CardState>>;
  log: ReviewLogEntry[];
  starred: string[];
  /** The learner's own words for terms ("rewrite in my words"), by term id. */
  notes?: TermNotes;
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
  /**
   * Keeps the learner's own words for a term (an empty text clears it). Other tabs take it from
   * storage, merged like the rest of the progress (no message of its own: a note is not urgent).
   */
  setNote: (termId: string, text: string, at: number) => void;
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
export function insertEntry(log: readonly ReviewLogEntry[], entry: ReviewLogEntry): ReviewLogEntry[] {
  const last = log[log.length - 1];
  if (!last || byTime(last, entry) <= 0) return log.concat([entry]); // concat copies twice as fast as a spread
  return log.concat([entry]).sort(byTime);
}

function removeEntry(log: ReviewLogEntry[], id: string): ReviewLogEntry[] {
  if (log[log.length - 1]?.id === id) return log.slice(0, -1);
  const index = log.findIndex((entry) => entry.id === id);
  return index === -1 ? log : [...log.slice(0, index), ...log.slice(index + 1)];
}

export function withCard(cards: Progress['cards'], id: CardId, state: CardState | null): Progress['cards'] {
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

/** Stars or unstars a term (pure). Returns the same object when nothing changes. */
export function applyStar(progress: Progress, termId: string, starred: boolean): Progress {
  if (progress.starred.includes(termId) === starred) return progress;
  return { ...progress, starred: starred ? [...progress.starred, termId] : progress.starred.filter((id) => id !== termId) };
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
    set((s) => ({ progress: applyStar(s.progress, termId, starred) }));
    get().publishChange({ type: 'star', termId, starred });
  },
  setNote: (termId, text, at) =>
    set((s) => ({ progress: { ...s.progress, notes: mergeNotes(s.progress.notes, { [termId]: { text: text.slice(0, MAX_NOTE_LENGTH), at } }) } })),
});
