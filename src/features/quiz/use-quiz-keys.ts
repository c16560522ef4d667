import { useEffect, useEffectEvent } from 'react';

/** Whether a key press belongs to a field the learner is typing into. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(target.type);
}

const hasModifier = (event: KeyboardEvent) => event.altKey || event.ctrlKey || event.metaKey;

/** Keys 1–9 pick an option, wherever the focus is (except in a text field). */
export function useDigitKeys(onDigit: (digit: number) => void, enabled = true): void {
  const handle = useEffectEvent((digit: number) => onDigit(digit));
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => {
      if (hasModifier(event) || event.defaultPrevented || isTextEntry(event.target) || !/^[1-9]$/.test(event.key)) return;
      event.preventDefault();
      handle(Number(event.key));
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [enabled]);
}

/**
 * Enter submits and moves on, wherever the focus is — except on a button or a link (which
 * Enter activates) and in a text field (whose form handles it).
 */
export function useEnterKey(onEnter: () => void, enabled = true): void {
  const handle = useEffectEvent(() => onEnter());
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || hasModifier(event) || event.shiftKey || event.defaultPrevented || event.isComposing) return;
      const target = event.target;
      if (isTextEntry(target)) return;
      if (target instanceof HTMLElement && target.closest('button, a, summary, [role="button"]')) return;
      event.preventDefault();
      handle();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [enabled]);
}

/** A letter key (as `f` to flag), wherever the focus is (except in a text field); either case. */
export function useLetterKey(letter: string, onKey: () => void, enabled = true): void {
  const handle = useEffectEvent(() => onKey());
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => {
      if (hasModifier(event) || event.defaultPrevented || isTextEntry(event.target) || event.key.toLowerCase() !== letter) return;
      event.preventDefault();
      handle();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [enabled, letter]);
}
