import { FRAMEWORK_BINDING_LABELS, type CitationView, type DraftView } from '@treaty/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useMe } from '../../app/auth-context';
import { SelectField } from '../../lib/form-fields';
import { ListFooter } from '../../lib/list-footer';
import { usePagedList } from '../../lib/use-paged-list';
import { useResource } from '../../lib/use-resource';
import { clauseLabels } from '../comments/clause-labels';
import { getText } from '../comments/comments-api';
import { CiteProvisionForm } from './cite-provision-form';
import { listClauseCitations, listFrameworks, withdrawCitation } from './frameworks-api';
import './frameworks.css';

interface CitationsPanelProps {
  draft: DraftView;
  /** Changes when others may have cited or the text moved (live events, edits). */
  version: number;
  /** The clause the person is working in (words selected in the editor), shown when it changes. */
  focusedClauseId: string | null;
}

/** The concordance beside the text: what the clause in view cites, and a form to cite more. */
export function CitationsPanel({ draft, version, focusedClauseId }: CitationsPanelProps) {
  if (!draft.myActions.includes('text.read')) return null;
  return <CitationsBody key={draft.id} draft={draft} version={version} focusedClauseId={focusedClauseId} />;
}

function CitationsBody({ draft, version, focusedClauseId }: CitationsPanelProps) {
  const text = useResource(useCallback(() => getText(draft.id).then(clauseLabels), [draft.id]));
  const labels = text.status === 'ready' ? text.data : new Map<string, string>();
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => {
    if (focusedClauseId) setChosen(focusedClauseId);
  }, [focusedClauseId]);
  const first = labels.keys().next();
  const clauseId = chosen && labels.has(chosen) ? chosen : first.done ? null : first.value;

  return (
    <section aria-labelledby="citations-heading" className="panel citations">
      <h2 id="citations-heading">Citations</h2>
      {clauseId ? (
        <>
          <SelectField
            label="Clause"
            name="citationsClause"
            value={clauseId}
            onChange={setChosen}
            options={[...labels].map(([value, label]) => ({ value, label }))}
            error={undefined}
          />
          <ClauseCitations key={clauseId} draft={draft} clauseId={clauseId} clauseLabel={labels.get(clauseId) ?? ''} version={version} />
        </>
      ) : (
        <p className="muted">{text.status === 'loading' ? 'Loading the clauses…' : 'The text has no clauses to cite for yet.'}</p>
      )}
    </section>
  );
}

interface ClauseCitationsProps {
  draft: DraftView;
  clauseId: string;
  clauseLabel: string;
  version: number;
}

function ClauseCitations({ draft, clauseId, clauseLabel, version }: ClauseCitationsProps) {
  const me = useMe();
  const membership = me.memberships.find((m) => m.negotiationId === draft.negotiationId);
  const fetchPage = useCallback((cursor: string | undefined) => listClauseCitations(draft.id, clauseId, cursor), [draft.id, clauseId]);
  const citations = usePagedList(fetchPage, { loadAll: true });
  const { reload } = citations;
  const seen = useRef(version);
  useEffect(() => {
    if (seen.current === version) return;
    seen.current = version;
    reload();
  }, [version, reload]);
  const mayCite = draft.myActions.includes('citation.add');
  const frameworks = usePagedList(useCallback((cursor: string | undefined) => listFrameworks(cursor), []), { loadAll: true });
  const [failure, setFailure] = useState<string | null>(null);
  // The server decides; the button is offered to the citing delegation and the secretariat.
  const mayWithdraw = (c: CitationView) =>
    mayCite && (membership?.role === 'secretariat' || (c.delegation !== null && c.delegation.id === membership?.delegation?.id));
  const withdraw = (c: CitationView) => {
    setFailure(null);
    withdrawCitation(draft.id, clauseId, c.id).then(reload, () => setFailure('The citation could not be withdrawn.'));
  };

  return (
    <>
      {citations.items.length === 0 && !citations.loading && !citations.error ? <p className="muted">{clauseLabel} cites nothing yet.</p> : null}
      <ul className="citations__list" aria-label={`Citations of ${clauseLabel}`}>
        {citations.items.map((c) => (
          <li key={c.id} className="citations__item">
            <p>
              <strong>{c.framework.name}</strong> ({c.framework.year}), {c.provision}
            </p>
            <p className="muted">
              {FRAMEWORK_BINDING_LABELS[c.framework.binding]} · cited by {c.citedBy.name}
              {c.delegation ? ` for ${c.delegation.name}` : ' for the secretariat'}
            </p>
            {mayWithdraw(c) ? (
              <button type="button" className="button button--quiet" onClick={() => withdraw(c)}>
                Withdraw
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {failure ? (
        <p role="alert" className="alert">
          {failure}
        </p>
      ) : null}
      <ListFooter noun="citations" loading={citations.loading} error={citations.error} hasMore={citations.nextCursor !== null} onMore={citations.loadMore} onRetry={reload} />
      {mayCite && !frameworks.loading ? (
        <CiteProvisionForm draftId={draft.id} clauseId={clauseId} clauseLabel={clauseLabel} frameworks={frameworks.items} onCited={reload} />
      ) : null}
    </>
  );
}
