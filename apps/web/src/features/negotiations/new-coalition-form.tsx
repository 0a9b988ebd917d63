import { createCoalitionRequest, LIMITS, type CreateCoalitionRequest, type DelegationView } from '@treaty/contracts';
import { useCallback, useId, useState, type SubmitEvent } from 'react';
import { FormAlert, FormStatus, TextField } from '../../lib/form-fields';
import { useSubmit } from '../../lib/use-submit';
import { createCoalition } from './coalitions-api';
import './new-coalition-form.css';

const FIELDS = ['name', 'memberDelegationIds'] as const;

interface NewCoalitionFormProps {
  negotiationId: string;
  delegations: DelegationView[];
  onCreated: () => void;
}

export function NewCoalitionForm({ negotiationId, delegations, onCreated }: NewCoalitionFormProps) {
  const [name, setName] = useState('');
  const [members, setMembers] = useState<ReadonlySet<string>>(new Set());
  const [created, setCreated] = useState<string | null>(null);
  const errorId = useId();
  const send = useCallback((body: CreateCoalitionRequest) => createCoalition(negotiationId, body), [negotiationId]);
  const { submit, pending, errors } = useSubmit(createCoalitionRequest, FIELDS, send);
  // Only parties speak in the text; observer organisations cannot propose, alone or together.
  const parties = delegations.filter((d) => d.kind === 'party');
  const membersError = errors.fields['memberDelegationIds'];

  const toggle = (id: string, checked: boolean) => {
    const next = new Set(members);
    if (checked) next.add(id);
    else next.delete(id);
    setMembers(next);
  };

  const save = async () => {
    setCreated(null);
    // In the order the delegations are listed, not the order they were ticked.
    const result = await submit({ name, memberDelegationIds: parties.filter((d) => members.has(d.id)).map((d) => d.id) });
    if (!result.ok) return;
    setCreated(result.value.name);
    setName('');
    setMembers(new Set());
    onCreated();
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save();
  };

  return (
    <form className="form form--inline" onSubmit={onSubmit} noValidate aria-labelledby="new-coalition-heading" aria-busy={pending}>
      <h3 id="new-coalition-heading">Form a coalition</h3>
      <FormAlert message={errors.detail} />
      <TextField label="Name" name="name" maxLength={LIMITS.name} value={name} onChange={setName} error={errors.fields['name']} />
      <fieldset
        className={membersError ? 'coalition-members field--invalid' : 'coalition-members'}
        aria-describedby={membersError ? errorId : undefined}
      >
        <legend>Member delegations (at least two)</legend>
        {parties.map((d) => (
          <label key={d.id} className="coalition-members__choice">
            <input type="checkbox" checked={members.has(d.id)} onChange={(event) => toggle(d.id, event.target.checked)} />
            {d.name}
          </label>
        ))}
        {membersError ? (
          <p id={errorId} className="field__error">
            {membersError}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" className="button" disabled={pending}>
        Form coalition
      </button>
      <FormStatus>{created ? `${created} formed.` : null}</FormStatus>
    </form>
  );
}
