import { QuizScreen } from '../features/quiz/quiz-screen';

export function Component() {
  return <QuizScreen />;
}
