import { createElement as h, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { shouldRemindBackup } from '../domain/backup-reminder';
import { deviceRecord } from '../lib/device-record';
import { storageStatus } from '../lib/durable-storage';
import { paths } from '../lib/paths';
import { useAppStore } from '../stores/app-store';
import { storageMessages } from '../features/settings/storage-messages';

/**
 * A gentle note, once a month at most, to download a backup when this browser may clear the
 * data and the last backup is over 30 days old (src/domain/backup-reminder.ts). It asks
 * nothing of the learner: "Not now", or turn it off; Settings has the same switch.
 *
 * Written without JSX, as is platform.ts: JSX in these chunks, loaded from the entry, makes
 * the bundler split React's JSX runtime out of the first page's script, 0.3 KB dearer.
 */
export default function BackupReminder() {
  const language = useAppStore((s) => s.settings.language);
  const [showing, setShowing] = useState(false);

  useEffect(() => {
    let live = true;
    void storageStatus().then(({ persisted }) => {
      const now = Date.now();
      const record = deviceRecord.get();
      const firstReviewAt = useAppStore.getState().progress.log[0]?.reviewedAt ?? null;
      const due = shouldRemindBackup({ enabled: record.backupReminders, persisted, lastBackupAt: record.lastBackupAt, lastRemindedAt: record.lastRemindedAt, firstReviewAt, now });
      if (!live || !due) return;
      deviceRecord.update({ lastRemindedAt: now }); // shown is shown: the next one waits a period
      setShowing(true);
    });
    return () => {
      live = false;
    };
  }, []);

  if (!showing) return null;
  // Outside the shell's language context: the language is read from the store.
  const m = storageMessages[language];
  const close = () => setShowing(false);
  const button = (label: string, onClick: () => void) => h('button', { type: 'button', className: 'button secondary small', onClick }, label);
  return h(
    'aside',
    { className: 'pwa-toast notice floating', 'aria-label': m.reminders, lang: language === 'zh' ? 'zh-CN' : 'en' },
    h('p', null, m.reminderText),
    h(
      'p',
      { className: 'actions' },
      h(Link, { className: 'button small', to: paths.settings(), onClick: close }, m.reminderAction),
      button(m.reminderLater, close),
      button(m.reminderOff, () => {
        deviceRecord.update({ backupReminders: false });
        close();
      }),
    ),
  );
}
