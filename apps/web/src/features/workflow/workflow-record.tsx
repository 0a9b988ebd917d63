import type { RevisionSummary, RoundView } from '@treaty/contracts';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { getAdoption, type AdoptionView } from '../adoption/adoption-api';
import { listRevisions, listRounds } from '../revisions/revisions-api';

interface RecordState {
  round: RoundView | null;
  revision: RevisionSummary | null;
  decision: AdoptionView | null;
}

const DECISION_LABELS: { [K in AdoptionView['status']]: string } = { open: 'open', passed: 'adopted', failed: 'not adopted' };

/**
 * Where the negotiation's record stands, in the workflow panel: the round in session, the last
 * revision issued (with its hash, so people can check the copy they hold), the decision.
 */
export function WorkflowRecord({ draftId, refreshKey }: { draftId: string; refreshKey: string }) {
  const [record, setRecord] = useState<RecordState | null>(null);

  useEffect(() => {
    let current = true;
    Promise.all([
      listRounds(draftId).catch(() => null),
      listRevisions(draftId).catch(() => null),
      // No decision has been opened yet: the API answers 404.
      getAdoption(draftId).catch(() => null),
    ]).then(([rounds, revisions, decision]) => {
      if (!current) return;
      setRecord({
        round: rounds?.items.find((r) => r.closedAt === null) ?? null,
        revision: revisions?.items.at(-1) ?? null,
        decision,
      });
    });
    return () => {
      current = false;
    };
  }, [draftId, refreshKey]);

  if (!record) return null;
  const { round, revision, decision } = record;
  return (
    <dl className="workflow__record" aria-label="Rounds, revisions and decision">
      <dt>Round</dt>
      <dd>{round ? `${round.name} — in session${round.venue ? `, ${round.venue}` : ''}` : 'None in session'}</dd>
      <dt>Latest revision</dt>
      <dd>
        {revision ? (
          <>
            {revision.label} <span className="muted">({revision.symbol}, {revision.bracketCount} brackets, SHA-256 </span>
            <code title={revision.sha256}>{revision.sha256.slice(0, 12)}</code>
            <span className="muted">)</span>
          </>
        ) : (
          'None issued yet'
        )}{' '}
        · <Link to={`/drafts/${draftId}/revisions`}>Revisions and comparisons</Link>
      </dd>
      {decision ? (
        <>
          <dt>Decision</dt>
          <dd>
            {DECISION_LABELS[decision.status]}
            {decision.rule.method === 'vote' ? ` — yes ${decision.tally.yes}, no ${decision.tally.no}, abstain ${decision.tally.abstain}` : ' — by consensus'}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
