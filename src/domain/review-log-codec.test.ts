import { describe, expect, it } from 'vitest';
import { generateHistory } from '../../tests/factories/learning-history';
import type { CardId, ReviewLogEntry } from './cards';
import { createLogPacker, defaultReviewId, packLog, type PackedLog } from './review-log-codec';
import { unpackLog, validateStoredProgress } from './review-log-reader';
import { LIMITS } from './limits';

const NOW = Date.UTC(2026, 10, 22, 9);
const DAY = 86_400_000;

/** Through JSON, as storage and files hold it. */
const roundTrip = (log: readonly ReviewLogEntry[]) => unpackLog(JSON.parse(JSON.stringify(packLog(log))), NOW);

const entry = (cardId: CardId, reviewedAt: number, extra: Partial<ReviewLogEntry> = {}): ReviewLogEntry => ({
  id: defaultReviewId(reviewedAt, cardId),
  cardId,
  grade: 3,
  reviewedAt,
  phase: 'review',
  durationMs: 4_200,
  ...extra,
});

/** A learner's log as the app writes it from version 3 on. */
function appLog(count: number): ReviewLogEntry[] {
  const { progress: { log } } = generateHistory({ now: NOW, days: Math.ceil(count / 10) + 1, reviewsPerDay: 20, skip: 0 });
  return log.slice(-count).map((e) => ({ ...e, id: defaultReviewId(e.reviewedAt, e.cardId) }));
}

describe('packing the review log', () => {
  it('reads back exactly what it packed: every field, in the same order', () => {
    const log = appLog(500);
    expect(roundTrip(log)).toEqual({ ok: true, value: log });
  });

  it('keeps every grade and phase apart', () => {
    const log: ReviewLogEntry[] = [];
    for (const phase of ['new', 'learning', 'review', 'relearning'] as const) {
      for (const grade of [1, 2, 3, 4] as const) log.push(entry('iaas:forward', NOW - DAY + log.length * 1000, { grade, phase }));
    }
    expect(roundTrip(log)).toEqual({ ok: true, value: log });
  });

  it('keeps the order of a log that goes back in time, and reviews in the same millisecond', () => {
    const log = [entry('iaas:forward', NOW - 5000), entry('paas:forward', NOW - 9000), entry('saas:reverse', NOW - 9000), entry('iaas:reverse', 0)];
    const packed = packLog(log);
    expect(packed.at.split(',').some((gap) => gap.startsWith('-'))).toBe(true);
    expect(roundTrip(log)).toEqual({ ok: true, value: log });
  });

  it('keeps ids of every earlier kind exactly: random ones of version 2, and any other', () => {
    const at = NOW - DAY;
    const log = [
      entry('iaas:forward', at, { id: `${at.toString(36)}-1k2j3h4g5f` }), // version 2's time and random bits
      entry('iaas:forward', at + 1, { id: 'r17' }), // a hand-made or older file's
      entry('paas:forward', at + 2, { id: `${(at + 2).toString(36)}-=odd` }), // looks like the escape
      entry('paas:forward', at + 3, { id: `${(at + 3).toString(36)}-` }), // nothing after the time
      entry('saas:forward', at + 4, { id: `0${(at + 4).toString(36)}-saas:forward` }), // a leading zero
      entry('saas:forward', at + 5),
    ];
    const packed = packLog(log);
    expect(packed.ids).toEqual([
      [0, '1k2j3h4g5f'],
      [0, '=r17'],
      [0, `=${(at + 2).toString(36)}-=odd`],
      [0, `=${(at + 3).toString(36)}-`],
      [0, `=0${(at + 4).toString(36)}-saas:forward`],
    ]);
    expect(roundTrip(log)).toEqual({ ok: true, value: log });
    expect(roundTrip(generateHistory({ now: NOW }).progress.log)).toEqual({ ok: true, value: generateHistory({ now: NOW }).progress.log });
  });

  it('stores nothing for the ids the app gives, and each card id once', () => {
    const log = appLog(2_000);
    const packed = packLog(log);
    expect(packed.ids).toEqual([]);
    expect(packed.cardIds).toEqual([...new Set(log.map((e) => e.cardId))]);
    expect(packed.kind).toHaveLength(2_000);
  });

  it('takes about a tenth of the room of one object per review', () => {
    const log = appLog(5_000);
    const packed = JSON.stringify(packLog(log)).length;
    const verbose = JSON.stringify(log.map((e, i) => ({ ...e, id: `${e.reviewedAt.toString(36)}-${(i * 7_919_191).toString(36)}` }))).length;
    expect(packed / log.length).toBeLessThan(16);
    expect(packed).toBeLessThan(verbose / 8);
  });

  it('rounds a fraction of a millisecond, which only a hand-made file could hold', () => {
    const log = [entry('iaas:forward', NOW - 1000.4, { id: 'x', durationMs: 812.6 })];
    expect(roundTrip(log)).toEqual({ ok: true, value: [{ ...log[0], reviewedAt: NOW - 1000, durationMs: 813 }] });
  });

  it('packs a growing log in steps to the same result as all at once, and starts over on any other change', () => {
    const log = appLog(300);
    const pack = createLogPacker();
    let grown: ReviewLogEntry[] = [];
    for (let i = 0; i < log.length; i += 37) {
      grown = grown.concat(log.slice(i, i + 37)); // the same entry objects, as the store appends them
      expect(pack(grown)).toEqual(packLog(grown));
    }
    const undone = [...grown.slice(0, 100), ...grown.slice(101)];
    expect(pack(undone)).toEqual(packLog(undone));
    expect(pack([])).toEqual(packLog([]));
    const first = pack(log);
    pack(log.concat([entry('iaas:forward', NOW)]));
    expect(first).toEqual(packLog(log)); // what it returned before is not changed by later calls
  });

  it('packs an empty log to empty columns, and reads them back', () => {
    expect(packLog([])).toEqual({ cardIds: [], card: '', kind: '', at: '', ms: '', ids: [] });
    expect(roundTrip([])).toEqual({ ok: true, value: [] });
  });
});

describe('reading a packed log', () => {
  const at = NOW - DAY;
  const log = [entry('iaas:forward', at), entry('paas:reverse', at + 60_000, { id: 'kept', grade: 1, phase: 'new' }), entry('iaas:forward', at + 120_000)];
  const valid = packLog(log);
  const issue = (patch: Partial<Record<keyof PackedLog, unknown>> | unknown) =>
    unpackLog(typeof patch === 'object' && patch !== null && !Array.isArray(patch) ? { ...valid, ...patch } : patch, NOW, 'progress.log');
  const refused = (patch: unknown) => {
    const result = issue(patch);
    return result.ok ? null : result.issue;
  };

  it('accepts what was packed', () => {
    expect(issue({})).toEqual({ ok: true, value: log });
  });

  it('refuses what is not a packed log, naming the part', () => {
    expect(refused([])).toEqual({ code: 'wrong-type', path: 'progress.log' });
    expect(refused({ kind: undefined })).toEqual({ code: 'missing', path: 'progress.log.kind' });
    expect(refused({ at: [1, 2, 3] })).toEqual({ code: 'wrong-type', path: 'progress.log.at' });
    expect(refused({ cardIds: 'iaas:forward' })).toEqual({ code: 'wrong-type', path: 'progress.log.cardIds' });
    expect(refused({ ids: {} })).toEqual({ code: 'wrong-type', path: 'progress.log.ids' });
  });

  it('names the review behind a bad value', () => {
    expect(refused({ kind: valid.kind.slice(0, 2) + 'g' })).toEqual({ code: 'out-of-range', path: 'progress.log.kind[2]' });
    expect(refused({ card: '0,2,0' })).toEqual({ code: 'out-of-range', path: 'progress.log.card[1]' });
    expect(refused({ card: '0,1,-1' })).toEqual({ code: 'out-of-range', path: 'progress.log.card[2]' });
    expect(refused({ ms: '1,2.5,3' })).toEqual({ code: 'wrong-type', path: 'progress.log.ms[1]' });
    expect(refused({ ms: '1,,3' })).toEqual({ code: 'wrong-type', path: 'progress.log.ms[1]' });
    expect(refused({ ms: '1,2,-3' })).toEqual({ code: 'out-of-range', path: 'progress.log.ms[2]' });
    expect(refused({ at: `${valid.at.split(',')[0]},${'z'.repeat(12)},1` })).toEqual({ code: 'out-of-range', path: 'progress.log.at[1]' });
    expect(refused({ at: 'Infinity,1,1' })).toEqual({ code: 'wrong-type', path: 'progress.log.at[0]' });
  });

  it('refuses times before 1970 or far in the future', () => {
    expect(refused({ at: `-1,1,1` })).toEqual({ code: 'out-of-range', path: 'progress.log.at[0]' });
    expect(refused({ at: `${valid.at.split(',')[0]},${(400 * DAY).toString(36)},1` })).toEqual({ code: 'future-date', path: 'progress.log.at[1]' });
  });

  it('refuses columns of different lengths', () => {
    expect(refused({ card: '0,1' })).toEqual({ code: 'missing', path: 'progress.log.card[2]' });
    expect(refused({ ms: '1,2,3,4' })).toEqual({ code: 'too-many', path: 'progress.log.ms' });
    expect(refused({ kind: valid.kind + '2' })).toEqual({ code: 'missing', path: 'progress.log.card[3]' });
    expect(refused({ card: '', kind: '', at: '', ms: '5' })).toEqual({ code: 'too-many', path: 'progress.log.ms' });
  });

  it('refuses card ids that are not a term and a direction', () => {
    expect(refused({ cardIds: ['iaas:forward', 'paas:sideways'] })).toEqual({ code: 'bad-id', path: 'progress.log.cardIds[1]' });
    expect(refused({ cardIds: ['iaas:forward', 7] })).toEqual({ code: 'wrong-type', path: 'progress.log.cardIds[1]' });
    expect(refused({ cardIds: ['__proto__', 'x:forward'] })).toEqual({ code: 'bad-id', path: 'progress.log.cardIds[0]' });
  });

  it('refuses ids that are malformed, out of place, or could pollute a prototype', () => {
    expect(refused({ ids: [[0, 'kept']] })).toBeNull(); // valid: the first review's id is then '<time>-kept'
    expect(refused({ ids: [[3, '=kept']] })).toEqual({ code: 'out-of-range', path: 'progress.log.ids[0][0]' });
    expect(refused({ ids: [[-1, '=kept']] })).toEqual({ code: 'out-of-range', path: 'progress.log.ids[0][0]' });
    expect(refused({ ids: [[0.5, '=kept']] })).toEqual({ code: 'out-of-range', path: 'progress.log.ids[0][0]' });
    expect(refused({ ids: [['1', '=kept']] })).toEqual({ code: 'wrong-type', path: 'progress.log.ids[0]' });
    expect(refused({ ids: [[1]] })).toEqual({ code: 'wrong-type', path: 'progress.log.ids[0]' });
    expect(refused({ ids: [[1, '=kept', 3]] })).toEqual({ code: 'wrong-type', path: 'progress.log.ids[0]' });
    expect(refused({ ids: [[1, '']] })).toEqual({ code: 'bad-id', path: 'progress.log.ids[0][1]' });
    expect(refused({ ids: [[1, '=']] })).toEqual({ code: 'bad-id', path: 'progress.log.ids[0][1]' });
    expect(refused({ ids: [[1, '=__proto__']] })).toEqual({ code: 'bad-id', path: 'progress.log.ids[0][1]' });
    expect(refused({ ids: [[1, 'x'.repeat(LIMITS.idLength)]] })).toEqual({ code: 'bad-id', path: 'progress.log.ids[0][1]' }); // too long with its time
    expect(refused({ ids: [[1, 'x'.repeat(LIMITS.idLength + 2)]] })).toEqual({ code: 'bad-id', path: 'progress.log.ids[0][1]' });
    expect(refused({ ids: [{}] })).toEqual({ code: 'wrong-type', path: 'progress.log.ids[0]' });
  });

  it('stops at once on a huge column', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const started = performance.now();
    for (const column of ['card', 'at', 'ms'] as const) expect(refused({ [column]: huge })?.code).toBe('out-of-range');
    expect(refused({ kind: huge })).toEqual({ code: 'too-long', path: 'progress.log.kind' });
    expect(refused({ kind: 'x'.repeat(3) })).toEqual({ code: 'out-of-range', path: 'progress.log.kind[0]' });
    expect(refused({ card: '0,'.repeat(5_000_000) })).toEqual({ code: 'too-many', path: 'progress.log.card' });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('is part of reading stored progress', () => {
    const cards = {};
    expect(validateStoredProgress({ cards, log: valid, starred: [] }, NOW)).toEqual({ ok: true, value: { cards, log, starred: [] } });
    expect(validateStoredProgress({ cards, log, starred: [] }, NOW)).toEqual({ ok: false, issue: { code: 'wrong-type', path: 'progress.log' } });
  });
});
