import { useEffect, useEffectEvent, useId, useMemo, useRef, useState } from 'react';
import {
  applyImport,
  backupFileName,
  countState,
  createBackup,
  serializeBackup,
  summarizeImport,
  type ImportMode,
} from '../../domain/backup';
import { languageTag, useLanguage, useMessages } from '../../lib/i18n';
import { deviceRecord } from '../../lib/device-record';
import { onLaunchedFile } from '../../lib/launch';
import { storage, STORAGE_KEYS } from '../../lib/storage';
import { STORE_VERSION, useAppStore, type PersistedState } from '../../stores/app-store';
import { localOffset } from '../../lib/clock';
import { downloadText } from '../../lib/download';
import { formatSize } from './download';
import { LIMITS } from '../../domain/limits';
import { settingsMessages, type SettingsMessages } from './messages';
import { describeIssue, readImport, salvageImport, tooLargeToRead, type ImportFile } from './read-import';
import { countSetAside, type SetAside } from '../../domain/salvage';
import './settings.css';
import { SettingsPanel } from './settings-panel';

/** The persisted part of the state, as it is now. */
function currentData(): PersistedState {
  const { settings, progress, quiz } = useAppStore.getState();
  return { settings, progress, quiz };
}

/** Downloads everything as a backup file; returns its name. */
function exportBackup(): string {
  const now = Date.now();
  const name = backupFileName(now, localOffset(now));
  downloadText(name, serializeBackup(createBackup(currentData(), STORE_VERSION, now)));
  deviceRecord.update({ lastBackupAt: now }); // for the backup reminder
  return name;
}

/**
 * Writes what this tab holds now, and says why not when it cannot be written: the import or
 * reset just made is then in this tab only, and the learner is told so at once.
 */
function saveNow(m: SettingsMessages): { saved: true } | { saved: false; reason: string } {
  if (useAppStore.flush()) return { saved: true };
  const problems = storage.problems();
  const held = problems.find((problem) => problem.kind === 'held');
  if (held?.kind === 'held') return { saved: false, reason: m[`notSaved_${held.reason}`] };
  return { saved: false, reason: problems.some((problem) => problem.kind === 'full') ? m.notSaved_full : m.notSaved_unavailable };
}

/** What the data section last did: said politely, or, when it did less than asked, as an alert. */
type DataStatus = { text: string; failed: boolean };
type OnDone = (text: string, failed?: boolean) => void;

function useDateFormat() {
  const language = useLanguage();
  return useMemo(() => new Intl.DateTimeFormat(languageTag(language), { dateStyle: 'medium', timeStyle: 'short' }), [language]);
}

/** A file refused whole whose records can still be read one by one: what can be kept, and what is left out. */
type Salvage = { file: ImportFile; setAside: SetAside[] };

type ImportState =
  | { status: 'idle' }
  | { status: 'reading'; name: string }
  | { status: 'error'; name: string; message: string; salvage?: Salvage | null }
  | { status: 'ready'; name: string; file: ImportFile; mode: ImportMode; setAside?: SetAside[] };

/** The data section: export, import (with a preview), reset, and data kept aside. */
export function DataSection() {
  const m = useMessages(settingsMessages);
  const headingId = useId();
  const [status, setStatus] = useState<DataStatus>({ text: '', failed: false });
  const onDone: OnDone = (text, failed = false) => setStatus({ text, failed });
  const [importState, setImportState] = useState<ImportState>({ status: 'idle' });

  /**
   * Reads a file for the preview. One refused whole is read again record by record: a copy kept
   * aside (`keptAside`) goes straight to the preview of what can be kept; any other file says
   * why it was refused and offers that.
   */
  const offer = (name: string, text: string, { keptAside = false } = {}) => {
    const now = Date.now();
    const { settings } = useAppStore.getState();
    const result = readImport(text, now, settings);
    if (result.ok) return setImportState({ status: 'ready', name, file: result.value, mode: 'merge' });
    const salvage = salvageImport(text, now, settings);
    if (keptAside && salvage) return setImportState({ status: 'ready', name, file: salvage.file, mode: 'merge', setAside: salvage.setAside });
    setImportState({ status: 'error', name, message: describeIssue(m, result.issue), salvage });
  };

  return (
    <section className="settings-section card" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.data}</h2>
      <p className="muted">{m.dataLead}</p>
      <ExportPanel onDone={onDone} />
      <ImportPanel state={importState} setState={setImportState} offer={offer} onDone={onDone} />
      <ResetPanel onDone={onDone} />
      <KeptAside offer={offer} onDone={onDone} />
      <p role="status" className="settings-data-status">
        {status.failed ? '' : status.text}
      </p>
      {status.failed ? (
        <p role="alert" className="notice warning settings-data-status">
          {status.text}
        </p>
      ) : null}
    </section>
  );
}


function ExportPanel({ onDone }: { onDone: OnDone }) {
  const m = useMessages(settingsMessages);
  const reviews = useAppStore((s) => s.progress.log.length);
  const cards = useAppStore((s) => Object.keys(s.progress.cards).length);
  const attempts = useAppStore((s) => s.quiz.attempts.length);
  return (
    <SettingsPanel title={m.exportHeading}>
      <p className="settings-hint">{m.exportHint(reviews, cards, attempts)}</p>
      <button type="button" className="button" onClick={() => onDone(m.exported(exportBackup()))}>
        {m.exportButton}
      </button>
    </SettingsPanel>
  );
}

function ImportPanel({
  state,
  setState,
  offer,
  onDone,
}: {
  state: ImportState;
  setState: (state: ImportState) => void;
  offer: (name: string, text: string) => void;
  onDone: OnDone;
}) {
  const m = useMessages(settingsMessages);
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    onDone('');
    if (tooLargeToRead(file.size)) {
      setState({ status: 'error', name: file.name, message: describeIssue(m, { code: 'too-large', path: '' }) });
      return;
    }
    setState({ status: 'reading', name: file.name });
    let text: string;
    try {
      text = await file.text();
    } catch {
      setState({ status: 'error', name: file.name, message: m.readFailed });
      return;
    }
    offer(file.name, text);
  };

  // A backup file opened with the installed app (its file handler) comes here, to the same preview.
  const takeLaunchedFile = useEffectEvent((file: File) => void choose(file));
  useEffect(() => onLaunchedFile(takeLaunchedFile), []);

  const close = (message = '', failed = false) => {
    setState({ status: 'idle' });
    if (input.current) input.current.value = '';
    onDone(message, failed);
  };

  return (
    <SettingsPanel title={m.importHeading}>
      <p className="settings-hint" id={hintId}>
        {m.importHint}
      </p>
      <div className="settings-file-picker">
        <label htmlFor={inputId} className="button secondary">
          {m.chooseFile}
        </label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".json,application/json"
          className="settings-file-input"
          aria-describedby={hintId}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {state.status === 'reading' ? (
        <p className="muted" aria-live="polite">
          {m.reading}
        </p>
      ) : null}
      {state.status === 'error' ? (
        <div role="alert" className="notice warning settings-import-error">
          <p>
            <strong>{m.cannotImport(state.name)}</strong> {state.message} {m.nothingChanged}
          </p>
          {state.salvage ? (
            <div className="actions">
              <button
                type="button"
                className="button small secondary"
                onClick={() => state.salvage && setState({ status: 'ready', name: state.name, file: state.salvage.file, mode: 'merge', setAside: state.salvage.setAside })}
              >
                {m.salvageOffer}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      {state.status === 'ready' ? (
        <ImportPreview
          key={`${state.name}:${state.file.exportedAt}`}
          name={state.name}
          file={state.file}
          mode={state.mode}
          setAside={state.setAside ?? []}
          setMode={(mode) => setState({ ...state, mode })}
          onCancel={() => close()}
          onImported={(reviews, notSaved) => (notSaved === null ? close(m.imported(reviews)) : close(m.importNotSaved(notSaved), true))}
        />
      ) : null}
    </SettingsPanel>
  );
}

function ImportPreview({
  name,
  file,
  mode,
  setAside,
  setMode,
  onCancel,
  onImported,
}: {
  name: string;
  file: ImportFile;
  mode: ImportMode;
  /** Records of the file left out because they could not be read (a salvaged file). */
  setAside: readonly SetAside[];
  setMode: (mode: ImportMode) => void;
  onCancel: () => void;
  /** `notSaved`: why the import could not be written (it is then in this tab only), or null. */
  onImported: (reviews: number, notSaved: string | null) => void;
}) {
  const m = useMessages(settingsMessages);
  const language = useLanguage();
  const dates = useDateFormat();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const settings = useAppStore((s) => s.settings);
  const progress = useAppStore((s) => s.progress);
  const quiz = useAppStore((s) => s.quiz);
  const replaceData = useAppStore((s) => s.replaceData);
  const summary = useMemo(() => summarizeImport({ settings, progress, quiz }, file.state, mode), [settings, progress, quiz, file, mode]);
  const holds = countState(file.state);

  useEffect(() => headingRef.current?.focus(), []);

  const confirm = () => {
    const next = applyImport(currentData(), file.state, mode);
    replaceData(next);
    const result = saveNow(m);
    onImported(next.progress.log.length, result.saved ? null : result.reason);
  };

  return (
    <div className="settings-import-preview">
      <h4 ref={headingRef} tabIndex={-1}>
        {file.exportedAt === null ? m.snapshotFrom(name, file.version) : m.fileFrom(name, dates.format(file.exportedAt), file.version)}
      </h4>
      <p>
        {m.fileHolds(
          [m.counts_reviews(holds.reviews), m.counts_cards(holds.cards), m.counts_attempts(holds.attempts), m.counts_starred(holds.starred)].join(
            language === 'zh' ? '、' : ', ',
          ),
        )}
      </p>
      {setAside.length > 0 ? <LeftOut setAside={setAside} /> : null}
      <fieldset className="settings-choices">
        <legend>{m.howToImport}</legend>
        <div className="settings-choice-list">
          {(['merge', 'replace'] as const).map((option) => (
            <label key={option} className="settings-choice">
              <input type="radio" name="import-mode" value={option} checked={mode === option} onChange={() => setMode(option)} />
              <span className="settings-choice-text">
                <span className="settings-choice-label">{option === 'merge' ? m.merge : m.replace}</span>
                <span className="settings-choice-hint">{option === 'merge' ? m.mergeHint : m.replaceHint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div aria-live="polite">
        <h5>{m.whatChanges}</h5>
        <ul className="settings-change-list">
          <li>{m.reviewsChange(summary.reviews.added, summary.reviews.removed)}</li>
          <li>{m.cardsChange(summary.cards.added, summary.cards.updated, summary.cards.removed)}</li>
          <li>{m.attemptsChange(summary.attempts.added, summary.attempts.removed)}</li>
          {summary.attempts.notKept > 0 ? <li>{m.attemptsNotKept(summary.attempts.notKept, LIMITS.keptAttempts)}</li> : null}
          <li>{m.starredChange(summary.starred.added, summary.starred.removed)}</li>
          <li>{m.settingsChange(summary.settings.length)}</li>
        </ul>
        <p>{m.totalsAfter(summary.after.reviews, summary.after.cards)}</p>
        {summary.reviews.removed > 0 ? <p className="notice warning">{m.replaceLoses(summary.reviews.removed)}</p> : null}
        {summary.changes ? null : <p className="muted">{m.noChanges}</p>}
      </div>
      <div className="actions">
        <button type="button" className="button" disabled={!summary.changes} onClick={confirm}>
          {m.importButton}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </div>
  );
}

/** The records a salvaged file leaves out, each with what is wrong and where (the first few). */
function LeftOut({ setAside }: { setAside: readonly SetAside[] }) {
  const m = useMessages(settingsMessages);
  const shown = setAside.slice(0, 5);
  const total = countSetAside(setAside);
  const more = total - shown.reduce((sum, item) => sum + (item.count ?? 1), 0);
  return (
    <div className="notice warning settings-left-out">
      <p>{m.salvageNote(total)}</p>
      <ul>
        {shown.map((item) => (
          <li key={`${item.code}:${item.path}`}>
            {describeIssue(m, item)}
            {item.count && item.count > 1 ? ` ${m.salvageCount(item.count)}` : ''}
          </li>
        ))}
        {more > 0 ? <li>{m.salvageMore(more)}</li> : null}
      </ul>
    </div>
  );
}

function ResetPanel({ onDone }: { onDone: OnDone }) {
  const m = useMessages(settingsMessages);
  const [confirming, setConfirming] = useState(false);
  const confirmId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const resetAll = useAppStore((s) => s.resetAll);
  const reviews = useAppStore((s) => s.progress.log.length);
  const cards = useAppStore((s) => Object.keys(s.progress.cards).length);
  const attempts = useAppStore((s) => s.quiz.attempts.length);

  useEffect(() => {
    if (!confirming) return;
    // The confirmation opens in view, whole: its buttons too, not just its heading.
    headingRef.current?.parentElement?.scrollIntoView({ block: 'nearest' });
    headingRef.current?.focus({ preventScroll: true });
  }, [confirming]);

  const finish = (message: string, failed = false) => {
    setConfirming(false);
    onDone(message, failed);
    requestAnimationFrame(() => openRef.current?.focus());
  };

  return (
    <SettingsPanel title={m.resetHeading}>
      <p className="settings-hint">{m.resetHint}</p>
      {confirming ? (
        <div className="settings-reset-confirm" role="group" aria-labelledby={confirmId}>
          <h4 id={confirmId} ref={headingRef} tabIndex={-1}>
            {m.resetConfirmHeading}
          </h4>
          <p>{m.resetConfirmBody(reviews, cards, attempts)}</p>
          <p>{m.resetOfferExport}</p>
          <div className="actions">
            <button type="button" className="button secondary" onClick={() => onDone(m.exported(exportBackup()))}>
              {m.exportButton}
            </button>
            <button
              type="button"
              className="button settings-danger"
              onClick={() => {
                resetAll();
                const result = saveNow(m);
                if (result.saved) {
                  storage.remove(STORAGE_KEYS.quizInProgress); // a quiz half taken is part of "everything"
                  finish(m.resetDone);
                } else finish(m.resetNotSaved(result.reason), true); // and what is saved, a quiz half taken too, stays
              }}
            >
              {m.resetConfirm}
            </button>
            <button type="button" className="button secondary" onClick={() => finish('')}>
              {m.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button ref={openRef} type="button" className="button settings-danger-outline" onClick={() => setConfirming(true)}>
          {m.resetButton}
        </button>
      )}
    </SettingsPanel>
  );
}

/** When a backup key was made: `cloudcards:backup:<ms>` or `…:<ms>-<n>`. */
function keptAt(key: string): number | null {
  const ms = Number.parseInt(key.slice(STORAGE_KEYS.backupPrefix.length), 10);
  return Number.isFinite(ms) ? ms : null;
}

function fileNameFor(key: string, value: string, at: number | null): string {
  let json = false;
  try {
    JSON.parse(value);
    json = true;
  } catch {
    // not JSON: offered as text
  }
  const stamp = at === null ? key.slice(STORAGE_KEYS.backupPrefix.length) : new Date(at).toISOString().slice(0, 19).replace(/[T:]/g, '-');
  return `cloudcards-kept-aside-${stamp}.${json ? 'json' : 'txt'}`;
}

/** Data that could not be read at start, kept aside: download it, try restoring it, or delete it. */
function KeptAside({ offer, onDone }: { offer: (name: string, text: string, options: { keptAside: boolean }) => void; onDone: OnDone }) {
  const m = useMessages(settingsMessages);
  const dates = useDateFormat();
  const [backups, setBackups] = useState(() => storage.backups());
  const [deleting, setDeleting] = useState<string | null>(null);
  const labelId = useId();
  if (backups.length === 0) return null;
  return (
    <SettingsPanel title={m.keptAside}>
      <p className="settings-hint">{m.keptAsideLead}</p>
      <ul className="settings-kept-list">
        {backups.map(({ key, value }, index) => {
          const at = keptAt(key);
          const name = fileNameFor(key, value, at);
          const label = `${labelId}-${index}`;
          return (
            <li key={key} className="settings-kept-item">
              <p className="settings-kept-label" id={label}>{m.keptAt(at === null ? key : dates.format(at), formatSize(value.length))}</p>
              {deleting === key ? (
                <div className="actions" role="group" aria-label={m.deleteConfirm}>
                  <p className="settings-kept-confirm">{m.deleteConfirm}</p>
                  <button
                    type="button"
                    className="button small settings-danger"
                    onClick={() => {
                      storage.remove(key);
                      setBackups(storage.backups());
                      setDeleting(null);
                      onDone(m.deleted);
                    }}
                  >
                    {m.deleteConfirmButton}
                  </button>
                  <button type="button" className="button small secondary" onClick={() => setDeleting(null)}>
                    {m.cancel}
                  </button>
                </div>
              ) : (
                <div className="actions">
                  <button
                    type="button"
                    className="button small"
                    aria-describedby={label}
                    onClick={() => downloadText(name, value, name.endsWith('.json') ? 'application/json' : 'text/plain')}
                  >
                    {m.download}
                  </button>
                  <button type="button" className="button small secondary" aria-describedby={label} onClick={() => offer(name, value, { keptAside: true })}>
                    {m.restore}
                  </button>
                  <button type="button" className="button small secondary" aria-describedby={label} onClick={() => setDeleting(key)}>
                    {m.delete}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </SettingsPanel>
  );
}
