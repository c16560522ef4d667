import { describe, expect, it } from 'vitest';
import { createRandom, isValidSeed, makeSeed } from './random';

describe('createRandom', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    const a = createRandom('abc123');
    const b = createRandom('abc123');
    const c = createRandom('abc124');
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    for (const value of seqA) expect(value >= 0 && value < 1).toBe(true);
  });

  it('shuffles into a permutation without touching the input, the same way for the same seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const shuffled = createRandom('s').shuffle(items);
    expect(items).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
    expect(shuffled).not.toEqual(items);
    expect(createRandom('s').shuffle(items)).toEqual(shuffled);
  });

  it('keeps integers in range and spreads them over it', () => {
    const random = createRandom('ints');
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const value = random.int(6);
      expect(Number.isInteger(value) && value >= 0 && value < 6).toBe(true);
      seen.add(value);
    }
    expect(seen.size).toBe(6);
  });

  it('forks independently of how far the parent has run', () => {
    const early = createRandom('p').fork('child').next();
    const parent = createRandom('p');
    parent.next();
    parent.next();
    expect(parent.fork('child').next()).toBe(early);
    expect(createRandom('p').fork('other').next()).not.toBe(early);
  });
});

describe('seeds', () => {
  it('are short, URL-safe and readable', () => {
    let i = 0;
    const values = [0, 0.99, 0.5, 0.25, 0.75, 0.1];
    const seed = makeSeed(() => values[i++ % values.length] ?? 0);
    expect(seed).toMatch(/^[a-z2-9]{6}$/);
    expect(isValidSeed(seed)).toBe(true);
  });

  it('rejects what does not belong in a URL', () => {
    expect(isValidSeed('')).toBe(false);
    expect(isValidSeed('a b')).toBe(false);
    expect(isValidSeed('x'.repeat(33))).toBe(false);
    expect(isValidSeed('<script>')).toBe(false);
  });
});
