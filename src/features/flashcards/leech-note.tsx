import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { MAX_NOTE_LENGTH } from '../../domain/notes';
import { useMessages } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { useAppStore } from '../../stores/app-store';
import { leechMessages } from './leech-messages';

/**
 * Shown with a leech: studying it the same way again is not working, so the term's page (its
 * source, its neighbours) and a note in the learner's own words, kept with the progress.
 */
export function LeechNote({ termId, termName, failures }: { termId: string; termName: string; failures: number }) {
  const m = useMessages(leechMessages);
  const saved = useAppStore((s) => (s.progress.notes && Object.hasOwn(s.progress.notes, termId) ? s.progress.notes[termId]!.text : ''));
  const setNote = useAppStore((s) => s.setNote);
  const [draft, setDraft] = useState(saved);
  const [said, setSaid] = useState('');
  const fieldId = useId();
  const headingId = useId();
  const save = () => {
    if (draft.trim() === saved.trim()) return;
    setNote(termId, draft.trim(), Date.now());
    setSaid(draft.trim() === '' ? m.noteCleared : m.noteSaved);
  };
  return (
    <section className="leech card" aria-labelledby={headingId}>
      <h2 id={headingId} className="leech-heading">
        <span className="leech-tag">{m.tag}</span> {m.heading(failures)}
      </h2>
      <p className="leech-lead">{m.lead}</p>
      <p>
        <Link to={paths.term(termId)}>{m.openTerm(termName)}</Link>
      </p>
      <label htmlFor={fieldId} className="leech-label">
        {m.noteLabel}
      </label>
      <textarea
        id={fieldId}
        className="leech-field"
        rows={3}
        maxLength={MAX_NOTE_LENGTH}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setSaid('');
        }}
        onBlur={save}
      />
      <div className="leech-actions">
        <button type="button" className="button small secondary" onClick={save}>
          {m.saveNote}
        </button>
        <span role="status" className="muted">
          {said}
        </span>
      </div>
    </section>
  );
}
