import { useState } from 'react';
import { useMessages } from '../../lib/i18n';
import { examMessages } from './exam-messages';

/**
 * One action to share the quiz: the system's share sheet where there is one, else the link is
 * copied. The quiz code (the seed that gives the same questions) is said when it is shared.
 */
export function ShareQuiz({ seed, title }: { seed: string; title: string }) {
  const m = useMessages(examMessages);
  const [said, setSaid] = useState('');
  const share = async () => {
    const url = window.location.href;
    try {
      if (typeof navigator.share === 'function') {
        await navigator.share({ title, url });
        return;
      }
      await navigator.clipboard.writeText(url);
      setSaid(m.shared(seed));
    } catch (error) {
      // The learner closing the share sheet is not a failure.
      if (error instanceof DOMException && error.name === 'AbortError') return;
      setSaid(m.shareFailed(seed));
    }
  };
  return (
    <div className="share-quiz">
      <button type="button" className="button small secondary" onClick={() => void share()}>
        {m.share}
      </button>
      <span role="status" className="muted">
        {said}
      </span>
    </div>
  );
}
