import { describe, expect, it } from 'vitest';
import type { CardId } from '../../domain/cards';
import { answerCard, startSession, type Session } from './session';
import { HARDEST_SHOWN, sessionTerms } from './session-terms';

const NOW = Date.UTC(2026, 10, 22, 2, 0);
const MINUTE = 60_000;
const ids = (...names: string[]) => names.map((name) => `${name}:forward` as CardId);

/** Cram answers: nothing scheduled, a card answered Again back a minute later. */
function answer(session: Session, grade: 1 | 2 | 3 | 4, scheduled: null, now = NOW) {
  return answerCard(session, { grade, scheduled, now, durationMs: 5000, endOfDay: NOW + 18 * 60 * MINUTE });
}

describe('the terms a session names', () => {
  it('are the hardest (most Agains over all of a term’s cards, first missed on a tie) and the learned (the others, in order)', () => {
    const queue: CardId[] = ['a:forward', 'b:forward', 'a:reverse', 'c:en-zh', 'd:forward'];
    let s = startSession({ mode: 'cram', queue, now: NOW });
    s = answer(s, 3, null); // a:forward
    s = answer(s, 1, null); // b: Again
    s = answer(s, 1, null); // a:reverse: Again
    s = answer(s, 4, null); // c
    s = answer(s, 1, null); // d: Again
    // Nothing else left: the missed cards come back, and a is missed once more.
    expect(s.current).toBe('b:forward');
    s = answer(s, 3, null, NOW + 2 * MINUTE);
    s = answer(s, 1, null, NOW + 2 * MINUTE); // a:reverse again
    expect(sessionTerms(s)).toEqual({
      hardest: [
        { termId: 'a', agains: 2 },
        { termId: 'b', agains: 1 },
        { termId: 'd', agains: 1 },
      ],
      learned: ['c'],
    });
  });

  it('name none before an answer, and at most HARDEST_SHOWN hardest', () => {
    const names = Array.from({ length: HARDEST_SHOWN + 2 }, (_, i) => `t${i}`);
    let s = startSession({ mode: 'cram', queue: ids(...names), now: NOW });
    expect(sessionTerms(s)).toEqual({ hardest: [], learned: [] });
    for (let i = 0; i < names.length; i++) s = answer(s, 1, null);
    const { hardest, learned } = sessionTerms(s);
    expect(hardest.map((term) => term.termId)).toEqual(names.slice(0, HARDEST_SHOWN));
    expect(learned).toEqual([]);
  });
});
