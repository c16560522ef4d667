import { describe, expect, it } from 'vitest';
import { parseCardId } from './cards';
import { deckCards, deckExists, deckOrTrackExists, deckTermIds, studiedKinds, type DeckSource, type DirectionSetting } from './decks';
import type { Placed } from './tracks';

/** Term ⇄ definition cards only, in these directions. */
const kinds = (directions: DirectionSetting) => ({ directions, translation: false, typedRecall: 'off' as const });

const source: DeckSource = {
  terms: [
    { id: 'iaas', topic: 'service-models' },
    { id: 'paas', topic: 'service-models' },
    { id: 'public-cloud', topic: 'deployment-models' },
    { id: 'saas', topic: 'service-models' },
  ],
  starred: ['saas', 'iaas', 'gone'],
  missed: { 'public-cloud': 100, paas: 300, gone: 500 },
};

describe('decks', () => {
  it('hold a topic’s terms, all terms, starred terms, and missed terms with the latest miss first', () => {
    expect(deckTermIds('service-models', source)).toEqual(['iaas', 'paas', 'saas']);
    expect(deckTermIds('all', source)).toEqual(['iaas', 'paas', 'public-cloud', 'saas']);
    expect(deckTermIds('starred', source)).toEqual(['iaas', 'saas']);
    expect(deckTermIds('missed', source)).toEqual(['paas', 'public-cloud']);
  });

  it('yield a card per direction the learner studies', () => {
    expect(deckCards('deployment-models', source, kinds('both'))).toEqual(['public-cloud:forward', 'public-cloud:reverse']);
    expect(deckCards('deployment-models', source, kinds('term-first'))).toEqual(['public-cloud:forward']);
    expect(deckCards('deployment-models', source, kinds('definition-first'))).toEqual(['public-cloud:reverse']);
  });

  it('yield translation and typed-recall cards, each a setting of its own, in one order', () => {
    const all = { directions: 'both', translation: true, typedRecall: 'both' } as const;
    expect(deckCards('deployment-models', source, all)).toEqual([
      'public-cloud:forward',
      'public-cloud:reverse',
      'public-cloud:en-zh',
      'public-cloud:zh-en',
      'public-cloud:type-en',
      'public-cloud:type-zh',
    ]);
    expect(studiedKinds({ directions: 'term-first', translation: false, typedRecall: 'zh' })).toEqual(['forward', 'type-zh']);
    expect(studiedKinds({ directions: 'definition-first', translation: true, typedRecall: 'off' })).toEqual(['reverse', 'en-zh', 'zh-en']);
    // Every kind's id is a card id that validation, the merge and the queue read back.
    for (const id of deckCards('deployment-models', source, all)) expect(parseCardId(id)).toEqual({ termId: 'public-cloud', kind: id.split(':')[1] });
    expect(parseCardId('public-cloud:type-fr')).toBeNull();
  });

  it('yield one card per term missed in quizzes, never both directions', () => {
    expect(deckCards('missed', source, kinds('both'))).toEqual(['paas:forward', 'public-cloud:forward']);
    expect(deckCards('missed', source, kinds('definition-first'))).toEqual(['paas:reverse', 'public-cloud:reverse']);
  });

  it('exist for topics with terms and the three special decks only', () => {
    expect(deckExists('starred', source.terms)).toBe(true);
    expect(deckExists('service-models', source.terms)).toBe(true);
    expect(deckExists('nope', source.terms)).toBe(false);
  });

  it('of a track hold the terms of its topics, in content order, and exist only with terms', () => {
    const topics: Record<string, Placed> = { 'service-models': { track: 'foundations', order: 1 }, 'deployment-models': { track: 'readings', order: 1 } };
    const withTracks: DeckSource = { ...source, topicOf: (topic) => topics[topic] };
    expect(deckTermIds('foundations', withTracks)).toEqual(['iaas', 'paas', 'saas']);
    expect(deckTermIds('readings', withTracks)).toEqual(['public-cloud']);
    expect(deckTermIds('readings', source)).toEqual([]);
    expect(deckOrTrackExists('readings', withTracks)).toBe(true);
    expect(deckOrTrackExists('readings', { ...withTracks, topicOf: () => ({ track: 'foundations', order: 1 }) })).toBe(false);
    expect(deckOrTrackExists('starred', withTracks)).toBe(true);
  });

  it('of a track hold a topic studied in both tracks in each', () => {
    const both: Placed = { track: 'foundations', order: 1, alsoIn: [{ track: 'readings', order: 1 }] };
    const withBoth: DeckSource = { ...source, topicOf: (topic) => (topic === 'service-models' ? both : { track: 'readings', order: 2 }) };
    expect(deckTermIds('foundations', withBoth)).toEqual(['iaas', 'paas', 'saas']);
    expect(deckTermIds('readings', withBoth)).toEqual(['iaas', 'paas', 'public-cloud', 'saas']);
  });
});
