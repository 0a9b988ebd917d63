import { citeProvisionRequest, PROVISION_MAX, type CiteProvisionRequest, type FrameworkView } from '@treaty/contracts';
import { useCallback, useState, type SubmitEvent } from 'react';
import { FormAlert, SelectField, TextField } from '../../lib/form-fields';
import { useSubmit } from '../../lib/use-submit';
import { citeProvision } from './frameworks-api';

const FIELDS = ['frameworkId', 'provision'] as const;

interface CiteProvisionFormProps {
  draftId: string;
  clauseId: string;
  clauseLabel: string;
  frameworks: readonly FrameworkView[];
  onCited: () => void;
}

/** Cites one provision of a registered instrument for the clause in view. */
export function CiteProvisionForm({ draftId, clauseId, clauseLabel, frameworks, onCited }: CiteProvisionFormProps) {
  const [frameworkId, setFrameworkId] = useState(frameworks[0]?.id ?? '');
  const [provision, setProvision] = useState('');
  const send = useCallback((request: CiteProvisionRequest) => citeProvision(draftId, clauseId, request), [draftId, clauseId]);
  const { submit, pending, errors } = useSubmit(citeProvisionRequest, FIELDS, send);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit({ frameworkId, provision }).then((result) => {
      if (!result.ok) return;
      setProvision('');
      onCited();
    });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="cite-provision-heading" aria-busy={pending}>
      <h3 id="cite-provision-heading">Cite for {clauseLabel}</h3>
      <FormAlert message={errors.detail} />
      <SelectField
        label="Instrument"
        name="frameworkId"
        value={frameworkId}
        onChange={setFrameworkId}
        options={frameworks.map((f) => ({ value: f.id, label: `${f.name} (${f.year})` }))}
        error={errors.fields['frameworkId']}
      />
      <TextField label="Provision" name="provision" value={provision} onChange={setProvision} error={errors.fields['provision']} maxLength={PROVISION_MAX} hint="As the instrument numbers it: Article 5(1)(a), Principle 1.2" />
      <button type="submit" className="button" disabled={pending || frameworks.length === 0}>
        Cite
      </button>
    </form>
  );
}
