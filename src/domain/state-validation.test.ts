import { describe, expect, it } from 'vitest';
import { generateHistory } from '../../tests/factories/learning-history';
import { LIMITS } from './limits';
import { findUnsafeKey, validateProgress, validateQuizHistory } from './state-validation';

const NOW = Date.UTC(2026, 10, 22, 9);

describe('validation of progress and quiz history', () => {
  const history = generateHistory({ now: NOW });

  it('accepts what the app writes', () => {
    expect(validateProgress(history.progress, NOW)).toEqual({ ok: true, value: history.progress });
    expect(validateQuizHistory(history.quiz, NOW)).toEqual({ ok: true, value: history.quiz });
  });

  it('refuses card ids that are not a term and a direction', () => {
    const cards = { 'iaas:sideways': history.progress.cards['iaas:forward'] };
    expect(validateProgress({ ...history.progress, cards }, NOW)).toEqual({ ok: false, issue: { code: 'bad-id', path: 'progress.cards["iaas:sideways"]' } });
  });

  it('refuses absurd sizes', () => {
    const long = { ...history.progress, starred: ['x'.repeat(LIMITS.idLength + 1)] };
    expect(validateProgress(long, NOW)).toEqual({ ok: false, issue: { code: 'too-long', path: 'progress.starred[0]' } });
  });

  it('copies into fresh objects that keep the ordinary prototype', () => {
    const result = validateQuizHistory(JSON.parse('{"attempts": [], "missed": {"iaas": 5}}'), NOW);
    expect(result.ok && Object.getPrototypeOf(result.value.missed)).toBe(Object.prototype);
  });
});

describe('findUnsafeKey', () => {
  it('finds keys at any depth and survives deep nesting', () => {
    expect(findUnsafeKey(JSON.parse('{"a": [{"b": {"__proto__": 1}}]}'))).toBe('a[0].b.__proto__');
    expect(findUnsafeKey({ a: [1, 'constructor', { ok: true }] })).toBeNull();
    const deep = JSON.parse(`${'['.repeat(5000)}{"prototype": 1}${']'.repeat(5000)}`);
    expect(findUnsafeKey(deep)).toMatch(/\.prototype$/);
  });
});
