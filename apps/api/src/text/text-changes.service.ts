import { Injectable } from '@nestjs/common';
import type {
  AlternativeResolutionRequest,
  BracketResolutionRequest,
  ClauseStatusRequest,
  ClauseStatusView,
  ResolutionView,
} from '@treaty/contracts';
import { DomainError, EVERYONE, type ClauseStatus } from '@treaty/domain';
import { keepAlternative, resolveBracket, setArticleStatus, TextOperationError } from '@treaty/treaty-schema';
import type * as Y from 'yjs';
import type { DraftAccess } from '../access/draft-access';
import { AuditLog, type AuditRecord } from '../audit/audit.service';
import { DocumentRegistry } from '../collab/document-registry';
import { DomainEvents, type LiveEvent } from '../events/domain-events';

/**
 * Changes the secretariat makes to the text through the API. The server changes the shared
 * document itself, as an update attributed to that member, stored with its audit record in
 * one transaction and relayed at once to every open editor.
 */
@Injectable()
export class TextChangesService {
  constructor(
    private readonly documents: DocumentRegistry,
    private readonly audit: AuditLog,
    private readonly events: DomainEvents,
  ) {}

  async setStatus(access: DraftAccess, clauseId: string, input: ClauseStatusRequest): Promise<ClauseStatusView> {
    let result = { before: 'open' as ClauseStatus, number: 0 };
    await this.change(access, (doc) => (result = setArticleStatus(doc, clauseId, input.status)), () => ({
      action: 'clause.status',
      target: { type: 'clause', id: clauseId },
      before: { status: result.before },
      after: { status: input.status, article: result.number },
    }), { name: 'clause.status', payload: () => ({ clauseId, number: result.number, status: input.status, previous: result.before }) });
    return { clauseId, number: result.number, status: input.status, previous: result.before, locked: input.status === 'agreed' };
  }

  async resolveBracket(access: DraftAccess, bracketId: string, input: BracketResolutionRequest): Promise<ResolutionView> {
    let result = { clauseId: null as string | null, number: 0, text: '' };
    await this.change(access, (doc) => (result = resolveBracket(doc, bracketId, input.action)), () => ({
      action: 'bracket.resolve',
      target: { type: 'bracket', id: bracketId },
      before: { text: result.text },
      after: { action: input.action, article: result.number, clauseId: result.clauseId },
    }), { name: 'bracket.resolved', payload: () => ({ bracketId, action: input.action, article: { clauseId: result.clauseId, number: result.number } }) });
    return { id: bracketId, outcome: input.action === 'accept' ? 'accepted' : 'dropped', article: { clauseId: result.clauseId, number: result.number } };
  }

  async keepAlternative(access: DraftAccess, alternativesId: string, input: AlternativeResolutionRequest): Promise<ResolutionView> {
    let result = { clauseId: null as string | null, number: 0, options: 0 };
    await this.change(access, (doc) => (result = keepAlternative(doc, alternativesId, input.keep)), () => ({
      action: 'alternatives.resolve',
      target: { type: 'alternatives', id: alternativesId },
      before: { options: result.options },
      after: { kept: input.keep, article: result.number, clauseId: result.clauseId },
    }), { name: 'alternatives.resolved', payload: () => ({ alternativesId, kept: input.keep, article: { clauseId: result.clauseId, number: result.number } }) });
    return { id: alternativesId, outcome: 'kept', kept: input.keep, article: { clauseId: result.clauseId, number: result.number } };
  }

  /**
   * Makes `produce` on the live document and records `audited()` with it, or nothing at all;
   * once stored, tells the draft's open pages (`live`), everyone who sees the draft.
   */
  private async change(
    access: DraftAccess,
    produce: (doc: Y.Doc) => void,
    audited: () => Pick<AuditRecord, 'action' | 'target' | 'before' | 'after'>,
    live: { name: LiveEvent['name']; payload: () => LiveEvent['payload'] },
  ): Promise<void> {
    const author = { userId: access.actor.userId, delegationId: access.membership?.delegationId ?? null };
    let changed: boolean;
    try {
      changed = await this.documents.change(access.draft.id, author, produce, (manager) =>
        this.audit.record(manager, {
          negotiationId: access.draft.negotiationId,
          actorId: access.actor.userId,
          actorDelegationId: author.delegationId,
          ...audited(),
        }),
      );
    } catch (error) {
      if (error instanceof TextOperationError) throw new DomainError(error.code, error.message);
      throw error;
    }
    if (changed) this.events.emit('live', { draftId: access.draft.id, name: live.name, audience: EVERYONE, payload: live.payload() });
  }
}
