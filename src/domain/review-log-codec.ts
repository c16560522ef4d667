/**
 * The review log as storage and backup files hold it (from version 3 of the persisted state):
 * a few columns of small numbers rather than an object per review, so that years of study fit
 * in the browser's few megabytes: about 14 characters a review, and each card's id once, instead
 * of about 140 (100,000 reviews of 8,000 cards: 1.6 million characters instead of 14). The app
 * keeps the log in memory as before (`ReviewLogEntry[]`); this is only its stored form, and it
 * reads back exactly.
 *
 *   cardIds  every card reviewed, once, in the order of its first review
 *   card     for each review, in order: its card's place in `cardIds`
 *   kind     for each review, one character: (phase before the review) × 4 + grade − 1, in
 *            base 36 ('0'–'f'; phases in the order of PHASE_ORDER)
 *   at       for each review: milliseconds since the one before it (the first: since 1970),
 *            negative when it is the earlier of the two
 *   ms       for each review: how long the answer took, in milliseconds
 *   ids      the reviews whose id is not `<reviewedAt in base 36>-<card id>` (what the app
 *            gives reviews from version 3 on): [how many reviews since the previous one listed,
 *            the id]. The id is written without its `<reviewedAt in base 36>-` when it has
 *            one (the random ids of earlier versions), else whole after a `=`.
 *
 * `card`, `at` and `ms` are whole numbers in base 36, separated by commas. Times and durations
 * are whole milliseconds, as the app records them (a fraction, which only a hand-made file
 * could hold, is rounded). Reading validates every value, as state-validation.ts does for the
 * other parts of the state, and names the first bad one: `progress.log.at[17]` is the 18th
 * review's time.
 */
import type { Phase, ReviewLogEntry } from './cards';
import {
  array,
  cardIdOf,
  check,
  childPath,
  fail,
  LIMITS,
  object,
  pastTime,
  string,
  UNSAFE_KEYS,
  validateProgress,
  type Checked,
  type LogReader,
  type ProgressData,
} from './state-validation';

export type PackedLog = {
  cardIds: string[];
  card: string;
  kind: string;
  at: string;
  ms: string;
  ids: [skipped: number, id: string][];
};

/** Progress as stored: the card states and starred terms as in memory, the log packed. */
export type StoredProgress = Omit<ProgressData, 'log'> & { log: PackedLog };

/** The order of phases in `kind`. Part of the stored format: never reorder it. */
export const PHASE_ORDER: readonly Phase[] = ['new', 'learning', 'review', 'relearning'];

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A whole number ≥ 0 in base 36, as `n.toString(36)` writes it, three times as fast for a date. */
function base36(n: number): string {
  let text = '';
  do {
    text = DIGITS[n % 36]! + text;
    n = Math.floor(n / 36);
  } while (n > 0);
  return text;
}

/** A review's id from version 3 on: when it happened and which card, so nothing random is stored. */
export function defaultReviewId(reviewedAt: number, cardId: string): string {
  return `${base36(reviewedAt)}-${cardId}`;
}

/** The value of a base-36 digit's character code ('0'–'9', 'a'–'z'), or -1. */
const digitOf = (code: number) => (code >= 48 && code <= 57 ? code - 48 : code >= 97 && code <= 122 ? code - 87 : -1);

/**
 * A packer for a log that grows at its end, as the app's does: packing again costs only the
 * reviews added since the last call (the earlier ones are recognised by identity), so a write
 * after a grade does not re-encode years of reviews. Any other change starts over.
 */
export function createLogPacker(): (log: readonly ReviewLogEntry[]) => PackedLog {
  let done: readonly ReviewLogEntry[] = [];
  let places = new Map<string, number>();
  let cardIds: string[] = [];
  let ids: [number, string][] = [];
  let card = '';
  let kind = '';
  let at = '';
  let ms = '';
  let previous = 0;
  let skipped = 0;
  return (log) => {
    let same = log.length >= done.length;
    for (let i = 0; same && i < done.length; i++) same = log[i] === done[i];
    if (!same) {
      places = new Map();
      cardIds = [];
      ids = [];
      card = kind = at = ms = '';
      previous = skipped = 0;
    }
    for (let i = same ? done.length : 0; i < log.length; i++) {
      const entry = log[i]!;
      let place = places.get(entry.cardId);
      if (place === undefined) {
        place = cardIds.length;
        places.set(entry.cardId, place);
        cardIds.push(entry.cardId);
      }
      const time = Math.round(entry.reviewedAt);
      const comma = i === 0 ? '' : ',';
      card += comma + place.toString(36);
      kind += (PHASE_ORDER.indexOf(entry.phase) * 4 + entry.grade - 1).toString(36);
      at += comma + (time - previous).toString(36);
      ms += comma + Math.round(entry.durationMs).toString(36);
      previous = time;
      const prefix = `${base36(time)}-`;
      const rest = entry.id.startsWith(prefix) ? entry.id.slice(prefix.length) : '';
      if (rest === entry.cardId) {
        skipped++;
        continue;
      }
      ids.push([skipped, rest !== '' && rest[0] !== '=' ? rest : `=${entry.id}`]);
      skipped = 0;
    }
    done = log;
    return { cardIds: cardIds.slice(), card, kind, at, ms, ids: ids.slice() };
  };
}

export function packLog(log: readonly ReviewLogEntry[]): PackedLog {
  return createLogPacker()(log);
}

export function packProgress(progress: ProgressData): StoredProgress {
  return { ...progress, log: packLog(progress.log) };
}

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
