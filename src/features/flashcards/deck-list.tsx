import { useId, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { TrackChooser } from '../../components/track-chooser';
import type { CardId } from '../../domain/cards';
import { deckCards, studiedKinds, type DirectionSetting, type TypedSetting } from '../../domain/decks';
import { leechTermIds } from '../../domain/leeches';
import { deckCounts } from '../../domain/queue';
import { topicsOfTrack } from '../../domain/tracks';
import { useIndex, useVendorDecks, type VendorDecksModule } from '../../lib/content';
import { pick, useLanguage, useMessages } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { useNow } from '../../lib/use-now';
import { useAppStore } from '../../stores/app-store';
import { flashcardMessages, type FlashcardMessages } from './messages';
import { localOffset } from '../../lib/clock';
import './flashcards.css';

type DeckTile = { id: string; name: string; description: string; empty?: string };

/** `/study`: every deck with what it offers today (new / learning / due), to study or cram. */
export function DeckList() {
  const m = useMessages(flashcardMessages);
  const language = useLanguage();
  const content = useIndex();
  // Loaded with the index, before the list first draws: never while the learner changes an option.
  const vendorDecks = useVendorDecks();
  const settings = useAppStore((s) => s.settings);
  const progress = useAppStore((s) => s.progress);
  const missed = useAppStore((s) => s.quiz.missed);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const now = useNow();
  const optionsId = useId();

  const leeches = useMemo(() => leechTermIds(progress.log, settings.leechFailures), [progress.log, settings.leechFailures]);
  const track = settings.track;
  const topicOf = (topic: string) => content.topicById.get(topic);
  const source = { terms: content.terms, starred: progress.starred, missed, leeches, topicOf };
  const countsInput = {
    cards: progress.cards,
    log: progress.log,
    limits: { newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay },
    now,
    offsetMinutes: localOffset(now),
  };
  const countsOf = (deckId: string) => deckCounts({ ...countsInput, deck: deckCards(deckId, source, settings) });

  const yours: DeckTile[] = [
    ...(track === 'all' ? [] : [{ id: track, name: m.trackDeck(track), description: m.trackDeckDescription(track) }]),
    { id: 'all', name: m.all, description: m.allDescription },
    { id: 'starred', name: m.starred, description: m.starredDescription, empty: m.starredEmpty },
    { id: 'missed', name: m.missed, description: m.missedDescription, empty: m.missedEmpty },
    ...(settings.leechFailures > 0 ? [{ id: 'leeches', name: m.leeches, description: m.leechesDescription, empty: m.leechesEmpty }] : []),
  ];
  const topics: DeckTile[] = topicsOfTrack(content.topics, track)
    .filter((topic) => content.terms.some((term) => term.topic === topic.id))
    .map((topic) => ({ id: topic.id, name: pick(topic.name, language), description: pick(topic.description, language) }));

  const renderTile = (deck: DeckTile) => {
    const size = deckCards(deck.id, source, settings).length;
    return <Deck key={deck.id} deck={deck} size={size} counts={countsOf(deck.id)} m={m} />;
  };

  return (
    <div className="decks">
      <TrackChooser value={track} onChange={(choice) => updateSettings({ track: choice })} />
      <fieldset className="deck-options">
        <legend>{m.cardKinds}</legend>
        <span className="deck-option">
          <label htmlFor={`${optionsId}-directions`}>{m.directions}</label>
          <select
            id={`${optionsId}-directions`}
            value={settings.directions}
            onChange={(event) => updateSettings({ directions: event.target.value as DirectionSetting })}
          >
            <option value="both">{m.directionsBoth}</option>
            <option value="term-first">{m.directionsTermFirst}</option>
            <option value="definition-first">{m.directionsDefinitionFirst}</option>
          </select>
        </span>
        <label className="deck-option deck-option-toggle">
          <input type="checkbox" checked={settings.translation} onChange={(event) => updateSettings({ translation: event.target.checked })} />
          {m.translationCards}
        </label>
        <span className="deck-option">
          <label htmlFor={`${optionsId}-typed`}>{m.typedRecall}</label>
          <select id={`${optionsId}-typed`} value={settings.typedRecall} onChange={(event) => updateSettings({ typedRecall: event.target.value as TypedSetting })}>
            <option value="off">{m.typedOff}</option>
            <option value="en">{m.typedEnglish}</option>
            <option value="zh">{m.typedChinese}</option>
            <option value="both">{m.typedBoth}</option>
          </select>
        </span>
        {/* Said again when an option changes it. */}
        <p className="deck-options-count" role="status">
          {m.cardsPerTerm(studiedKinds(settings).length)}
        </p>
        <p className="muted">
          {m.limitsNote(settings.newPerDay, settings.reviewsPerDay)} <Link to={paths.settings()}>{m.settingsLink}</Link>
        </p>
      </fieldset>
      <section aria-labelledby="decks-yours">
        <h2 id="decks-yours">{m.specialDecks}</h2>
        <ul className="grid deck-grid">{yours.map(renderTile)}</ul>
      </section>
      <section aria-labelledby="decks-topics">
        <h2 id="decks-topics">{m.topicDecks}</h2>
        <ul className="grid deck-grid">{topics.map(renderTile)}</ul>
      </section>
      <VendorDecks decks={vendorDecks} countsOf={(deck) => deckCounts({ ...countsInput, deck })} m={m} />
      <p className="muted">{m.cramHint}</p>
    </div>
  );
}

/** A deck per provider of the vendor table: its product names ⇄ their kinds of service. */
function VendorDecks({
  decks: { vendorDeckTiles, vendorDeckMessages },
  countsOf,
  m,
}: {
  decks: VendorDecksModule;
  countsOf: (deck: CardId[]) => { new: number; learning: number; due: number };
  m: FlashcardMessages;
}) {
  const language = useLanguage();
  const settings = useAppStore((s) => s.settings);
  const v = vendorDeckMessages[language];
  return (
    <section aria-labelledby="decks-vendors">
      <h2 id="decks-vendors">{v.heading}</h2>
      <p className="muted">
        {v.lead} <Link to={paths.vendors()}>{v.openTable}</Link>
      </p>
      <ul className="grid deck-grid">
        {vendorDeckTiles(settings, language).map(({ cards, ...deck }) => (
          <Deck key={deck.id} deck={deck} size={cards.length} counts={countsOf(cards)} m={m} />
        ))}
      </ul>
    </section>
  );
}

function Deck({ deck, size, counts, m }: { deck: DeckTile; size: number; counts: { new: number; learning: number; due: number }; m: FlashcardMessages }) {
  const nothingToday = counts.new + counts.learning + counts.due === 0;
  return (
    <li className="deck card">
      <h3>{deck.name}</h3>
      <p className="deck-description muted">{size === 0 && deck.empty ? deck.empty : deck.description}</p>
      {size > 0 ? (
        <>
          <dl className="deck-counts" aria-label={m.countsLabel(deck.name)}>
            <div className="count-new">
              <dt>{m.newCount}</dt>
              <dd>{counts.new}</dd>
            </div>
            <div className="count-learning">
              <dt>{m.learningCount}</dt>
              <dd>{counts.learning}</dd>
            </div>
            <div className="count-due">
              <dt>{m.dueCount}</dt>
              <dd>{counts.due}</dd>
            </div>
          </dl>
          <p className="actions">
            <Link className={`button small${nothingToday ? ' secondary' : ''}`} to={paths.deck(deck.id)} aria-label={m.studyDeck(deck.name)}>
              {m.study}
            </Link>
            <Link className="button secondary small" to={paths.deck(deck.id, { cram: true })} aria-label={m.cramDeck(deck.name)}>
              {m.cram}
            </Link>
          </p>
        </>
      ) : null}
    </li>
  );
}
