import { SEARCH_QUERY_MAX } from '@treaty/contracts';
import { useState, type SubmitEvent } from 'react';
import { useMe } from '../../app/auth-context';
import { SelectField, TextField } from '../../lib/form-fields';
import type { SearchParams } from './search-api';

interface SearchFormProps {
  initial: SearchParams;
  onSearch: (params: SearchParams) => void;
}

/** The words and, optionally, the one negotiation to look in (among the person's own). */
export function SearchForm({ initial, onSearch }: SearchFormProps) {
  const me = useMe();
  const [q, setQ] = useState(initial.q);
  const [negotiationId, setNegotiationId] = useState(initial.negotiationId ?? '');
  const [error, setError] = useState<string | undefined>();
  const negotiations = [...new Map(me.memberships.map((m) => [m.negotiationId, m.negotiationTitle]))];
  const options = [{ value: '', label: 'All my negotiations' }, ...negotiations.map(([value, label]) => ({ value, label }))];

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const words = q.trim();
    if (!words) {
      setError('Type the words to look for.');
      return;
    }
    setError(undefined);
    onSearch({ q: words, negotiationId: negotiationId || undefined });
  };

  return (
    <form className="form search-form" role="search" onSubmit={onSubmit} noValidate aria-label="Search the drafts">
      <div className="form__row">
        <TextField
          label="Words"
          name="q"
          hint={'Stems match ("negotiating" finds "negotiate"); "a phrase", or, -word'}
          value={q}
          onChange={setQ}
          maxLength={SEARCH_QUERY_MAX}
          error={error}
        />
        {options.length > 2 ? <SelectField label="Negotiation" name="negotiationId" value={negotiationId} onChange={setNegotiationId} options={options} error={undefined} /> : null}
      </div>
      <div>
        <button type="submit" className="button">
          Search
        </button>
      </div>
    </form>
  );
}
