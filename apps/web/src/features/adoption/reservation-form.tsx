import { LIMITS } from '@treaty/contracts';
import { useCallback, useState, type SubmitEvent } from 'react';
import { FormAlert, SelectField, TextField } from '../../lib/form-fields';
import { useSubmit } from '../../lib/use-submit';
import { recordReservation, recordReservationRequest, RESERVATION_KINDS, type RecordReservationRequest } from './adoption-api';

const FIELDS = ['clauseId', 'kind', 'text'] as const;
export const KIND_LABELS: Record<string, string> = { reservation: 'Reservation', declaration: 'Interpretative declaration', explanation: 'Explanation of position' };

/** A head of delegation records a statement on an article of the Adopted text. */
export function ReservationForm({ draftId, articles, onRecorded }: { draftId: string; articles: { value: string; label: string }[]; onRecorded: () => void }) {
  const [clauseId, setClauseId] = useState(articles[0]?.value ?? '');
  const [kind, setKind] = useState<string>('reservation');
  const [text, setText] = useState('');
  const send = useCallback((body: RecordReservationRequest) => recordReservation(draftId, body), [draftId]);
  const { submit, pending, errors } = useSubmit(recordReservationRequest, FIELDS, send);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit({ clauseId, kind, text }).then((result) => {
      if (!result.ok) return;
      setText('');
      onRecorded();
    });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="new-reservation-heading" aria-busy={pending}>
      <h3 id="new-reservation-heading">Record a statement</h3>
      <FormAlert message={errors.detail} />
      <SelectField label="On" name="clauseId" value={clauseId} onChange={setClauseId} options={articles} error={errors.fields['clauseId']} />
      <SelectField label="Kind" name="kind" value={kind} onChange={setKind} options={RESERVATION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] ?? k }))} error={errors.fields['kind']} />
      <TextField label="Text" name="text" multiline rows={3} maxLength={LIMITS.description} value={text} onChange={setText} error={errors.fields['text']} />
      <button type="submit" className="button" disabled={pending}>
        Record
      </button>
    </form>
  );
}
