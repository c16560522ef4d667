import { afterEach, describe, expect, it, vi } from 'vitest';
import { storage } from '../../lib/storage';
import { startSyncIfSetUp, SYNC_STORAGE_KEY } from './sync-start';

afterEach(() => storage.remove(SYNC_STORAGE_KEY));

describe('starting sync with the app', () => {
  it('loads nothing for a learner who never set it up', async () => {
    const load = vi.fn();
    await startSyncIfSetUp(load);
    expect(load).not.toHaveBeenCalled();
  });

  it('opened offline before its code was cached, starts once the browser is back online', async () => {
    storage.write(SYNC_STORAGE_KEY, '{"url":"http://127.0.0.1:5984/cards"}');
    const resumeSync = vi.fn();
    const load = vi.fn().mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module')).mockResolvedValue({ resumeSync });
    await startSyncIfSetUp(load);
    expect(resumeSync).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(resumeSync).toHaveBeenCalledOnce());
    window.dispatchEvent(new Event('online')); // once started, going online again starts nothing more
    await Promise.resolve();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
