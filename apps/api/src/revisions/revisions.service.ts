import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IssueRevisionRequest, Page, PageQuery, RevisionSummary } from '@treaty/contracts';
import { EVERYONE, notFound } from '@treaty/domain';
import { compareRevisions, type RevisionComparison, type TreatyText } from '@treaty/treaty-schema';
import { DataSource } from 'typeorm';
import type { DraftAccess } from '../access/draft-access';
import { DomainEvents } from '../events/domain-events';
import { Transactions } from '../platform/database/transactions';
import { paginate } from '../platform/pagination';
import { LiveText } from './live-text';
import { RevisionIssuer } from './revision-issuer';
import { Revision } from './revision.entity';
import { toRevisionSummary } from './revision.views';

export interface RevisionView extends RevisionSummary {
  /** The text as it was issued, in the shape of `GET /text`. */
  text: TreatyText;
}

export interface RevisionComparisonView extends RevisionComparison {
  from: RevisionSummary;
  to: RevisionSummary;
}

/** Every column but the text: lists never carry whole treaties. */
const SUMMARY_COLUMNS = ['id', 'seq', 'draftId', 'number', 'label', 'symbol', 'sha256', 'bracketCount', 'optionCount', 'roundId', 'issuedAt'].map((c) => `v.${c}`);

@Injectable()
export class RevisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly events: DomainEvents,
    private readonly issuer: RevisionIssuer,
    private readonly liveText: LiveText,
  ) {}

  /** A revision issued by the secretariat outside any round: the zero draft, or one between sessions. */
  async issue(access: DraftAccess, input: IssueRevisionRequest): Promise<RevisionSummary> {
    const text = await this.liveText.read(access.draft.id);
    const revision = await this.transactions.run((manager) => this.issuer.issue(manager, access, text, { roundId: null, label: input.label }));
    this.events.emit('live', { draftId: access.draft.id, name: 'revision.issued', audience: EVERYONE, requires: 'revision.read', payload: { revision } });
    return revision;
  }

  async list(access: DraftAccess, page: PageQuery): Promise<Page<RevisionSummary>> {
    const query = this.dataSource.getRepository(Revision).createQueryBuilder('v').select(SUMMARY_COLUMNS).where('v.draft_id = :id', { id: access.draft.id });
    const result = await paginate(query, 'v', page);
    return { items: result.items.map(toRevisionSummary), nextCursor: result.nextCursor };
  }

  async get(access: DraftAccess, number: number): Promise<RevisionView> {
    const revision = await this.find(access.draft.id, number);
    return { ...toRevisionSummary(revision), text: revision.text };
  }

  async compare(access: DraftAccess, a: number, b: number): Promise<RevisionComparisonView> {
    const [from, to] = await Promise.all([this.find(access.draft.id, a), this.find(access.draft.id, b)]);
    return { from: toRevisionSummary(from), to: toRevisionSummary(to), ...compareRevisions(from.text, to.text) };
  }

  private async find(draftId: string, number: number): Promise<Revision> {
    const revision = await this.dataSource.getRepository(Revision).findOneBy({ draftId, number });
    if (!revision) throw notFound(`Revision ${number}`);
    return revision;
  }
}
