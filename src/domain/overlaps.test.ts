import { describe, expect, it } from 'vitest';
import { overlapIndex, termsOverlap } from './overlaps';

describe('overlapIndex', () => {
  it('reads an overlap declared on one side both ways', () => {
    const index = overlapIndex([{ id: 'cloud-computing', overlaps: ['nist-definition'] }, { id: 'nist-definition' }]);

    expect(termsOverlap(index, 'cloud-computing', 'nist-definition')).toBe(true);
    expect(termsOverlap(index, 'nist-definition', 'cloud-computing')).toBe(true);
  });

  it('accepts the same pair declared on both sides', () => {
    const index = overlapIndex([
      { id: 'a', overlaps: ['b'] },
      { id: 'b', overlaps: ['a'] },
    ]);

    expect([...(index.get('a') ?? [])]).toEqual(['b']);
    expect([...(index.get('b') ?? [])]).toEqual(['a']);
  });

  it('is not transitive: a overlapping b and b overlapping c says nothing of a and c', () => {
    const index = overlapIndex([
      { id: 'a', overlaps: ['b'] },
      { id: 'b', overlaps: ['c'] },
      { id: 'c' },
    ]);

    expect(termsOverlap(index, 'a', 'c')).toBe(false);
    expect(termsOverlap(index, 'b', 'c')).toBe(true);
  });

  it('treats terms without overlaps as overlapping nothing, and never a term with itself', () => {
    const index = overlapIndex([{ id: 'a', overlaps: ['a'] }, { id: 'b' }]);

    expect(termsOverlap(index, 'a', 'a')).toBe(false);
    expect(termsOverlap(index, 'a', 'b')).toBe(false);
  });
});
