import { MAX_BACKUP_CHARS, parseBackup, type ParsedBackup } from '../../domain/backup';
import { salvageBackup, type SetAside } from '../../domain/salvage';
import { check, fail, isPlainObject, type Checked, type Issue } from '../../domain/state-validation';
import { STORE_VERSION } from '../../stores/app-store';
import { migrate } from '../../stores/stored-state';
import { TRACK_CHOICES } from '../../domain/tracks';
import { TYPED_SETTINGS } from '../../domain/decks';
import { CARD_LANGUAGES, LEARNER_PROFILES } from '../../domain/learner-profile';
import { restoreSettings, SETTING_LIMITS, type Settings } from '../../stores/settings-slice';
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

/**
 * What can be read of a file that `readImport` refuses, record by record (src/domain/salvage.ts):
 * every valid record, and each one left out with its path. Null when its outside is not sound
 * (not JSON, not ours, a newer version) or nothing in it can be kept. Settings are repaired as
 * storage repairs them: each valid field kept, the rest this device's.
 */
export function salvageImport(text: string, now: number, defaults: Settings): { file: ImportFile; setAside: SetAside[] } | null {
  const result = salvageBackup(text, { currentVersion: STORE_VERSION, now, migrate, settings: (raw) => restoreSettings(raw, defaults) });
  return result ? { file: { ...result.envelope, state: result.state }, setAside: result.setAside } : null;
}

const LANGUAGES = ['zh', 'en'] as const;
const THEMES = ['system', 'light', 'dark'] as const;
const DIRECTIONS = ['both', 'term-first', 'definition-first'] as const;

/**
 * Validates the settings of an imported file strictly (storage, by contrast, repairs them field
 * by field: restoreSettings in the settings slice): a field that is present must be valid
 * (a wrong one rejects the file, with its path); a missing one takes the default, as a file
 * from an older version may lack it. Only known fields are kept.
 */
export function validateSettings(raw: unknown, path: string, defaults: Settings): Checked<Settings> {
  return check(() => {
    if (raw === undefined) fail('missing', path);
    if (!isPlainObject(raw)) fail('wrong-type', path);
    const at = (key: string) => `${path}.${key}`;
    const choice = <T extends string>(key: keyof Settings, options: readonly T[], fallback: T): T => {
      const value = raw[key];
      if (value === undefined) return fallback;
      if (typeof value !== 'string') fail('wrong-type', at(key));
      if (!options.includes(value as T)) fail('out-of-range', at(key));
      return value as T;
    };
    const amount = (key: 'newPerDay' | 'reviewsPerDay' | 'retention' | 'leechFailures' | 'missedPerDay', integer: boolean): number => {
      const value = raw[key];
      if (value === undefined) return defaults[key];
      if (typeof value !== 'number') fail('wrong-type', at(key));
      const { min, max } = SETTING_LIMITS[key];
      if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) fail('out-of-range', at(key));
      return value;
    };
    const flag = (key: 'autoPlay' | 'speakDefinitions' | 'translation' | 'pinyinOnCards'): boolean => {
      const value = raw[key];
      if (value === undefined) return defaults[key];
      if (typeof value !== 'boolean') fail('wrong-type', at(key));
      return value;
    };
    const profile = (): Settings['profile'] => {
      const value = raw.profile;
      if (value === undefined) return defaults.profile;
      if (value === null) return null;
      return choice('profile', LEARNER_PROFILES, 'both');
    };
    return {
      language: choice('language', LANGUAGES, defaults.language),
      theme: choice('theme', THEMES, defaults.theme),
      newPerDay: amount('newPerDay', true),
      reviewsPerDay: amount('reviewsPerDay', true),
      retention: amount('retention', false),
      directions: choice('directions', DIRECTIONS, defaults.directions),
      leechFailures: amount('leechFailures', true),
      missedPerDay: amount('missedPerDay', true),
      track: choice('track', TRACK_CHOICES, defaults.track),
      autoPlay: flag('autoPlay'),
      speakDefinitions: flag('speakDefinitions'),
      translation: flag('translation'),
      typedRecall: choice('typedRecall', TYPED_SETTINGS, defaults.typedRecall),
      cardLanguage: choice('cardLanguage', CARD_LANGUAGES, defaults.cardLanguage),
      pinyinOnCards: flag('pinyinOnCards'),
      profile: profile(),
    };
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
