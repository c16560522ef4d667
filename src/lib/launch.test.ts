import { describe, expect, it, vi } from 'vitest';
import { handOverFile, launchQueue, onLaunchedFile } from './launch';

const file = (name: string) => new File(['{}'], name, { type: 'application/json' });

describe('a launched file', () => {
  it('waits for Settings when it arrives first, and is taken once', async () => {
    handOverFile(Promise.resolve(file('early.json')));
    const taken = vi.fn();
    const stop = onLaunchedFile(taken);
    await vi.waitFor(() => expect(taken).toHaveBeenCalledTimes(1));
    expect((taken.mock.calls[0]?.[0] as File).name).toBe('early.json');
    stop();
    const later = vi.fn();
    const stopLater = onLaunchedFile(later);
    await Promise.resolve();
    expect(later).not.toHaveBeenCalled(); // already taken
    stopLater();
  });

  it('goes straight to Settings when it is listening', async () => {
    const taken = vi.fn();
    const stop = onLaunchedFile(taken);
    handOverFile(Promise.resolve(file('late.json')));
    await vi.waitFor(() => expect(taken).toHaveBeenCalledTimes(1));
    expect((taken.mock.calls[0]?.[0] as File).name).toBe('late.json');
    stop();
  });

  it('that cannot be read is dropped quietly', async () => {
    const taken = vi.fn();
    const stop = onLaunchedFile(taken);
    handOverFile(Promise.reject(new Error('gone')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(taken).not.toHaveBeenCalled();
    stop();
  });
});

describe('launchQueue', () => {
  it('is the platform’s queue where there is one, else null', () => {
    const queue = { setConsumer: () => undefined };
    expect(launchQueue({ launchQueue: queue })).toBe(queue);
    expect(launchQueue({})).toBeNull();
  });
});
