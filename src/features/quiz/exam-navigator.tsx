import { useRef, type KeyboardEvent } from 'react';
import type { QuestionStatus } from '../../domain/exam';
import { useMessages } from '../../lib/i18n';
import { examMessages } from './exam-messages';

type Props = {
  statuses: readonly QuestionStatus[];
  /** The question on screen (0-based). */
  current: number;
  onGo: (index: number) => void;
};

/**
 * The grid of question numbers: answered, unanswered and flagged at a glance, and each
 * number's state in its name for a screen reader. One Tab stop: the arrow keys, Home and End
 * move between numbers (a 65-question exam is not 65 Tab presses), Enter or Space opens one.
 */
export function ExamNavigator({ statuses, current, onGo }: Props) {
  const m = useMessages(examMessages);
  const list = useRef<HTMLOListElement>(null);
  const answered = statuses.filter((s) => s.answered).length;
  const flagged = statuses.filter((s) => s.flagged).length;

  const focusAt = (index: number) => {
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button');
    const target = buttons?.[Math.max(0, Math.min(statuses.length - 1, index))];
    target?.focus();
  };
  const columns = () => {
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button');
    if (!buttons || buttons.length < 2) return 1;
    const top = buttons[0]!.offsetTop;
    let n = 0;
    while (n < buttons.length && buttons[n]!.offsetTop === top) n++;
    return Math.max(1, n);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const from = Number((event.target as HTMLElement).dataset['index']);
    if (Number.isNaN(from)) return;
    const moves: Record<string, () => number> = {
      ArrowRight: () => from + 1,
      ArrowLeft: () => from - 1,
      ArrowDown: () => from + columns(),
      ArrowUp: () => from - columns(),
      Home: () => 0,
      End: () => statuses.length - 1,
    };
    const move = moves[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    focusAt(move());
  };

  return (
    <nav className="exam-nav card" aria-labelledby="exam-nav-heading">
      <h2 id="exam-nav-heading" className="exam-nav-heading">
        {m.navigatorLabel}
      </h2>
      <p className="exam-nav-legend muted">
        <span>{m.legendAnswered(answered)}</span> <span>{m.legendUnanswered(statuses.length - answered)}</span>{' '}
        <span>{m.legendFlagged(flagged)}</span>
      </p>
      <p className="visually-hidden" id="exam-nav-help">
        {m.navigatorHelp}
      </p>
      <ol className="exam-nav-grid" ref={list} onKeyDown={onKeyDown} aria-describedby="exam-nav-help">
        {statuses.map((status, index) => (
          <li key={status.number}>
            <button
              type="button"
              className="exam-nav-item"
              data-index={index}
              data-answered={status.answered || undefined}
              data-flagged={status.flagged || undefined}
              tabIndex={index === current ? 0 : -1}
              aria-current={index === current ? 'step' : undefined}
              aria-label={m.navigatorItem(status.number, status.answered, status.flagged, index === current)}
              onClick={() => onGo(index)}
            >
              <span aria-hidden="true">{status.number}</span>
              {status.flagged ? (
                <span className="exam-nav-flag" aria-hidden="true">
                  ⚑
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
