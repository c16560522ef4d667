import { useState } from 'react';
import { useMessages } from '../../lib/i18n';
import { quizMessages } from './messages';

/** The quiz's seed, and a way to share the link that gives the same questions. */
export function SeedNote({ seed }: { seed: string }) {
  const m = useMessages(quizMessages);
  const [copied, setCopied] = useState(false);
  const canCopy = typeof navigator !== 'undefined' && navigator.clipboard !== undefined;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="seed-note muted">
      <p>{m.seed(seed)}</p>
      {canCopy ? (
        <button type="button" className="link-button" onClick={() => void copy()}>
          {m.copyLink}
        </button>
      ) : null}
      <span role="status">{copied ? m.copied : ''}</span>
    </div>
  );
}
