/**
 * A small seeded pseudo-random generator, so that a quiz is the same quiz every time its seed
 * is used: retaken, shared or reloaded. The seed is any string (it lives in the URL).
 *
 * cyrb128 hashes the seed into 128 bits; sfc32 generates from them. Both are public-domain,
 * fast, and pass PractRand far beyond what a quiz needs.
 */

export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  /** A shuffled copy (Fisher–Yates); the input is untouched. */
  shuffle<T>(items: readonly T[]): T[];
  /** A new generator derived from this seed and a label, independent of how far this one has run. */
  fork(label: string): Random;
};

function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

export function createRandom(seed: string): Random {
  const next = sfc32(...cyrb128(seed));
  // Warm up: the first outputs of sfc32 correlate with the seed.
  for (let i = 0; i < 12; i++) next();
  const int = (max: number) => Math.floor(next() * max);
  return {
    next,
    int,
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
    fork: (label: string) => createRandom(`${seed}\u0000${label}`),
  };
}

const SEED_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'; // no 0/o, 1/l: easy to read aloud and type

/** A short, URL-safe seed from any source of randomness (crypto in the app, a fixed one in tests). */
export function makeSeed(randomFloat: () => number, length = 6): string {
  let seed = '';
  for (let i = 0; i < length; i++) seed += SEED_ALPHABET[Math.floor(randomFloat() * SEED_ALPHABET.length)] ?? 'a';
  return seed;
}

/** Whether a seed from a URL is one we accept (short, URL-safe). */
export function isValidSeed(seed: string): boolean {
  return /^[a-z0-9-]{1,32}$/i.test(seed);
}
