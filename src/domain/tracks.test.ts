import { describe, expect, it } from 'vitest';
import { linkedAcrossTracks, type Track } from './tracks';

const tracks: Record<string, Track> = { economics: 'foundations', compute: 'foundations', c2b: 'readings' };
const trackOf = (topic: string) => tracks[topic];
const term = (id: string, topic: string, related: string[] = []) => ({ id, topic, related });

describe('linkedAcrossTracks', () => {
  const elasticity = term('elasticity', 'economics', ['server-cost-pressure', 'autoscaling']);
  const autoscaling = term('autoscaling', 'compute', ['elasticity']);
  const serverCost = term('server-cost-pressure', 'c2b', ['taobao']);
  const taobao = term('taobao', 'c2b');
  const capex = term('capex', 'economics', ['server-cost-pressure']);
  const all = [elasticity, autoscaling, serverCost, taobao, capex];

  it('links a foundation term to the post terms it lists, not to terms of its own track', () => {
    expect(linkedAcrossTracks(elasticity, all, trackOf).map((t) => t.id)).toEqual(['server-cost-pressure']);
  });

  it('links a post term back to every foundation term that lists it', () => {
    expect(linkedAcrossTracks(serverCost, all, trackOf).map((t) => t.id)).toEqual(['elasticity', 'capex']);
  });

  it('links nothing for a term with no links across, or of an unknown topic', () => {
    expect(linkedAcrossTracks(taobao, all, trackOf)).toEqual([]);
    expect(linkedAcrossTracks(term('x', 'nowhere', ['elasticity']), all, trackOf)).toEqual([]);
  });

  it('lists a term linked both ways once', () => {
    const back = term('server-cost-pressure', 'c2b', ['elasticity']);
    expect(linkedAcrossTracks(elasticity, [elasticity, back], trackOf).map((t) => t.id)).toEqual(['server-cost-pressure']);
  });
});
