import { createNegotiationRequest, LIMITS, type AdoptionRule, type NegotiationView } from '@treaty/contracts';
import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router-dom';
import { createNegotiation } from '../../lib/api-client';
import { FormAlert, FormStatus, SelectField, TextField } from '../../lib/form-fields';
import { useSubmit } from '../../lib/use-submit';

const FIELDS = ['title', 'description', 'adoptionRule'] as const;

// The rules negotiators actually use; the API accepts any majority, the form offers the usual ones.
const RULES: Record<string, { label: string; rule: AdoptionRule }> = {
  consensus: { label: 'Consensus', rule: { method: 'consensus' } },
  'vote-2-3': {
    label: 'Vote, two-thirds majority',
    rule: { method: 'vote', majority: { numerator: 2, denominator: 3 } },
  },
  'vote-1-2': { label: 'Vote, simple majority', rule: { method: 'vote', majority: { numerator: 1, denominator: 2 } } },
};
const RULE_OPTIONS = Object.entries(RULES).map(([value, { label }]) => ({ value, label }));

export function NewNegotiationForm({ onCreated }: { onCreated: (negotiation: NegotiationView) => void }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [ruleKey, setRuleKey] = useState('consensus');
  const [created, setCreated] = useState<NegotiationView | null>(null);
  const { submit, pending, errors } = useSubmit(createNegotiationRequest, FIELDS, createNegotiation);

  const save = async () => {
    setCreated(null);
    // An empty description means "none": the schema rejects blank text rather than storing it.
    const result = await submit({
      title,
      ...(description.trim() ? { description } : {}),
      adoptionRule: RULES[ruleKey]?.rule,
    });
    if (!result.ok) return;
    setCreated(result.value);
    setTitle('');
    setDescription('');
    setRuleKey('consensus');
    onCreated(result.value);
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
      aria-labelledby="new-negotiation-heading"
      aria-busy={pending}
    >
      <h2 id="new-negotiation-heading">New negotiation</h2>
      <FormAlert message={errors.detail} />
      <TextField
        label="Title"
        name="title"
        maxLength={LIMITS.title}
        value={title}
        onChange={setTitle}
        error={errors.fields['title']}
      />
      <TextField
        label="Description"
        name="description"
        multiline
        maxLength={LIMITS.description}
        value={description}
        onChange={setDescription}
        error={errors.fields['description']}
      />
      <SelectField
        label="Adoption rule"
        name="adoptionRule"
        value={ruleKey}
        onChange={setRuleKey}
        options={RULE_OPTIONS}
        error={errors.fields['adoptionRule']}
      />
      <button type="submit" className="button" disabled={pending}>
        Create negotiation
      </button>
      <FormStatus>
        {created ? (
          <>
            Created <Link to={`/negotiations/${created.id}`}>{created.title}</Link>.
          </>
        ) : null}
      </FormStatus>
    </form>
  );
}
