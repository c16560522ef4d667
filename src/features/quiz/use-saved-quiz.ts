import { useCallback, useEffect, useMemo, useRef } from 'react';
import { parseSavedQuiz, type QuizSnapshot, type SavedQuiz } from '../../domain/quiz-progress';
import { storage, STORAGE_KEYS } from '../../lib/storage';

/** How long the answers may wait before they are written (a typed answer changes on every key). */
export const SAVE_DELAY_MS = 300;

/** The quiz in progress, if the store holds a readable one (any quiz: there is one at a time). */
export function readSavedQuiz(): SavedQuiz | null {
  return parseSavedQuiz(storage.read(STORAGE_KEYS.quizInProgress));
}

/** Forgets the quiz in progress if it is this one (or unreadable); another quiz's is left alone. */
export function forgetSavedQuiz(url: string): void {
  const raw = storage.read(STORAGE_KEYS.quizInProgress);
  if (raw === null) return;
  const saved = parseSavedQuiz(raw);
  if (saved === null || saved.url === url) storage.remove(STORAGE_KEYS.quizInProgress);
}

/**
 * Keeps a quiz in progress: `snapshot` is written a moment after it changes, and at once when
 * the page is hidden, left or closed (a phone may kill a hidden tab without warning).
 * A null snapshot writes nothing. `discard()` stops saving and forgets this quiz: call it when
 * the quiz is finished or started over.
 */
export function useSavedQuiz(url: string, snapshot: QuizSnapshot | null): { discard: () => void } {
  const pending = useRef<QuizSnapshot | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stopped = useRef(false);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next === null || stopped.current) return;
    const saved: SavedQuiz = { ...next, savedAt: Date.now() };
    storage.write(STORAGE_KEYS.quizInProgress, JSON.stringify(saved));
  }, []);

  useEffect(() => {
    if (snapshot === null || stopped.current) return;
    pending.current = snapshot;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  }, [snapshot, flush]);

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush(); // leaving the quiz inside the app keeps it too
    };
  }, [flush]);

  return useMemo(
    () => ({
      discard: () => {
        stopped.current = true;
        pending.current = null;
        clearTimeout(timer.current);
        forgetSavedQuiz(url);
      },
    }),
    [url],
  );
}
