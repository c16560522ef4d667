import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleUpdateChecks, UPDATE_CHECK_MS } from './update-checks';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const registration = (installing: ServiceWorker | null = null) => ({ update: vi.fn(() => Promise.resolve()), installing });

describe('scheduleUpdateChecks', () => {
  it('asks the service worker for a new version once an hour, not before', () => {
    const r = registration();
    scheduleUpdateChecks(r as unknown as ServiceWorkerRegistration, { isOnline: () => true });
    vi.advanceTimersByTime(UPDATE_CHECK_MS - 1);
    expect(r.update).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(r.update).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2 * UPDATE_CHECK_MS);
    expect(r.update).toHaveBeenCalledTimes(3);
  });

  it('does not ask while offline or while a new version is already installing', () => {
    let online = false;
    const r = registration();
    scheduleUpdateChecks(r as unknown as ServiceWorkerRegistration, { isOnline: () => online });
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(r.update).not.toHaveBeenCalled();
    online = true;
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(r.update).toHaveBeenCalledTimes(1);

    const busy = registration({} as ServiceWorker);
    scheduleUpdateChecks(busy as unknown as ServiceWorkerRegistration, { isOnline: () => true });
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(busy.update).not.toHaveBeenCalled();
  });

  it('stops when asked, and survives a failed check', async () => {
    const r = { update: vi.fn(() => Promise.reject(new Error('offline'))), installing: null };
    const stop = scheduleUpdateChecks(r as unknown as ServiceWorkerRegistration, { isOnline: () => true });
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    await Promise.resolve();
    stop();
    vi.advanceTimersByTime(5 * UPDATE_CHECK_MS);
    expect(r.update).toHaveBeenCalledTimes(1);
  });
});

describe('a registration reported twice', () => {
  it('gets one timer', () => {
    const r = registration();
    scheduleUpdateChecks(r as unknown as ServiceWorkerRegistration, { isOnline: () => true });
    scheduleUpdateChecks(r as unknown as ServiceWorkerRegistration, { isOnline: () => true });
    vi.advanceTimersByTime(UPDATE_CHECK_MS);
    expect(r.update).toHaveBeenCalledTimes(1);
  });
});
