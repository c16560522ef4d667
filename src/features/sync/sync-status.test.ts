import { describe, expect, it } from 'vitest';
import { readSyncStatus } from './sync-status';

describe('readSyncStatus (a status another tab sent)', () => {
  it('takes every status the syncing tab can send', () => {
    for (const status of [
      { state: 'connecting' },
      { state: 'synced', at: 1_700_000_000_000 },
      { state: 'pending', count: 3 },
      { state: 'offline', count: 0 },
      { state: 'unauthorized' },
      { state: 'forbidden' },
      { state: 'no-database' },
      { state: 'error', message: 'boom' },
    ]) expect(readSyncStatus(status)).toEqual(status);
  });

  it('refuses what is not one, and keeps no stray fields', () => {
    for (const raw of [null, 'synced', 3, {}, { state: 'done' }, { state: 'synced' }, { state: 'pending', count: -1 }, { state: 'offline', count: 1.5 }, { state: 'error' }])
      expect(readSyncStatus(raw)).toBeNull();
    expect(readSyncStatus({ state: 'forbidden', password: 'x' })).toEqual({ state: 'forbidden' });
  });
});
