import { useMemo } from 'react';
import { cardsOfTerms } from '../../domain/decks';
import type { ReadinessInput } from '../../domain/readiness';
import { useGlossary } from '../../lib/content';
import { useAppStore } from '../../stores/app-store';

/** The cards of each topic and every quiz answer: what readiness is computed from. */
export function useReadinessInput(now: number): Omit<ReadinessInput, 'now'> & { now: number } {
  const { terms, topics } = useGlossary();
  const settings = useAppStore((s) => s.settings);
  const attempts = useAppStore((s) => s.quiz.attempts);
  return useMemo(() => {
    const topicCards = new Map(
      topics.map((topic) => [topic.id as string, cardsOfTerms(terms.filter((term) => term.topic === topic.id).map((term) => term.id), settings)]),
    );
    const answers = attempts.flatMap((attempt) => attempt.answers.map((answer) => ({ topic: answer.topic as string, correct: answer.correct, at: attempt.finishedAt })));
    return { topicCards: new Map([...topicCards].filter(([, ids]) => ids.length > 0)), answers, now };
  }, [terms, topics, settings, attempts, now]);
}

