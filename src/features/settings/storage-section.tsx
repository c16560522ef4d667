import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { askToKeepStorage, isIosBrowserTab, storageStatus, type StorageStatus } from '../../lib/durable-storage';
import { deviceRecord, type DeviceRecord } from '../../lib/device-record';
import { languageTag, useLanguage, useMessages } from '../../lib/i18n';
import { storageMessages } from './storage-messages';
import { install, runsInstalled, useCanInstall } from './use-install';
import './settings.css';

function useDeviceRecord(): DeviceRecord {
  return useSyncExternalStore(deviceRecord.subscribe, deviceRecord.get, deviceRecord.get);
}

/** Bytes for people, in the learner's language: '12 KB', '3.4 MB', '2 GB'. */
function useByteFormat() {
  const language = useLanguage();
  return useMemo(() => {
    const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
    return (bytes: number) => {
      let value = bytes;
      let unit = 0;
      while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
      }
      return new Intl.NumberFormat(languageTag(language), {
        style: 'unit',
        unit: units[unit],
        unitDisplay: 'short',
        maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
      }).format(value);
    };
  }, [language]);
}

/**
 * Settings → Keeping your progress: whether the browser keeps the data and how much it holds,
 * installing the app, and the backup reminder.
 */
export function StorageSection() {
  const m = useMessages(storageMessages);
  const headingId = useId();
  const language = useLanguage();
  const bytes = useByteFormat();
  const record = useDeviceRecord();
  const canInstall = useCanInstall();
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [said, setSaid] = useState('');
  const remindersId = useId();

  useEffect(() => {
    let live = true;
    void storageStatus().then((next) => live && setStatus(next));
    return () => {
      live = false;
    };
  }, []);

  const ask = async () => {
    const kept = await askToKeepStorage(Date.now());
    setSaid(kept ? m.granted : m.declined);
    setStatus(await storageStatus());
  };

  const dates = new Intl.DateTimeFormat(languageTag(language), { dateStyle: 'medium' });
  const installed = runsInstalled();

  return (
    <section className="settings-section card" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.heading}</h2>
      <div className="settings-storage">
        <p>{status === null ? m.checking : status.persisted === true ? m.persisted : status.persisted === false ? m.notPersisted : m.unknown}</p>
        {status?.usage != null ? (
          <p className="settings-hint">{status.quota ? m.usedOf(bytes(status.usage), bytes(status.quota)) : m.used(bytes(status.usage))}</p>
        ) : null}
        {isIosBrowserTab() ? <p className="notice">{m.ios}</p> : null}
        {status?.persisted === false ? (
          <div className="settings-field">
            <p className="settings-hint">{m.askHint}</p>
            <p>
              <button type="button" className="button secondary" onClick={() => void ask()}>
                {m.ask}
              </button>
            </p>
          </div>
        ) : null}
      </div>

      {installed ? <p>{m.installed}</p> : null}
      {canInstall ? (
        <div className="settings-field">
          <p className="settings-hint">{m.installHint}</p>
          <p>
            <button type="button" className="button" onClick={() => void install().then((done) => done && setSaid(m.installDone))}>
              {m.install}
            </button>
          </p>
        </div>
      ) : null}

      <div className="settings-field">
        <label className="settings-choice">
          <input
            type="checkbox"
            checked={record.backupReminders}
            aria-describedby={remindersId}
            onChange={(event) => deviceRecord.update({ backupReminders: event.target.checked })}
          />
          <span className="settings-choice-text">
            <span className="settings-choice-label">{m.reminders}</span>
            <span className="settings-choice-hint" id={remindersId}>
              {m.remindersHint}
            </span>
          </span>
        </label>
        <p className="settings-hint">{record.lastBackupAt === null ? m.noBackup : m.lastBackup(dates.format(record.lastBackupAt))}</p>
      </div>
      <p aria-live="polite" className="settings-data-status">
        {said}
      </p>
    </section>
  );
}
