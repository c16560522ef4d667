import { useEffect, useEffectEvent } from 'react';
import type { Grade } from '../../domain/cards';

export type StudyKeyHandlers = {
  flipped: boolean;
  /** Whether a card is showing (not the summary). */
  active: boolean;
  flip: () => void;
  grade: (grade: Grade) => void;
  /** The grade Space and Enter give a flipped card: Good, or what a typed answer suggests. */
  confirmGrade?: Grade;
  undo: () => void;
  toggleStar: () => void;
  /** Reads the card's side aloud again. */
  replay: () => void;
};

/** Whether a key press belongs to a field the learner is typing into. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(target.type);
}

/** Whether Space and Enter already do something on the target (a button or link activates). */
function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary, [role="button"], input, select, textarea') !== null;
}

/**
 * The study keys, as in Anki: Space or Enter shows the answer, then grades Good; 1–4 grade;
 * Ctrl/⌘+Z undoes the last grade; S stars the term; R reads the card aloud again. On a focused button, Space and Enter press
 * that button instead (after a flip the focus is on Good, so they still grade Good).
 */
export function useStudyKeys(handlers: StudyKeyHandlers): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing || isTextEntry(event.target)) return;
    const { flipped, active } = handlers;
    const mod = event.ctrlKey || event.metaKey;
    if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      handlers.undo();
      return;
    }
    if (mod || event.altKey || !active) return;
    if (event.key === ' ' || event.key === 'Enter') {
      if (isActivatable(event.target)) return;
      event.preventDefault(); // Space would scroll the page
      if (event.repeat) return;
      if (flipped) handlers.grade(handlers.confirmGrade ?? 3);
      else handlers.flip();
      return;
    }
    if (event.repeat) return;
    if (flipped && /^[1-4]$/.test(event.key)) {
      event.preventDefault();
      handlers.grade(Number(event.key) as Grade);
    } else if (event.key === 's' || event.key === 'S') {
      event.preventDefault();
      handlers.toggleStar();
    } else if (event.key === 'r' || event.key === 'R') {
      event.preventDefault();
      handlers.replay();
    }
  });
  useEffect(() => {
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
