import { useEffect, useState, type MouseEvent } from 'react';
import { Link } from 'react-router-dom';
import type { CardKind } from '../../domain/cards';
import type { Term } from '../../domain/content';
import { other, type Language } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { useSpeech, type Utterance } from '../../lib/speech';
import { useAppStore } from '../../stores/app-store';
import type { FlashcardMessages } from './messages';
import { cardSides } from './study-card';

type Side = ReturnType<typeof cardSides>['prompt'];

/**
 * What a card says aloud, as Anki plays a card's audio: the prompt on the front; on the back
 * the answer (or, when the answer is a definition and definitions are not read, the term
 * again). Terms are always read, definitions only with `speakDefinitions`; each in the
 * interface language, and in the other one too while it is shown.
 */
export function cardUtterances(
  term: Term,
  direction: CardKind,
  { flipped, language, showOther, speakDefinitions }: { flipped: boolean; language: Language; showOther: boolean; speakDefinitions: boolean },
): { side: Utterance[]; newOnThisSide: Utterance[] } {
  const { prompt, answer } = cardSides(term, direction);
  const languages = showOther ? [language, other(language)] : [language];
  const pieces = (side: Side): Utterance[] =>
    side.kind === 'term' || speakDefinitions ? languages.map((l) => ({ text: side.text[l], language: l })) : [];
  if (!flipped) return { side: pieces(prompt), newOnThisSide: pieces(prompt) };
  const answered = pieces(answer);
  return { side: answered.length > 0 ? answered : pieces(prompt), newOnThisSide: answered };
}

/**
 * The card's speech: a Listen button (Stop while it reads), R to read again, auto-play as each
 * side appears, and a clear message, never silence, where the device has no voice for the
 * language or the browser refused. Speech never holds up flipping or grading.
 */
export function useCardSpeech({
  card,
  flipped,
  showOther,
  language,
  cardKey,
  m,
  onTool,
}: {
  /** The card shown; null after the last one. */
  card: { term: Term; direction: CardKind } | null;
  flipped: boolean;
  showOther: boolean;
  language: Language;
  /** Changes with each card shown (a card seen again is a new showing). */
  cardKey: string;
  m: FlashcardMessages;
  /** After a tap on the button, where the focus goes back to. */
  onTool: (event: MouseEvent<HTMLButtonElement>) => void;
}) {
  const speech = useSpeech();
  const autoPlay = useAppStore((s) => s.settings.autoPlay);
  const speakDefinitions = useAppStore((s) => s.settings.speakDefinitions);
  const { side, newOnThisSide } = card
    ? cardUtterances(card.term, card.direction, { flipped, language, showOther, speakDefinitions })
    : { side: [], newOnThisSide: [] };
  const status = speech.status(language);
  const ready = status === 'ready';
  const [asked, setAsked] = useState(false);
  const { speak, stop } = speech;

  // Auto-play what is new on each side as it appears; otherwise a new card or side stops the old speech.
  const autoText = JSON.stringify(newOnThisSide);
  useEffect(() => {
    const pieces = JSON.parse(autoText) as Utterance[];
    if (autoPlay && ready && pieces.length > 0) speak(pieces);
    else stop();
  }, [cardKey, flipped, autoPlay, ready, autoText, speak, stop]);

  // R reads the side again from its start, as Anki replays; the button also stops a reading.
  const replay = () => {
    setAsked(true);
    if ((ready || status === 'loading') && side.length > 0) speak(side);
  };
  const toggle = () => (speech.speaking ? stop() : replay());

  const problem = status === 'unsupported' ? m.noSpeech : status === 'none' ? m.noVoice(language) : speech.error ? m.speechFailed(speech.error) : null;
  // Where speech cannot work, say so once the learner asked for it (R, or auto-play on); never silence.
  const notice =
    problem && (asked || autoPlay || speech.error) ? (
      <p className="notice study-speech-notice" role="status">
        {problem}{' '}
        {status === 'ready' ? null : <Link to={paths.settings()}>{m.speechSettings}</Link>}
      </p>
    ) : null;

  // Shown once a voice is known, so that a device without one never sees it come and go.
  const button =
    ready && side.length > 0 ? (
      <>
        <button
          type="button"
          className="button secondary small listen-button"
          data-speaking={speech.speaking}
          title={m.listenHint}
          aria-keyshortcuts="R"
          onClick={(event) => {
            toggle();
            onTool(event);
          }}
        >
          {speech.speaking ? <StopIcon /> : <SpeakerIcon />}
          {speech.speaking ? m.stopListening : m.listen}
        </button>
        <span className="visually-hidden" role="status">
          {speech.speaking ? m.playing : ''}
        </span>
      </>
    ) : null;

  return { button, notice, replay };
}

function SpeakerIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M4 9v6h4l5 4V5L8 9H4z" />
      <path d="M16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12" />
    </svg>
  );
}

function StopIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
      <rect x="6" y="6" width="12" height="12" rx="2" fill="currentColor" />
    </svg>
  );
}
