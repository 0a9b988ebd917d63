import { createCommentRequest, LIMITS, type CommentThreadView, type CommentView, type CreateCommentRequest } from '@treaty/contracts';
import { useCallback, useState, type SubmitEvent } from 'react';
import { ApiError } from '../../lib/api-error';
import { FormAlert, TextField } from '../../lib/form-fields';
import { useSubmit } from '../../lib/use-submit';
import { createComment, setThreadStatus } from './comments-api';
import { VISIBILITY_BADGES } from './visibilities';

const REPLY_FIELDS = ['body'] as const;

interface CommentThreadProps {
  draftId: string;
  thread: CommentThreadView;
  /** Whether this person may reply (the policy, with the thread's visibility). */
  mayReply: boolean;
  /** Whether they may resolve or reopen it: its author or the secretariat. */
  mayResolve: boolean;
  onChanged: () => void;
}

export function CommentThread({ draftId, thread, mayReply, mayResolve, onChanged }: CommentThreadProps) {
  const [error, setError] = useState<string | null>(null);
  const toggle = () => {
    setError(null);
    setThreadStatus(draftId, thread.id, thread.status === 'open' ? 'resolve' : 'reopen').then(onChanged, (failure: unknown) =>
      setError(failure instanceof ApiError ? failure.problem.detail : 'That did not work.'),
    );
  };

  return (
    <li className={`comment-thread comment-thread--${thread.status}`}>
      <p className="muted">
        <span className="badge">{VISIBILITY_BADGES[thread.visibility]}</span>
        {thread.status === 'resolved' ? <span className="badge">Resolved</span> : null}
      </p>
      {thread.range ? <blockquote className="comment-thread__quote">{thread.range.quote || '(the quoted words were removed)'}</blockquote> : null}
      <Comment comment={thread} />
      {thread.replies.length > 0 ? (
        <ul className="comment-thread__replies">
          {thread.replies.map((reply) => (
            <li key={reply.id}>
              <Comment comment={reply} />
            </li>
          ))}
        </ul>
      ) : null}
      <FormAlert message={error} />
      {mayResolve ? (
        <button type="button" className="button button--quiet" onClick={toggle}>
          {thread.status === 'open' ? 'Resolve' : 'Reopen'}
        </button>
      ) : null}
      {mayReply && thread.status === 'open' ? <ReplyForm draftId={draftId} threadId={thread.id} onAdded={onChanged} /> : null}
    </li>
  );
}

function Comment({ comment }: { comment: CommentView }) {
  return (
    <div className="comment">
      <p className="comment__meta muted">
        <strong>{comment.author.name}</strong> · <time dateTime={comment.createdAt}>{new Date(comment.createdAt).toLocaleString()}</time>
      </p>
      <p className="comment__body">{comment.body}</p>
    </div>
  );
}

function ReplyForm({ draftId, threadId, onAdded }: { draftId: string; threadId: string; onAdded: () => void }) {
  const [body, setBody] = useState('');
  const send = useCallback((request: CreateCommentRequest) => createComment(draftId, request), [draftId]);
  const { submit, pending, errors } = useSubmit(createCommentRequest, REPLY_FIELDS, send);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The thread's visibility goes with the reply on the server: it cannot be widened here.
    void submit({ parentId: threadId, body }).then((result) => {
      if (!result.ok) return;
      setBody('');
      onAdded();
    });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={pending}>
      <FormAlert message={errors.detail} />
      <TextField label="Reply" name="body" multiline rows={2} maxLength={LIMITS.description} value={body} onChange={setBody} error={errors.fields['body']} />
      <button type="submit" className="button button--quiet" disabled={pending}>
        Reply
      </button>
    </form>
  );
}
