import type { RevisionSummary } from '@treaty/contracts';
import { useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { SelectField } from '../../lib/form-fields';

/** Picks two revisions to compare; by default the last two issued. */
export function CompareForm({ draftId, revisions }: { draftId: string; revisions: RevisionSummary[] }) {
  const navigate = useNavigate();
  const options = revisions.map((r) => ({ value: String(r.number), label: `${r.label} (${r.symbol})` }));
  const [a, setA] = useState(String(revisions.at(-2)?.number ?? 0));
  const [b, setB] = useState(String(revisions.at(-1)?.number ?? 0));

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate(`/drafts/${draftId}/revisions/compare?a=${a}&b=${b}`);
  };

  return (
    <form className="form form--inline" onSubmit={onSubmit} aria-labelledby="compare-heading">
      <h2 id="compare-heading">Compare two revisions</h2>
      <div className="form__row">
        <SelectField label="From" name="a" value={a} onChange={setA} options={options} error={undefined} />
        <SelectField label="To" name="b" value={b} onChange={setB} options={options} error={undefined} />
      </div>
      <button type="submit" className="button">
        Compare
      </button>
    </form>
  );
}
