import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LanguageContext } from '../lib/i18n';
import { storage, STORAGE_KEYS, type StorageProblem } from '../lib/storage';
import { generateHistory } from '../../tests/factories/learning-history';
import { STORE_VERSION, toStored, useAppStore } from '../stores/app-store';
import { readStoredState } from '../stores/stored-state';
import { emptyProgress } from '../stores/progress-slice';
import { emptyQuizHistory } from '../stores/quiz-slice';
import { defaultSettings } from '../stores/settings-slice';
import StorageNotices from './storage-notices';
import { useStorageProblems } from './use-storage-problems';

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

  it('takes back every record it can read of damaged data, says what was kept and what left out, and keeps the original aside', async () => {
    const now = Date.now();
    const history = generateHistory({ now, days: 6, reviewsPerDay: 8, skip: 0 });
    const stored = toStored({ settings: { ...defaultSettings(['en']), newPerDay: 7 }, ...history, settingsChangedAt: 0, replacedAt: 0 });
    const [damagedCard] = Object.keys(stored.progress.cards) as (keyof typeof stored.progress.cards)[];
    stored.progress.cards[damagedCard!] = { ...stored.progress.cards[damagedCard!]!, difficulty: 0.5 };
    const raw = JSON.stringify({ state: stored, version: STORE_VERSION });
    localStorage.setItem(STORAGE_KEYS.state, raw);
    useAppStore.setState({ progress: emptyProgress(), quiz: emptyQuizHistory(), settingsChangedAt: 0 });
    await act(() => useAppStore.persist.rehydrate());
    expect(useAppStore.getState().progress.log).toEqual([]); // the whole could not be read

    function Live() {
      return <StorageNotices problems={useStorageProblems()} />;
    }
    render(
      <LanguageContext.Provider value="en">
        <Live />
      </LanguageContext.Provider>,
    );
    const cards = Object.keys(history.progress.cards).length;
    const notice = await screen.findByText(/^Part of your saved data was damaged\./);
    expect(notice).toHaveTextContent(
      `CloudCards kept everything it could read: ${history.progress.log.length} reviews, ${cards - 1} cards and ${history.quiz.attempts.length} quizzes. ` +
        `1 record could not be read and was left out (state.progress.cards[${JSON.stringify(damagedCard)}].difficulty). The damaged original is kept aside; download it from Settings.`,
    );
    expect(useAppStore.getState().progress.log).toEqual(history.progress.log);
    expect(useAppStore.getState().settings.newPerDay).toBe(7);
    act(() => useAppStore.flush());
    expect(readStoredState(localStorage.getItem(STORAGE_KEYS.state)!)?.progress.log).toHaveLength(history.progress.log.length);
    expect(storage.backups().map((b) => b.value)).toContain(raw);
    act(() => storage.dismiss('corrupt'));
  });
});
