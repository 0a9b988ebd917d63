import type { NegotiationView } from '@treaty/contracts';
import { can } from '@treaty/domain';
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import { useMe } from '../../app/auth-context';
import { NotFoundPage } from '../../app/not-found-page';
import { getNegotiation, listDelegations, listDrafts, listMembers, removeMember } from '../../lib/api-client';
import { usePagedList } from '../../lib/use-paged-list';
import { useResource } from '../../lib/use-resource';
import { DraftsSection } from '../drafts/drafts-section';
import { NewDraftForm } from '../drafts/new-draft-form';
import { AddDelegationForm } from './add-delegation-form';
import { AddMemberForm } from './add-member-form';
import { CoalitionsSection } from './coalitions-section';
import { DelegationsSection } from './delegations-section';
import { MembersSection } from './members-section';
import { actorIn } from './negotiation-actor';
import { delegationName, describeAdoptionRule, formatDate } from './negotiation-labels';

function describeMembership(mine: NegotiationView['myMembership']): string {
  if (!mine) return 'none (platform admin)';
  return mine.delegation ? `${mine.role} (${delegationName(mine.delegation)})` : mine.role;
}

export function NegotiationPage({ negotiationId }: { negotiationId: string }) {
  const load = useCallback(() => getNegotiation(negotiationId), [negotiationId]);
  const negotiation = useResource(load);

  if (negotiation.status === 'loading') {
    return (
      <p role="status" className="page-status">
        Loading negotiation…
      </p>
    );
  }
  if (negotiation.status === 'error') {
    // 404 covers both "no such negotiation" and "not yours to see"; the API will not say which.
    if (negotiation.error.status === 404 || negotiation.error.status === 403) return <NotFoundPage />;
    return (
      <section>
        <h1>Negotiation</h1>
        <p role="alert" className="alert">
          {negotiation.error.problem.detail}
        </p>
      </section>
    );
  }
  return <NegotiationDetails negotiation={negotiation.data} />;
}

function NegotiationDetails({ negotiation }: { negotiation: NegotiationView }) {
  const me = useMe();
  const actor = actorIn(me, negotiation.id);
  const canManage = can(actor, 'negotiation.manage');
  const canReadAudit = can(actor, 'audit.read');
  const fetchDelegations = useCallback(
    (cursor: string | undefined) => listDelegations(negotiation.id, { cursor }),
    [negotiation.id],
  );
  const fetchMembers = useCallback(
    (cursor: string | undefined) => listMembers(negotiation.id, { cursor }),
    [negotiation.id],
  );
  const fetchDrafts = useCallback(
    (cursor: string | undefined) => listDrafts(negotiation.id, { cursor }),
    [negotiation.id],
  );
  // Delegations are loaded whole: the member form's delegation choice needs every one of them.
  const delegations = usePagedList(fetchDelegations, { loadAll: true });
  const members = usePagedList(fetchMembers);
  const drafts = usePagedList(fetchDrafts);
  const mine = negotiation.myMembership;

  return (
    <article className="negotiation">
      <title>{`${negotiation.title} · Treaty Workspace`}</title>
      <header className="negotiation__header">
        <h1>{negotiation.title}</h1>
        {negotiation.description ? <p className="lead">{negotiation.description}</p> : null}
        <dl className="facts">
          <div>
            <dt>Adoption rule</dt>
            <dd>{describeAdoptionRule(negotiation.adoptionRule)}</dd>
          </div>
          <div>
            <dt>Your role</dt>
            <dd>{describeMembership(mine)}</dd>
          </div>
          <div>
            <dt>Opened</dt>
            <dd>
              <time dateTime={negotiation.createdAt}>{formatDate(negotiation.createdAt)}</time>
            </dd>
          </div>
        </dl>
        {canReadAudit ? (
          <p>
            <Link to={`/negotiations/${negotiation.id}/audit`}>Audit log</Link>
          </p>
        ) : null}
      </header>

      <div className="negotiation__sections">
        <DraftsSection list={drafts}>
          {canManage ? <NewDraftForm negotiationId={negotiation.id} onCreated={drafts.reload} /> : null}
        </DraftsSection>
        <DelegationsSection list={delegations}>
          {canManage ? <AddDelegationForm negotiationId={negotiation.id} onAdded={delegations.reload} /> : null}
        </DelegationsSection>
        <CoalitionsSection negotiationId={negotiation.id} delegations={delegations.items} canManage={canManage} />
        <MembersSection
          list={members}
          onRemove={canManage ? (member) => removeMember(negotiation.id, member.id).then(members.reload) : undefined}
        >
          {canManage ? (
            <AddMemberForm negotiationId={negotiation.id} delegations={delegations.items} onAdded={members.reload} />
          ) : null}
        </MembersSection>
      </div>
    </article>
  );
}
