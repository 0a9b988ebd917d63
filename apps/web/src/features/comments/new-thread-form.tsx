import { createCommentRequest, LIMITS, type CreateCommentRequest } from '@treaty/contracts';
import type { CommentVisibility } from '@treaty/domain';
import { useCallback, useState, type SubmitEvent } from 'react';
import { FormAlert, SelectField, TextField } from '../../lib/form-fields';
import { useSubmit } from '../../lib/use-submit';
import type { SelectionAnchor } from '../../editor/selection-anchor';
import { createComment } from './comments-api';

const FIELDS = ['clauseId', 'visibility', 'body'] as const;

interface NewThreadFormProps {
  draftId: string;
  clauses: Map<string, string>;
  /** Words selected in the editor: the comment may be about them rather than the whole clause. */
  anchor: SelectionAnchor | null;
  visibilities: { value: CommentVisibility; label: string }[];
  onAdded: () => void;
}

/** Opens a thread on a clause, with one of the visibilities this person may use. */
export function NewThreadForm({ draftId, clauses, visibilities, anchor, onAdded }: NewThreadFormProps) {
  const first = clauses.keys().next();
  const [clauseId, setClauseId] = useState(first.done ? '' : first.value);
  const [visibility, setVisibility] = useState<string>(visibilities[0]?.value ?? 'public');
  const [body, setBody] = useState('');
  const [onWords, setOnWords] = useState(true);
  const anchored = onWords && anchor && clauses.has(anchor.clauseId) ? anchor : null;
  const send = useCallback((request: CreateCommentRequest) => createComment(draftId, request), [draftId]);
  const { submit, pending, errors } = useSubmit(createCommentRequest, FIELDS, send);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const target = anchored ? { clauseId: anchored.clauseId, range: { start: anchored.start, end: anchored.end } } : { clauseId };
    void submit({ ...target, visibility, body }).then((result) => {
      if (!result.ok) return;
      setBody('');
      onAdded();
    });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="new-thread-heading" aria-busy={pending}>
      <h3 id="new-thread-heading">New comment</h3>
      <FormAlert message={errors.detail} />
      {anchor && clauses.has(anchor.clauseId) ? (
        <label className="comments__anchor">
          <input type="checkbox" checked={onWords} onChange={(e) => setOnWords(e.target.checked)} /> On the words selected in {clauses.get(anchor.clauseId)}: “
          {anchor.quote.slice(0, 80)}”
        </label>
      ) : null}
      {anchored ? null : (
        <SelectField
          label="On"
          name="clauseId"
          value={clauseId}
          onChange={setClauseId}
          options={[...clauses].map(([value, label]) => ({ value, label }))}
          error={errors.fields['clauseId']}
        />
      )}
      <SelectField label="Who may read it" name="visibility" value={visibility} onChange={setVisibility} options={visibilities} error={errors.fields['visibility']} />
      <TextField label="Comment" name="body" multiline rows={3} maxLength={LIMITS.description} value={body} onChange={setBody} error={errors.fields['body']} />
      <button type="submit" className="button" disabled={pending}>
        Comment
      </button>
    </form>
  );
}
