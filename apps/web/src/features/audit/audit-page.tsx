import { can } from '@treaty/domain';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMe } from '../../app/auth-context';
import { NotFoundPage } from '../../app/not-found-page';
import { actorIn } from '../negotiations/negotiation-actor';
import type { AuditFilters } from './audit-api';
import { AuditEntriesSection } from './audit-entries-section';
import { AuditFiltersForm } from './audit-filters-form';
import { VerifyChain } from './verify-chain';

/** The secretariat's view of a negotiation's audit log; others get "Not found", as from the API. */
export function AuditPage({ negotiationId }: { negotiationId: string }) {
  const me = useMe();
  const [filters, setFilters] = useState<AuditFilters>({});
  if (!can(actorIn(me, negotiationId), 'audit.read')) return <NotFoundPage />;
  return (
    <article className="audit">
      <title>Audit log · Treaty Workspace</title>
      <header className="negotiation__header">
        <p className="draft__back">
          <Link to={`/negotiations/${negotiationId}`}>Back to the negotiation</Link>
        </p>
        <h1>Audit log</h1>
        <p className="lead">Every write in this negotiation: who, for which delegation, what, and what changed.</p>
      </header>
      <div className="negotiation__sections">
        <VerifyChain negotiationId={negotiationId} />
        <section aria-labelledby="audit-filters-heading" className="panel">
          <h2 id="audit-filters-heading">Filter</h2>
          <AuditFiltersForm negotiationId={negotiationId} onApply={setFilters} />
        </section>
        {/* A new filter is a new list: remounting drops the pages of the previous one. */}
        <AuditEntriesSection key={JSON.stringify(filters)} negotiationId={negotiationId} filters={filters} />
      </div>
    </article>
  );
}
