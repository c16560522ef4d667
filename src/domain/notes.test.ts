import { describe, expect, it } from 'vitest';
import { mergeNotes } from './notes';

const NOW = Date.UTC(2026, 10, 22, 9);

describe('mergeNotes', () => {
  it('keeps each term’s latest writing from both sides', () => {
    const mine = { iaas: { text: 'mine, later', at: NOW + 10 }, paas: { text: 'mine, older', at: NOW } };
    const theirs = { iaas: { text: 'theirs, older', at: NOW }, paas: { text: 'theirs, later', at: NOW + 5 }, saas: { text: 'only theirs', at: NOW } };
    expect(mergeNotes(mine, theirs)).toEqual({ iaas: mine.iaas, paas: theirs.paas, saas: theirs.saas });
    expect(mergeNotes(theirs, mine)).toEqual(mergeNotes(mine, theirs));
  });

  it('returns the same object when nothing is new', () => {
    const mine = { iaas: { text: 'a', at: NOW } };
    expect(mergeNotes(mine, { iaas: { text: 'a', at: NOW } })).toBe(mine);
    expect(mergeNotes(mine, undefined)).toBe(mine);
    expect(mergeNotes(undefined, undefined)).toBeUndefined();
  });

  it('never writes through a prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"text": "x", "at": 1}}') as Record<string, { text: string; at: number }>;
    const merged = mergeNotes({}, hostile)!;
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['text']).toBeUndefined();
  });
});
