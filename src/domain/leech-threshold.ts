/**
 * The leech setting's default and bounds (leeches.ts has the rule). Apart, so that the settings,
 * which load with the first page, do not carry the rule itself.
 */

/** Anki's default leech threshold. 0 turns leeches off. */
export const DEFAULT_LEECH_FAILURES = 8;
export const LEECH_LIMITS = { min: 0, max: 99 } as const;
