import type { NegotiationView } from '@treaty/contracts';
import { can } from '@treaty/domain';
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import { useMe } from '../../app/auth-context';
import { listNegotiations } from '../../lib/api-client';
import { ListFooter } from '../../lib/list-footer';
import { usePagedList } from '../../lib/use-paged-list';
import { NewAccountForm } from '../identity/new-account-form';
import { delegationName, describeAdoptionRule } from './negotiation-labels';
import { NewNegotiationForm } from './new-negotiation-form';

function MembershipLine({ negotiation }: { negotiation: NegotiationView }) {
  const membership = negotiation.myMembership;
  if (!membership) return <p className="muted">You are not a member (platform admin access).</p>;
  return (
    <p>
      Your role: <strong>{membership.role}</strong>
      {membership.delegation ? (
        <>
          {' '}
          · Delegation: <strong>{delegationName(membership.delegation)}</strong>
        </>
      ) : null}
    </p>
  );
}

export function MyNegotiationsPage() {
  const me = useMe();
  const fetchPage = useCallback((cursor: string | undefined) => listNegotiations({ cursor }), []);
  const negotiations = usePagedList(fetchPage);
  const actor = { userId: me.user.id, isAdmin: me.user.isAdmin };

  return (
    <>
      <title>My negotiations · Treaty Workspace</title>
      <h1>My negotiations</h1>
      <section aria-label="Negotiations list">
        {!negotiations.loading && !negotiations.error && negotiations.items.length === 0 ? (
          <p className="muted">You are not a member of any negotiation yet.</p>
        ) : null}
        <ul className="negotiation-list">
          {negotiations.items.map((negotiation) => (
            <li key={negotiation.id} className="card">
              <h2 className="negotiation-list__title">
                <Link to={`/negotiations/${negotiation.id}`}>{negotiation.title}</Link>
              </h2>
              <MembershipLine negotiation={negotiation} />
              <p className="muted">Adoption: {describeAdoptionRule(negotiation.adoptionRule)}</p>
            </li>
          ))}
        </ul>
        <ListFooter
          noun="negotiations"
          loading={negotiations.loading}
          error={negotiations.error}
          hasMore={negotiations.nextCursor !== null}
          onMore={negotiations.loadMore}
          onRetry={negotiations.reload}
        />
      </section>
      {can(actor, 'negotiation.create') || can(actor, 'user.create') ? (
        <section className="admin-forms" aria-label="Administration">
          {can(actor, 'negotiation.create') ? <NewNegotiationForm onCreated={negotiations.reload} /> : null}
          {can(actor, 'user.create') ? <NewAccountForm /> : null}
        </section>
      ) : null}
    </>
  );
}
