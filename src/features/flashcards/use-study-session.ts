import { useRef, useState } from 'react';
import { parseCardId, type CardId, type Grade } from '../../domain/cards';
import { cardsOfTerms, deckCards } from '../../domain/decks';
import { leechTermIds } from '../../domain/leeches';
import { buildQueue, cramOrder, studyOrder } from '../../domain/queue';
import { previewReview, scheduleReview } from '../../domain/scheduler';
import { endOfStudyDay } from '../../domain/study-day';
import type { Glossary } from '../../lib/content';
import { useAppStore, type AppState } from '../../stores/app-store';
import type { UndoToken } from '../../stores/progress-slice';
import { localOffset } from '../../lib/clock';
import { answerCard, MAX_ANSWER_MS, startSession, type Session } from './session';

export type RoundKind = 'schedule' | 'cram' | 'retry';

export type StudyState = {
  kind: RoundKind;
  /** The deck's cards as the session started (for the summary's "next due"). */
  deck: readonly CardId[];
  /** Cards never studied when the session began (for the counts of what is left). */
  unstudied: ReadonlySet<CardId>;
  session: Session;
  /** Earlier states of this round, newest last, with the store's undo for each grade. */
  history: readonly { session: Session; token: UndoToken | null }[];
  flipped: boolean;
  /** When the current card was shown (for the answer's duration). */
  shownAt: number;
  /** Each grade's wait until the card is due again, worked out when the card was flipped. */
  intervals: Record<Grade, number> | null;
  /** What moved last, so the screen can move focus and announce it. */
  last: 'start' | 'flip' | 'grade' | 'undo' | 'retry';
};

/** The cards a session studies, from the store as it is when the session starts. */
function firstRound(
  state: AppState,
  content: Glossary,
  { deckId, cram, termId, only, now }: { deckId: string; cram: boolean; termId: string | null; only: boolean; now: number },
): StudyState {
  const { settings, progress, quiz } = state;
  const first = termId && content.termById.has(termId) ? cardsOfTerms([termId], settings) : [];
  // "Study this term": its cards are the whole deck, studied now whether due or not.
  const leeches = deckId === 'leeches' && !only ? leechTermIds(progress.log, settings.leechFailures) : undefined;
  const topicOf = (topic: string) => content.topicById.get(topic);
  const deck = only && first.length > 0 ? first : deckCards(deckId, { terms: content.terms, starred: progress.starred, missed: quiz.missed, leeches, topicOf }, settings);
  const unstudied = new Set([...deck, ...first].filter((id) => progress.cards[id] === undefined));
  if (cram) {
    const queue = cramOrder(deck, progress.cards, first);
    return fresh('cram', deck, unstudied, startSession({ mode: 'cram', queue, now }), now);
  }
  const today = buildQueue({
    deck,
    cards: progress.cards,
    log: progress.log,
    limits: { newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay },
    now,
    offsetMinutes: localOffset(now),
  });
  const learning = today.learning.map((id) => ({ id, due: progress.cards[id]?.due ?? now }));
  const queue = studyOrder({ learning: [], review: today.review, new: today.new }, first);
  return fresh('schedule', deck, unstudied, startSession({ mode: 'schedule', queue, learning, priority: first.length, now }), now);
}

function fresh(kind: RoundKind, deck: readonly CardId[], unstudied: ReadonlySet<CardId>, session: Session, now: number): StudyState {
  return { kind, deck, unstudied, session, history: [], flipped: false, shownAt: now, intervals: null, last: 'start' };
}

/**
 * A study session over a deck: the current card, flipping, grading (which schedules the card in
 * the store, except when cramming), undo, stars and the retry round. The queue is built once,
 * from the store as it is when the session starts, so that grading never reshuffles it.
 */
export function useStudySession(content: Glossary, options: { deckId: string; cram: boolean; termId: string | null; only?: boolean }) {
  const [state, setState] = useState<StudyState>(() => firstRound(useAppStore.getState(), content, { ...options, only: options.only === true, now: Date.now() }));
  // Handlers read the latest state from here, so two quick key presses never grade one card twice.
  const live = useRef(state);
  const update = (next: StudyState) => {
    live.current = next;
    setState(next);
  };

  const flip = () => {
    const s = live.current;
    if (s.flipped || s.session.current === null) return;
    const now = Date.now();
    let intervals: StudyState['intervals'] = null;
    if (s.kind === 'schedule') {
      const { settings, progress } = useAppStore.getState();
      const preview = previewReview(progress.cards[s.session.current], now, { retention: settings.retention, offsetMinutes: localOffset(now) });
      intervals = { 1: preview[1].due - now, 2: preview[2].due - now, 3: preview[3].due - now, 4: preview[4].due - now };
    }
    update({ ...s, flipped: true, intervals, last: 'flip' });
  };

  const grade = (grade: Grade) => {
    const s = live.current;
    const cardId = s.session.current;
    if (!s.flipped || cardId === null) return;
    const now = Date.now();
    const durationMs = now - s.shownAt;
    const endOfDay = endOfStudyDay(now, localOffset(now));
    let token: UndoToken | null = null;
    let scheduled = null;
    if (s.kind === 'schedule') {
      const store = useAppStore.getState();
      const next = scheduleReview(store.progress.cards[cardId], grade, now, { retention: store.settings.retention, offsetMinutes: localOffset(now) });
      token = store.grade({ cardId, grade, reviewedAt: now, durationMs: Math.min(durationMs, MAX_ANSWER_MS), next });
      scheduled = next;
    }
    const session = answerCard(s.session, { grade, scheduled, now, durationMs, endOfDay });
    update({ ...s, session, history: [...s.history, { session: s.session, token }], flipped: false, shownAt: now, intervals: null, last: 'grade' });
  };

  const undo = () => {
    const s = live.current;
    const previous = s.history[s.history.length - 1];
    if (!previous) return;
    if (previous.token) useAppStore.getState().undoGrade(previous.token);
    update({ ...s, session: previous.session, history: s.history.slice(0, -1), flipped: false, shownAt: Date.now(), intervals: null, last: 'undo' });
  };

  const toggleStar = () => {
    const current = live.current.session.current;
    const termId = current && parseCardId(current)?.termId;
    if (termId) useAppStore.getState().toggleStar(termId);
  };

  /** A round of the cards missed in this one, without changing the schedule. */
  const retryMissed = () => {
    const s = live.current;
    if (s.session.missed.length === 0) return;
    const now = Date.now();
    update({ ...fresh('retry', s.deck, s.unstudied, startSession({ mode: 'cram', queue: s.session.missed, now }), now), last: 'retry' });
  };

  return { state, flip, grade, undo, toggleStar, retryMissed };
}
