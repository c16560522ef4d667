import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNow } from './use-now';

afterEach(() => vi.useRealTimers());

describe('useNow', () => {
  it('ticks at the turn of the minute and when the page becomes visible again', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 10, 22, 3, 59, 30) });
    const { result } = renderHook(() => useNow());
    const start = result.current;
    act(() => vi.advanceTimersByTime(30_000)); // 4:00:00, the study day's rollover
    expect(result.current).toBe(start + 30_000);
    vi.setSystemTime(start + 3 * 3_600_000); // the phone slept for hours: timers did not run
    act(() => document.dispatchEvent(new Event('visibilitychange')));
    expect(result.current).toBe(start + 3 * 3_600_000);
  });

  it('is not read again by a screen drawn within the same minute, so hydration keeps the prerendered HTML; a minute later it is', async () => {
    const at = (minute: number, second: number) => Date.UTC(2026, 10, 22, 10, minute, second);
    vi.useFakeTimers({ now: at(0, 5) });
    vi.resetModules();
    const { useNow: freshUseNow } = await import('./use-now'); // its clock first read at 10:00:05
    vi.setSystemTime(at(0, 40));
    let renders = 0;
    const first = renderHook(() => {
      renders += 1;
      return freshUseNow();
    });
    expect(first.result.current).toBe(at(0, 5));
    expect(renders).toBe(1); // subscribing changed nothing: no second render
    first.unmount();
    vi.setSystemTime(at(3, 10)); // the next screen comes minutes later
    const later = renderHook(() => freshUseNow());
    expect(later.result.current).toBe(at(3, 10));
  });
});
