import { useEffect, useRef } from 'react';
import { useMessages } from '../../lib/i18n';
import { examMessages } from './exam-messages';

type Props = {
  unanswered: readonly number[];
  flagged: readonly number[];
  onGo: (index: number) => void;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Before an exam is handed in: what is unanswered and what is flagged, each one tap away, then confirm. */
export function HandInCheck({ unanswered, flagged, onGo, onConfirm, onCancel }: Props) {
  const m = useMessages(examMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const numbers = (list: readonly number[]) => (
    <ul className="hand-in-list">
      {list.map((n) => (
        <li key={n}>
          <button type="button" className="button small secondary" aria-label={m.goToQuestion(n)} onClick={() => onGo(n - 1)}>
            {n}
          </button>
        </li>
      ))}
    </ul>
  );
  return (
    <section className="card hand-in" role="region" aria-labelledby="hand-in-heading" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <h2 id="hand-in-heading" tabIndex={-1} ref={heading}>
        {m.checkTitle}
      </h2>
      {unanswered.length === 0 && flagged.length === 0 ? <p>{m.checkAllDone}</p> : null}
      {unanswered.length > 0 ? (
        <>
          <p className="hand-in-label">{m.checkUnanswered(unanswered.length)}</p>
          {numbers(unanswered)}
        </>
      ) : null}
      {flagged.length > 0 ? (
        <>
          <p className="hand-in-label">{m.checkFlagged(flagged.length)}</p>
          {numbers(flagged)}
        </>
      ) : null}
      <div className="actions">
        <button type="button" className="button" onClick={onConfirm}>
          {m.confirmHandIn}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {m.keepWorking}
        </button>
      </div>
    </section>
  );
}
