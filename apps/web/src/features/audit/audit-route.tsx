import { uuid } from '@treaty/contracts';
import { useParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/not-found-page';
import { AuditPage } from './audit-page';

/** As for negotiations: a malformed id is "Not found" at once, and each negotiation gets a fresh page. */
export function AuditRoute() {
  const { id } = useParams();
  if (!id || !uuid.safeParse(id).success) return <NotFoundPage />;
  return <AuditPage key={id} negotiationId={id} />;
}
