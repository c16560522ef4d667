import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateHistory } from '../../tests/factories/learning-history';
import { deviceRecord } from '../lib/device-record';
import { useAppStore } from '../stores/app-store';
import { defaultSettings } from '../stores/settings-slice';
import BackupReminder from './backup-reminder';

const DAY = 86_400_000;
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

/** A learner who started 60 days ago and never backed up, in a browser that may clear the data. */
function learner(language: 'en' | 'zh' = 'en') {
  const history = generateHistory({ now: Date.now(), days: 60 });
  act(() => useAppStore.getState().replaceData({ settings: { ...defaultSettings(), language }, ...history }));
  deviceRecord.update({ lastBackupAt: null, lastRemindedAt: null, backupReminders: true });
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: { persisted: () => Promise.resolve(false), estimate: () => Promise.resolve({}) },
  });
}

/** The reminder with the shell's place for page notices above the screen (layout.tsx). */
const show = () =>
  render(
    <MemoryRouter>
      <div id="page-notices" />
      <BackupReminder />
    </MemoryRouter>,
  );

beforeEach(() => {
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue('Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0');
});
afterEach(() => {
  delete (navigator as { storage?: unknown }).storage;
  vi.restoreAllMocks();
});

describe('the backup reminder', () => {
  it('goes in the page notices above the screen, not floating over it; with no such place it waits for the next visit', async () => {
    learner();
    show();
    const reminder = await screen.findByRole('complementary', { name: 'Remind me to download a backup' });
    expect(reminder.parentElement).toHaveAttribute('id', 'page-notices');
    expect(reminder).not.toHaveClass('floating');
    cleanup();
    deviceRecord.update({ lastRemindedAt: null });
    render(
      <MemoryRouter>
        <BackupReminder />
      </MemoryRouter>,
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(deviceRecord.get().lastRemindedAt).toBeNull();
  });

  it('asks gently, once a period, and stays quiet after “Not now”', async () => {
    learner();
    const { unmount } = show();
    const reminder = await screen.findByRole('complementary', { name: 'Remind me to download a backup' });
    expect(reminder).toHaveTextContent('You have not backed up your progress in over 30 days');
    expect(reminder).not.toHaveTextContent('Home Screen');
    await userEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    unmount();
    show(); // the next visit, within the period
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
    expect(deviceRecord.get().lastRemindedAt).toBeGreaterThan(Date.now() - DAY);
  });

  it('in Safari on an iPhone, says in one sentence why the Home Screen keeps progress, in Chinese too', async () => {
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(IPHONE);
    learner('zh');
    show();
    const reminder = await screen.findByRole('complementary', { name: '提醒我下载备份' });
    expect(reminder).toHaveTextContent(/主屏幕/);
  });

  it('can be turned off for good from the keyboard', async () => {
    learner();
    show();
    await screen.findByRole('complementary', { name: 'Remind me to download a backup' });
    screen.getByRole('button', { name: 'Don’t remind me' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(deviceRecord.get().backupReminders).toBe(false);
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });
});
