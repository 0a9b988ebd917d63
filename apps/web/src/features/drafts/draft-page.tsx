import { participantColour, type DraftView } from '@treaty/contracts';
import { useMemo, useState } from 'react';
import { useMe } from '../../app/auth-context';
import { NotFoundPage } from '../../app/not-found-page';
import type { CaretUser } from '../../editor/presence';
import type { SelectionAnchor } from '../../editor/selection-anchor';
import { TreatyEditor } from '../../editor/treaty-editor';
import { useCollabSession } from '../../editor/use-collab-session';
import { useParticipants } from '../../editor/use-participants';
import { AdoptionPanel } from '../adoption/adoption-panel';
import { CommentsPanel } from '../comments/comments-panel';
import { CitationsPanel } from '../frameworks/citations-panel';
import { ConnectionStatus } from './connection-status';
import { DraftHeader } from './draft-header';
import { PresenceList } from './presence-list';
import { ProposalsPanel } from '../proposals/proposals-panel';
import { OpenItemsPanel } from '../negotiating/open-items-panel';
import { BracketTrendPanel } from '../revisions/bracket-trend';
import { ExportPanel } from '../exports/export-panel';
import { useClauseHashScroll } from '../search/use-clause-hash-scroll';
import { useDelegationNames } from '../negotiating/use-delegation-names';
import { useTextVersion } from '../negotiating/use-text-version';
import { WorkflowPanel } from '../workflow/workflow-panel';
import { useDraft } from './use-draft';

export function DraftPage({ draftId }: { draftId: string }) {
  const { state, refresh } = useDraft(draftId);

  if (state.status === 'loading') {
    return (
      <p role="status" className="page-status">
        Loading draft…
      </p>
    );
  }
  if (state.status === 'error') {
    // As for negotiations, 404 covers "not yours to see" as well.
    if (state.error.status === 404 || state.error.status === 403) return <NotFoundPage />;
    return (
      <section>
        <h1>Draft</h1>
        <p role="alert" className="alert">
          {state.error.problem.detail}
        </p>
      </section>
    );
  }
  return <DraftWorkspace draft={state.draft} onRightsChanged={refresh} />;
}

function DraftWorkspace({ draft, onRightsChanged }: { draft: DraftView; onRightsChanged: () => void }) {
  const me = useMe();
  // A search hit links to `#clause-<id>`: the clause is shown once the text has loaded.
  useClauseHashScroll();
  const { session, connection, synced } = useCollabSession(draft.id, onRightsChanged);
  const participants = useParticipants(session?.provider.awareness ?? null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [anchor, setAnchor] = useState<SelectionAnchor | null>(null);
  const textVersion = useTextVersion(draft.id, session?.ydoc ?? null, { onStageChanged: onRightsChanged, onRefused: setRefusal });
  const ownDelegation = me.memberships.find((m) => m.negotiationId === draft.negotiationId)?.delegation ?? null;
  const delegation = ownDelegation?.name ?? null;
  const names = useDelegationNames(draft.negotiationId);
  const bracketsFor = draft.myActions.includes('bracket.create') ? (ownDelegation?.id ?? null) : null;
  const coalitions = useMemo(() => (ownDelegation ? names.coalitionsOf(ownDelegation.id) : []), [names, ownDelegation]);
  const user = useMemo<CaretUser>(
    () => ({ name: me.user.name, delegation, color: participantColour(me.user.id) }),
    [me.user.name, me.user.id, delegation],
  );
  const mayEdit = draft.myActions.includes('text.edit');
  // Before the first sync there is no text yet; typing into the empty placeholder would create
  // a second document beside the server's.
  const editable = mayEdit && synced && connection.kind !== 'closed';

  return (
    <article className="draft">
      <title>{`${draft.title} · Treaty Workspace`}</title>
      <DraftHeader draft={draft} />
      <div className="draft__layout">
        <div className="draft__text">
          {refusal ? (
            <p className="alert draft__refusal" role="alert">
              Your last change was undone: {refusal}.{' '}
              <button type="button" className="button button--quiet" onClick={() => setRefusal(null)}>
                Dismiss
              </button>
            </p>
          ) : null}
          {mayEdit ? null : (
            <p className="draft__readonly" role="note">
              You can follow this draft; you may not edit its text at present.
            </p>
          )}
          {session && connection.kind !== 'closed' ? (
            <TreatyEditor key={draft.id} session={session} user={user} editable={editable} bracketsFor={bracketsFor}
              labels={names}
              coalitions={coalitions}
              onSelectionAnchor={setAnchor}
            />
          ) : null}
          {!synced && connection.kind !== 'closed' ? (
            <p role="status" className="page-status">
              Loading the text…
            </p>
          ) : null}
        </div>
        <aside className="draft__aside" aria-label="About this session">
          <ConnectionStatus connection={connection} editable={mayEdit} />
          <PresenceList participants={participants} />
          <WorkflowPanel draft={draft} version={textVersion} onMoved={onRightsChanged} />
          <BracketTrendPanel draft={draft} version={textVersion} />
          <AdoptionPanel draft={draft} version={textVersion} />
          <CommentsPanel draft={draft} version={textVersion} anchor={anchor} />
          <CitationsPanel draft={draft} version={textVersion} focusedClauseId={anchor?.clauseId ?? null} />
          <ProposalsPanel draft={draft} version={textVersion} />
          <OpenItemsPanel draft={draft} names={names} version={textVersion} />
          <ExportPanel draft={draft} version={textVersion} />
        </aside>
      </div>
    </article>
  );
}
