import { createElement as h, useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { Link } from 'react-router-dom';
import { shouldRemindBackup } from '../domain/backup-reminder';
import { deviceRecord } from '../lib/device-record';
import { isIosBrowserTab, storageStatus } from '../lib/durable-storage';
import { paths } from '../lib/paths';
import { useAppStore } from '../stores/app-store';
import { storageMessages } from '../features/settings/storage-messages';
import { PAGE_NOTICES } from './page-notices';

/**
 * A gentle note, once a month at most, to download a backup when this browser may clear the
 * data and the last backup is over 30 days old (src/domain/backup-reminder.ts). It asks
 * nothing of the learner: "Not now", or turn it off; Settings has the same switch. In Safari on
 * an iPhone or iPad it says, too, why adding CloudCards to the Home Screen keeps the progress.
 * It sits above the screen, in the flow of the page (layout.tsx's page notices): it pushes the
 * screen's next step down rather than floating over it, so it never covers an action.
 *
 * Written without JSX, as is platform.ts: JSX in these chunks, loaded from the entry, makes
 * the bundler split React's JSX runtime out of the first page's script, 0.3 KB dearer.
 */
export default function BackupReminder() {
  const language = useAppStore((s) => s.settings.language);
  const [slot, setSlot] = useState<HTMLElement | null>(null);

  useEffect(() => {
    let live = true;
    void storageStatus().then(({ persisted }) => {
      const now = Date.now();
      const record = deviceRecord.get();
      const firstReviewAt = useAppStore.getState().progress.log[0]?.reviewedAt ?? null;
      const due = shouldRemindBackup({ enabled: record.backupReminders, persisted, lastBackupAt: record.lastBackupAt, lastRemindedAt: record.lastRemindedAt, firstReviewAt, now });
      const place = document.getElementById(PAGE_NOTICES);
      if (!live || !due || !place) return;
      deviceRecord.update({ lastRemindedAt: now }); // shown is shown: the next one waits a period
      setSlot(place);
    });
    return () => {
      live = false;
    };
  }, []);

  if (!slot) return null;
  // Outside the shell's language context: the language is read from the store.
  const m = storageMessages[language];
  const close = () => setSlot(null);
  const button = (label: string, onClick: () => void) => h('button', { type: 'button', className: 'button secondary small', onClick }, label);
  return createPortal(h(
    'aside',
    { className: 'pwa-toast notice', 'aria-label': m.reminders, lang: language === 'zh' ? 'zh-CN' : 'en' },
    h('p', null, m.reminderText),
    // In Safari on an iPhone or iPad, the one sentence on why installing keeps the progress.
    isIosBrowserTab() ? h('p', null, m.ios) : null,
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
  ), slot);
}
