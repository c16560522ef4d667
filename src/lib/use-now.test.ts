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
});
