/**
 * The setting for quiz mistakes in the flashcards: its default and bounds (missed-feed.ts has the
 * rule). Apart, so that the settings, which load with the first page, do not carry the rule.
 */

/** At most this many terms missed in quizzes come back in the flashcards a study day; 0: none. */
export const DEFAULT_MISSED_PER_DAY = 10;
export const MISSED_PER_DAY_LIMITS = { min: 0, max: 99 } as const;
