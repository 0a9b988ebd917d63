import type { DraftView } from '@treaty/contracts';
import { Link } from 'react-router-dom';
import { formatDate } from '../negotiations/negotiation-labels';
import { OBSERVER_ACCESS_LABELS, STAGE_LABELS } from './draft-labels';

export function DraftHeader({ draft }: { draft: DraftView }) {
  return (
    <header className="negotiation__header draft__header">
      <p className="draft__back">
        <Link to={`/negotiations/${draft.negotiationId}`}>Back to the negotiation</Link> · <Link to={`/drafts/${draft.id}/revisions`}>Revisions</Link>
      </p>
      <h1>
        {draft.title}
        <span className="badge badge--stage">{STAGE_LABELS[draft.stage]}</span>
      </h1>
      <dl className="facts">
        <div>
          <dt>Stage</dt>
          <dd>{STAGE_LABELS[draft.stage]}</dd>
        </div>
        <div>
          <dt>Observer access</dt>
          <dd>{OBSERVER_ACCESS_LABELS[draft.observerAccess]}</dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>
            <time dateTime={draft.createdAt}>{formatDate(draft.createdAt)}</time>
          </dd>
        </div>
      </dl>
    </header>
  );
}
