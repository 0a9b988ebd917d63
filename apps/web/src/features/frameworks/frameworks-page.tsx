import { FRAMEWORK_BINDING_LABELS, frameworkTypeLabel, type FrameworkView } from '@treaty/contracts';
import { can } from '@treaty/domain';
import { useCallback } from 'react';
import { useMe } from '../../app/auth-context';
import { ListSection, type Column } from '../../lib/list-section';
import { usePagedList } from '../../lib/use-paged-list';
import { FrameworkCharts } from './framework-charts';
import { listFrameworks } from './frameworks-api';
import { RegisterFrameworkForm } from './register-framework-form';
import { registryActor } from './registry-actor';
import './frameworks.css';

const COLUMNS: Column<FrameworkView>[] = [
  { header: 'Instrument', cell: (f) => f.name },
  { header: 'Type', cell: (f) => frameworkTypeLabel(f.type) },
  { header: 'Technology focus', cell: (f) => f.technologyFocus },
  { header: 'Binding nature', cell: (f) => FRAMEWORK_BINDING_LABELS[f.binding] },
  { header: 'Geographic scope', cell: (f) => f.scope },
  { header: 'Year', cell: (f) => f.year },
];

/** The registry of existing frameworks the concordance cites, with the seed paper's two charts. */
export function FrameworksPage() {
  const me = useMe();
  // The registry is tens of instruments: the charts count all of them, so all are loaded.
  const list = usePagedList(useCallback((cursor: string | undefined) => listFrameworks(cursor), []), { loadAll: true });
  const mayRegister = can(registryActor(me), 'framework.register');
  return (
    <article className="frameworks">
      <title>Frameworks · Treaty Workspace</title>
      <header className="negotiation__header">
        <h1>Frameworks</h1>
        <p className="lead">Existing international instruments, for clauses to cite the provisions they align with.</p>
      </header>
      <section aria-labelledby="framework-charts-heading" className="panel">
        <h2 id="framework-charts-heading">At a glance</h2>
        <FrameworkCharts frameworks={list.items} />
      </section>
      <ListSection id="frameworks-registry" title="Registry" caption="Registered instruments, in the order they were registered" noun="instruments" list={list} columns={COLUMNS}>
        {mayRegister ? <RegisterFrameworkForm onRegistered={list.reload} /> : null}
      </ListSection>
    </article>
  );
}
