import { useEffect, useRef, useState, type DragEvent, type RefObject, type MouseEvent, type PointerEvent } from 'react';
import type { Grade } from '../../domain/cards';

/** A swipe grades once it has gone this share of the card's width (and at least `MIN_PX`). */
const SHARE = 0.25;
const MIN_PX = 60;
/** A drag starts once it has moved this far, more across than up or down. */
const SLOP_PX = 10;

export type SwipeDirection = 'again' | 'good' | null;

/**
 * Swiping a flipped card grades it: left Again, right Good. Pointer events, so a finger, a pen and
 * a mouse all work; the card keeps `touch-action: pan-y`, so a vertical drag still scrolls a long
 * card. The grade buttons stay: a swipe is never the only way. A short drag springs back, and the
 * click that ends a drag never follows a link on the card.
 */
export function useSwipeGrade(card: RefObject<HTMLElement | null>, enabled: boolean, onGrade: (grade: Grade) => void) {
  const start = useRef<{ id: number; x: number; y: number; width: number } | null>(null);
  const dragging = useRef(false);
  const justSwiped = useRef(false);
  const [drag, setDrag] = useState<{ offset: number; direction: SwipeDirection }>({ offset: 0, direction: null });

  // Once a drag is a swipe, the page under it does not scroll as well: otherwise a flick's bit of
  // up or down motion is a fling of the page, and Chromium spends the next tap (on Undo, say)
  // stopping that fling instead of clicking. React's touch listeners are passive, so this one is
  // the element's own.
  useEffect(() => {
    const element = card.current;
    if (!enabled || !element) return;
    const holdPage = (event: TouchEvent) => {
      if (dragging.current && event.cancelable) event.preventDefault();
    };
    element.addEventListener('touchmove', holdPage, { passive: false });
    return () => element.removeEventListener('touchmove', holdPage);
  }, [card, enabled]);

  const threshold = () => Math.max(MIN_PX, (start.current?.width ?? 0) * SHARE);
  const reset = () => {
    start.current = null;
    dragging.current = false;
    setDrag({ offset: 0, direction: null });
  };

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (!enabled || !event.isPrimary || (event.pointerType === 'mouse' && event.button !== 0)) return;
    justSwiped.current = false;
    start.current = { id: event.pointerId, x: event.clientX, y: event.clientY, width: event.currentTarget.getBoundingClientRect().width };
  };
  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const s = start.current;
    if (!s || event.pointerId !== s.id) return;
    const dx = event.clientX - s.x;
    const dy = event.clientY - s.y;
    if (!dragging.current) {
      if (Math.abs(dx) < SLOP_PX || Math.abs(dx) < Math.abs(dy)) return;
      dragging.current = true;
      event.currentTarget.setPointerCapture?.(event.pointerId);
    }
    setDrag({ offset: dx, direction: Math.abs(dx) < threshold() ? null : dx < 0 ? 'again' : 'good' });
  };
  const onPointerUp = (event: PointerEvent<HTMLElement>) => {
    const s = start.current;
    if (!s || event.pointerId !== s.id) return;
    const dx = event.clientX - s.x;
    const swiped = dragging.current && Math.abs(dx) >= threshold();
    justSwiped.current = dragging.current;
    reset();
    if (swiped) onGrade(dx < 0 ? 1 : 3);
  };
  /** A drag that ended is not a click (on the card's link, say). */
  const onClickCapture = (event: MouseEvent<HTMLElement>) => {
    if (!justSwiped.current) return;
    justSwiped.current = false;
    event.preventDefault();
    event.stopPropagation();
  };

  /** A mouse drag from the card's link would drag the link away (and cancel the pointer): the card is swiped instead. */
  const onDragStart = (event: DragEvent<HTMLElement>) => event.preventDefault();

  return {
    offset: drag.offset,
    direction: drag.direction,
    handlers: enabled ? { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: reset, onClickCapture, onDragStart } : {},
  };
}
