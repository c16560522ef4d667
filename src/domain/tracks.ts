/**
 * The two ways through the content: Foundations (the cloud curriculum, basics to architecture)
 * and Readings (the two posts, read closely). Listed in the order a learner meets them.
 * Kept apart from the schema so that screens can use it without loading the validator.
 */
export const TRACKS = ['foundations', 'readings'] as const;

export type Track = (typeof TRACKS)[number];

type Linkable = { id: string; topic: string; related: readonly string[] };

/**
 * The terms of the other track that a term is linked to, either way: a foundation term lists
 * the post terms it explains in `related`, and the post term's page links back to it.
 * `trackOf` names a topic's track. Order: the term's own `related` first, then the others in
 * content order.
 */
export function linkedAcrossTracks<T extends Linkable>(term: T, terms: readonly T[], trackOf: (topic: string) => Track | undefined): T[] {
  const track = trackOf(term.topic);
  if (track === undefined) return [];
  const byId = new Map(terms.map((candidate) => [candidate.id, candidate]));
  const forward = term.related.flatMap((id) => byId.get(id) ?? []);
  const backward = terms.filter((candidate) => candidate.related.includes(term.id));
  const seen = new Set<string>();
  return [...forward, ...backward].filter((candidate) => {
    const other = trackOf(candidate.topic);
    if (other === undefined || other === track || seen.has(candidate.id)) return false;
    seen.add(candidate.id);
    return true;
  });
}
