import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageContext } from '../lib/i18n';
import { storage, STORAGE_KEYS, type StorageProblem } from '../lib/storage';
import StorageNotices from './storage-notices';

const held = (reason: 'too-large' | 'clock' | 'newer'): StorageProblem => ({ kind: 'held', key: STORAGE_KEYS.state, reason });

function show(problems: StorageProblem[], language: 'en' | 'zh' = 'en') {
  return render(
    <LanguageContext.Provider value={language}>
      <StorageNotices problems={problems} />
    </LanguageContext.Provider>,
  );
}

afterEach(() => storage.release(STORAGE_KEYS.state));

describe('storage notices', () => {
  it('tells a full store from a blocked one', () => {
    show([{ kind: 'full' }]);
    expect(screen.getByRole('alert')).toHaveTextContent(/Storage is full.*Free some space.*export/);
    show([{ kind: 'unavailable' }]);
    expect(screen.getByText(/not letting CloudCards save/)).toBeInTheDocument();
  });

  it('offers too-large unreadable data as a download, then saves new progress in its place once agreed', async () => {
    const user = userEvent.setup();
    storage.hold(STORAGE_KEYS.state);
    show([held('too-large')]);
    expect(screen.getByRole('alert')).toHaveTextContent(/no room to keep a copy/);
    expect(screen.getByRole('button', { name: 'Download the saved data' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save my new progress over it' }));
    expect(storage.isHeld(STORAGE_KEYS.state)).toBe(false);
    expect(screen.getByRole('status')).toHaveTextContent('Your new progress is being saved.');
  });

  it('asks an older tab to reload, and says a wrong clock is the clock, in Chinese too', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    const user = userEvent.setup();
    show([held('newer')]);
    expect(screen.getByRole('alert')).toHaveTextContent(/older version.*stopped saving/);
    expect(screen.queryByRole('button', { name: 'Dismiss' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalled();
    vi.unstubAllGlobals();
    show([held('clock')], 'zh');
    expect(screen.getByText(/设备时间可能不正确/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下载已保存的数据' })).toBeInTheDocument();
  });
});
