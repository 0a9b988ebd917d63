import { uuid } from '@treaty/contracts';
import { useParams } from 'react-router-dom';
import { NotFoundPage } from '../../app/not-found-page';
import { NegotiationPage } from './negotiation-page';

/**
 * A malformed id cannot name a negotiation, so it is "Not found" without asking the API. The
 * `key` gives each negotiation a fresh page, so no list of one leaks into the next.
 */
export function NegotiationRoute() {
  const { id } = useParams();
  if (!id || !uuid.safeParse(id).success) return <NotFoundPage />;
  return <NegotiationPage key={id} negotiationId={id} />;
}
