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
 *
 * Reading lives in review-log-reader.ts, with the validators it needs: the app writes a log from
 * the first grade, but reads one only when something is stored, which a first visit never has.
 */
import type { Phase, ReviewLogEntry } from './cards';
import type { ProgressData } from './state-validation';

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
export function base36(n: number): string {
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
export const digitOf = (code: number) => (code >= 48 && code <= 57 ? code - 48 : code >= 97 && code <= 122 ? code - 87 : -1);

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
