import { loginRequest } from '@treaty/contracts';
import { useCallback, useState, type SubmitEvent } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../../app/auth-context';
import { login } from '../../lib/api-client';
import { FormAlert, TextField } from '../../lib/form-fields';
import { useSubmit } from '../../lib/use-submit';

const FIELDS = ['email', 'password'] as const;

/** Where to go after signing in: back to the page that sent us here, but only inside the app. */
function returnPath(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('from' in state)) return '/';
  const from = state.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/login' ? from : '/';
}

export function LoginPage() {
  const auth = useAuth();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const send = useCallback(
    async (credentials: { email: string; password: string }) => {
      const answer = await login(credentials);
      await auth.signIn(answer.accessToken);
    },
    [auth],
  );
  const { submit, pending, errors } = useSubmit(loginRequest, FIELDS, send);

  if (auth.state.status === 'signed-in') return <Navigate to={returnPath(location.state)} replace />;

  // No navigation here: once signed in, the <Navigate> above takes the user onwards.
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit({ email, password });
  };

  return (
    <section className="narrow">
      <title>Sign in · Treaty Workspace</title>
      <h1>Sign in</h1>
      <p className="lead">Sign in with the account your secretariat or platform administrator gave you.</p>
      <form className="form card" onSubmit={onSubmit} noValidate aria-busy={pending}>
        <FormAlert message={errors.detail} />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={errors.fields['email']}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.fields['password']}
        />
        <button type="submit" className="button" disabled={pending}>
          Sign in
        </button>
      </form>
    </section>
  );
}
