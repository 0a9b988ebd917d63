import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DraftSource, ImportedRevisionView, IssueRevisionRequest, Page, PageQuery, RevisionSummary } from '@treaty/contracts';
import { DomainError, EVERYONE, notFound } from '@treaty/domain';
import { compareRevisions, replaceText, TextOperationError, toTreatyText, yDocToTreaty, type ReplacementPreview, type RevisionComparison, type TreatyText } from '@treaty/treaty-schema';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import type { DraftAccess } from '../access/draft-access';
import { AuditLog } from '../audit/audit.service';
import { DocumentRegistry } from '../collab/document-registry';
import { DocumentWorkers } from '../documents/document-workers';
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

/** What a text received as a file would change, before it is issued. */
export interface ReceivedTextPreviewView extends ReplacementPreview {
  warnings: ImportedRevisionView['warnings'];
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
    private readonly documents: DocumentRegistry,
    private readonly audit: AuditLog,
    private readonly workers: DocumentWorkers,
  ) {}

  /** A revision issued by the secretariat outside any round: the zero draft, or one between sessions. */
  async issue(access: DraftAccess, input: IssueRevisionRequest): Promise<RevisionSummary | ImportedRevisionView> {
    if (input.source) return this.issueReceived(access, input.source, input.label);
    const text = await this.liveText.read(access.draft.id);
    const revision = await this.transactions.run((manager) => this.issuer.issue(manager, access, text, { roundId: null, label: input.label }));
    this.announce(access, revision);
    return revision;
  }

  /**
   * A text received as a file becomes the live text — a server-made change attributed to the
   * secretariat member, relayed to every open editor — and is issued as a revision with it, in
   * the one transaction that stores the change: there is never a live text without its revision.
   */
  private async issueReceived(access: DraftAccess, source: DraftSource, label: string | undefined): Promise<ImportedRevisionView> {
    const { treaty: imported } = await this.workers.read(source);
    const author = { userId: access.actor.userId, delegationId: access.membership?.delegationId ?? null };
    let text: TreatyText | null = null;
    let revision: RevisionSummary | null = null;
    const changed = await this.documents.change(
      access.draft.id,
      author,
      (doc) => {
        try {
          replaceText(doc, imported.doc);
        } catch (error) {
          // An agreed article the received text would reword: 409, nothing changed.
          if (error instanceof TextOperationError) throw new DomainError(error.code, error.message);
          throw error;
        }
        text = toTreatyText(yDocToTreaty(doc));
      },
      async (manager) => {
        await this.audit.record(manager, {
          negotiationId: access.draft.negotiationId,
          actorId: access.actor.userId,
          actorDelegationId: author.delegationId,
          action: 'text.replace',
          target: { type: 'draft', id: access.draft.id },
          after: { format: source.format, warnings: imported.warnings.length },
        });
        revision = await this.issuer.issue(manager, access, text!, { roundId: null, label });
      },
    );
    // The same text as the live one: nothing to change, the revision is of the live text.
    revision ??= changed ? null : await this.issue(access, { label });
    if (!revision) throw new Error('the received text was stored without its revision');
    if (changed) this.announce(access, revision);
    return { ...(revision as RevisionSummary), warnings: imported.warnings };
  }

  /**
   * The live text against what `source` would make of it, clause by clause, and whether issuing
   * it would be refused. Computed in the worker pool on a copy; nothing changes.
   */
  async previewReceived(access: DraftAccess, source: DraftSource): Promise<ReceivedTextPreviewView> {
    const liveState = await this.documents.read(access.draft.id, (doc) => Y.encodeStateAsUpdate(doc));
    const { preview, warnings } = await this.workers.preview(source, liveState);
    return { ...preview, warnings };
  }

  private announce(access: DraftAccess, revision: RevisionSummary): void {
    this.events.emit('live', { draftId: access.draft.id, name: 'revision.issued', audience: EVERYONE, requires: 'revision.read', payload: { revision } });
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
