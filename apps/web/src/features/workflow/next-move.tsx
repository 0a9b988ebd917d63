import { LIMITS, transitionRequest, type TransitionRequest } from '@treaty/contracts';
import { STAGES, type GuardCheck, type Stage } from '@treaty/domain';
import { useCallback, useId, useState, type SubmitEvent } from 'react';
import { FormAlert, TextField } from '../../lib/form-fields';
import { useSubmit } from '../../lib/use-submit';
import { STAGE_LABELS } from '../drafts/draft-labels';
import { GuardChecklist } from './guard-checklist';
import { moveDraft } from './workflow-api';

const FIELDS = ['reason'] as const;

interface NextMoveProps {
  draftId: string;
  from: Stage;
  to: Stage;
  guards: GuardCheck[];
  mayMove: boolean;
  onMoved: () => void;
}

/** One stage the draft may go to: its checklist and, for the secretariat, the form that moves it. */
export function NextMove({ draftId, from, to, guards, mayMove, onMoved }: NextMoveProps) {
  const headingId = useId();
  const checklistId = useId();
  const backward = STAGES.indexOf(to) < STAGES.indexOf(from);
  const target = STAGE_LABELS[to];
  const [reason, setReason] = useState('');
  const send = useCallback((body: TransitionRequest) => moveDraft(draftId, body), [draftId]);
  const { submit, pending, errors } = useSubmit(transitionRequest, FIELDS, send);
  // The checklist may be a moment old: a move it allows is still the server's to judge (409).
  const unmet = guards.some((check) => !check.met);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit({ to, reason }).then((result) => {
      if (!result.ok) return;
      setReason('');
      onMoved();
    });
  };

  return (
    <li className="workflow__move">
      <h3 id={headingId} className="workflow__target">
        {backward ? 'Back to' : 'Next:'} {target}
      </h3>
      <GuardChecklist id={checklistId} guards={guards} label={`What the move to ${target} needs`} backward={backward} />
      {mayMove ? (
        <form className="form workflow__form" onSubmit={onSubmit} noValidate aria-labelledby={headingId} aria-busy={pending}>
          <FormAlert message={errors.detail} />
          <TextField
            label="Reason (required)"
            name="reason"
            multiline
            rows={2}
            maxLength={LIMITS.description}
            value={reason}
            onChange={setReason}
            error={errors.fields['reason']}
          />
          {/* A disabled button is explained by the unmet lines of the checklist. */}
          <button
            type="submit"
            className={backward ? 'button button--quiet' : 'button'}
            disabled={pending || unmet}
            aria-describedby={unmet ? checklistId : undefined}
          >
            Move to {target}
          </button>
        </form>
      ) : null}
    </li>
  );
}
