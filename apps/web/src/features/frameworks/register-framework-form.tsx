import {
  FRAMEWORK_BINDING_LABELS,
  FRAMEWORK_BINDINGS,
  FRAMEWORK_TYPES,
  LIMITS,
  registerFrameworkRequest,
  type FrameworkView,
  type RegisterFrameworkRequest,
} from '@treaty/contracts';
import { useState, type SubmitEvent } from 'react';
import { FormAlert, FormStatus, SelectField, TextField } from '../../lib/form-fields';
import { useSubmit } from '../../lib/use-submit';
import { registerFramework } from './frameworks-api';

const FIELDS = ['name', 'type', 'technologyFocus', 'binding', 'scope', 'year'] as const;
const BINDING_OPTIONS = FRAMEWORK_BINDINGS.map((value) => ({ value, label: FRAMEWORK_BINDING_LABELS[value] }));
const send = (request: RegisterFrameworkRequest) => registerFramework(request);

/** Adds an instrument to the registry; offered to the admin and to secretariats. */
export function RegisterFrameworkForm({ onRegistered }: { onRegistered: (framework: FrameworkView) => void }) {
  const [name, setName] = useState('');
  const [type, setType] = useState('');
  const [technologyFocus, setTechnologyFocus] = useState('');
  const [binding, setBinding] = useState<string>('binding');
  const [scope, setScope] = useState('');
  const [year, setYear] = useState('');
  const [registered, setRegistered] = useState<string | null>(null);
  const { submit, pending, errors } = useSubmit(registerFrameworkRequest, FIELDS, send);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    // An empty year stays missing (so "required" is said), anything else goes as the number typed.
    void submit({ name, type, technologyFocus, binding, scope, year: year.trim() === '' ? undefined : Number(year) }).then((result) => {
      if (!result.ok) return;
      setRegistered(result.value.name);
      setName('');
      setType('');
      setTechnologyFocus('');
      setScope('');
      setYear('');
      onRegistered(result.value);
    });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="register-framework-heading" aria-busy={pending}>
      <h3 id="register-framework-heading">Register an instrument</h3>
      <FormAlert message={errors.detail} />
      <TextField label="Name" name="name" value={name} onChange={setName} error={errors.fields['name']} maxLength={LIMITS.name} />
      <TextField
        label="Type"
        name="type"
        value={type}
        onChange={setType}
        error={errors.fields['type']}
        hint={`${FRAMEWORK_TYPES.join(', ')} — or another lowercase, hyphenated kind`}
      />
      <TextField label="Technology focus" name="technologyFocus" value={technologyFocus} onChange={setTechnologyFocus} error={errors.fields['technologyFocus']} hint="AI, Data/Digital, Medical Devices…" />
      <SelectField label="Binding nature" name="binding" value={binding} onChange={setBinding} options={BINDING_OPTIONS} error={errors.fields['binding']} />
      <TextField label="Geographic scope" name="scope" value={scope} onChange={setScope} error={errors.fields['scope']} hint="Global, EU (extraterritorial)…" />
      <TextField label="Year adopted" name="year" value={year} onChange={setYear} error={errors.fields['year']} maxLength={4} />
      <button type="submit" className="button" disabled={pending}>
        Register
      </button>
      {registered ? <FormStatus>{registered} is registered.</FormStatus> : null}
    </form>
  );
}
