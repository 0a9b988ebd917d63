import type { ClauseTally, DraftView } from '@treaty/contracts';
import { useCallback, useEffect, useState } from 'react';
import { listDelegations } from '../../lib/api-client';
import { ListFooter } from '../../lib/list-footer';
import { usePagedList } from '../../lib/use-paged-list';
import { useResource } from '../../lib/use-resource';
import { clauseLabels } from '../comments/clause-labels';
import { getText } from '../comments/comments-api';
import { clauseChoices, type ClauseChoice } from './clause-choices';
import { NewPositionForm } from './new-position-form';
import { NewProposalForm } from './new-proposal-form';
import { positionTargets, type PositionTarget } from './position-targets';
import { PositionTally } from './position-tally';
import { ProposalItem } from './proposal-item';
import { getPositionTally, listProposals } from './proposals-api';
import './proposals-panel.css';

interface ProposalsPanelProps {
  draft: DraftView;
  /** Changes whenever the text or the negotiation moved (live events included): the lists are read again. */
  version?: number;
}

/** Amendment proposals, with accept / reject for the secretariat and a form for delegations, and the positions stated on each clause. */
export function ProposalsPanel({ draft, version = 0 }: ProposalsPanelProps) {
  if (!draft.myActions.includes('text.read')) return null;
  return <ProposalsBody key={draft.id} draft={draft} version={version} />;
}

function ProposalsBody({ draft, version }: { draft: DraftView; version: number }) {
  const fetchPage = useCallback((cursor: string | undefined) => listProposals(draft.id, cursor), [draft.id]);
  const proposals = usePagedList(fetchPage);
  const { reload } = proposals;
  // The page size's maximum: a negotiation has far fewer delegations.
  const delegations = useResource(useCallback(() => listDelegations(draft.negotiationId, { limit: 100 }), [draft.negotiationId]));
  const [labels, setLabels] = useState<Map<string, string>>(new Map());
  const [choices, setChoices] = useState<Map<string, ClauseChoice>>(new Map());
  const [tally, setTally] = useState<ClauseTally[]>([]);
  const [targets, setTargets] = useState<PositionTarget[]>([]);

  const readText = useCallback(() => {
    let current = true;
    Promise.all([getText(draft.id), getPositionTally(draft.id)])
      .then(([text, positions]) => {
        if (!current) return;
        setLabels(clauseLabels(text));
        setChoices(clauseChoices(text));
        setTargets(positionTargets(text));
        setTally(positions.clauses);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [draft.id]);

  useEffect(() => readText(), [readText, version]);
  useEffect(() => {
    // The first page is loaded on mount; a later version means something may have changed.
    if (version > 0) reload();
  }, [version, reload]);

  const refresh = () => {
    reload();
    readText();
  };
  const nameOf = (id: string) => (delegations.status === 'ready' ? delegations.data.items.find((d) => d.id === id)?.name : undefined) ?? `delegation ${id.slice(0, 8)}`;
  const mayDecide = draft.myActions.includes('proposal.manage');
  const mayPropose = draft.myActions.includes('amendment.propose');
  const mayStatePosition = draft.myActions.includes('position.record');

  return (
    <section aria-labelledby="proposals-heading" className="panel proposals">
      <h2 id="proposals-heading">Amendment proposals</h2>
      {proposals.items.length === 0 && !proposals.loading && !proposals.error ? <p className="muted">No proposals yet.</p> : null}
      <ol className="proposals__list">
        {proposals.items.map((proposal) => (
          <ProposalItem
            key={proposal.id}
            draftId={draft.id}
            proposal={proposal}
            clauseLabel={labels.get(proposal.clauseId) ?? 'A clause no longer in the text'}
            mayDecide={mayDecide}
            onDecided={refresh}
          />
        ))}
      </ol>
      <ListFooter noun="proposals" loading={proposals.loading} error={proposals.error} hasMore={proposals.nextCursor !== null} onMore={proposals.loadMore} onRetry={reload} />
      {mayPropose && choices.size > 0 ? <NewProposalForm draftId={draft.id} clauses={choices} onTabled={reload} /> : null}
      <h3 className="proposals__positions">Positions by clause</h3>
      <PositionTally tally={tally} labels={labels} nameOf={nameOf} />
      {mayStatePosition && targets.length > 0 ? <NewPositionForm draftId={draft.id} targets={targets} onRecorded={readText} /> : null}
    </section>
  );
}
