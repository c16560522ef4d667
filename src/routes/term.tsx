import { useParams } from 'react-router-dom';
import { TermScreen } from '../features/glossary/term-screen';

/** `/glossary/:termId` */
export function Component() {
  const { termId = '' } = useParams();
  return <TermScreen termId={termId} />;
}
