import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { forbidden, notFound } from '@treaty/domain';
import type { DocumentParty, DocumentSource } from '@treaty/treaty-schema';
import { DataSource } from 'typeorm';
import type { DraftAccess } from '../access/draft-access';
import { CitationsService } from '../frameworks/citations.service';
import { Coalition } from '../negotiations/coalition.entity';
import { Delegation } from '../negotiations/delegation.entity';
import { Negotiation } from '../negotiations/negotiation.entity';
import { LiveText } from '../revisions/live-text';
import { Revision } from '../revisions/revision.entity';

/**
 * What a file of a draft is made from: an issued revision as it was frozen, or the live text
 * (which only those who may read the live text get), with the names behind proposer ids.
 */
@Injectable()
export class DocumentSources {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly liveText: LiveText,
    private readonly citations: CitationsService,
  ) {}

  async of(access: DraftAccess, revisionNumber: number | undefined): Promise<DocumentSource> {
    const draft = access.draft;
    const revision = revisionNumber === undefined ? null : await this.revision(draft.id, revisionNumber);
    if (!revision && !access.actions.includes('text.read')) throw forbidden('the live text is not open to you: export an issued revision (?revision=n)');
    const [negotiation, parties, citations] = await Promise.all([
      this.dataSource.getRepository(Negotiation).findOneByOrFail({ id: draft.negotiationId }),
      this.parties(draft.negotiationId),
      this.citations.citationsOf(draft.id),
    ]);
    return {
      draft: { id: draft.id, title: draft.title },
      negotiation: { id: negotiation.id, title: negotiation.title },
      revision: revision && { number: revision.number, label: revision.label, symbol: revision.symbol, sha256: revision.sha256, issuedAt: revision.issuedAt.toISOString() },
      generatedAt: new Date().toISOString(),
      text: revision?.text ?? (await this.liveText.read(draft.id)),
      parties,
      citations,
    };
  }

  private async revision(draftId: string, number: number): Promise<Revision> {
    const revision = await this.dataSource.getRepository(Revision).findOneBy({ draftId, number });
    if (!revision) throw notFound(`Revision ${number}`);
    return revision;
  }

  /** Every delegation and coalition of the negotiation: proposers are named by these ids. */
  private async parties(negotiationId: string): Promise<DocumentParty[]> {
    const [delegations, coalitions] = await Promise.all([
      this.dataSource.getRepository(Delegation).findBy({ negotiationId }),
      this.dataSource.getRepository(Coalition).findBy({ negotiationId }),
    ]);
    return [
      ...delegations.map((d) => ({ id: d.id, name: d.name, kind: 'delegation' as const })),
      ...coalitions.map((c) => ({ id: c.id, name: c.name, kind: 'coalition' as const })),
    ];
  }
}
