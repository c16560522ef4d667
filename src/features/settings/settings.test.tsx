import { act, fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { generateHistory } from '../../../tests/factories/learning-history';
import { renderApp } from '../../../tests/render';
import { BACKUP_FORMAT, createBackup, serializeBackup } from '../../domain/backup';
import { packProgress } from '../../domain/review-log-codec';
import { storage, STORAGE_KEYS } from '../../lib/storage';
import { LIMITS } from '../../domain/limits';
import { STORE_VERSION, useAppStore } from '../../stores/app-store';
import { readStoredState } from '../../stores/stored-state';
import { defaultSettings } from '../../stores/settings-slice';

const NOW = Date.now();

/** Captures downloads: the file name and the text of each. */
function captureDownloads() {
  const blobs = new Map<string, Blob>();
  let serial = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${serial++}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  const files: { name: string; blob: Blob }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

function seed() {
  const history = generateHistory({ now: NOW, days: 40 });
  act(() => useAppStore.getState().replaceData({ settings: { ...defaultSettings(['en']), newPerDay: 15 }, ...history }));
  return history;
}

const persisted = () => {
  const { settings, progress, quiz } = useAppStore.getState();
  return JSON.parse(JSON.stringify({ settings, progress, quiz })) as unknown;
};

const backupFile = (text: string, name = 'backup.json') => new File([text], name, { type: 'application/json' });

describe('preferences', () => {
  it('save a valid number as it is typed and explain an invalid one', async () => {
    const { user } = renderApp('/settings');
    const input = await screen.findByRole('spinbutton', { name: 'New cards per day' });
    await user.clear(input);
    await user.type(input, '35');
    expect(useAppStore.getState().settings.newPerDay).toBe(35);
    await user.clear(input);
    await user.type(input, '1000');
    expect(input).toHaveAccessibleDescription(/Enter a whole number from 0 to 999/);
    expect(useAppStore.getState().settings.newPerDay).toBe(100); // "100" was valid on the way to "1000"
    await user.tab();
    expect(input).toHaveValue(100);
    expect(input).toHaveAttribute('aria-invalid', 'false');
  });

  it('set how many quiz mistakes a day come back in the flashcards, in both languages', async () => {
    const { user } = renderApp('/settings');
    const input = await screen.findByRole('spinbutton', { name: 'Quiz mistakes back in flashcards, per day' });
    expect(input).toHaveValue(10);
    expect(input).toHaveAccessibleDescription(/Questions left unanswered do not count/);
    await user.clear(input);
    await user.type(input, '3');
    expect(useAppStore.getState().settings.missedPerDay).toBe(3);
    useAppStore.getState().setLanguage('zh');
    expect(await screen.findByRole('spinbutton', { name: '每天回到抽认卡的测验错题' })).toHaveValue(3);
  });

  it('change the language, theme, retention and directions', async () => {
    const { user } = renderApp('/settings');
    await user.click(await screen.findByRole('radio', { name: 'Dark' }));
    expect(useAppStore.getState().settings.theme).toBe('dark');
    await user.click(screen.getByRole('radio', { name: /Definition → term/ }));
    expect(useAppStore.getState().settings.directions).toBe('definition-first');
    const slider = screen.getByRole('slider', { name: 'Desired retention' });
    fireEvent.change(slider, { target: { value: '92' } }); // jsdom has no keyboard for sliders
    expect(useAppStore.getState().settings.retention).toBeCloseTo(0.92);
    expect(slider).toHaveAttribute('aria-valuetext', '92%');
    await user.click(screen.getByRole('radio', { name: '中文' }));
    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeInTheDocument();
  });
});

describe('export', () => {
  it('downloads the whole state in a file that names its format and version', async () => {
    const files = captureDownloads();
    const { user } = renderApp('/settings');
    const history = seed();
    await user.click(await screen.findByRole('button', { name: 'Download a backup' }));
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toMatch(/^cloudcards-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await files[0]!.blob.text());
    expect(file).toMatchObject({ format: BACKUP_FORMAT, version: STORE_VERSION, state: { progress: packProgress(history.progress), quiz: history.quiz } });
    expect(screen.getByRole('status')).toHaveTextContent(files[0]!.name);
  });
});

describe('import', () => {
  beforeEach(() => {
    captureDownloads();
  });

  it('shows what will change before writing, then merges', async () => {
    const { user } = renderApp('/settings');
    seed();
    const before = useAppStore.getState().progress.log.length;
    const other = generateHistory({ now: NOW, days: 10, seed: 99, idPrefix: 'other-' });
    const text = serializeBackup(createBackup({ settings: { ...defaultSettings(['en']), theme: 'dark' }, ...other }, STORE_VERSION, NOW));
    await user.upload(await screen.findByLabelText('Choose a backup file'), backupFile(text, 'phone.json'));

    expect(await screen.findByRole('heading', { name: /“phone\.json”, exported/ })).toHaveFocus();
    expect(screen.getByText(`Reviews: ${other.progress.log.length} added`)).toBeInTheDocument();
    expect(screen.getByText('Settings: unchanged')).toBeInTheDocument();
    expect(useAppStore.getState().progress.log).toHaveLength(before); // nothing written yet

    await user.click(screen.getByRole('radio', { name: /Replace what is here/ }));
    expect(screen.getByText(/Reviews: \d+ added, \d+ removed/)).toBeInTheDocument();
    expect(screen.getByText(/reviews on this device are not in the file and will be removed/)).toBeInTheDocument();
    expect(screen.getByText('Settings: 2 settings will change')).toBeInTheDocument(); // theme, newPerDay

    await user.click(screen.getByRole('radio', { name: /Merge with what is here/ }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(useAppStore.getState().progress.log).toHaveLength(before + other.progress.log.length);
    expect(useAppStore.getState().settings.theme).toBe('system');
    expect(screen.getByRole('status')).toHaveTextContent(`You now have ${before + other.progress.log.length} reviews`);
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
  });

  it('offers nothing to do when the file adds nothing', async () => {
    const { user } = renderApp('/settings');
    seed();
    const text = serializeBackup(createBackup(persisted() as never, STORE_VERSION, NOW));
    await user.upload(await screen.findByLabelText('Choose a backup file'), backupFile(text));
    expect(await screen.findByText('The file holds nothing that is not already here.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  const broken = [
    { name: 'truncated', text: '{"format":"cloudcards-backup","version":2,"exportedAt":1,"state":{"settings":', message: /not valid JSON/ },
    { name: 'foreign', text: '{"deck": "Cloud"}', message: /not a CloudCards backup/ },
    { name: 'newer', text: JSON.stringify({ format: BACKUP_FORMAT, version: STORE_VERSION + 1, exportedAt: 1, state: {} }), message: /newer version of CloudCards/ },
    { name: 'polluting', text: `{"format":"cloudcards-backup","version":2,"exportedAt":1,"state":{"__proto__":{"polluted":true}}}`, message: /key that is not allowed, at state\.__proto__/ },
    { name: 'far future', text: JSON.stringify({ format: BACKUP_FORMAT, version: 2, exportedAt: 8.64e15, state: {} }), message: /far in the future: exportedAt/ },
    { name: 'wrong type', text: JSON.stringify({ format: BACKUP_FORMAT, version: 2, exportedAt: 1, state: { settings: {}, progress: { cards: [], log: [], starred: [] }, quiz: { attempts: [], missed: {} } } }), message: /wrong type: state\.progress\.cards/ },
  ];

  it.each(broken)('refuses a $name file with a message and changes nothing', async ({ text, message }) => {
    const { user } = renderApp('/settings');
    seed();
    const before = persisted();
    await user.upload(await screen.findByLabelText('Choose a backup file'), backupFile(text, 'bad.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“bad.json” cannot be imported.');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('Nothing was changed.');
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
    expect(persisted()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('one set of limits, and a failed write said at import', () => {
  beforeEach(() => {
    captureDownloads();
  });

  const manyAttempts = (n: number) => {
    const { progress, quiz } = generateHistory({ now: NOW, days: 3, idPrefix: 'many-' });
    const model = quiz.attempts[0]!;
    const attempts = Array.from({ length: n }, (_, i) => ({ ...model, id: `many-${i}`, startedAt: NOW - (n - i) * 60_000 - 1000, finishedAt: NOW - (n - i) * 60_000 }));
    return { settings: defaultSettings(['en']), progress, quiz: { attempts, missed: {} } };
  };

  it('counts in the preview only the quizzes the history keeps, and keeps exactly those after a reload', async () => {
    const { user } = renderApp('/settings', { language: 'en' });
    const kept = LIMITS.keptAttempts;
    const file = manyAttempts(kept + 25);
    await user.upload(await screen.findByLabelText('Choose a backup file'), backupFile(serializeBackup(createBackup(file, STORE_VERSION, NOW))));
    expect(await screen.findByText(`Quizzes: ${kept} added`)).toBeInTheDocument();
    expect(screen.getByText(`25 older quizzes in the file are not imported: the history keeps the latest ${kept}.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(screen.getByRole('status')).toHaveTextContent('Imported.');
    const ids = useAppStore.getState().quiz.attempts.map((a) => a.id);
    expect(ids).toEqual(file.quiz.attempts.slice(25).map((a) => a.id)); // the latest ones
    // What was written reads back the same: nothing the preview counted is dropped on reload.
    const stored = readStoredState(localStorage.getItem(STORAGE_KEYS.state)!);
    expect(stored?.quiz.attempts.map((a) => a.id)).toEqual(ids);
  });

  it('says at import, as an alert, that a file too large for the browser’s storage is in this tab only', async () => {
    const { user } = renderApp('/settings', { language: 'en' });
    seed();
    act(() => useAppStore.flush());
    const before = localStorage.getItem(STORAGE_KEYS.state);
    const other = generateHistory({ now: NOW, days: 10, seed: 7, idPrefix: 'big-' });
    const text = serializeBackup(createBackup({ settings: defaultSettings(['en']), ...other }, STORE_VERSION, NOW));
    await user.upload(await screen.findByLabelText('Choose a backup file'), backupFile(text));
    await screen.findByText(/Reviews: \d+ added/);
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      await user.click(screen.getByRole('button', { name: 'Import' }));
      const alert = await screen.findByText(/^Imported into this tab, but not saved: the browser’s storage is full\./);
      expect(alert).toHaveAttribute('role', 'alert');
      expect(screen.getByRole('status')).not.toHaveTextContent('Imported.');
    } finally {
      full.mockRestore();
    }
    expect(localStorage.getItem(STORAGE_KEYS.state)).toBe(before); // what was saved is untouched
    act(() => storage.dismiss('full'));
  });
});

describe('a damaged backup file', () => {
  it('is refused with its reason, and can be imported record by record, by keyboard, leaving out only what cannot be read', async () => {
    captureDownloads();
    const { user } = renderApp('/settings', { language: 'en' });
    const other = generateHistory({ now: NOW, days: 8, seed: 5, idPrefix: 'damaged-' });
    const file = JSON.parse(serializeBackup(createBackup({ settings: defaultSettings(['en']), ...other }, STORE_VERSION, NOW))) as {
      state: { quiz: { attempts: Record<string, unknown>[] } };
    };
    file.state.quiz.attempts[0]!.finishedAt = 8.64e15;
    await user.upload(await screen.findByLabelText('Choose a backup file'), backupFile(JSON.stringify(file), 'damaged.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“damaged.json” cannot be imported.');
    expect(alert).toHaveTextContent('state.quiz.attempts[0].finishedAt');
    expect(useAppStore.getState().progress.log).toEqual([]); // nothing yet
    within(alert).getByRole('button', { name: 'Import what can be read…' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('1 record in the file could not be read and will be left out; everything else is imported:')).toBeInTheDocument();
    expect(screen.getByText(`Quizzes: ${other.quiz.attempts.length - 1} added`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(useAppStore.getState().progress.log).toEqual(other.progress.log);
    expect(useAppStore.getState().quiz.attempts.map((a) => a.id)).toEqual(other.quiz.attempts.slice(1).map((a) => a.id));
  });

  it('that is not a backup at all offers nothing to salvage', async () => {
    const { user } = renderApp('/settings', { language: 'zh' });
    await user.upload(await screen.findByLabelText('选择备份文件'), backupFile('{"deck": "Cloud"}', 'other.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('无法导入“other.json”。');
    expect(screen.queryByRole('button', { name: '导入能读取的部分…' })).not.toBeInTheDocument();
  });
});

describe('reset', () => {
  it('says it erased this tab only when the saved data is held in place, and keeps the quiz half taken', async () => {
    const { user } = renderApp('/settings', { language: 'en' });
    seed();
    act(() => useAppStore.flush());
    storage.write(STORAGE_KEYS.quizInProgress, '{"a quiz":"half taken"}');
    const before = localStorage.getItem(STORAGE_KEYS.state);
    act(() => {
      storage.hold(STORAGE_KEYS.state);
      storage.report({ kind: 'held', key: STORAGE_KEYS.state, reason: 'newer' });
    });
    try {
      await user.click(await screen.findByRole('button', { name: 'Reset everything…' }));
      await user.click(screen.getByRole('button', { name: 'Erase everything' }));
      const alert = screen.getByText(/^Erased in this tab only, not on this device: a newer version of CloudCards is open in another tab, so this tab has stopped saving\. Your saved data is unchanged/);
      expect(alert).toHaveAttribute('role', 'alert');
      expect(screen.getByRole('status')).not.toHaveTextContent('A fresh start');
      expect(localStorage.getItem(STORAGE_KEYS.state)).toBe(before);
      expect(storage.read(STORAGE_KEYS.quizInProgress)).not.toBeNull();
    } finally {
      act(() => storage.release(STORAGE_KEYS.state));
    }
  });


  it('asks first, offers a backup, then erases everything but the language', async () => {
    const files = captureDownloads();
    const { user } = renderApp('/settings', { language: 'en' });
    seed();
    storage.write(STORAGE_KEYS.quizInProgress, '{"a quiz":"half taken"}');
    await user.click(await screen.findByRole('button', { name: 'Reset everything…' }));
    const confirm = screen.getByRole('group', { name: 'Erase everything on this device?' });
    expect(within(confirm).getByRole('heading')).toHaveFocus();
    expect(confirm).toHaveTextContent(/This erases \d+ reviews/);
    await user.click(within(confirm).getByRole('button', { name: 'Download a backup' }));
    expect(files).toHaveLength(1);
    expect(useAppStore.getState().progress.log.length).toBeGreaterThan(0); // not yet
    await user.click(within(confirm).getByRole('button', { name: 'Erase everything' }));
    expect(useAppStore.getState().progress).toEqual({ cards: {}, log: [], starred: [] });
    expect(useAppStore.getState().quiz).toEqual({ attempts: [], missed: {} });
    expect(useAppStore.getState().settings).toMatchObject({ newPerDay: 20, language: 'en' });
    expect(screen.getByRole('status')).toHaveTextContent('Everything was reset.');
    expect(storage.read(STORAGE_KEYS.quizInProgress)).toBeNull(); // a quiz half taken goes too
  });

  it('can be called off', async () => {
    const { user } = renderApp('/settings');
    seed();
    await user.click(await screen.findByRole('button', { name: 'Reset everything…' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(useAppStore.getState().progress.log.length).toBeGreaterThan(0);
    expect(screen.queryByRole('group', { name: 'Erase everything on this device?' })).not.toBeInTheDocument();
  });
});

describe('export → reset → import through the screen', () => {
  it('brings back an identical state', async () => {
    const files = captureDownloads();
    const { user } = renderApp('/settings');
    seed();
    act(() => useAppStore.getState().updateSettings({ theme: 'dark', directions: 'term-first', retention: 0.85 }));
    const before = persisted();
    await user.click(await screen.findByRole('button', { name: 'Download a backup' }));
    await user.click(screen.getByRole('button', { name: 'Reset everything…' }));
    await user.click(screen.getByRole('button', { name: 'Erase everything' }));
    expect(persisted()).not.toEqual(before);
    await user.upload(screen.getByLabelText('Choose a backup file'), new File([files[0]!.blob], files[0]!.name));
    await user.click(await screen.findByRole('radio', { name: /Replace what is here/ }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(persisted()).toEqual(before);
  });
});

describe('data kept aside', () => {
  it('is listed when there is some, can be downloaded as it was, and restored through the import preview', async () => {
    const files = captureDownloads();
    const raw = JSON.stringify({ state: { settings: {}, ...generateHistory({ now: NOW, days: 3 }) }, version: 2 }); // kept aside by version 2
    localStorage.setItem(`${STORAGE_KEYS.backupPrefix}1795000000000`, raw);
    const { user } = renderApp('/settings');
    const panel = await screen.findByRole('region', { name: 'Data kept aside' });
    await user.click(within(panel).getByRole('button', { name: 'Download' }));
    expect(files[0]!.name).toMatch(/^cloudcards-kept-aside-.*\.json$/);
    expect(await files[0]!.blob.text()).toBe(raw);
    await user.click(within(panel).getByRole('button', { name: 'Restore…' }));
    expect(await screen.findByRole('heading', { name: /a copy of stored data/ })).toBeInTheDocument();
  });

  it('restores a damaged copy record by record: says what is left out, and brings back everything else', async () => {
    const history = generateHistory({ now: NOW, days: 5, idPrefix: 'kept-' });
    const stored = { settings: {}, progress: packProgress(history.progress), quiz: history.quiz };
    const [badCard] = Object.keys(stored.progress.cards) as (keyof typeof stored.progress.cards)[];
    stored.progress.cards[badCard!] = { ...stored.progress.cards[badCard!]!, lastReview: 'yesterday' as never };
    localStorage.setItem(`${STORAGE_KEYS.backupPrefix}1795000000000`, JSON.stringify({ state: stored, version: STORE_VERSION }));
    const { user } = renderApp('/settings', { language: 'en' });
    const panel = await screen.findByRole('region', { name: 'Data kept aside' });
    await user.click(within(panel).getByRole('button', { name: 'Restore…' }));
    expect(await screen.findByText('1 record in the file could not be read and will be left out; everything else is imported:')).toBeInTheDocument();
    expect(screen.getByText(`A value has the wrong type: state.progress.cards[${JSON.stringify(badCard)}].lastReview.`)).toBeInTheDocument();
    expect(screen.getByText(`Reviews: ${history.progress.log.length} added`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(useAppStore.getState().progress.log).toHaveLength(history.progress.log.length);
    expect(Object.keys(useAppStore.getState().progress.cards)).toHaveLength(Object.keys(history.progress.cards).length - 1);
    expect(useAppStore.getState().quiz.attempts).toEqual(history.quiz.attempts);
  });

  it('is not shown when there is none', async () => {
    renderApp('/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(screen.queryByRole('region', { name: 'Data kept aside' })).not.toBeInTheDocument();
  });
});

describe('the workload forecast', () => {
  it('shows the expected reviews a day beside the desired retention, and follows the slider', async () => {
    renderApp('/settings');
    const caption = await screen.findByText(/^At 90%: about [\d.]+ reviews a day over the next 30 days/, {}, { timeout: 10_000 });
    const before = Number(/about ([\d.]+)/.exec(caption.textContent ?? '')?.[1]);
    expect(before).toBeGreaterThan(0); // a new learner: the new cards at the daily limit, then their reviews
    expect(screen.getByRole('img', { name: /^Expected reviews per day for the next 30 days: \d+ today/ })).toBeInTheDocument();
    const slider = screen.getByRole('slider', { name: /retention/i });
    fireEvent.change(slider, { target: { value: '97' } });
    const after = await screen.findByText(/^At 97%: about [\d.]+ reviews a day/, {}, { timeout: 10_000 });
    expect(Number(/about ([\d.]+)/.exec(after.textContent ?? '')?.[1])).toBeGreaterThan(before);
  });
});
