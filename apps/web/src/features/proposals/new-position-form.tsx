import { LIMITS, POSITION_STANCES, recordPositionRequest, type RecordPositionRequest } from '@treaty/contracts';
import { useCallback, useState, type SubmitEvent } from 'react';
import { FormAlert, SelectField, TextField } from '../../lib/form-fields';
import { useSubmit } from '../../lib/use-submit';
import type { PositionTarget } from './position-targets';
import { recordPosition } from './proposals-api';

const FIELDS = ['target', 'stance', 'text'] as const;
const STANCE_LABELS: Record<string, string> = { support: 'Support', objection: 'Objection', reservation: 'Reservation' };

/** States the delegation's position on a clause, a bracket or a set of options; a new one replaces the last. */
export function NewPositionForm({ draftId, targets, onRecorded }: { draftId: string; targets: PositionTarget[]; onRecorded: () => void }) {
  const key = (t: PositionTarget) => `${t.type}:${t.id}`;
  const [target, setTarget] = useState(targets[0] ? key(targets[0]) : '');
  const [stance, setStance] = useState<string>('support');
  const [text, setText] = useState('');
  const send = useCallback((body: RecordPositionRequest) => recordPosition(draftId, body), [draftId]);
  const { submit, pending, errors } = useSubmit(recordPositionRequest, FIELDS, send);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = targets.find((t) => key(t) === target);
    if (!chosen) return;
    void submit({ target: { type: chosen.type, id: chosen.id }, stance: stance as RecordPositionRequest['stance'], ...(text.trim() ? { text } : {}) }).then((result) => {
      if (!result.ok) return;
      setText('');
      onRecorded();
    });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="new-position-heading" aria-busy={pending}>
      <h3 id="new-position-heading">State your delegation’s position</h3>
      <FormAlert message={errors.detail} />
      <SelectField label="On" name="target" value={target} onChange={setTarget} options={targets.map((t) => ({ value: key(t), label: t.label }))} error={errors.fields['target']} />
      <SelectField
        label="Position"
        name="stance"
        value={stance}
        onChange={setStance}
        options={POSITION_STANCES.map((s) => ({ value: s, label: STANCE_LABELS[s] ?? s }))}
        error={errors.fields['stance']}
      />
      <TextField
        label={stance === 'reservation' ? 'Text of the reservation' : 'Statement (optional)'}
        name="text"
        multiline
        rows={2}
        maxLength={LIMITS.description}
        value={text}
        onChange={setText}
        error={errors.fields['text']}
      />
      <button type="submit" className="button" disabled={pending}>
        Record position
      </button>
    </form>
  );
}
