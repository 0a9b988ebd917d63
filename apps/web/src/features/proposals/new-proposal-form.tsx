import { LIMITS, PROPOSAL_TEXT_MAX, tableProposalRequest, type TableProposalRequest } from '@treaty/contracts';
import { useCallback, useState, type SubmitEvent } from 'react';
import { FormAlert, SelectField, TextField } from '../../lib/form-fields';
import { useSubmit } from '../../lib/use-submit';
import type { ClauseChoice } from './clause-choices';
import { tableProposal } from './proposals-api';

const FIELDS = ['clauseId', 'text', 'rationale'] as const;

interface NewProposalFormProps {
  draftId: string;
  clauses: Map<string, ClauseChoice>;
  onTabled: () => void;
}

/** Tables a replacement text for one clause, starting from the clause's current words. */
export function NewProposalForm({ draftId, clauses, onTabled }: NewProposalFormProps) {
  const first = clauses.entries().next();
  const [clauseId, setClauseId] = useState(first.done ? '' : first.value[0]);
  const [text, setText] = useState(first.done ? '' : first.value[1].text);
  const [rationale, setRationale] = useState('');
  const send = useCallback((body: TableProposalRequest) => tableProposal(draftId, body), [draftId]);
  const { submit, pending, errors } = useSubmit(tableProposalRequest, FIELDS, send);

  const chooseClause = (id: string) => {
    // Untouched wording follows the clause chosen; words the proposer has written stay.
    if (text === (clauses.get(clauseId)?.text ?? '')) setText(clauses.get(id)?.text ?? '');
    setClauseId(id);
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit({ clauseId, text, ...(rationale.trim() ? { rationale } : {}) }).then((result) => {
      if (!result.ok) return;
      setRationale('');
      onTabled();
    });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="new-proposal-heading" aria-busy={pending}>
      <h3 id="new-proposal-heading">Propose an amendment</h3>
      <FormAlert message={errors.detail} />
      <SelectField
        label="Clause"
        name="clauseId"
        value={clauseId}
        onChange={chooseClause}
        options={[...clauses].map(([value, choice]) => ({ value, label: choice.label }))}
        error={errors.fields['clauseId']}
      />
      <TextField
        label="Proposed text"
        name="text"
        multiline
        rows={5}
        maxLength={PROPOSAL_TEXT_MAX}
        hint="For an article, separate paragraphs with a blank line."
        value={text}
        onChange={setText}
        error={errors.fields['text']}
      />
      <TextField label="Rationale (optional)" name="rationale" multiline rows={2} maxLength={LIMITS.description} value={rationale} onChange={setRationale} error={errors.fields['rationale']} />
      <button type="submit" className="button" disabled={pending}>
        Table proposal
      </button>
    </form>
  );
}
