import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { readSyncTarget, type ProbeResult, type SyncTarget, type TargetIssue } from '../../domain/sync-target';
import { languageTag, useLanguage, useMessages } from '../../lib/i18n';
import { useHydrated } from '../../lib/use-hydrated';
import { syncMessages } from './messages';
import { probeTarget } from './probe';
import { readSavedTarget } from './sync-config';
import { useSyncStatus, type SyncStatus } from './sync-status';
import './sync.css';

type Messages = (typeof syncMessages)['en'];

const loadRunner = () => import('./sync-runner');

export function describeProbe(m: Messages, result: ProbeResult, target: SyncTarget): string {
  switch (result.status) {
    case 'ok':
      return m.probe_ok;
    case 'unreachable':
      return m.probe_unreachable;
    case 'not-couchdb':
      return m['probe_not-couchdb'];
    case 'unauthorized':
      return m.probe_unauthorized;
    case 'forbidden':
      return m.probe_forbidden;
    case 'no-database':
      return m['probe_no-database'](target.database, target.server);
    case 'error':
      return m.probe_error(result.code);
  }
}

function describeIssue(m: Messages, issue: TargetIssue): string {
  const messages: Record<TargetIssue, string> = {
    'bad-url': m.issue_bad_url,
    insecure: m.issue_insecure,
    'no-database': m.issue_no_database,
    'bad-database': m.issue_bad_database,
    'no-username': m.issue_no_username,
    'no-password': m.issue_no_password,
  };
  return messages[issue];
}

export function describeStatus(m: Messages, status: SyncStatus, target: SyncTarget | null, time: (ms: number) => string): string {
  switch (status.state) {
    case 'off':
    case 'connecting':
      return m.status_connecting;
    case 'synced':
      return m.status_synced(time(status.at));
    case 'pending':
      return m.status_pending(status.count);
    case 'offline':
      return m.status_offline(status.count);
    case 'unauthorized':
      return m.status_unauthorized;
    case 'forbidden':
      return m.status_forbidden;
    case 'no-database':
      return m['status_no-database'](target?.database ?? '');
    case 'error':
      return m.status_error(status.message);
  }
}

/** Settings → Sync: set up a CouchDB target, test it, start and stop syncing, and what is true now. */
export function SyncSection() {
  const m = useMessages(syncMessages);
  const headingId = useId();
  const [target, setTarget] = useState<SyncTarget | null>(() => readSavedTarget());
  const [note, setNote] = useState('');

  return (
    <section className="settings-section card sync-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.heading}</h2>
      <p className="muted">{m.lead}</p>
      {target ? (
        <SyncRunning
          target={target}
          onStopped={() => {
            setTarget(null);
            setNote(m.stopped);
          }}
        />
      ) : (
        <SyncForm
          onStarted={(started) => {
            setNote('');
            setTarget(started);
          }}
        />
      )}
      {note ? (
        <p aria-live="polite" className="sync-note">
          {note}
        </p>
      ) : null}
    </section>
  );
}

function Field({ label, hint, ...input }: { label: string; hint?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="settings-field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="settings-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input id={id} aria-describedby={hint ? hintId : undefined} {...input} />
    </div>
  );
}

type Fields = { url: string; database: string; username: string; password: string };

function SyncForm({ onStarted }: { onStarted: (target: SyncTarget) => void }) {
  const m = useMessages(syncMessages);
  const [busy, setBusy] = useState<'test' | 'start' | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const edited = () => setResult(null);

  // The boxes are read as they are when a button is pressed, not kept in React's state: what was
  // typed (or filled in by the browser) into the prerendered form before the app took it over
  // counts too. Until then the buttons wait: the browser would submit the bare form itself, a
  // reload that loses what was typed.
  const hydrated = useHydrated();
  const typed = (): Fields => {
    const value = (key: keyof Fields) => formRef.current?.querySelector<HTMLInputElement>(`input[data-field="${key}"]`)?.value ?? '';
    return { url: value('url'), database: value('database'), username: value('username'), password: value('password') };
  };

  /** Checks the fields and asks the server; the target when it is good to sync with. */
  const check = async (): Promise<SyncTarget | null> => {
    const read = readSyncTarget(typed());
    if (!read.ok) {
      setResult({ ok: false, text: describeIssue(m, read.issue) });
      return null;
    }
    const probe = await probeTarget(read.target);
    setResult({ ok: probe.status === 'ok', text: describeProbe(m, probe, read.target) });
    return probe.status === 'ok' ? read.target : null;
  };

  const test = async () => {
    setBusy('test');
    await check();
    setBusy(null);
  };

  const start = async (event: FormEvent) => {
    event.preventDefault();
    setBusy('start');
    const target = await check();
    if (target) {
      const { startSyncing } = await loadRunner();
      if (startSyncing(target)) onStarted(target);
      else setResult({ ok: false, text: m.notSaved });
    }
    setBusy(null);
  };

  return (
    <form ref={formRef} className="sync-form" onSubmit={(event) => void start(event)} noValidate>
      <Field
        label={m.serverUrl}
        hint={m.serverUrlHint}
        type="url"
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        placeholder="https://couch.example.com"
        data-field="url"
        onChange={edited}
      />
      <div className="settings-field-row">
        <Field label={m.database} autoCapitalize="none" spellCheck={false} data-field="database" onChange={edited} />
        <Field label={m.username} autoCapitalize="none" autoComplete="username" spellCheck={false} data-field="username" onChange={edited} />
      </div>
      <Field label={m.password} hint={m.passwordHint} type="password" autoComplete="current-password" data-field="password" onChange={edited} />
      <div className="sync-actions">
        <button type="button" className="button secondary" disabled={!hydrated || busy !== null} onClick={() => void test()}>
          {busy === 'test' ? m.testing : m.test}
        </button>
        <button type="submit" className="button" disabled={!hydrated || busy !== null}>
          {busy === 'start' ? m.starting : m.start}
        </button>
      </div>
      <p aria-live="polite" className={`sync-result ${result?.ok ? 'ok' : 'bad'}`}>
        {result?.text ?? ''}
      </p>
    </form>
  );
}

function SyncRunning({ target, onStopped }: { target: SyncTarget; onStopped: () => void }) {
  const m = useMessages(syncMessages);
  const language = useLanguage();
  const status = useSyncStatus();
  const [stopping, setStopping] = useState(false);
  const format = useMemo(() => new Intl.DateTimeFormat(languageTag(language), { timeStyle: 'medium' }), [language]);
  const trouble = status.state === 'unauthorized' || status.state === 'forbidden' || status.state === 'no-database' || status.state === 'error';

  const stop = async () => {
    setStopping(true);
    const { stopSyncing } = await loadRunner();
    await stopSyncing();
    onStopped();
  };

  return (
    <div className="sync-running">
      <p>{m.syncingWith(`${target.server}/${target.database}`, target.username)}</p>
      <p className="settings-hint">{m.passwordSaved}</p>
      <p role="status" aria-label={m.statusLabel} className={`sync-status ${trouble ? 'bad' : status.state === 'synced' ? 'ok' : ''}`}>
        {describeStatus(m, status, target, (ms) => format.format(ms))}
      </p>
      <p className="settings-hint">{m.stopHint}</p>
      <div className="sync-actions">
        <button type="button" className="button secondary" disabled={stopping} onClick={() => void stop()}>
          {m.stop}
        </button>
      </div>
    </div>
  );
}

/** The route's lazy entry. */
export default SyncSection;
