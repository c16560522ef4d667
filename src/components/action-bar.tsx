import { useEffect, useRef, type ReactNode } from 'react';
import { clearToastSlot, setToastSlot } from '../lib/toast-slot';

/**
 * A screen's next step (the grades, "Show answer", Check, Next) in a bar that stays in view above
 * the tab bar while long content scrolls behind it. While shown, its height is published as
 * `--action-bar-h`, which the page's scroll padding and the toasts make room for, so focus and
 * toasts never end up under it. Toasts ("ready offline", "new version") appear in its slot, above
 * the buttons, never over them.
 */
export function ActionBar({ className, children }: { className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const slotRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const slot = slotRef.current;
    if (!slot) return;
    setToastSlot(slot);
    return () => clearToastSlot(slot);
  }, []);
  useEffect(() => {
    const bar = ref.current;
    const root = document.documentElement;
    if (!bar) return;
    const publish = () => root.style.setProperty('--action-bar-h', `${Math.ceil(bar.getBoundingClientRect().height)}px`);
    publish();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(publish);
    observer?.observe(bar);
    return () => {
      observer?.disconnect();
      root.style.removeProperty('--action-bar-h');
    };
  }, []);
  return (
    <div ref={ref} className={className ? `action-bar ${className}` : 'action-bar'}>
      <div ref={slotRef} className="toast-slot" />
      {children}
    </div>
  );
}
