import { Page } from '../components/page';
import { DeckList } from '../features/flashcards/deck-list';
import { flashcardMessages } from '../features/flashcards/messages';
import { useMessages } from '../lib/i18n';

/** `/study`: the decks. */
export function Component() {
  const m = useMessages(flashcardMessages);
  return (
    <Page title={m.decksTitle} lead={m.decksLead}>
      <DeckList />
    </Page>
  );
}
