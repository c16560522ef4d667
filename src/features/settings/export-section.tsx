import { useId, useMemo, useState } from 'react';
import type { TopicId } from '../../domain/content';
import type { ExportKind } from '../../domain/export-content';
import { useIndex } from '../../lib/content';
import { downloadText } from '../../lib/download';
import { useLanguage, useMessages } from '../../lib/i18n';
import { useAppStore } from '../../stores/app-store';
import { exportMessages } from './export-messages';
import './settings.css';
import { SettingsPanel } from './settings-panel';

type Said = { text: string; problem: boolean } | null;

/**
 * Settings → Take your cards elsewhere: the glossary (or one topic) as an Anki file or CSV, and
 * the review log as CSV. The files are made by export-files.ts, loaded on the first click.
 */
export default function ExportSection() {
  const m = useMessages(exportMessages);
  const language = useLanguage();
  const index = useIndex();
  const reviews = useAppStore((s) => s.progress.log.length);
  const headingId = useId();
  const scopeId = useId();
  const [topic, setTopic] = useState<TopicId | ''>('');
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<Said>(null);

  const counts = useMemo(() => {
    const byTopic = new Map<string, number>();
    for (const term of index.terms) byTopic.set(term.topic, (byTopic.get(term.topic) ?? 0) + 1);
    return byTopic;
  }, [index]);

  const download = async (kind: ExportKind) => {
    if (busy) return;
    setBusy(true);
    setSaid({ text: m.making, problem: false });
    try {
      const { makeExportFile } = await import('./export-files');
      const file = await makeExportFile(kind, topic === '' ? null : topic, language, Date.now());
      downloadText(file.name, file.text, file.type);
      const saved = kind === 'anki' ? m.savedAnki : kind === 'glossary' ? m.savedCsv : m.savedLog;
      setSaid({ text: saved(file.name, file.count), problem: false });
    } catch {
      setSaid({ text: m.failed, problem: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="settings-section card" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.heading}</h2>
      <p className="muted">{m.lead}</p>
      <SettingsPanel className="settings-export-panel" title={m.glossaryHeading}>
        <div className="settings-field">
          <label htmlFor={scopeId}>{m.scope}</label>
          <select id={scopeId} className="settings-export-scope" value={topic} onChange={(event) => setTopic(event.target.value)}>
            <option value="">{m.allTopics(index.terms.length)}</option>
            {index.topics.map((t) => (
              <option key={t.id} value={t.id}>
                {m.oneTopic(t.name[language], counts.get(t.id) ?? 0)}
              </option>
            ))}
          </select>
        </div>
        <div className="settings-export-choice">
          <button type="button" className="button" onClick={() => void download('anki')}>
            {m.ankiButton}
          </button>
          <p className="settings-hint">{m.ankiHint}</p>
        </div>
        <div className="settings-export-choice">
          <button type="button" className="button secondary" onClick={() => void download('glossary')}>
            {m.csvButton}
          </button>
          <p className="settings-hint">{m.csvHint}</p>
        </div>
      </SettingsPanel>
      <SettingsPanel className="settings-export-panel" title={m.logHeading}>
        <p className="settings-hint">{m.logHint(reviews)}</p>
        <button type="button" className="button secondary" disabled={reviews === 0} onClick={() => void download('review-log')}>
          {m.logButton}
        </button>
      </SettingsPanel>
      <p role="status" className="settings-data-status" hidden={said === null || said.problem}>
        {said && !said.problem ? said.text : ''}
      </p>
      {said?.problem ? (
        <p role="alert" className="notice warning">
          {said.text}
        </p>
      ) : null}
    </section>
  );
}

