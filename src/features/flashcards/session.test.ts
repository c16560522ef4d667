import { describe, expect, it } from 'vitest';
import type { CardId } from '../../domain/cards';
import { answerCard, CRAM_AGAIN_MS, MAX_ANSWER_MS, remainingCounts, startSession, type Session } from './session';

const NOW = Date.UTC(2026, 10, 22, 2, 0);
const MINUTE = 60_000;
const END_OF_DAY = NOW + 18 * 60 * MINUTE;
const ids = (...names: string[]) => names.map((name) => `${name}:forward` as CardId);

const learnt = { due: NOW + 5 * 86_400_000, phase: 'review' as const };
const step = (minutes: number, now = NOW) => ({ due: now + minutes * MINUTE, phase: 'learning' as const });

function answer(session: Session, grade: 1 | 2 | 3 | 4, scheduled: { due: number; phase: 'review' | 'learning' } | null, now = NOW) {
  return answerCard(session, { grade, scheduled, now, durationMs: 5000, endOfDay: END_OF_DAY });
}

describe('a study session', () => {
  it('goes through the queue and is done when every card has left it', () => {
    let s = startSession({ mode: 'schedule', queue: ids('a', 'b'), now: NOW });
    expect(s.current).toBe('a:forward');
    s = answer(s, 3, learnt);
    expect(s).toMatchObject({ current: 'b:forward', done: 1, total: 2 });
    s = answer(s, 4, learnt);
    expect(s).toMatchObject({ current: null, done: 2, grades: { 1: 0, 2: 0, 3: 1, 4: 1 }, timeMs: 10_000 });
  });

  it('brings a learning step back within the session: when due, or when nothing else is left', () => {
    let s = startSession({ mode: 'schedule', queue: ids('a', 'b', 'c'), now: NOW });
    s = answer(s, 1, step(1)); // a: Again, back in a minute
    expect(s.current).toBe('b:forward');
    s = answer(s, 3, learnt, NOW + 2 * MINUTE); // a is due now: it comes before c
    expect(s.current).toBe('a:forward');
    s = answer(s, 3, step(10, NOW + 2 * MINUTE), NOW + 2 * MINUTE);
    expect(s.current).toBe('c:forward');
    s = answer(s, 3, learnt, NOW + 3 * MINUTE); // nothing else left: a comes back early
    expect(s).toMatchObject({ current: 'a:forward', done: 2 });
    s = answer(s, 3, learnt, NOW + 3 * MINUTE);
    expect(s).toMatchObject({ current: null, done: 3, missed: ['a:forward'] });
  });

  it('lets a card scheduled past the end of the study day leave the session', () => {
    let s = startSession({ mode: 'schedule', queue: ids('a'), now: NOW });
    s = answer(s, 1, { due: END_OF_DAY + MINUTE, phase: 'learning' });
    expect(s).toMatchObject({ current: null, done: 1 });
  });

  it('shows the asked-for cards first, then learning cards that are due', () => {
    const s = startSession({ mode: 'schedule', queue: ids('t', 'r'), learning: [{ id: 'l:forward', due: NOW - MINUTE }], priority: 1, now: NOW });
    expect(s.current).toBe('t:forward');
    expect(answer(s, 3, learnt).current).toBe('l:forward');
    expect(s.total).toBe(3);
  });

  it('in cram mode brings a missed card back a minute later, and schedules nothing', () => {
    let s = startSession({ mode: 'cram', queue: ids('a', 'b', 'c'), now: NOW });
    s = answer(s, 1, null);
    expect(s.returning).toEqual([{ id: 'a:forward', due: NOW + CRAM_AGAIN_MS }]);
    s = answer(s, 3, null, NOW + CRAM_AGAIN_MS);
    expect(s.current).toBe('a:forward');
  });

  it('counts at most a minute for an answer', () => {
    const s = answerCard(startSession({ mode: 'cram', queue: ids('a'), now: NOW }), { grade: 3, scheduled: null, now: NOW, durationMs: 3_600_000, endOfDay: END_OF_DAY });
    expect(s.timeMs).toBe(MAX_ANSWER_MS);
  });

  it('counts what is left as Anki does: new, learning and review, the current card included', () => {
    const isNew = (id: CardId) => id.startsWith('n');
    let s = startSession({ mode: 'schedule', queue: ids('r1', 'n1', 'n2'), now: NOW });
    expect(remainingCounts(s, isNew)).toEqual({ new: 2, learning: 0, review: 1 });
    s = answer(s, 1, step(1));
    expect(remainingCounts(s, isNew)).toEqual({ new: 2, learning: 1, review: 0 });
  });
});
