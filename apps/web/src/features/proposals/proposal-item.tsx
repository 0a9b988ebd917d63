import { LIMITS, type ProposalStatus, type ProposalView } from '@treaty/contracts';
import { useState } from 'react';
import { ApiError } from '../../lib/api-error';
import { acceptProposal, rejectProposal } from './proposals-api';

const STATUS_LABELS: Record<ProposalStatus, string> = { pending: 'Pending', accepted: 'Accepted', rejected: 'Rejected' };

interface ProposalItemProps {
  draftId: string;
  proposal: ProposalView;
  clauseLabel: string;
  mayDecide: boolean;
  onDecided: () => void;
}

/** One proposal: its clause, proposer, words and rationale; for the secretariat, accept or reject (with a reason). */
export function ProposalItem({ draftId, proposal, clauseLabel, mayDecide, onDecided }: ProposalItemProps) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const decide = (work: () => Promise<unknown>) => {
    setPending(true);
    setError(null);
    work()
      .then(onDecided)
      .catch((failure: unknown) => setError(failure instanceof ApiError ? failure.problem.detail : 'That did not work.'))
      .finally(() => setPending(false));
  };

  return (
    <li className={`proposal proposal--${proposal.status}`}>
      <div className="proposal__head">
        <strong>{clauseLabel}</strong>
        <span className={`proposal__status proposal__status--${proposal.status}`}>{STATUS_LABELS[proposal.status]}</span>
      </div>
      <p className="proposal__meta muted">
        {proposal.delegation.name} ({proposal.proposedBy.name}), {new Date(proposal.proposedAt).toLocaleString()}
      </p>
      <blockquote className="proposal__text">{proposal.text}</blockquote>
      {proposal.rationale ? <p className="proposal__rationale">Rationale: {proposal.rationale}</p> : null}
      {proposal.decidedBy && proposal.decidedAt ? (
        <p className="proposal__meta muted">
          {STATUS_LABELS[proposal.status]} by {proposal.decidedBy.name}, {new Date(proposal.decidedAt).toLocaleString()}
          {proposal.reason ? `: ${proposal.reason}` : ''}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="alert">
          {error}
        </p>
      ) : null}
      {mayDecide && proposal.status === 'pending' ? (
        <div className="proposal__actions">
          <button type="button" className="button button--quiet" disabled={pending} onClick={() => decide(() => acceptProposal(draftId, proposal.id))}>
            Accept and apply
          </button>
          {rejecting ? (
            <>
              <label className="proposal__reason">
                Reason
                <input value={reason} maxLength={LIMITS.description} onChange={(event) => setReason(event.target.value)} />
              </label>
              <button
                type="button"
                className="button button--quiet button--danger"
                disabled={pending || !reason.trim()}
                onClick={() => decide(() => rejectProposal(draftId, proposal.id, { reason }))}
              >
                Reject
              </button>
            </>
          ) : (
            <button type="button" className="button button--quiet button--danger" onClick={() => setRejecting(true)}>
              Reject…
            </button>
          )}
        </div>
      ) : null}
    </li>
  );
}
