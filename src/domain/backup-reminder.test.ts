import { describe, expect, it } from 'vitest';
import { BACKUP_PERIOD_MS, shouldRemindBackup, type ReminderInput } from './backup-reminder';

const NOW = Date.UTC(2026, 5, 1, 12);
const DAY = 86_400_000;
const base: ReminderInput = { enabled: true, persisted: false, lastBackupAt: null, lastRemindedAt: null, firstReviewAt: NOW - 40 * DAY, now: NOW };

describe('shouldRemindBackup', () => {
  it('reminds when storage may be cleared and nothing was backed up in 30 days of study', () => {
    expect(shouldRemindBackup(base)).toBe(true);
    expect(shouldRemindBackup({ ...base, persisted: null })).toBe(true); // a browser that cannot say
    expect(shouldRemindBackup({ ...base, lastBackupAt: NOW - 31 * DAY })).toBe(true);
  });

  it('stays quiet when storage is persistent, reminders are off, or there is nothing to lose', () => {
    expect(shouldRemindBackup({ ...base, persisted: true })).toBe(false);
    expect(shouldRemindBackup({ ...base, enabled: false })).toBe(false);
    expect(shouldRemindBackup({ ...base, firstReviewAt: null })).toBe(false);
  });

  it('waits 30 days from the last backup, or from the first review when there was none', () => {
    expect(shouldRemindBackup({ ...base, lastBackupAt: NOW - 29 * DAY })).toBe(false);
    expect(shouldRemindBackup({ ...base, firstReviewAt: NOW - 10 * DAY })).toBe(false);
    expect(shouldRemindBackup({ ...base, lastBackupAt: NOW - BACKUP_PERIOD_MS })).toBe(true);
  });

  it('reminds once a period, whatever the answer was', () => {
    expect(shouldRemindBackup({ ...base, lastRemindedAt: NOW - 3 * DAY })).toBe(false);
    expect(shouldRemindBackup({ ...base, lastRemindedAt: NOW - 29 * DAY })).toBe(false);
    expect(shouldRemindBackup({ ...base, lastRemindedAt: NOW - 30 * DAY })).toBe(true);
  });
});
