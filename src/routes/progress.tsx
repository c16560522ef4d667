import { Page } from '../components/page';
import { useMessages } from '../lib/i18n';
import { useAppStore } from '../stores/app-store';
import { CalendarPanel } from '../features/progress/calendar-heatmap';
import { CardKindsPanel } from '../features/progress/card-kinds-panel';
import { EmptyProgress } from '../features/progress/empty-state';
import { ForecastPanel } from '../features/progress/forecast-panel';
import { MasteryPanel } from '../features/progress/mastery-panel';
import { progressMessages } from '../features/progress/messages';
import { QuizPanel } from '../features/progress/quiz-panel';
import { ReadinessPanel } from '../features/progress/readiness-panel';
import { RetentionPanel } from '../features/progress/retention-panel';
import { StreakPanel } from '../features/progress/streak-panel';
import { TermsPanel } from '../features/progress/terms-panel';
import { TodayPanel } from '../features/progress/today-panel';
import { useNow } from '../lib/use-now';

export function Component() {
  const m = useMessages(progressMessages);
  const now = useNow();
  const hasReviews = useAppStore((s) => s.progress.log.length > 0);
  const hasQuizzes = useAppStore((s) => s.quiz.attempts.length > 0);
  return (
    <Page title={m.title} lead={m.lead}>
      <div className="progress-page">
        <TodayPanel now={now} />
        <TermsPanel />
        {hasReviews ? (
          <>
            <StreakPanel now={now} />
            <RetentionPanel now={now} />
            <CalendarPanel now={now} />
            <ForecastPanel now={now} />
          </>
        ) : (
          <EmptyProgress />
        )}
        <ReadinessPanel now={now} />
        <MasteryPanel />
        <CardKindsPanel />
        {hasReviews || hasQuizzes ? <QuizPanel /> : null}
      </div>
    </Page>
  );
}
