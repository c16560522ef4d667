import { useEffect, type RefObject } from 'react';

/** Whether a key press belongs to a field the learner is typing in. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** `/` anywhere on the screen (outside a text field) focuses the search box. */
export function useSlashToSearch(inputRef: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const input = inputRef.current;
      if (!input) return;
      event.preventDefault();
      input.focus();
      input.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [inputRef]);
}

/** Focuses the `index`-th entry link inside `container`; false when there is none. */
export function focusEntry(container: HTMLElement | null, index: number): boolean {
  const entry = container?.querySelectorAll<HTMLElement>('[data-entry]')[index];
  if (!entry) return false;
  entry.focus();
  return true;
}
