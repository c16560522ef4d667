import { Link } from 'react-router-dom';
import { TrackChooser } from '../../components/track-chooser';
import { deckCards } from '../../domain/decks';
import { learnedCount } from '../../domain/queue';
import { inTrack, nextTopic } from '../../domain/tracks';
import { useIndex } from '../../lib/content-index';
import { pick, useLanguage, useMessages } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { useAppStore } from '../../stores/app-store';
import { todayTrackMessages } from './track-messages';

/** Today's track chooser: what Today counts and studies, with each track's number of terms. */
export function TodayTracks() {
  const { terms, topicById } = useIndex();
  const track = useAppStore((s) => s.settings.track);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const count = (choice: 'foundations' | 'readings') => terms.filter((term) => inTrack(choice, topicById.get(term.topic))).length;
  return (
    <TrackChooser value={track} onChange={(choice) => updateSettings({ track: choice })} counts={{ foundations: count('foundations'), readings: count('readings'), all: terms.length }} />
  );
}

/**
 * Once a topic is learned (every card of it in review), the next one in the track's order
 * (Foundations when the learner studies both tracks).
 */
export function NextTopic() {
  const m = useMessages(todayTrackMessages);
  const language = useLanguage();
  const { terms, topics, topicById } = useIndex();
  const track = useAppStore((s) => s.settings.track);
  const settings = useAppStore((s) => s.settings);
  const cards = useAppStore((s) => s.progress.cards);
  const source = { terms, starred: [], missed: {}, topicOf: (topic: string) => topicById.get(topic) };
  const isLearned = (topic: { id: string }) => {
    const deck = deckCards(topic.id, source, settings);
    return deck.length > 0 && learnedCount(cards, deck) === deck.length;
  };
  const suggestion = nextTopic(topics, track === 'readings' ? 'readings' : 'foundations', isLearned);
  if (suggestion === null) return null;
  const next = pick(suggestion.next.name, language);
  return (
    <section className="card today-next-topic" aria-labelledby="today-next-topic">
      <h2 id="today-next-topic">{m.nextTopic(next)}</h2>
      <p className="muted">{m.nextTopicLead(pick(suggestion.after.name, language))}</p>
      <Link className="button" to={paths.deck(suggestion.next.id)}>
        {m.startTopic(next)}
      </Link>
    </section>
  );
}
