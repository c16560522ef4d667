/**
 * What the shell says about storage, and what the learner can do about it. Loaded only when
 * there is something to say, so the first page does not carry it.
 */
import { useEffect, useState } from 'react';
import { defineMessages, useMessages } from '../lib/i18n';
import { downloadText } from '../lib/download';
import { storage, type SalvageReport, type StorageProblem } from '../lib/storage';
import { useAppStore } from '../stores/app-store';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

const messages = defineMessages({
  en: {
    salvaged: ({ reviews, cards, attempts, setAside, paths }: SalvageReport) =>
      `Part of your saved data was damaged. CloudCards kept everything it could read: ${plural(reviews, 'review', 'reviews')}, ${plural(cards, 'card', 'cards')} and ${plural(attempts, 'quiz', 'quizzes')}.` +
      (setAside > 0
        ? ` ${plural(setAside, 'record', 'records')} could not be read and ${setAside === 1 ? 'was' : 'were'} left out (${paths.join(', ')}${setAside > paths.length ? ', …' : ''}).`
        : '') +
      ' The damaged original is kept aside; download it from Settings.',
    unavailable: 'Your browser is not letting CloudCards save (check its settings for site data or private browsing). What is already saved is shown; new progress is kept only until you close this tab.',
    full: 'Storage is full, so your latest progress is kept in memory only. Free some space (site data in your browser’s settings), or export your data from Settings to keep it safe.',
    corrupt: 'Your saved data could not be read, so CloudCards started fresh. The old data was kept aside; you can download it from Settings.',
    corruptLost: 'Your saved data could not be read, so CloudCards started fresh.',
    newer: 'CloudCards was updated in another tab. This tab is an older version, so it has stopped saving rather than overwrite your newer data. Reload to continue where you are.',
    clock: 'Your saved progress is dated ahead of this device’s clock, so the clock looks wrong. Nothing was changed: set the right date and time, then reload. Until then, what you do here is not saved.',
    tooLarge: 'Your saved data could not be read, and there is no room to keep a copy of it aside. Download it to keep it; then your new progress is saved in its place.',
    released: 'Your new progress is being saved.',
    reload: 'Reload',
    download: 'Download the saved data',
    replace: 'Save my new progress over it',
    dismiss: 'Dismiss',
  },
  zh: {
    salvaged: ({ reviews, cards, attempts, setAside, paths }: SalvageReport) =>
      `部分已保存的数据已损坏。CloudCards 保留了所有能读取的内容：${reviews.toLocaleString('zh-CN')} 次复习、${cards.toLocaleString('zh-CN')} 张卡片和 ${attempts.toLocaleString('zh-CN')} 次测验。` +
      (setAside > 0 ? `有 ${setAside.toLocaleString('zh-CN')} 条记录无法读取，未能保留（${paths.join('、')}${setAside > paths.length ? '……' : ''}）。` : '') +
      '损坏的原始数据已另行保存，可在“设置”中下载。',
    unavailable: '浏览器不允许 CloudCards 保存数据（请检查浏览器的网站数据设置或是否处于无痕模式）。已保存的数据照常显示；新的进度只保留到关闭此标签页。',
    full: '存储空间已满，最新进度只保存在内存中。请释放一些空间（在浏览器设置中清理网站数据），或在“设置”中导出数据以免丢失。',
    corrupt: '无法读取已保存的数据，CloudCards 已重新开始。旧数据已另行保存，可在“设置”中下载或恢复。',
    corruptLost: '无法读取已保存的数据，CloudCards 已重新开始。',
    newer: 'CloudCards 已在另一个标签页中更新。此标签页是旧版本，为免覆盖较新的数据，已停止保存。请重新加载以继续。',
    clock: '已保存的进度日期晚于本设备的时钟，设备时间可能不正确。数据没有任何改动：请设置正确的日期和时间后重新加载。在此之前，这里的操作不会被保存。',
    tooLarge: '无法读取已保存的数据，且没有空间另存一份。请先下载保存；之后新的进度会保存在原处。',
    released: '正在保存新的进度。',
    reload: '重新加载',
    download: '下载已保存的数据',
    replace: '用新的进度覆盖它',
    dismiss: '关闭',
  },
});

type Text = (typeof messages)['en'];

function text(problem: StorageProblem, m: Text): string {
  if (problem.kind === 'held') return problem.reason === 'newer' ? m.newer : problem.reason === 'clock' ? m.clock : m.tooLarge;
  if (problem.kind === 'corrupt') return problem.salvaged ? m.salvaged(problem.salvaged) : problem.backupKey === null ? m.corruptLost : m.corrupt;
  return problem.kind === 'full' ? m.full : m.unavailable;
}

/** Lets new progress be written over a held value, and writes it now. */
function release(key: string) {
  storage.release(key);
  useAppStore.setState({}); // the store writes its whole state on any change
}

function downloadHeld(key: string) {
  const raw = storage.read(key);
  if (raw !== null) downloadText(`cloudcards-saved-data-${new Date().toISOString().slice(0, 10)}.json`, raw);
}

/** Kept-aside copies already salvaged in this tab (each once). */
const salvagedKeys = new Set<string>();

/**
 * Takes back every record that can be read of data kept aside at start, and says what was kept
 * and what left out. The salvage code loads only then.
 */
function useSalvage(problems: readonly StorageProblem[]) {
  useEffect(() => {
    for (const problem of problems) {
      if (problem.kind !== 'corrupt' || problem.backupKey === null || problem.salvaged || salvagedKeys.has(problem.backupKey)) continue;
      const key = problem.backupKey;
      salvagedKeys.add(key);
      const raw = storage.read(key);
      if (raw === null) continue;
      void import('../stores/salvage-stored')
        .then(({ salvageIntoStore }) => {
          const salvaged = salvageIntoStore(useAppStore, raw, Date.now());
          if (salvaged) storage.report({ kind: 'corrupt', backupKey: key, salvaged });
        })
        .catch(() => {}); // not loaded (offline, a new deployment): the copy stays aside, and Settings can restore it
    }
  }, [problems]);
}

export default function StorageNotices({ problems }: { problems: readonly StorageProblem[] }) {
  const m = useMessages(messages);
  const [released, setReleased] = useState(false);
  useSalvage(problems);
  return (
    <div className="notices">
      {problems.map((problem) => (
        <div key={problem.kind} role="alert" className="notice warning">
          <p>{text(problem, m)}</p>
          {problem.kind === 'held' ? (
            <div className="notice-actions">
              {problem.reason !== 'too-large' && (
                <button type="button" className="button small" onClick={() => window.location.reload()}>
                  {m.reload}
                </button>
              )}
              {problem.reason !== 'newer' && (
                <button
                  type="button"
                  className="button secondary small"
                  onClick={() => {
                    downloadHeld(problem.key);
                    // Once it is downloaded, it is safe: the new progress may take its place.
                    if (problem.reason === 'too-large') {
                      release(problem.key);
                      setReleased(true);
                    }
                  }}
                >
                  {m.download}
                </button>
              )}
              {problem.reason === 'too-large' && (
                <button
                  type="button"
                  className="button secondary small"
                  onClick={() => {
                    release(problem.key);
                    setReleased(true);
                  }}
                >
                  {m.replace}
                </button>
              )}
            </div>
          ) : (
            <button type="button" className="button secondary small" onClick={() => storage.dismiss(problem.kind)}>
              {m.dismiss}
            </button>
          )}
        </div>
      ))}
      {released && (
        <p role="status" className="notice">
          {m.released}
        </p>
      )}
    </div>
  );
}
