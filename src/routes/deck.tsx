import { useLocation, useParams, useSearchParams } from 'react-router-dom';
import { StudyScreen } from '../features/flashcards/study-screen';

/** `/study/:deckId?cram=1&term=<termId>&only=1`: a study session. Every navigation starts afresh. */
export function Component() {
  const { deckId = '' } = useParams();
  const [params] = useSearchParams();
  const { key } = useLocation();
  return <StudyScreen key={key} deckId={deckId} cram={params.get('cram') === '1'} termId={params.get('term')} only={params.get('only') === '1'} />;
}
