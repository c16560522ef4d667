import { describe, expect, it } from 'vitest';
import type { ReviewLogEntry } from './cards';
import type { QuizAttempt } from './quiz-history';
import { attemptDoc, latestStars, noteDoc, pickLaterSettings, readSyncDoc, reviewDoc, settingsDoc, starDoc } from './sync-docs';

const NOW = Date.UTC(2026, 10, 22, 2, 0);
const entry: ReviewLogEntry = { id: 'mhx-vpc:forward', cardId: 'vpc:forward', grade: 3, reviewedAt: NOW - 1000, phase: 'new', durationMs: 2400 };
const attempt: QuizAttempt = {
  id: 'q1',
  quizId: 'networking',
  seed: 's',
  startedAt: NOW - 60_000,
  finishedAt: NOW - 1000,
  answers: [{ questionId: 'n1', topic: 'basics', termIds: ['vpc'], correct: false }],
};
const readSettings = (raw: unknown) => (typeof raw === 'object' && raw !== null && 'theme' in raw ? (raw as { theme: string }) : null);
const read = (doc: unknown) => readSyncDoc(doc, NOW, readSettings);

describe('sync documents', () => {
  it('give one review one id, derived from the review, and read back exactly', () => {
    const doc = reviewDoc(entry);
    expect(doc._id).toBe('review:mhx-vpc:forward');
    expect(reviewDoc({ ...entry })._id).toBe(doc._id);
    expect(read({ ...doc, _rev: '1-abc' })).toEqual({ kind: 'review', entry });
  });

  it('read back quiz attempts, stars and settings', () => {
    expect(read(attemptDoc(attempt))).toEqual({ kind: 'attempt', attempt });
    const star = { termId: 'vpc', starred: true, at: NOW - 5 };
    expect(read(starDoc(star))).toEqual({ kind: 'star', star });
    expect(starDoc(star)._id).not.toBe(starDoc({ ...star, starred: false })._id);
    expect(read(settingsDoc({ theme: 'dark' }, NOW - 5))).toEqual({ kind: 'settings', settings: { theme: 'dark' }, changedAt: NOW - 5 });
  });

  it('keep each writing of a note as its own document, read back exactly', () => {
    const note = { text: 'A private network of my own in the cloud', at: NOW - 10 };
    expect(read(noteDoc('vpc', note))).toEqual({ kind: 'note', termId: 'vpc', note });
    expect(noteDoc('vpc', note)._id).not.toBe(noteDoc('vpc', { ...note, at: NOW })._id);
    expect(read({ ...noteDoc('vpc', note), text: 'x'.repeat(5000) })).toBeNull();
  });

  it('refuse what is not ours or not valid', () => {
    expect(read({ _id: '_design/x', views: {} })).toBeNull();
    expect(read({ ...reviewDoc(entry), grade: 7 })).toBeNull();
    expect(read({ ...reviewDoc(entry), cardId: 'no-direction' })).toBeNull();
    expect(read({ ...reviewDoc(entry), reviewedAt: NOW + 400 * 86_400_000 })).toBeNull();
    expect(read({ ...reviewDoc(entry), _id: 'attempt:x' })).toBeNull();
    expect(read({ ...attemptDoc(attempt), answers: 'many' })).toBeNull();
    expect(read({ ...starDoc({ termId: 'vpc', starred: true, at: NOW }), starred: 'yes' })).toBeNull();
    expect(read(settingsDoc({ nope: 1 }, NOW))).toBeNull();
    expect(read(null)).toBeNull();
  });

  it('take each term’s latest star change, a tie going to cleared', () => {
    const stars = latestStars([
      { termId: 'vpc', starred: true, at: 1 },
      { termId: 'vpc', starred: false, at: 3 },
      { termId: 'iam', starred: false, at: 2 },
      { termId: 'iam', starred: true, at: 4 },
      { termId: 'cdn', starred: true, at: 5 },
      { termId: 'cdn', starred: false, at: 5 },
    ]);
    expect([...stars.values()].map((s) => [s.termId, s.starred])).toEqual([
      ['vpc', false],
      ['iam', true],
      ['cdn', false],
    ]);
  });

  it('let the later settings edit win, and break a tie the same way in any order', () => {
    const a = { changedAt: 10, settings: { theme: 'dark' } };
    const b = { changedAt: 20, settings: { theme: 'light' } };
    const c = { changedAt: 20, settings: { theme: 'system' } };
    expect(pickLaterSettings([a, b])).toBe(b);
    expect(pickLaterSettings([b, a])).toBe(b);
    expect(pickLaterSettings([b, c])).toBe(pickLaterSettings([c, b]));
    expect(pickLaterSettings([])).toBeUndefined();
  });
});
