import { describe, expect, it } from 'vitest';
import { hostileVariants } from '../../tests/factories/hostile-inputs';
import { generateHistory } from '../../tests/factories/learning-history';
import { packProgress } from './review-log-codec';
import { validateStoredProgress } from './review-log-reader';
import { countSetAside, salvageState } from './salvage';
import { validateQuizHistory } from './state-validation';

const NOW = Date.UTC(2026, 10, 22, 9);
const history = generateHistory({ now: NOW, days: 6, reviewsPerDay: 8, skip: 0 });
const stored = { settings: { theme: 'dark' }, progress: packProgress(history.progress), quiz: history.quiz };
const settings = (raw: unknown) => ({ theme: (raw as { theme?: unknown } | undefined)?.theme === 'dark' ? 'dark' : 'system' });
const salvage = (raw: unknown) => salvageState(raw, NOW, settings);
const copy = () => structuredClone(stored) as typeof stored & Record<string, unknown>;
const cardIds = Object.keys(history.progress.cards);
const reviews = history.progress.log.length;

/** What salvage returns is valid by the strict validators, whole. */
function expectValid(result: ReturnType<typeof salvage>) {
  expect(validateStoredProgress(packProgress(result.state.progress), NOW).ok).toBe(true);
  expect(validateQuizHistory(result.state.quiz, NOW).ok).toBe(true);
}

describe('salvaging a damaged state record by record', () => {
  it('keeps a sound state whole, setting nothing aside', () => {
    const result = salvage(copy());
    expect(result.setAside).toEqual([]);
    expect(result.state.progress).toEqual(history.progress);
    expect(result.state.quiz).toEqual(history.quiz);
    expect(result.state.settings).toEqual({ theme: 'dark' });
  });

  it('sets aside one damaged card and keeps every other card and every review', () => {
    const damaged = copy();
    const [first] = cardIds;
    (damaged.progress.cards as Record<string, Record<string, unknown>>)[first!]!.stability = 1e-300;
    const result = salvage(damaged);
    expect(result.setAside).toEqual([{ code: 'out-of-range', path: `state.progress.cards[${JSON.stringify(first)}].stability` }]);
    expect(Object.keys(result.state.progress.cards)).toEqual(cardIds.slice(1));
    expect(result.state.progress.log).toEqual(history.progress.log);
    expectValid(result);
  });

  it('sets aside one review with a damaged grade and keeps the others', () => {
    const damaged = copy();
    damaged.progress.log.kind = `${damaged.progress.log.kind.slice(0, 5)}z${damaged.progress.log.kind.slice(6)}`;
    const result = salvage(damaged);
    expect(result.setAside).toEqual([{ code: 'out-of-range', path: 'state.progress.log.kind[5]' }]);
    expect(result.state.progress.log).toEqual(history.progress.log.filter((_, i) => i !== 5));
    expectValid(result);
  });

  it('keeps the reviews before a damaged time and sets aside, counted, the ones whose times it makes unknown', () => {
    const damaged = copy();
    const gaps = damaged.progress.log.at.split(',');
    gaps[10] = 'x!';
    damaged.progress.log.at = gaps.join(',');
    const result = salvage(damaged);
    expect(result.setAside).toEqual([{ code: 'wrong-type', path: 'state.progress.log.at[10]', count: reviews - 10 }]);
    expect(result.state.progress.log).toEqual(history.progress.log.slice(0, 10));
    expect(countSetAside(result.setAside)).toBe(reviews - 10);
  });

  it('reads an unpacked log (earlier versions, another tab) entry by entry', () => {
    const damaged = { ...copy(), progress: { ...history.progress, log: history.progress.log.map((e, i) => (i === 2 ? { ...e, grade: 9 } : e)) } };
    const result = salvage(damaged);
    expect(result.setAside).toEqual([{ code: 'out-of-range', path: 'state.progress.log[2].grade' }]);
    expect(result.kept.reviews).toBe(reviews - 1);
  });

  it('sets aside a quiz attempt with a polluting key, and keeps the rest; nothing reaches a prototype', () => {
    const damaged = JSON.parse(JSON.stringify(copy()).replace('"answers":[{', '"answers":[{"__proto__":{"polluted":true},')) as unknown;
    const result = salvage(damaged);
    expect(result.setAside).toEqual([{ code: 'unsafe-key', path: 'state.quiz.attempts[0].answers[0].__proto__' }]);
    expect(result.state.quiz.attempts).toEqual(history.quiz.attempts.slice(1));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps the quiz history when the progress is missing, and says the progress is', () => {
    const { progress: _, ...damaged } = copy();
    const result = salvage(damaged);
    expect(result.setAside).toEqual([{ code: 'missing', path: 'state.progress' }]);
    expect(result.state.quiz).toEqual(history.quiz);
    expect(result.state.progress).toEqual({ cards: {}, log: [], starred: [] });
  });

  it('counts a review listed twice under one id once', () => {
    const damaged = { ...copy(), progress: { ...history.progress, log: [history.progress.log[0], ...history.progress.log] } };
    expect(salvage(damaged).kept.reviews).toBe(reviews);
  });

  it('never throws on any hostile variant, returns only valid data, and loses no review to damage elsewhere', () => {
    const variants = hostileVariants({ state: stored, version: 4 });
    let salvaged = 0;
    for (const { name, text } of variants) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        continue; // not JSON: nothing to salvage
      }
      const state = (parsed as { state?: unknown } | null)?.state;
      const result = salvage(state);
      expectValid(result);
      const logTouched = name.includes('.progress.log') || /\.state(\.progress)?(:|$)/.test(name);
      if (!logTouched) expect(result.kept.reviews, name).toBe(reviews);
      salvaged++;
    }
    expect(salvaged).toBeGreaterThan(250); // the variants that are JSON at all
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
