/**
 * Reading the review log's stored form (review-log-codec.ts), validating every value as
 * state-validation.ts does for the other parts of the state, and naming the first bad one.
 * Apart from the writing, so that a first visit (nothing stored to read) does not carry it.
 */
import type { ReviewLogEntry } from './cards';
import { LIMITS } from './limits';
import { base36, defaultReviewId, digitOf, PHASE_ORDER } from './review-log-codec';
import {
  array,
  cardIdOf,
  check,
  childPath,
  fail,
  object,
  pastTime,
  string,
  UNSAFE_KEYS,
  validateProgress,
  type Checked,
  type LogReader,
  type ProgressData,
} from './state-validation';

/**
 * Reads a column of `count` whole numbers in base 36 between `min` and `max`, strictly: one
 * pass, no allocation per value, and it stops at the first bad character or value.
 */
function numbers(raw: unknown, path: string, count: number, min: number, max: number): number[] {
  if (raw === undefined) fail('missing', path);
  if (typeof raw !== 'string') fail('wrong-type', path);
  const values: number[] = [];
  let value = 0;
  let digits = 0;
  let negative = false;
  for (let i = 0; raw !== '' && i <= raw.length; i++) {
    const c = i === raw.length ? 44 : raw.charCodeAt(i);
    if (c === 44) {
      // ','
      if (digits === 0) fail('wrong-type', childPath(path, values.length));
      if (values.length === count) fail('too-many', path);
      const signed = negative ? 0 - value : value;
      if (signed < min || signed > max) fail('out-of-range', childPath(path, values.length));
      values.push(signed);
      value = 0;
      digits = 0;
      negative = false;
    } else if (c === 45 && digits === 0 && !negative) {
      negative = true; // '-'
    } else {
      const digit = digitOf(c);
      if (digit < 0) fail('wrong-type', childPath(path, values.length));
      value = value * 36 + digit;
      digits++;
      if (value > Number.MAX_SAFE_INTEGER) fail('out-of-range', childPath(path, values.length));
    }
  }
  if (values.length < count) fail('missing', childPath(path, values.length));
  return values;
}

/** Reads a packed log (inside `check`): every value validated, into fresh entries. */
export const readPackedLog: LogReader = (raw, path, now) => {
  const log = object(raw, path);
  const at = (key: string) => childPath(path, key);
  const kinds = string(log.kind, at('kind'), LIMITS.log);
  const count = kinds.length;
  const cardIds = array(log.cardIds, at('cardIds'), LIMITS.cards).map((cardId, i) => cardIdOf(cardId, childPath(at('cardIds'), i)));
  const places = numbers(log.card, at('card'), count, 0, cardIds.length - 1);
  const gaps = numbers(log.at, at('at'), count, -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  const durations = numbers(log.ms, at('ms'), count, 0, 1e10);
  // Ids other than the default, by the place of their review.
  const ownIds = new Map<number, { text: string; item: number }>();
  const listed = array(log.ids, at('ids'), count);
  let place = -1;
  for (let item = 0; item < listed.length; item++) {
    const pair = listed[item];
    if (!Array.isArray(pair) || pair.length !== 2 || typeof pair[0] !== 'number' || typeof pair[1] !== 'string') fail('wrong-type', childPath(at('ids'), item));
    const [skipped, text] = pair as [number, string];
    place += skipped + 1;
    if (!Number.isInteger(skipped) || skipped < 0 || place >= count) fail('out-of-range', childPath(childPath(at('ids'), item), 0));
    if (text === '' || text.length > LIMITS.idLength + 1) fail('bad-id', childPath(childPath(at('ids'), item), 1));
    ownIds.set(place, { text, item });
  }
  const entries: ReviewLogEntry[] = new Array(count);
  const latest = now + LIMITS.futureSlackMs;
  let time = 0;
  for (let i = 0; i < count; i++) {
    const kind = digitOf(kinds.charCodeAt(i));
    if (kind < 0 || kind > 15) fail('out-of-range', childPath(at('kind'), i));
    time += gaps[i]!;
    if (time < 0 || time > latest) pastTime(time, childPath(at('at'), i), now); // names the problem
    const cardId = cardIds[places[i]!]!;
    const own = ownIds.get(i);
    let reviewId: string;
    if (own === undefined) reviewId = defaultReviewId(time, cardId);
    else {
      const { text, item } = own;
      reviewId = text[0] === '=' ? text.slice(1) : `${base36(time)}-${text}`;
      if (reviewId === '' || reviewId.length > LIMITS.idLength || UNSAFE_KEYS.has(reviewId)) fail('bad-id', childPath(childPath(at('ids'), item), 1));
    }
    entries[i] = {
      id: reviewId,
      cardId,
      grade: ((kind % 4) + 1) as ReviewLogEntry['grade'],
      reviewedAt: time,
      phase: PHASE_ORDER[kind >> 2]!,
      durationMs: durations[i]!,
    };
  }
  return entries;
};

/** Reads a packed log on its own: the entries, or what is wrong and where. */
export function unpackLog(raw: unknown, now: number, path = 'log'): Checked<ReviewLogEntry[]> {
  return check(() => readPackedLog(raw, path, now));
}

/** Validates progress as stored (the log packed), into progress as the app holds it. */
export function validateStoredProgress(raw: unknown, now: number, path = 'progress'): Checked<ProgressData> {
  return validateProgress(raw, now, path, readPackedLog);
}
