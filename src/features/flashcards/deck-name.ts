import { isSpecialDeck, isTrackDeck } from '../../domain/decks';
import { inTrack } from '../../domain/tracks';
import type { Glossary } from '../../lib/content';
import { pick, type Language } from '../../lib/i18n';
import type { FlashcardMessages } from './messages';

/** A deck's name in the interface language; null when there is no such deck. */
export function deckName(deckId: string, content: Glossary, language: Language, m: FlashcardMessages): string | null {
  if (isSpecialDeck(deckId)) return m[deckId];
  if (isTrackDeck(deckId)) return content.topics.some((topic) => inTrack(deckId, topic)) ? m.trackDeck(deckId) : null;
  const topic = content.topicById.get(deckId as never);
  if (!topic || !content.terms.some((term) => term.topic === topic.id)) return null;
  return pick(topic.name, language);
}
