import { LIMITS, openRoundRequest, type OpenRoundRequest } from '@treaty/contracts';
import { useCallback, useId, useState, type SubmitEvent } from 'react';
import { FormAlert, TextField } from '../../lib/form-fields';
import { useSubmit } from '../../lib/use-submit';
import { openRound } from './revisions-api';

const FIELDS = ['name', 'venue', 'startsAt', 'endsAt'] as const;

/** A session's dates are days, as meetings are announced; sent as the start of that day, UTC. */
const dayToIso = (day: string): string | undefined => (day ? `${day}T00:00:00Z` : undefined);

export function OpenRoundForm({ draftId, onOpened }: { draftId: string; onOpened: () => void }) {
  const [name, setName] = useState('');
  const [venue, setVenue] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const send = useCallback((body: OpenRoundRequest) => openRound(draftId, body), [draftId]);
  const { submit, pending, errors } = useSubmit(openRoundRequest, FIELDS, send);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit({ name, venue: venue || undefined, startsAt: dayToIso(startsOn), endsAt: dayToIso(endsOn) }).then((result) => {
      if (result.ok) onOpened();
    });
  };

  return (
    <form className="form form--inline" onSubmit={onSubmit} noValidate aria-labelledby="open-round-heading" aria-busy={pending}>
      <h3 id="open-round-heading">Open a round</h3>
      <FormAlert message={errors.detail} />
      <TextField label="Name" name="name" maxLength={LIMITS.title} value={name} onChange={setName} error={errors.fields['name']} hint="e.g. Third session, informal consultations" />
      <TextField label="Venue" name="venue" maxLength={LIMITS.name} value={venue} onChange={setVenue} error={errors.fields['venue']} />
      <div className="form__row">
        <DayField label="Starts" name="startsAt" value={startsOn} onChange={setStartsOn} error={errors.fields['startsAt']} />
        <DayField label="Ends" name="endsAt" value={endsOn} onChange={setEndsOn} error={errors.fields['endsAt']} />
      </div>
      <button type="submit" className="button" disabled={pending}>
        Open round
      </button>
    </form>
  );
}

interface DayFieldProps {
  label: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

function DayField({ label, name, value, onChange, error }: DayFieldProps) {
  const id = useId();
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" name={name} value={value} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => onChange(e.target.value)} />
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
