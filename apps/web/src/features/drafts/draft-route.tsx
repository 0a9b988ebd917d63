import { uuid } from '@treaty/contracts';
import { useParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/not-found-page';
import { DraftPage } from './draft-page';

/** As for negotiations: a malformed id is "Not found" at once, and each draft gets a fresh page. */
export function DraftRoute() {
  const { id } = useParams();
  if (!id || !uuid.safeParse(id).success) return <NotFoundPage />;
  return <DraftPage key={id} draftId={id} />;
}
