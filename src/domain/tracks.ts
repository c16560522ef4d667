/**
 * The two ways through the content: Foundations (the cloud curriculum, basics to architecture)
 * and Readings (the two posts, read closely). Listed in the order a learner meets them.
 * Kept apart from the schema so that screens can use it without loading the validator.
 */
export const TRACKS = ['foundations', 'readings'] as const;

export type Track = (typeof TRACKS)[number];
