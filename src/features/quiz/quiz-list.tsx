import { useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { TrackChooser } from '../../components/track-chooser';
import { EXAM_PRESETS, PASS_MARK, presetQuizId } from '../../domain/exam';
import { bestScores, contentOfTrack, DEFAULT_SIZE, followsTrack, poolSize, trackedHistoryId, type QuizSpec } from '../../domain/quiz';
import { topicsOfTrack, type Track } from '../../domain/tracks';
import { useContent } from '../../lib/content';
import { pick, useLanguage, useMessages } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { useAppStore } from '../../stores/app-store';
import { examMessages } from './exam-messages';
import { newSeed } from './format';
import { quizMessages } from './messages';
import './quiz.css';
import { ContinueQuiz } from './saved-quiz-note';

const EXAM_SIZES = [10, 20, 30, 50] as const;
const EXAM_MINUTES = [0, 10, 15, 20, 30, 45] as const;

type Entry = { id: string; name: string; about: string; spec: QuizSpec; size: number };

/**
 * The list of quizzes: by topic, and mixed, numbers, exam and weak spots, each with its size and
 * best score. The track chosen at the top governs all of them: the topics listed, and what every
 * other quiz draws from (its link carries the track: `/quiz/mixed?track=readings`).
 */
export function QuizList() {
  const m = useMessages(quizMessages);
  const language = useLanguage();
  const content = useContent();
  const attempts = useAppStore((s) => s.quiz.attempts);
  const missed = useAppStore((s) => s.quiz.missed);
  const track = useAppStore((s) => s.settings.track);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const best = useMemo(() => bestScores(attempts), [attempts]);
  const history = useMemo(() => ({ attempts, missed }), [attempts, missed]);
  const quizTrack: Track | null = track === 'all' ? null : track;
  const drawn = useMemo(() => contentOfTrack(content, content.topics, quizTrack), [content, quizTrack]);

  const topics: Entry[] = topicsOfTrack(content.topics, track).map((topic) => ({
    id: topic.id,
    name: pick(topic.name, language),
    about: pick(topic.description, language),
    spec: { kind: 'topic', topic: topic.id },
    size: DEFAULT_SIZE.topic,
  }));
  const more: Entry[] = [
    { id: 'mixed', name: m.mixed, about: m.mixedAbout, spec: { kind: 'mixed' }, size: DEFAULT_SIZE.mixed },
    { id: 'scenarios', name: m.scenarios, about: m.scenariosAbout, spec: { kind: 'scenarios' }, size: DEFAULT_SIZE.scenarios },
    { id: 'numbers', name: m.numbers, about: m.numbersAbout, spec: { kind: 'numbers' }, size: DEFAULT_SIZE.numbers },
    { id: 'weak', name: m.weak, about: m.weakAbout, spec: { kind: 'weak' }, size: DEFAULT_SIZE.weak },
  ];
  const pools = useMemo(() => {
    const sizes = new Map<string, number>();
    for (const entry of [...topics, ...more]) sizes.set(entry.id, poolSize(entry.spec, drawn, history));
    return sizes;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- entries are derived from the drawn content, history and the track
  }, [drawn, history, track]);
  const trackOf = (entry: Entry) => (followsTrack(entry.spec) ? quizTrack : null);

  return (
    <div className="quiz-list">
      <ContinueQuiz />
      <TrackChooser value={track} onChange={(choice) => updateSettings({ track: choice })} scope={m.trackScope} />
      <section aria-labelledby="quiz-more">
        <h2 id="quiz-more">{m.moreWays}</h2>
        <ul className="grid quiz-grid">
          {more.map((entry) => (
            <QuizCard key={entry.id} entry={entry} track={trackOf(entry)} pool={pools.get(entry.id) ?? 0} best={best.get(trackedHistoryId(entry.id, trackOf(entry)))?.percent} />
          ))}
          <ExamCard best={best} track={quizTrack} pool={drawn.questions.length + drawn.terms.length} />
        </ul>
      </section>
      <section aria-labelledby="quiz-topics">
        <h2 id="quiz-topics">{m.byTopic}</h2>
        <ul className="grid quiz-grid">
          {topics.map((entry) => (
            <QuizCard key={entry.id} entry={entry} track={null} pool={pools.get(entry.id) ?? 0} best={best.get(entry.id)?.percent} />
          ))}
        </ul>
      </section>
    </div>
  );
}

function QuizCard({ entry, track, pool, best }: { entry: Entry; track: Track | null; pool: number; best: number | undefined }) {
  const m = useMessages(quizMessages);
  const size = Math.min(entry.size, pool);
  const empty = pool === 0;
  const headingId = `quiz-${entry.id}`;
  return (
    <li className="card quiz-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{entry.name}</h3>
      <p className="quiz-card-about">{!empty ? entry.about : entry.spec.kind === 'weak' ? m.weakEmpty : track !== null ? m.noneInTrack : entry.about}</p>
      {empty ? null : (
        <p className="quiz-card-meta">
          <span>
            {m.questionsCount(size)} <span className="muted">· {m.poolCount(pool)}</span>
          </span>
          <span className={best === undefined ? 'muted' : 'quiz-best'}>{best === undefined ? m.notTaken : m.best(best)}</span>
        </p>
      )}
      {empty ? null : (
        <Link className="button small" to={paths.quiz(entry.id, { track })} aria-label={m.startNamed(entry.name)}>
          {m.start}
        </Link>
      )}
    </li>
  );
}

/**
 * The exams: three presets and a custom one. Each opens the exam's own page, which shows its
 * topics and has the one button that starts the clock.
 */
function ExamCard({ best, track, pool }: { best: ReadonlyMap<string, { percent: number }>; track: Track | null; pool: number }) {
  const m = useMessages(quizMessages);
  const e = useMessages(examMessages);
  const navigate = useNavigate();
  const [size, setSize] = useState<number>(DEFAULT_SIZE.exam);
  const [minutes, setMinutes] = useState<number>(15);
  const setUp = (event: FormEvent) => {
    event.preventDefault();
    void navigate(paths.quiz('exam', { n: size, minutes: minutes || undefined, seed: newSeed(), track }));
  };
  const bestOf = (quizId: string) => best.get(trackedHistoryId(quizId, track))?.percent;
  return (
    <li className="card quiz-card quiz-card-exam" aria-labelledby="quiz-exam">
      <h3 id="quiz-exam">{m.exam}</h3>
      <p className="quiz-card-about">{e.examsAbout}</p>
      <ul className="exam-presets" aria-label={e.presetsLabel}>
        {EXAM_PRESETS.filter((preset) => preset.questions <= pool).map((preset) => {
          const id = presetQuizId(preset.id);
          const score = bestOf(id);
          return (
            <li key={preset.id}>
              <Link className="exam-preset" to={paths.quiz(id, { track })}>
                <span className="exam-preset-name">{e.presetName(preset.id)}</span>
                <span className="exam-preset-meta">
                  {e.presetSummary(preset.questions, preset.minutes)} · {e.passMarkShort(PASS_MARK)}
                </span>
                <span className={score === undefined ? 'muted exam-preset-best' : 'quiz-best exam-preset-best'}>{score === undefined ? m.notTaken : m.best(score)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      <form className="exam-form" onSubmit={setUp} aria-labelledby="quiz-exam-custom">
        <h4 id="quiz-exam-custom" className="exam-form-title">
          {e.customExam}
        </h4>
        <label>
          <span>{m.examQuestions}</span>
          <select value={size} onChange={(event) => setSize(Number(event.target.value))}>
            {EXAM_SIZES.filter((n) => n <= pool).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{m.examTime}</span>
          <select value={minutes} onChange={(event) => setMinutes(Number(event.target.value))}>
            {EXAM_MINUTES.map((n) => (
              <option key={n} value={n}>
                {n === 0 ? m.noLimit : m.minutesOption(n)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button small secondary" aria-label={e.setUpCustomNamed}>
          {e.setUpCustom}
        </button>
        <p className="quiz-card-meta">
          <span className="muted">{m.poolCount(pool)}</span>
          <span className={bestOf('exam') === undefined ? 'muted' : 'quiz-best'}>{bestOf('exam') === undefined ? m.notTaken : m.best(bestOf('exam')!)}</span>
        </p>
      </form>
    </li>
  );
}
