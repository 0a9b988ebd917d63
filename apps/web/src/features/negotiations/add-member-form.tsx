import { addMemberRequest, type AddMemberRequest, type DelegationView } from '@treaty/contracts';
import { assertMembershipFits, DELEGATION_KIND_FOR_ROLE, ROLES, type Role } from '@treaty/domain';
import { useCallback, useState, type SubmitEvent } from 'react';
import { addMember } from '../../lib/api-client';
import { FormAlert, FormStatus, SelectField, TextField, type SelectOption } from '../../lib/form-fields';
import { useSubmit } from '../../lib/use-submit';

const FIELDS = ['email', 'role', 'delegationId'] as const;

const ROLE_LABELS: Record<Role, string> = {
  secretariat: 'Secretariat',
  head: 'Head of delegation',
  delegate: 'Delegate',
  observer: 'Observer',
};
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

const asRole = (value: string): Role => ROLES.find((role) => role === value) ?? 'delegate';

/** Only delegations a role may sit in are offered, so the common mistake cannot be made. */
function delegationOptions(role: Role, delegations: readonly DelegationView[]): SelectOption[] {
  const kind = DELEGATION_KIND_FOR_ROLE[role];
  if (kind === null) return [{ value: '', label: 'None (the secretariat belongs to no delegation)' }];
  const fitting = delegations.filter((d) => d.kind === kind);
  const noun = kind === 'party' ? 'a party delegation' : 'an observer organisation';
  if (fitting.length === 0) return [{ value: '', label: `No delegation of this kind yet: add one first` }];
  return [{ value: '', label: `Choose ${noun}` }, ...fitting.map((d) => ({ value: d.id, label: d.name }))];
}

interface AddMemberFormProps {
  negotiationId: string;
  delegations: readonly DelegationView[];
  onAdded: () => void;
}

export function AddMemberForm({ negotiationId, delegations, onAdded }: AddMemberFormProps) {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('delegate');
  const [delegationId, setDelegationId] = useState('');
  const [added, setAdded] = useState<string | null>(null);

  const send = useCallback(
    (body: AddMemberRequest) => {
      // The domain rule the API enforces, checked first so the field shows why before a round trip.
      const chosen = delegations.find((d) => d.id === body.delegationId);
      assertMembershipFits(body.role, chosen?.kind ?? null);
      return addMember(negotiationId, body);
    },
    [negotiationId, delegations],
  );
  const { submit, pending, errors } = useSubmit(addMemberRequest, FIELDS, send);

  const onRoleChange = (value: string) => {
    setRole(asRole(value));
    setDelegationId('');
  };

  const save = async () => {
    setAdded(null);
    const result = await submit({ email, role, ...(delegationId ? { delegationId } : {}) });
    if (!result.ok) return;
    setAdded(`${result.value.user.name} added as ${result.value.role}.`);
    setEmail('');
    setDelegationId('');
    onAdded();
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save();
  };

  const options = delegationOptions(role, delegations);
  return (
    <form
      className="form form--inline"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="add-member-heading"
      aria-busy={pending}
    >
      <h3 id="add-member-heading">Add member</h3>
      <FormAlert message={errors.detail} />
      <div className="form__row">
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="off"
          hint="The email of an existing account."
          value={email}
          onChange={setEmail}
          error={errors.fields['email']}
        />
        <SelectField
          label="Role"
          name="role"
          value={role}
          onChange={onRoleChange}
          options={ROLE_OPTIONS}
          error={errors.fields['role']}
        />
        <SelectField
          label="Delegation"
          name="delegationId"
          value={delegationId}
          onChange={setDelegationId}
          options={options}
          disabled={DELEGATION_KIND_FOR_ROLE[role] === null}
          error={errors.fields['delegationId']}
        />
      </div>
      <button type="submit" className="button" disabled={pending}>
        Add member
      </button>
      <FormStatus>{added}</FormStatus>
    </form>
  );
}
