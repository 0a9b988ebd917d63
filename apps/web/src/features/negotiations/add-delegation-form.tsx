import { createDelegationRequest, LIMITS } from '@treaty/contracts';
import { DELEGATION_KINDS, type DelegationKind } from '@treaty/domain';
import { useCallback, useState, type SubmitEvent } from 'react';
import { createDelegation } from '../../lib/api-client';
import { FormAlert, FormStatus, SelectField, TextField } from '../../lib/form-fields';
import { useSubmit } from '../../lib/use-submit';

const FIELDS = ['name', 'kind'] as const;

const KIND_LABELS: Record<DelegationKind, string> = {
  party: 'Party (state or regional organisation)',
  observer: 'Observer organisation',
};
const KIND_OPTIONS = DELEGATION_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));

const asKind = (value: string): DelegationKind => DELEGATION_KINDS.find((kind) => kind === value) ?? 'party';

interface AddDelegationFormProps {
  negotiationId: string;
  onAdded: () => void;
}

export function AddDelegationForm({ negotiationId, onAdded }: AddDelegationFormProps) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<DelegationKind>('party');
  const [added, setAdded] = useState<string | null>(null);
  const send = useCallback(
    (body: { name: string; kind: DelegationKind }) => createDelegation(negotiationId, body),
    [negotiationId],
  );
  const { submit, pending, errors } = useSubmit(createDelegationRequest, FIELDS, send);

  const save = async () => {
    setAdded(null);
    const result = await submit({ name, kind });
    if (!result.ok) return;
    setAdded(result.value.name);
    setName('');
    onAdded();
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save();
  };

  return (
    <form
      className="form form--inline"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="add-delegation-heading"
      aria-busy={pending}
    >
      <h3 id="add-delegation-heading">Add delegation</h3>
      <FormAlert message={errors.detail} />
      <div className="form__row">
        <TextField
          label="Name"
          name="name"
          maxLength={LIMITS.name}
          value={name}
          onChange={setName}
          error={errors.fields['name']}
        />
        <SelectField
          label="Kind"
          name="kind"
          value={kind}
          onChange={(value) => {
            setKind(asKind(value));
          }}
          options={KIND_OPTIONS}
          error={errors.fields['kind']}
        />
      </div>
      <button type="submit" className="button" disabled={pending}>
        Add delegation
      </button>
      <FormStatus>{added ? `${added} added.` : null}</FormStatus>
    </form>
  );
}
