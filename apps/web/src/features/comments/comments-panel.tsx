import type { CommentThreadView, DraftView } from '@treaty/contracts';
import { can } from '@treaty/domain';
import { useCallback, useEffect, useRef } from 'react';
import { useMe } from '../../app/auth-context';
import { ListFooter } from '../../lib/list-footer';
import { usePagedList } from '../../lib/use-paged-list';
import { useResource } from '../../lib/use-resource';
import { actorIn } from '../negotiations/negotiation-actor';
import { clauseLabels } from './clause-labels';
import { CommentThread } from './comment-thread';
import { getText, listComments } from './comments-api';
import type { SelectionAnchor } from '../../editor/selection-anchor';
import { NewThreadForm } from './new-thread-form';
import { visibilityOptions } from './visibilities';
import './comments-panel.css';

/** The draft's comment threads this person may read, grouped by clause in the text's order. */
interface CommentsPanelProps {
  draft: DraftView;
  /** Changes when others may have commented or the text moved (live events, edits). */
  version: number;
  /** The words selected in the editor, which a new comment may anchor to. */
  anchor: SelectionAnchor | null;
}

export function CommentsPanel({ draft, version, anchor }: CommentsPanelProps) {
  if (!draft.myActions.includes('text.read')) return null;
  return <CommentsBody key={draft.id} draft={draft} version={version} anchor={anchor} />;
}

function CommentsBody({ draft, version, anchor }: CommentsPanelProps) {
  const me = useMe();
  const actor = actorIn(me, draft.negotiationId);
  const state = { stage: draft.stage, observerAccess: draft.observerAccess };
  const fetchPage = useCallback((cursor: string | undefined) => listComments(draft.id, cursor), [draft.id]);
  const threads = usePagedList(fetchPage, { loadAll: true });
  const { reload } = threads;
  const seen = useRef(version);
  useEffect(() => {
    // The first version is the initial load, already under way.
    if (seen.current === version) return;
    seen.current = version;
    reload();
  }, [version, reload]);
  const text = useResource(useCallback(() => getText(draft.id).then(clauseLabels), [draft.id]));
  const labels = text.status === 'ready' ? text.data : new Map<string, string>();
  const visibilities = visibilityOptions(actor, state);
  const groups = byClause(threads.items, labels);

  return (
    <section aria-labelledby="comments-heading" className="panel comments">
      <h2 id="comments-heading">Comments</h2>
      {threads.items.length === 0 && !threads.loading && !threads.error ? <p className="muted">No comments yet.</p> : null}
      {groups.map(([clauseId, items]) => (
        <section key={clauseId} aria-label={labels.get(clauseId) ?? 'A clause no longer in the text'}>
          <h3 className="comments__clause">{labels.get(clauseId) ?? 'A clause no longer in the text'}</h3>
          <ol className="comments__threads">
            {items.map((thread) => (
              <CommentThread
                key={thread.id}
                draftId={draft.id}
                thread={thread}
                mayReply={can(actor, 'comment.create', { draft: state, commentVisibility: thread.visibility })}
                mayResolve={thread.author.id === me.user.id || actor.membership?.role === 'secretariat'}
                onChanged={threads.reload}
              />
            ))}
          </ol>
        </section>
      ))}
      <ListFooter noun="comments" loading={threads.loading} error={threads.error} hasMore={threads.nextCursor !== null} onMore={threads.loadMore} onRetry={threads.reload} />
      {visibilities.length > 0 && labels.size > 0 ? (
        <NewThreadForm draftId={draft.id} clauses={labels} visibilities={visibilities} anchor={anchor} onAdded={threads.reload} />
      ) : null}
    </section>
  );
}

/** Threads by clause, clauses in the text's order; those on clauses since removed come last. */
function byClause(threads: CommentThreadView[], labels: Map<string, string>): [string, CommentThreadView[]][] {
  const order = [...labels.keys()];
  const rank = (clauseId: string) => {
    const at = order.indexOf(clauseId);
    return at === -1 ? order.length : at;
  };
  const groups = new Map<string, CommentThreadView[]>();
  for (const thread of threads) groups.set(thread.clauseId, [...(groups.get(thread.clauseId) ?? []), thread]);
  return [...groups].sort(([a], [b]) => rank(a) - rank(b));
}
