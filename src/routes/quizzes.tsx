import { Page } from '../components/page';
import { quizMessages } from '../features/quiz/messages';
import { QuizList } from '../features/quiz/quiz-list';
import { useMessages } from '../lib/i18n';

export function Component() {
  const m = useMessages(quizMessages);
  return (
    <Page title={m.listTitle} lead={m.listLead}>
      <QuizList />
    </Page>
  );
}
