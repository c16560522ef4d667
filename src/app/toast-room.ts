/**
 * A floating toast's height is kept free below the page (`--toast-h`, read by styles.css for the
 * body's padding and the scroll padding), so content can always scroll out from under it: a
 * control scrolled into view, by keyboard focus or a tap, is never left beneath a toast.
 * A toast that arrives where the focus already is scrolls the focused control clear of it
 * (WCAG 2.2 SC 2.4.11: focus not obscured).
 * A ref callback: give it to each floating toast.
 */
const heights = new Map<Element, number>();

function update() {
  const root = document.documentElement.style;
  if (heights.size === 0) root.removeProperty('--toast-h');
  else root.setProperty('--toast-h', `${Math.max(...heights.values()) + 8}px`);
}

/** Scrolls the focused control out from under a toast that has just covered it (the scroll padding now counts the toast). */
function keepFocusClearOf(toast: Element) {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || focused === document.body || toast.contains(focused)) return;
  if (focused.closest('.main-nav, .app-header, .action-bar')) return;
  const box = focused.getBoundingClientRect();
  if (box.bottom > toast.getBoundingClientRect().top && box.top < window.innerHeight) {
    focused.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
}

export function reserveToastRoom(element: HTMLElement | null): (() => void) | undefined {
  if (!element || typeof ResizeObserver === 'undefined') return undefined;
  const observer = new ResizeObserver(() => {
    heights.set(element, element.offsetHeight);
    update();
    keepFocusClearOf(element);
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    heights.delete(element);
    update();
  };
}
