/**
 * What the shell says about storage, and what the learner can do about it. Loaded only when
 * there is something to say, so the first page does not carry it.
 */
import { useState } from 'react';
import { defineMessages, useMessages } from '../lib/i18n';
import { downloadText } from '../lib/download';
import { storage, type StorageProblem } from '../lib/storage';
import { useAppStore } from '../stores/app-store';

const messages = defineMessages({
  en: {
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
  if (problem.kind === 'corrupt') return problem.backupKey === null ? m.corruptLost : m.corrupt;
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

export default function StorageNotices({ problems }: { problems: readonly StorageProblem[] }) {
  const m = useMessages(messages);
  const [released, setReleased] = useState(false);
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
