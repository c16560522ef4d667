/**
 * Quizzes: which questions a quiz asks, in what order, and how each answer is graded.
 *
 * A quiz is a pure function of the content, its spec (from the URL) and a seed, so the same
 * URL always gives the same quiz: retaken, shared or reloaded. Questions come from the
 * hand-written bank and are generated from the glossary (term → definition, definition →
 * term), with wrong options from `distractors.ts`.
 */
import { matchTypedAnswer, normalizeAnswer, type TypedMatch } from './answer-matching';
import type { Choice, Localized, Note, Question, SourceRef, Term, TopicId } from './content';
import { pickDistractors, termNames, type GeneratedDirection } from './distractors';
import { examWeights, PASS_MARK, presetOfQuizId, type ExamPresetId } from './exam';
import type { QuizAnswerRecord, QuizAttempt } from './quiz-history';
import { createRandom, type Random } from './random';
import { maskedDefinition } from './term-masking';
import { topicsOfTrack, TRACKS, type Placed, type Track } from './tracks';

// ---------------------------------------------------------------------------------------------
// Questions as a quiz asks them

/** A single-choice question generated from one glossary term. */
export type GeneratedQuestion = {
  origin: 'generated';
  id: string;
  kind: 'single';
  direction: GeneratedDirection;
  topic: TopicId;
  /** What the learner is shown: the term's name, or its definition. */
  stem: Localized;
  choices: Choice[];
  answer: string;
  explanation: Localized;
  terms: [string];
  source: SourceRef;
  note?: Note | undefined;
  figure?: undefined;
};

export type BankQuestion = Question & { origin: 'bank' };
export type QuizQuestion = BankQuestion | GeneratedQuestion;

/** A question as placed in one quiz: options (and the right-hand side of a matching) in seeded order. */
export type QuizItem = {
  question: QuizQuestion;
  /** For matching: the order in which the right-hand sides are shown (indexes into `pairs`). */
  rightOrder?: number[];
};

export const GENERATED_PREFIX = { 'term-to-definition': 'g-def-', 'definition-to-term': 'g-term-' } as const;

export function generatedId(direction: GeneratedDirection, termId: string): string {
  return `${GENERATED_PREFIX[direction]}${termId}`;
}

export function parseGeneratedId(id: string): { direction: GeneratedDirection; termId: string } | null {
  for (const direction of ['term-to-definition', 'definition-to-term'] as const) {
    const prefix = GENERATED_PREFIX[direction];
    if (id.startsWith(prefix) && id.length > prefix.length) return { direction, termId: id.slice(prefix.length) };
  }
  return null;
}

const CHOICE_IDS = 'abcdefghij';
export const GENERATED_OPTIONS = 4;

/**
 * Generates one question from a term, or null when the glossary has too few good distractors.
 * The distractors depend only on the seed and the question id, not on the rest of the quiz.
 */
export function generateQuestion(term: Term, direction: GeneratedDirection, terms: readonly Term[], seed: string): GeneratedQuestion | null {
  const id = generatedId(direction, term.id);
  const random = createRandom(`${seed}:${id}`);
  const wrong = pickDistractors(term, terms, { count: GENERATED_OPTIONS - 1, direction, random });
  if (wrong.length < GENERATED_OPTIONS - 1) return null;
  // A definition never names its own term: not as the question, not as an option.
  const optionOf = (t: Term): Localized => (direction === 'term-to-definition' ? maskedDefinition(t) : t.term);
  const options = random.shuffle([term, ...wrong]);
  const choices = options.map((t, index) => ({ id: CHOICE_IDS[index] ?? String(index), text: optionOf(t) }));
  const answer = choices[options.indexOf(term)]?.id ?? 'a';
  return {
    origin: 'generated',
    id,
    kind: 'single',
    direction,
    topic: term.topic,
    stem: direction === 'term-to-definition' ? term.term : maskedDefinition(term),
    choices,
    answer,
    explanation: term.explanation,
    terms: [term.id],
    source: term.source,
    ...(term.note ? { note: term.note } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Which quiz: parsed from the URL

export type QuizSpec =
  | { kind: 'topic'; topic: TopicId }
  | { kind: 'mixed' }
  | { kind: 'numbers' }
  /** Scenario questions only: a short situation, the model, service or rule that applies. */
  | { kind: 'scenarios' }
  /** `preset`: one of the fixed exams (`/quiz/exam-short`…), or null for a custom exam (`/quiz/exam?n&minutes`). */
  | { kind: 'exam'; minutes: number | null; preset: ExamPresetId | null }
  | { kind: 'weak' }
  | { kind: 'term'; termId: string };

export const DEFAULT_SIZE = { topic: 10, mixed: 15, numbers: 10, scenarios: 10, exam: 20, weak: 10, term: 12 } as const;
export const SIZE_LIMITS = { min: 1, max: 100 } as const;
export const EXAM_MINUTES_LIMITS = { min: 1, max: 180 } as const;
/** About this share of a topic or mixed quiz is generated from the glossary; the rest is the bank. */
export const GENERATED_SHARE = 0.3;

export type QuizParams = { seed?: string | null; n?: string | null; minutes?: string | null; term?: string | null; retry?: string | null; track?: string | null };

export type QuizRoute = {
  spec: QuizSpec;
  /** The id kept in the history, for best scores: the URL's quiz id, or `term:<termId>`. */
  historyId: string;
  size: number;
  /** A previous attempt whose wrong answers are asked again. */
  retry: string | null;
  /**
   * The track whose topics the quiz draws from (`?track=readings`), or null for every topic.
   * Always null for a topic's or a term's quiz: those choose their own questions.
   */
  track: Track | null;
};

export type QuizRouteProblem = { problem: 'unknown-quiz' | 'unknown-term' | 'bad-number' | 'unknown-track'; detail: string };

/** Whether a kind of quiz draws from the chosen track: every kind but a topic's and a term's own quiz. */
export function followsTrack(spec: QuizSpec): boolean {
  return spec.kind !== 'topic' && spec.kind !== 'term';
}

/** The id a quiz's attempts and best score are kept under: `mixed`, or `mixed@readings` for one track's. */
export function trackedHistoryId(quizId: string, track: Track | null): string {
  return track === null ? quizId : `${quizId}@${track}`;
}

/** The part of the content a quiz on `track` draws from: the track's topics' terms and questions (all of it for null). */
export function contentOfTrack(content: QuizContent, topics: readonly (Placed & { id: TopicId })[], track: Track | null): QuizContent {
  if (track === null) return content;
  const ids = new Set<TopicId>(topicsOfTrack(topics, track).map((topic) => topic.id));
  return { terms: content.terms.filter((term) => ids.has(term.topic)), questions: content.questions.filter((question) => ids.has(question.topic)) };
}

function parseCount(raw: string | null | undefined, fallback: number, limits: { min: number; max: number }): number | null {
  if (raw === null || raw === undefined || raw === '') return fallback;
  if (!/^\d{1,4}$/.test(raw)) return null;
  const value = Number(raw);
  return value < limits.min || value > limits.max ? null : value;
}

function parseTrack(raw: string | null | undefined): Track | null | undefined {
  if (raw === null || raw === undefined || raw === '') return null;
  return (TRACKS as readonly string[]).includes(raw) ? (raw as Track) : undefined;
}

/** Reads a quiz from its URL: `/quiz/:quizId?seed&n&minutes&term&retry&track`. */
export function parseQuizRoute(quizId: string, params: QuizParams, known: { topics: readonly TopicId[]; termIds: ReadonlySet<string> }): QuizRoute | QuizRouteProblem {
  const chosenTrack = parseTrack(params.track);
  if (chosenTrack === undefined) return { problem: 'unknown-track', detail: params.track ?? '' };
  let spec: QuizSpec;
  if ((known.topics as readonly string[]).includes(quizId)) spec = { kind: 'topic', topic: quizId as TopicId };
  else if (quizId === 'mixed') spec = { kind: 'mixed' };
  else if (quizId === 'numbers') spec = { kind: 'numbers' };
  else if (quizId === 'scenarios') spec = { kind: 'scenarios' };
  else if (quizId === 'weak') spec = { kind: 'weak' };
  else if (quizId === 'exam') {
    const minutes = params.minutes ? parseCount(params.minutes, 0, EXAM_MINUTES_LIMITS) : 0;
    if (minutes === null) return { problem: 'bad-number', detail: `minutes=${params.minutes ?? ''}` };
    spec = { kind: 'exam', minutes: minutes || null, preset: null };
  } else if (presetOfQuizId(quizId)) {
    // A preset is fixed: its size and time are not read from the URL.
    const preset = presetOfQuizId(quizId)!;
    return {
      spec: { kind: 'exam', minutes: preset.minutes, preset: preset.id },
      historyId: trackedHistoryId(quizId, chosenTrack),
      size: preset.questions,
      retry: params.retry || null,
      track: chosenTrack,
    };
  } else if (quizId === 'term') {
    const termId = params.term ?? '';
    if (!known.termIds.has(termId)) return { problem: 'unknown-term', detail: termId };
    spec = { kind: 'term', termId };
  } else return { problem: 'unknown-quiz', detail: quizId };

  const size = parseCount(params.n, DEFAULT_SIZE[spec.kind], SIZE_LIMITS);
  if (size === null) return { problem: 'bad-number', detail: `n=${params.n ?? ''}` };
  const track = followsTrack(spec) ? chosenTrack : null;
  return { spec, historyId: spec.kind === 'term' ? `term:${spec.termId}` : trackedHistoryId(quizId, track), size, retry: params.retry || null, track };
}

// ---------------------------------------------------------------------------------------------
// Building a quiz

export type QuizContent = { terms: readonly Term[]; questions: readonly Question[] };
export type QuizHistoryView = { attempts: readonly QuizAttempt[]; missed: Readonly<Record<string, number>> };

export type Quiz = {
  historyId: string;
  spec: QuizSpec;
  seed: string;
  /** Exam: answers are shown only at the end. */
  mode: 'practice' | 'exam';
  minutes: number | null;
  /** Exam: the score (percent) that passes it. */
  passMark: number | null;
  items: QuizItem[];
  /** How many questions the quiz could have drawn from. */
  poolSize: number;
};

type Pool = { bank: QuizQuestion[]; terms: Term[] };

/** A question not yet made: generated questions are only built once chosen. */
type Candidate = { id: string; topic: TopicId; make: () => QuizQuestion | null };

const ready = (question: QuizQuestion): Candidate => ({ id: question.id, topic: question.topic, make: () => question });

function bankOf(questions: readonly Question[], keep: (q: Question) => boolean): QuizQuestion[] {
  return questions.filter(keep).map((q) => ({ ...q, origin: 'bank' as const }));
}

/** Generated questions for terms: one direction per term (both would give each other away). */
function candidatesFor(terms: readonly Term[], all: readonly Term[], seed: string, random: Random, both = false): Candidate[] {
  return terms.flatMap((term) => {
    const directions: GeneratedDirection[] = both
      ? ['term-to-definition', 'definition-to-term']
      : [random.next() < 0.5 ? 'term-to-definition' : 'definition-to-term'];
    return directions.map((direction) => ({ id: generatedId(direction, term.id), topic: term.topic, make: () => generateQuestion(term, direction, all, seed) }));
  });
}

function generateFor(terms: readonly Term[], all: readonly Term[], seed: string, random: Random, both = false): QuizQuestion[] {
  return materialize(candidatesFor(terms, all, seed, random, both), Number.POSITIVE_INFINITY);
}

/** Makes candidates in order until `size` questions exist (a term without good distractors is skipped). */
function materialize(candidates: readonly Candidate[], size: number): QuizQuestion[] {
  const out: QuizQuestion[] = [];
  for (const candidate of candidates) {
    if (out.length >= size) break;
    const question = candidate.make();
    if (question) out.push(question);
  }
  return out;
}

/** Takes `size` questions: about GENERATED_SHARE generated, the rest from the bank, topped up from either. */
function blend(bank: Candidate[], generated: Candidate[], size: number, random: Random): QuizQuestion[] {
  const fromBank = random.shuffle(bank);
  const fromGlossary = random.shuffle(generated);
  const wantGenerated = Math.min(fromGlossary.length, Math.max(generated.length > 0 ? 1 : 0, Math.round(size * GENERATED_SHARE)));
  const wantBank = Math.max(0, size - wantGenerated);
  const order = [...fromBank.slice(0, wantBank), ...fromGlossary.slice(0, wantGenerated), ...fromBank.slice(wantBank), ...fromGlossary.slice(wantGenerated)];
  return random.shuffle(materialize(order, size));
}

/** Spreads a mixed quiz across topics: round-robin over each topic's shuffled questions. */
function spreadAcrossTopics(candidates: Candidate[], size: number, random: Random): QuizQuestion[] {
  const byTopic = new Map<TopicId, Candidate[]>();
  for (const candidate of random.shuffle(candidates)) byTopic.set(candidate.topic, [...(byTopic.get(candidate.topic) ?? []), candidate]);
  const queues = random.shuffle([...byTopic.values()]);
  const order: Candidate[] = [];
  for (let round = 0; queues.some((queue) => queue.length > round); round++) {
    for (const queue of queues) {
      const next = queue[round];
      if (next) order.push(next);
    }
  }
  return random.shuffle(materialize(order, size));
}

/** The topics of the content in the order they first appear (terms first): the order exam weights are computed in. */
export function topicOrder(content: QuizContent): TopicId[] {
  return [...new Set([...content.terms.map((t) => t.topic), ...content.questions.map((q) => q.topic)])];
}

/** An exam: each topic's fixed number of questions (see `examWeights`), blended within the topic, then shuffled. */
function drawByWeight(bank: Candidate[], generated: Candidate[], size: number, content: QuizContent, random: Random): QuizQuestion[] {
  const weights = examWeights(topicOrder(content), content, size);
  const chosen = weights.flatMap(({ topic, count }) =>
    blend(
      bank.filter((c) => c.topic === topic),
      generated.filter((c) => c.topic === topic),
      count,
      random,
    ),
  );
  return random.shuffle(chosen);
}

/** The latest answer to each question across all attempts, by question id. */
export function latestAnswers(attempts: readonly QuizAttempt[]): Map<string, { correct: boolean; at: number }> {
  const latest = new Map<string, { correct: boolean; at: number }>();
  for (const attempt of [...attempts].sort((a, b) => a.finishedAt - b.finishedAt)) {
    for (const answer of attempt.answers) latest.set(answer.questionId, { correct: answer.correct, at: attempt.finishedAt });
  }
  return latest;
}

/** Finds a question by id: from the bank, or regenerated from the glossary. */
export function findQuestion(id: string, content: QuizContent, termById: ReadonlyMap<string, Term>, seed: string): QuizQuestion | null {
  const generated = parseGeneratedId(id);
  if (generated) {
    const term = termById.get(generated.termId);
    return term ? generateQuestion(term, generated.direction, content.terms, seed) : null;
  }
  const question = content.questions.find((q) => q.id === id);
  return question ? { ...question, origin: 'bank' } : null;
}

/**
 * "My weak spots": first the questions whose latest answer was wrong, then questions on the
 * terms missed in quizzes that have not been answered right since.
 */
export function weakPool(content: QuizContent, history: QuizHistoryView, seed: string, random: Random): { first: QuizQuestion[]; then: QuizQuestion[] } {
  const termById = new Map(content.terms.map((term) => [term.id, term]));
  const latest = latestAnswers(history.attempts);
  const first: QuizQuestion[] = [];
  for (const [id, answer] of latest) {
    if (answer.correct) continue;
    const question = findQuestion(id, content, termById, seed);
    if (question) first.push(question);
  }
  const firstIds = new Set(first.map((q) => q.id));
  const missedTerms = Object.keys(history.missed).filter((id) => termById.has(id));
  const notSince = (q: QuizQuestion) => {
    const answer = latest.get(q.id);
    return !firstIds.has(q.id) && !(answer?.correct && answer.at >= Math.max(...q.terms.map((t) => history.missed[t] ?? 0)));
  };
  const missed = new Set(missedTerms);
  const then = [
    ...bankOf(content.questions, (q) => q.terms.some((t) => missed.has(t))),
    ...generateFor(
      missedTerms.map((id) => termById.get(id)).filter((t): t is Term => t !== undefined),
      content.terms,
      seed,
      random,
    ),
  ].filter(notSince);
  return { first, then };
}

function placeItem(question: QuizQuestion, seed: string): QuizItem {
  if (question.kind === 'matching') {
    const random = createRandom(`${seed}:order:${question.id}`);
    const indexes = question.pairs.map((_, index) => index);
    let rightOrder = random.shuffle(indexes);
    // A matching shown already solved teaches nothing: rotate it by one.
    if (rightOrder.every((value, index) => value === index)) rightOrder = [...indexes.slice(1), ...indexes.slice(0, 1)];
    return { question, rightOrder };
  }
  if ((question.kind === 'single' || question.kind === 'multiple') && question.origin === 'bank') {
    const random = createRandom(`${seed}:order:${question.id}`);
    return { question: { ...question, choices: random.shuffle(question.choices) } };
  }
  return { question };
}

/** How many questions a quiz would draw from (shown on the list of quizzes). */
export function poolSize(spec: QuizSpec, content: QuizContent, history: QuizHistoryView): number {
  const random = createRandom('pool');
  switch (spec.kind) {
    case 'topic': {
      const terms = content.terms.filter((t) => t.topic === spec.topic);
      return content.questions.filter((q) => q.topic === spec.topic).length + terms.length;
    }
    case 'numbers':
      return content.questions.filter((q) => q.figure).length;
    case 'scenarios':
      return content.questions.filter((q) => q.scenario).length;
    case 'weak': {
      const { first, then } = weakPool(content, history, 'pool', random);
      return first.length + then.length;
    }
    case 'term':
      return content.questions.filter((q) => q.terms.includes(spec.termId)).length + 2;
    default:
      return content.questions.length + content.terms.length;
  }
}

/**
 * Builds a quiz. `retryOf` is a finished attempt whose wrong answers are asked again.
 * Returns a quiz with no items when there is nothing to ask (the screen says why).
 */
export function buildQuiz(
  route: Pick<QuizRoute, 'spec' | 'historyId' | 'size'>,
  seed: string,
  content: QuizContent,
  history: QuizHistoryView,
  retryOf?: QuizAttempt,
): Quiz {
  const { spec, size } = route;
  const random = createRandom(`${seed}:${route.historyId}`);
  const termById = new Map(content.terms.map((term) => [term.id, term]));
  let chosen: QuizQuestion[];
  let pool: number;

  if (retryOf) {
    const wrongIds = [...new Set(retryOf.answers.filter((answer) => !answer.correct).map((answer) => answer.questionId))];
    const questions = wrongIds.map((id) => findQuestion(id, content, termById, retryOf.seed)).filter((q): q is QuizQuestion => q !== null);
    chosen = random.shuffle(questions);
    pool = questions.length;
  } else {
    const { bank, terms }: Pool = (() => {
      switch (spec.kind) {
        case 'topic':
          return { bank: bankOf(content.questions, (q) => q.topic === spec.topic), terms: content.terms.filter((t) => t.topic === spec.topic) };
        case 'numbers':
          return { bank: bankOf(content.questions, (q) => q.figure === true), terms: [] };
        case 'scenarios':
          return { bank: bankOf(content.questions, (q) => q.scenario === true), terms: [] };
        case 'term':
          return { bank: bankOf(content.questions, (q) => q.terms.includes(spec.termId)), terms: content.terms.filter((t) => t.id === spec.termId) };
        case 'weak':
          return { bank: [], terms: [] };
        default:
          return { bank: bankOf(content.questions, () => true), terms: [...content.terms] };
      }
    })();
    if (spec.kind === 'weak') {
      const { first, then } = weakPool(content, history, seed, random);
      chosen = random.shuffle([...random.shuffle(first), ...random.shuffle(then)].slice(0, size));
      pool = first.length + then.length;
    } else if (spec.kind === 'term') {
      const generated = generateFor(terms, content.terms, seed, random, true);
      chosen = random.shuffle([...bank, ...generated]).slice(0, size);
      pool = bank.length + generated.length;
    } else {
      const generated = candidatesFor(terms, content.terms, seed, random);
      const banked = bank.map(ready);
      pool = bank.length + generated.length;
      if (spec.kind === 'exam') chosen = drawByWeight(banked, generated, size, content, random);
      else chosen = spec.kind === 'mixed' ? spreadAcrossTopics([...banked, ...generated], size, random) : blend(banked, generated, size, random);
    }
  }

  return {
    historyId: route.historyId,
    spec,
    seed,
    mode: spec.kind === 'exam' ? 'exam' : 'practice',
    minutes: spec.kind === 'exam' ? spec.minutes : null,
    passMark: spec.kind === 'exam' && !retryOf ? PASS_MARK : null,
    items: chosen.map((question) => placeItem(question, seed)),
    poolSize: pool,
  };
}

// ---------------------------------------------------------------------------------------------
// Answers and grading

export type QuizResponse =
  | { kind: 'single'; choice: string | null }
  | { kind: 'multiple'; choices: string[] }
  | { kind: 'true-false'; value: boolean | null }
  /** For each left side (by pair index), the pair index of the right side chosen for it. */
  | { kind: 'matching'; pairs: (number | null)[] }
  | { kind: 'typed'; text: string };

export type GradedAnswer = {
  correct: boolean;
  /** 0–1: a share of the marks, for multiple select and matching; 0 or 1 otherwise. */
  credit: number;
  /** For typed answers: how the text matched. */
  typed?: TypedMatch;
};

export function emptyResponse(question: QuizQuestion): QuizResponse {
  switch (question.kind) {
    case 'single':
      return { kind: 'single', choice: null };
    case 'multiple':
      return { kind: 'multiple', choices: [] };
    case 'true-false':
      return { kind: 'true-false', value: null };
    case 'matching':
      return { kind: 'matching', pairs: question.pairs.map(() => null) };
    case 'typed':
      return { kind: 'typed', text: '' };
  }
}

/** Whether a response is complete enough to submit. */
export function isAnswered(response: QuizResponse): boolean {
  switch (response.kind) {
    case 'single':
      return response.choice !== null;
    case 'multiple':
      return response.choices.length > 0;
    case 'true-false':
      return response.value !== null;
    case 'matching':
      return response.pairs.every((pair) => pair !== null);
    case 'typed':
      return response.text.trim() !== '';
  }
}

function containsKey(haystack: Localized, key: string): boolean {
  return normalizeAnswer(haystack.en).includes(key) || normalizeAnswer(haystack.zh).includes(key);
}

/**
 * Every spelling a typed question accepts: its answers in both languages and, when an answer
 * is the name of a term it tests, that term's other names and aliases. Not when the prompt
 * names the term itself: such a question asks for one form of the name ("What does SaaS
 * stand for?", "Give the abbreviation"), and only its own answers are right.
 */
export function acceptedAnswers(question: Extract<Question, { kind: 'typed' }>, termById: ReadonlyMap<string, Term>): string[] {
  const accepted = [...question.answers['en'], ...question.answers['zh']];
  const keys = new Set(accepted.map(normalizeAnswer));
  for (const termId of question.terms) {
    const term = termById.get(termId);
    if (!term || ![...termNames(term)].some((name) => keys.has(name))) continue;
    if ([...termNames(term)].some((name) => name.length >= 2 && containsKey(question.prompt, name))) continue;
    for (const name of [term.term.en, term.term.zh, ...term.aliases]) {
      const key = normalizeAnswer(name);
      if (key.length < 2 || keys.has(key) || containsKey(question.prompt, key)) continue;
      keys.add(key);
      accepted.push(name);
    }
  }
  // A numbered document's full number is its number: "SP 800-145" answers "SP 800-what?".
  const numbers = [...keys].filter((key) => /^[\d.-]{3,}$/.test(key));
  for (const termId of question.terms) {
    const term = termById.get(termId);
    for (const name of term ? [term.term.en, term.term.zh, ...term.aliases] : []) {
      const key = normalizeAnswer(name);
      if (!keys.has(key) && numbers.some((number) => key.endsWith(number) && !/\d/.test(key.at(-number.length - 1) ?? ''))) {
        keys.add(key);
        accepted.push(name);
      }
    }
  }
  return [...new Map(accepted.map((text) => [normalizeAnswer(text), text])).values()];
}

/**
 * The names of the terms a typed question's answer names, in every form: never "a different
 * term", even when the question asks for one form only ("Give the abbreviation").
 */
export function answerTermNames(question: Extract<Question, { kind: 'typed' }>, termById: ReadonlyMap<string, Term>): string[] {
  const keys = new Set([...question.answers['en'], ...question.answers['zh']].map(normalizeAnswer));
  return question.terms.flatMap((termId) => {
    const term = termById.get(termId);
    if (!term || ![...termNames(term)].some((name) => keys.has(name))) return [];
    return [term.term.en, term.term.zh, ...term.aliases];
  });
}

/** Names of the glossary's terms that a typed answer must not be confused with. */
export function confusableNames(terms: readonly Term[]): string[] {
  return terms.flatMap((term) => [term.term.en, term.term.zh, ...term.aliases]);
}

export type GradingContext = { termById: ReadonlyMap<string, Term>; confusables: readonly string[] };

export function gradeAnswer(question: QuizQuestion, response: QuizResponse, context: GradingContext): GradedAnswer {
  const whole = (correct: boolean): GradedAnswer => ({ correct, credit: correct ? 1 : 0 });
  if (question.kind === 'single' && response.kind === 'single') return whole(response.choice === question.answer);
  if (question.kind === 'true-false' && response.kind === 'true-false') return whole(response.value === question.answer);
  if (question.kind === 'multiple' && response.kind === 'multiple') {
    const picked = new Set(response.choices);
    const right = new Set(question.answers);
    const hits = [...picked].filter((id) => right.has(id)).length;
    const misses = picked.size - hits;
    const correct = hits === right.size && misses === 0;
    return { correct, credit: Math.max(0, (hits - misses) / right.size) };
  }
  if (question.kind === 'matching' && response.kind === 'matching') {
    const right = question.pairs.filter((_, index) => response.pairs[index] === index).length;
    return { correct: right === question.pairs.length, credit: right / question.pairs.length };
  }
  if (question.kind === 'typed' && response.kind === 'typed') {
    const accepted = acceptedAnswers(question, context.termById);
    const typed = matchTypedAnswer(response.text, accepted, {
      confusables: context.confusables,
      equivalents: answerTermNames(question, context.termById),
      prompt: [question.prompt.en, question.prompt.zh],
    });
    return { ...whole(typed.correct), typed };
  }
  return whole(false); // a response of the wrong kind is never right
}

export type TopicScore = { topic: TopicId; correct: number; total: number };

export type QuizScore = {
  correct: number;
  total: number;
  /** 0–100, rounded. */
  percent: number;
  byTopic: TopicScore[];
  /** Indexes of the items answered wrong (or not answered). */
  wrong: number[];
  /** Terms tested by the wrong answers, without repeats, in quiz order. */
  missedTerms: string[];
};

/** Scores a finished quiz; an item without a graded answer (time ran out) counts as wrong. */
export function scoreQuiz(items: readonly QuizItem[], graded: readonly (GradedAnswer | undefined)[]): QuizScore {
  const byTopic = new Map<TopicId, TopicScore>();
  const wrong: number[] = [];
  const missedTerms: string[] = [];
  let correct = 0;
  items.forEach((item, index) => {
    const ok = graded[index]?.correct === true;
    const topic = byTopic.get(item.question.topic) ?? { topic: item.question.topic, correct: 0, total: 0 };
    topic.total++;
    if (ok) {
      topic.correct++;
      correct++;
    } else {
      wrong.push(index);
      // Left unanswered is scored wrong, but is not a mistake: its terms do not join the Missed deck.
      if (graded[index] !== undefined) for (const term of item.question.terms) if (!missedTerms.includes(term)) missedTerms.push(term);
    }
    byTopic.set(item.question.topic, topic);
  });
  const total = items.length;
  return { correct, total, percent: total === 0 ? 0 : Math.round((100 * correct) / total), byTopic: [...byTopic.values()], wrong, missedTerms };
}

/** The record kept in the history for a finished quiz. */
export function toAttempt(quiz: Quiz, graded: readonly (GradedAnswer | undefined)[], times: { id: string; startedAt: number; finishedAt: number }): QuizAttempt {
  const answers: QuizAnswerRecord[] = quiz.items.map((item, index) => ({
    questionId: item.question.id,
    topic: item.question.topic,
    termIds: [...item.question.terms],
    correct: graded[index]?.correct === true,
    ...(graded[index] === undefined ? { skipped: true as const } : {}),
  }));
  return { id: times.id, quizId: quiz.historyId, seed: quiz.seed, startedAt: times.startedAt, finishedAt: times.finishedAt, answers };
}

/** The best score of each quiz in the history, as a share 0–1 with its counts. */
export function bestScores(attempts: readonly QuizAttempt[]): Map<string, { correct: number; total: number; percent: number }> {
  const best = new Map<string, { correct: number; total: number; percent: number }>();
  for (const attempt of attempts) {
    const total = attempt.answers.length;
    if (total === 0) continue;
    const correct = attempt.answers.filter((answer) => answer.correct).length;
    const percent = Math.round((100 * correct) / total);
    const previous = best.get(attempt.quizId);
    if (!previous || percent > previous.percent || (percent === previous.percent && total > previous.total)) {
      best.set(attempt.quizId, { correct, total, percent });
    }
  }
  return best;
}
