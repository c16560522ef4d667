import { describe, expect, it } from 'vitest';
import { deckCards, deckExists, deckTermIds, type DeckSource } from './decks';

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
    expect(deckCards('deployment-models', source, 'both')).toEqual(['public-cloud:forward', 'public-cloud:reverse']);
    expect(deckCards('deployment-models', source, 'term-first')).toEqual(['public-cloud:forward']);
    expect(deckCards('deployment-models', source, 'definition-first')).toEqual(['public-cloud:reverse']);
  });

  it('exist for topics with terms and the three special decks only', () => {
    expect(deckExists('starred', source.terms)).toBe(true);
    expect(deckExists('service-models', source.terms)).toBe(true);
    expect(deckExists('nope', source.terms)).toBe(false);
  });
});
