import { afterEach, describe, expect, it, vi } from 'vitest';
import { activateWaiting, dismissWorkerNews, registerServiceWorker, resetWorkerNews, useWorkerNews } from './sw-register';
import { renderHook, act } from '@testing-library/react';

/** A worker whose state the test moves on, as the browser would. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  postMessage = vi.fn();
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

function fakeContainer({ controller = null as object | null, waiting = null as FakeWorker | null } = {}) {
  const registration = Object.assign(new EventTarget(), { installing: null as FakeWorker | null, waiting, update: vi.fn(async () => undefined) });
  const container = Object.assign(new EventTarget(), {
    controller,
    register: vi.fn(async () => registration),
  });
  return { registration, container: container as unknown as ServiceWorkerContainer & { register: typeof container.register } };
}

const flush = () => act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));

afterEach(() => resetWorkerNews());

describe('the service worker registration', () => {
  it('says offline is ready once the first worker has installed, and registers once only', async () => {
    const { registration, container } = fakeContainer();
    const { result } = renderHook(() => useWorkerNews());
    registerServiceWorker(container);
    registerServiceWorker(container);
    await flush();
    expect(container.register).toHaveBeenCalledTimes(1);
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
    const worker = new FakeWorker();
    registration.installing = worker;
    act(() => registration.dispatchEvent(new Event('updatefound')));
    expect(result.current.offlineReady).toBe(false);
    act(() => worker.become('installed'));
    expect(result.current).toEqual({ offlineReady: true, waiting: null });
    act(() => dismissWorkerNews());
    expect(result.current.offlineReady).toBe(false);
  });

  it('offers a new version that installs while the page is controlled, and activates it only when asked, then reloads', async () => {
    const { registration, container } = fakeContainer({ controller: {} });
    const { result } = renderHook(() => useWorkerNews());
    registerServiceWorker(container);
    await flush();
    const worker = new FakeWorker();
    registration.installing = worker;
    act(() => registration.dispatchEvent(new Event('updatefound')));
    act(() => worker.become('installed'));
    expect(result.current.waiting).toBe(worker);
    expect(worker.postMessage).not.toHaveBeenCalled();
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
    activateWaiting(container);
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('offers a version already waiting when the page opens', async () => {
    const waiting = new FakeWorker();
    waiting.state = 'installed';
    const { container } = fakeContainer({ controller: {}, waiting });
    const { result } = renderHook(() => useWorkerNews());
    registerServiceWorker(container);
    await flush();
    expect(result.current.waiting).toBe(waiting);
  });

  it('leaves the app working when registration is refused', async () => {
    const { container } = fakeContainer();
    container.register.mockRejectedValueOnce(new Error('blocked'));
    const { result } = renderHook(() => useWorkerNews());
    registerServiceWorker(container);
    await flush();
    expect(result.current).toEqual({ offlineReady: false, waiting: null });
  });
});
