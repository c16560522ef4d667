import { MAX_BACKUP_CHARS, parseBackup, type ParsedBackup } from '../../domain/backup';
import type { Checked, Issue } from '../../domain/state-validation';
import { migrate, STORE_VERSION } from '../../stores/app-store';
import { validateSettings } from '../../stores/restore';
import type { Settings } from '../../stores/settings-slice';
import type { SettingsMessages } from './messages';

export type ImportFile = ParsedBackup<Settings>;

/**
 * Reads a file offered for import: the envelope, a migration from an older version, and every
 * value, strictly. Settings the file lacks take `defaults` (this device's settings).
 */
export function readImport(text: string, now: number, defaults: Settings): Checked<ImportFile> {
  return parseBackup(text, {
    currentVersion: STORE_VERSION,
    now,
    migrate,
    settings: (raw, path) => validateSettings(raw, path, defaults),
  });
}

/** A file too big to be a backup is refused before it is read into memory. */
export function tooLargeToRead(bytes: number): boolean {
  return bytes > MAX_BACKUP_CHARS * 3; // UTF-8 takes at most 3 bytes per UTF-16 unit
}

/** The learner-facing sentence for an issue. */
export function describeIssue(m: SettingsMessages, issue: Issue): string {
  const path = issue.path || '—';
  switch (issue.code) {
    case 'too-large':
      return m.issue_too_large;
    case 'empty':
      return m.issue_empty;
    case 'not-json':
      return m.issue_not_json;
    case 'foreign':
      return m.issue_foreign;
    case 'newer-version':
      return m.issue_newer_version(issue.version ?? STORE_VERSION + 1, STORE_VERSION);
    case 'bad-version':
      return m.issue_bad_version;
    case 'unsafe-key':
      return m.issue_unsafe_key(path);
    case 'missing':
      return m.issue_missing(path);
    case 'wrong-type':
      return m.issue_wrong_type(path);
    case 'out-of-range':
      return m.issue_out_of_range(path);
    case 'future-date':
      return m.issue_future_date(path);
    case 'too-long':
      return m.issue_too_long(path);
    case 'too-many':
      return m.issue_too_many(path);
    case 'bad-id':
      return m.issue_bad_id(path);
    case 'migration-failed':
      return m.issue_migration_failed(issue.version ?? 0);
  }
}
