import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { overallQuizAccuracy, quizAccuracy } from '../../domain/stats';
import { useMessages } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { useAppStore } from '../../stores/app-store';
import { BarChart } from './bar-chart';
import { progressMessages } from './messages';
import { ChartTable, Panel, useDayFormat } from './panel';
import { localOffset } from '../../lib/clock';

/** Quiz accuracy on each day quizzes were taken (the last 30 such days). */
export function QuizPanel() {
  const m = useMessages(progressMessages);
  const format = useDayFormat();
  const attempts = useAppStore((s) => s.quiz.attempts);
  const days = useMemo(() => quizAccuracy(attempts, localOffset, 30), [attempts]);
  const overall = useMemo(() => overallQuizAccuracy(attempts), [attempts]);

  return (
    <Panel title={m.quiz} wide>
      {overall.accuracy === null || days.length === 0 ? (
        <>
          <p className="muted">{m.quizEmpty}</p>
          <p>
            <Link className="button secondary" to={paths.quizzes()}>
              {m.takeQuiz}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>{m.quizSummary(m.percent(overall.accuracy), overall.correct, overall.total)}</p>
          <BarChart
            tone="good"
            bars={days.map((day) => ({ key: day.key, value: day.accuracy, title: `${format.day(day.day)}: ${m.percent(day.accuracy)}` }))}
            max={1}
            guide={0.5}
            maxLabel="100%"
            slots={14}
            labels={
              days.length < 4
                ? [{ index: days.length - 1, text: format.day(days.at(-1)!.day) }]
                : [
                    { index: 0, text: format.day(days[0]!.day) },
                    { index: days.length - 1, text: format.day(days.at(-1)!.day) },
                  ]
            }
          />
          <ChartTable
            caption={m.quizChartLabel}
            head={[m.date, m.quizzes, m.accuracy]}
            rows={days.map((day) => [format.full(day.day), day.attempts, `${m.percent(day.accuracy)} (${day.correct}/${day.total})`])}
          />
        </>
      )}
    </Panel>
  );
}
