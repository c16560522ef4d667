import { useId, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { deckCards, type DirectionSetting } from '../../domain/decks';
import { leechTermIds } from '../../domain/leeches';
import { deckCounts } from '../../domain/queue';
import { useIndex } from '../../lib/content';
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
  const settings = useAppStore((s) => s.settings);
  const progress = useAppStore((s) => s.progress);
  const missed = useAppStore((s) => s.quiz.missed);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const now = useNow();
  const directionsId = useId();

  const leeches = useMemo(() => leechTermIds(progress.log, settings.leechFailures), [progress.log, settings.leechFailures]);
  const source = { terms: content.terms, starred: progress.starred, missed, leeches };
  const countsOf = (deckId: string) =>
    deckCounts({
      deck: deckCards(deckId, source, settings.directions),
      cards: progress.cards,
      log: progress.log,
      limits: { newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay },
      now,
      offsetMinutes: localOffset(now),
    });

  const yours: DeckTile[] = [
    { id: 'all', name: m.all, description: m.allDescription },
    { id: 'starred', name: m.starred, description: m.starredDescription, empty: m.starredEmpty },
    { id: 'missed', name: m.missed, description: m.missedDescription, empty: m.missedEmpty },
    ...(settings.leechFailures > 0 ? [{ id: 'leeches', name: m.leeches, description: m.leechesDescription, empty: m.leechesEmpty }] : []),
  ];
  const topics: DeckTile[] = content.topics
    .filter((topic) => content.terms.some((term) => term.topic === topic.id))
    .map((topic) => ({ id: topic.id, name: pick(topic.name, language), description: pick(topic.description, language) }));

  const renderTile = (deck: DeckTile) => {
    const size = deckCards(deck.id, source, settings.directions).length;
    return <Deck key={deck.id} deck={deck} size={size} counts={countsOf(deck.id)} m={m} />;
  };

  return (
    <div className="decks">
      <div className="deck-options">
        <label htmlFor={directionsId}>{m.directions}</label>
        <select
          id={directionsId}
          value={settings.directions}
          onChange={(event) => updateSettings({ directions: event.target.value as DirectionSetting })}
        >
          <option value="both">{m.directionsBoth}</option>
          <option value="term-first">{m.directionsTermFirst}</option>
          <option value="definition-first">{m.directionsDefinitionFirst}</option>
        </select>
        <p className="muted">
          {m.limitsNote(settings.newPerDay, settings.reviewsPerDay)} <Link to={paths.settings()}>{m.settingsLink}</Link>
        </p>
      </div>
      <section aria-labelledby="decks-yours">
        <h2 id="decks-yours">{m.specialDecks}</h2>
        <ul className="grid deck-grid">{yours.map(renderTile)}</ul>
      </section>
      <section aria-labelledby="decks-topics">
        <h2 id="decks-topics">{m.topicDecks}</h2>
        <ul className="grid deck-grid">{topics.map(renderTile)}</ul>
      </section>
      <p className="muted">{m.cramHint}</p>
    </div>
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
