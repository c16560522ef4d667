/**
 * The two ways through the content: Foundations (the cloud curriculum, basics to architecture)
 * and Readings (the two posts, read closely). Listed in the order a learner meets them.
 * Kept apart from the schema so that screens can use it without loading the validator.
 */
export const TRACKS = ['foundations', 'readings'] as const;

export type Track = (typeof TRACKS)[number];

/** Where a topic is studied: a track, and its position there (1 is studied first). */
export type Placement = { track: Track; order: number };

/**
 * A topic as the tracks see it: its own track and order, and the other tracks it is studied in
 * too (`alsoIn`). The basics a Foundations learner meets first are the ones the posts begin
 * with, so that topic sits in both tracks, once, with its terms and questions.
 */
export type Placed = Placement & { alsoIn?: readonly Placement[] | undefined };

/** Every place a topic is studied: its own track first, then the others. */
export function placementsOf(topic: Placed): Placement[] {
  return [{ track: topic.track, order: topic.order }, ...(topic.alsoIn ?? [])];
}

/** The tracks a topic is studied in; none for an unknown topic. */
export function tracksOf(topic: Placed | undefined): Track[] {
  return topic === undefined ? [] : placementsOf(topic).map((placement) => placement.track);
}

/** A topic's position in a track, or undefined when it is not studied there. */
export function orderIn(topic: Placed, track: Track): number | undefined {
  return placementsOf(topic).find((placement) => placement.track === track)?.order;
}

/**
 * The topics of what the learner chose: a track's topics in that track's order, or for "all"
 * every topic as given (content order).
 */
export function topicsOfTrack<T extends Placed>(topics: readonly T[], choice: TrackChoice): T[] {
  if (choice === 'all') return [...topics];
  return topics.filter((topic) => orderIn(topic, choice) !== undefined).sort((a, b) => orderIn(a, choice)! - orderIn(b, choice)!);
}

type Linkable = { id: string; topic: string; related: readonly string[] };

/**
 * The terms of another track that a term is linked to, either way: a foundation term lists the
 * post terms it explains in `related`, and the post term's page links back to it. A linked term
 * is across when it is studied in a track the term is not (a term of a topic in both tracks
 * has nothing across). `topicOf` finds a topic. Order: the term's own `related` first, then the
 * others in content order.
 */
export function linkedAcrossTracks<T extends Linkable>(term: T, terms: readonly T[], topicOf: (topic: string) => Placed | undefined): T[] {
  const own = tracksOf(topicOf(term.topic));
  if (own.length === 0) return [];
  const byId = new Map(terms.map((candidate) => [candidate.id, candidate]));
  const forward = term.related.flatMap((id) => byId.get(id) ?? []);
  const backward = terms.filter((candidate) => candidate.related.includes(term.id));
  const seen = new Set<string>();
  return [...forward, ...backward].filter((candidate) => {
    const across = tracksOf(topicOf(candidate.topic)).some((track) => !own.includes(track));
    if (!across || seen.has(candidate.id)) return false;
    seen.add(candidate.id);
    return true;
  });
}

/** What a learner studies: one track, or everything. New learners start in Foundations. */
export const TRACK_CHOICES = ['foundations', 'readings', 'all'] as const;

export type TrackChoice = (typeof TRACK_CHOICES)[number];

export const DEFAULT_TRACK: TrackChoice = 'foundations';

export function isTrackChoice(value: unknown): value is TrackChoice {
  return typeof value === 'string' && (TRACK_CHOICES as readonly string[]).includes(value);
}

/**
 * Whether a topic belongs to what the learner chose: the one rule every count, deck, list,
 * quiz and check uses. A topic in two tracks belongs to both; an unknown topic only to "all".
 */
export function inTrack(choice: TrackChoice, topic: Placed | undefined): boolean {
  return choice === 'all' || tracksOf(topic).includes(choice);
}

/**
 * The topic to study next in a track, in the track's order: the first topic not yet learned,
 * offered once the topic before it is learned (`learned` says whether a topic is). Null while
 * the learner is still in their first topic, and once every topic of the track is learned.
 * `after` is the learned topic just before it.
 */
export function nextTopic<T extends Placed>(topics: readonly T[], track: Track, learned: (topic: T) => boolean): { after: T; next: T } | null {
  const ordered = topicsOfTrack(topics, track);
  const at = ordered.findIndex((topic) => !learned(topic));
  if (at <= 0) return null;
  return { after: ordered[at - 1]!, next: ordered[at]! };
}
