import type { CitationView, FrameworkView } from '@treaty/contracts';
import type { DocumentCitation } from '@treaty/treaty-schema';
import type { Citation } from './citation.entity';
import type { Framework } from './framework.entity';

export function toFrameworkView(f: Framework): FrameworkView {
  return {
    id: f.id,
    name: f.name,
    type: f.type,
    technologyFocus: f.technologyFocus,
    binding: f.binding,
    scope: f.scope,
    year: f.year,
    registeredBy: f.registeredBy ? { id: f.registeredBy.id, name: f.registeredBy.name } : null,
    registeredAt: f.registeredAt.toISOString(),
  };
}

/** Read with its framework, delegation and author joined. */
export function toCitationView(c: Citation): CitationView {
  const framework = c.framework;
  if (!framework) throw new Error('a citation is read with its framework');
  return {
    id: c.id,
    clauseId: c.clauseId,
    framework: { id: framework.id, name: framework.name, year: framework.year, binding: framework.binding },
    provision: c.provision,
    delegation: c.delegationId ? { id: c.delegationId, name: c.delegation?.name ?? '' } : null,
    citedBy: { id: c.citedById, name: c.citedBy?.name ?? '' },
    citedAt: c.citedAt.toISOString(),
  };
}

/** What an exported file shows of a citation (packages/treaty-schema's DocumentSource). */
export function toDocumentCitation(c: Citation): DocumentCitation {
  const view = toCitationView(c);
  return { clauseId: view.clauseId, instrument: view.framework, provision: view.provision };
}
