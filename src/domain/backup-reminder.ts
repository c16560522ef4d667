/**
 * When to remind the learner to export a backup: only where the browser may clear the app's
 * data (storage not persistent), only when there is progress to lose, when the last backup
 * (or, never having made one, the first review) is older than 30 days, and once a period: a
 * reminder shown, whatever the answer, waits 30 days before the next. Pure: time is a parameter.
 */
export const BACKUP_PERIOD_MS = 30 * 24 * 60 * 60 * 1000;

export type ReminderInput = {
  /** The learner's setting: reminders on. */
  enabled: boolean;
  /** Whether the browser keeps the data (`navigator.storage.persisted()`); null: it cannot say. */
  persisted: boolean | null;
  lastBackupAt: number | null;
  lastRemindedAt: number | null;
  /** The first review ever, or null with nothing studied. */
  firstReviewAt: number | null;
  now: number;
};

export function shouldRemindBackup({ enabled, persisted, lastBackupAt, lastRemindedAt, firstReviewAt, now }: ReminderInput): boolean {
  if (!enabled || persisted === true || firstReviewAt === null) return false;
  const safeSince = lastBackupAt ?? firstReviewAt;
  if (now - safeSince < BACKUP_PERIOD_MS) return false;
  return lastRemindedAt === null || now - lastRemindedAt >= BACKUP_PERIOD_MS;
}
