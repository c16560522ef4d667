import { describe, expect, it } from 'vitest';
import type { CardId, Grade, ReviewLogEntry } from './cards';
import { deckTermIds } from './decks';
import { DEFAULT_LEECH_FAILURES } from './leech-threshold';
import { countFailures, isLeech, leechTermIds, termFailures } from './leeches';

const NOW = Date.UTC(2026, 10, 22, 9);
const review = (cardId: CardId, grade: Grade, i: number): ReviewLogEntry => ({
  id: `r${i}`,
  cardId,
  grade,
  reviewedAt: NOW + i * 60_000,
  phase: 'learning',
  durationMs: 1000,
});

describe('leeches', () => {
  const log = [
    ...Array.from({ length: 8 }, (_, i) => review('iaas:forward', 1, i)),
    review('iaas:forward', 3, 8),
    ...Array.from({ length: 7 }, (_, i) => review('paas:reverse', 1, 10 + i)),
    review('saas:forward', 3, 20),
  ];

  it('count each card’s Again grades', () => {
    expect(countFailures(log)).toEqual(new Map([
      ['iaas:forward', 8],
      ['paas:reverse', 7],
    ]));
    expect(countFailures([])).toEqual(new Map());
  });

  it('are cards failed 8 times by default, another number if set, none when off', () => {
    expect(DEFAULT_LEECH_FAILURES).toBe(8);
    expect(leechTermIds(log, 8)).toEqual(new Set(['iaas']));
    expect(leechTermIds(log, 7)).toEqual(new Set(['iaas', 'paas']));
    expect(leechTermIds(log, 0)).toEqual(new Set());
    expect(isLeech(100, 0)).toBe(false);
    expect(isLeech(3, 3)).toBe(true);
  });

  it('gather in the Leeches deck, in content order', () => {
    const terms = [
      { id: 'saas', topic: 'service-models' },
      { id: 'paas', topic: 'service-models' },
      { id: 'iaas', topic: 'service-models' },
    ];
    expect(deckTermIds('leeches', { terms, starred: [], missed: {}, leeches: leechTermIds(log, 7) })).toEqual(['paas', 'iaas']);
    expect(deckTermIds('leeches', { terms, starred: [], missed: {} })).toEqual([]);
  });

  it('come from any kind of card: a translation or typed-recall card failed that often makes its term a leech', () => {
    const mixed = [
      ...Array.from({ length: 5 }, (_, i) => review('vpc:forward', 1, i)),
      ...Array.from({ length: 8 }, (_, i) => review('vpc:type-zh', 1, 10 + i)),
      ...Array.from({ length: 6 }, (_, i) => review('nat:en-zh', 1, 20 + i)),
      ...Array.from({ length: 2 }, (_, i) => review('nat:zh-en', 1, 30 + i)),
      review('vpc-peering:type-zh', 1, 40),
    ];
    // The term's most failed card counts, never the sum of its cards; a term whose id ends like another's is its own.
    expect(termFailures(mixed, 'vpc')).toBe(8);
    expect(termFailures(mixed, 'nat')).toBe(6);
    expect(termFailures(mixed, 'vpc-peering')).toBe(1);
    expect(termFailures(mixed, 'saas')).toBe(0);
    expect(leechTermIds(mixed, 8)).toEqual(new Set(['vpc']));
    expect(leechTermIds(mixed, 6)).toEqual(new Set(['vpc', 'nat']));
    for (const threshold of [0, 1, 5, 6, 8, 9]) {
      for (const term of ['vpc', 'nat', 'vpc-peering']) expect(leechTermIds(mixed, threshold).has(term)).toBe(isLeech(termFailures(mixed, term), threshold));
    }
  });
});
