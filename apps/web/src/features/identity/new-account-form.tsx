import { createUserRequest, LIMITS, type UserView } from '@treaty/contracts';
import { useState, type SubmitEvent } from 'react';
import { createUser } from '../../lib/api-client';
import { FormAlert, FormStatus, TextField } from '../../lib/form-fields';
import { useSubmit } from '../../lib/use-submit';

const FIELDS = ['email', 'name', 'password'] as const;

/** Platform admins open accounts; a secretariat then adds them to a negotiation by email. */
export function NewAccountForm() {
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [created, setCreated] = useState<UserView | null>(null);
  const { submit, pending, errors } = useSubmit(createUserRequest, FIELDS, createUser);

  const save = async () => {
    setCreated(null);
    const result = await submit({ email, name, password });
    if (!result.ok) return;
    setCreated(result.value);
    setEmail('');
    setName('');
    setPassword('');
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save();
  };

  return (
    <form
      className="form card"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="new-account-heading"
      aria-busy={pending}
    >
      <h2 id="new-account-heading">New account</h2>
      <FormAlert message={errors.detail} />
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="off"
        value={email}
        onChange={setEmail}
        error={errors.fields['email']}
      />
      <TextField
        label="Name"
        name="name"
        autoComplete="off"
        maxLength={LIMITS.name}
        value={name}
        onChange={setName}
        error={errors.fields['name']}
      />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${String(LIMITS.passwordMin)} characters.`}
        value={password}
        onChange={setPassword}
        error={errors.fields['password']}
      />
      <button type="submit" className="button" disabled={pending}>
        Create account
      </button>
      <FormStatus>{created ? `Account created for ${created.name} (${created.email}).` : null}</FormStatus>
    </form>
  );
}
