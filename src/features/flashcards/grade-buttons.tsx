import type { Ref } from 'react';
import type { Grade } from '../../domain/cards';
import { describeInterval } from '../../domain/scheduler';
import type { FlashcardMessages } from './messages';

const GRADES: { grade: Grade; key: 'again' | 'hard' | 'good' | 'easy' }[] = [
  { grade: 1, key: 'again' },
  { grade: 2, key: 'hard' },
  { grade: 3, key: 'good' },
  { grade: 4, key: 'easy' },
];

/**
 * Again / Hard / Good / Easy, each with the wait it would set ("10m", "3d"), and its key (1–4).
 * Without intervals (cramming) Again says the card comes back later in the round.
 */
export function GradeButtons({
  intervals,
  onGrade,
  goodRef,
  suggested = 3,
  suggestedMarked = false,
  m,
}: {
  intervals: Record<Grade, number> | null;
  onGrade: (grade: Grade) => void;
  /** The button that takes the focus after a flip: Good, or the suggested grade. */
  goodRef: Ref<HTMLButtonElement>;
  /** The grade a typed answer suggests, to confirm with Space or Enter (Good otherwise, unmarked). */
  suggested?: Grade;
  /** Whether to mark the suggested grade (a typed card's), also to screen readers. */
  suggestedMarked?: boolean;
  m: FlashcardMessages;
}) {
  const marked = suggestedMarked;
  return (
    <div role="group" aria-label={m.gradeGroup} className="grade-buttons">
      {GRADES.map(({ grade, key }) => {
        const wait = intervals ? describeInterval(intervals[grade]) : null;
        const hint = wait ? m.interval(wait.value, wait.unit) : grade === 1 ? m.inThisRound : null;
        return (
          <button
            key={grade}
            ref={grade === suggested ? goodRef : undefined}
            type="button"
            className={`grade-button ${key}`}
            data-suggested={grade === suggested && marked ? '' : undefined}
            aria-keyshortcuts={String(grade)}
            onClick={() => onGrade(grade)}
          >
            <span className="grade-name">{m[key]}</span>
            {grade === suggested && marked ? <span className="grade-suggested">{m.suggested}</span> : null}
            {hint ? <span className="grade-interval">{hint}</span> : null}
            <kbd aria-hidden="true">{grade}</kbd>
          </button>
        );
      })}
    </div>
  );
}
