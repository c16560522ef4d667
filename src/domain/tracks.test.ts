import { describe, expect, it } from 'vitest';
import { inTrack, isTrackChoice, linkedAcrossTracks, nextTopic, orderIn, topicsOfTrack, tracksOf, type Placed } from './tracks';

const topics: Record<string, Placed> = {
  basics: { track: 'foundations', order: 1, alsoIn: [{ track: 'readings', order: 1 }] },
  economics: { track: 'foundations', order: 3 },
  compute: { track: 'foundations', order: 2 },
  c2b: { track: 'readings', order: 2 },
};
const topicOf = (topic: string) => topics[topic];
const term = (id: string, topic: string, related: string[] = []) => ({ id, topic, related });

describe('linkedAcrossTracks', () => {
  const elasticity = term('elasticity', 'economics', ['server-cost-pressure', 'autoscaling']);
  const autoscaling = term('autoscaling', 'compute', ['elasticity']);
  const serverCost = term('server-cost-pressure', 'c2b', ['taobao']);
  const taobao = term('taobao', 'c2b');
  const capex = term('capex', 'economics', ['server-cost-pressure']);
  const all = [elasticity, autoscaling, serverCost, taobao, capex];

  it('links a foundation term to the post terms it lists, not to terms of its own track', () => {
    expect(linkedAcrossTracks(elasticity, all, topicOf).map((t) => t.id)).toEqual(['server-cost-pressure']);
  });

  it('links a post term back to every foundation term that lists it', () => {
    expect(linkedAcrossTracks(serverCost, all, topicOf).map((t) => t.id)).toEqual(['elasticity', 'capex']);
  });

  it('links nothing for a term with no links across, or of an unknown topic', () => {
    expect(linkedAcrossTracks(taobao, all, topicOf)).toEqual([]);
    expect(linkedAcrossTracks(term('x', 'nowhere', ['elasticity']), all, topicOf)).toEqual([]);
  });

  it('lists a term linked both ways once', () => {
    const back = term('server-cost-pressure', 'c2b', ['elasticity']);
    expect(linkedAcrossTracks(elasticity, [elasticity, back], topicOf).map((t) => t.id)).toEqual(['server-cost-pressure']);
  });

  it('finds nothing across from a term of a topic in both tracks, and links one-track terms to it', () => {
    const cloud = term('cloud-computing', 'basics', ['elasticity', 'server-cost-pressure']);
    expect(linkedAcrossTracks(cloud, [cloud, elasticity, serverCost], topicOf)).toEqual([]);
    const pooling = term('resource-pooling', 'compute', ['cloud-computing']);
    expect(linkedAcrossTracks(pooling, [pooling, cloud], topicOf).map((t) => t.id)).toEqual(['cloud-computing']);
  });
});

describe('placements', () => {
  it('put a topic in its own track and every track it is also in, each at its own place', () => {
    expect(tracksOf(topics.basics)).toEqual(['foundations', 'readings']);
    expect(tracksOf(topics.c2b)).toEqual(['readings']);
    expect(tracksOf(undefined)).toEqual([]);
    expect(orderIn(topics.basics!, 'readings')).toBe(1);
    expect(orderIn(topics.compute!, 'readings')).toBeUndefined();
  });

  it('list a track in its own order, and every topic for all', () => {
    const list = Object.entries(topics).map(([id, placed]) => ({ id, ...placed }));
    expect(topicsOfTrack(list, 'foundations').map((t) => t.id)).toEqual(['basics', 'compute', 'economics']);
    expect(topicsOfTrack(list, 'readings').map((t) => t.id)).toEqual(['basics', 'c2b']);
    expect(topicsOfTrack(list, 'all').map((t) => t.id)).toEqual(['basics', 'economics', 'compute', 'c2b']);
  });
});

describe('nextTopic', () => {
  const topic = (id: string, track: 'foundations' | 'readings', order: number, alsoIn?: Placed['alsoIn']) => ({ id, track, order, alsoIn });
  const list = [topic('compute', 'foundations', 2), topic('posts', 'readings', 2), topic('basics', 'foundations', 1, [{ track: 'readings', order: 1 }]), topic('storage', 'foundations', 3)];
  const learnedOnly = (...ids: string[]) => (t: { id: string }) => ids.includes(t.id);

  it('offers the first unlearned topic of the track, in its order, once the one before is learned', () => {
    expect(nextTopic(list, 'foundations', learnedOnly('basics'))).toEqual({ after: list[2], next: list[0] });
    expect(nextTopic(list, 'foundations', learnedOnly('basics', 'compute'))).toEqual({ after: list[0], next: list[3] });
  });

  it('counts a topic of both tracks as learned in each', () => {
    expect(nextTopic(list, 'readings', learnedOnly('basics'))).toEqual({ after: list[2], next: list[1] });
  });

  it('offers nothing in the first topic, nor once the whole track is learned, nor across tracks', () => {
    expect(nextTopic(list, 'foundations', learnedOnly())).toBeNull();
    expect(nextTopic(list, 'foundations', learnedOnly('compute'))).toBeNull();
    expect(nextTopic(list, 'foundations', learnedOnly('basics', 'compute', 'storage'))).toBeNull();
    expect(nextTopic(list, 'readings', learnedOnly('compute'))).toBeNull();
  });
});

describe('track choices', () => {
  it('take one track or all, and nothing else', () => {
    expect(inTrack('all', topics.c2b)).toBe(true);
    expect(inTrack('foundations', topics.c2b)).toBe(false);
    expect(inTrack('readings', topics.basics)).toBe(true);
    expect(inTrack('foundations', topics.basics)).toBe(true);
    expect(inTrack('readings', undefined)).toBe(false);
    expect(['foundations', 'readings', 'all', 'both', 3, null].map(isTrackChoice)).toEqual([true, true, true, false, false, false]);
  });
});
