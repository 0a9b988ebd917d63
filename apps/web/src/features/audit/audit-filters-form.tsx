import { auditQuery, type AuditQuery } from '@treaty/contracts';
import { useCallback, useId, useState, type SubmitEvent } from 'react';
import { listMembers } from '../../lib/api-client';
import { FormAlert, SelectField, TextField } from '../../lib/form-fields';
import { usePagedList } from '../../lib/use-paged-list';
import { useSubmit } from '../../lib/use-submit';
import type { AuditFilters } from './audit-api';

const FIELDS = ['action', 'actor', 'since'] as const;

/** The start of the chosen day in the user's own time zone, as the API wants it. */
function startOfDay(day: string): string | undefined {
  if (!day) return undefined;
  const start = new Date(`${day}T00:00`);
  // Browsers without a date picker send what was typed: let the schema name the mistake.
  return Number.isNaN(start.getTime()) ? day : start.toISOString();
}

interface AuditFiltersFormProps {
  negotiationId: string;
  onApply: (filters: AuditFilters) => void;
}

export function AuditFiltersForm({ negotiationId, onApply }: AuditFiltersFormProps) {
  const [action, setAction] = useState('');
  const [actor, setActor] = useState('');
  const [since, setSince] = useState('');
  const sinceId = useId();
  const fetchMembers = useCallback((cursor: string | undefined) => listMembers(negotiationId, { cursor }), [negotiationId]);
  // The actor choice needs every member, as the member form needs every delegation.
  const members = usePagedList(fetchMembers, { loadAll: true });
  const actorOptions = [{ value: '', label: 'Anyone' }, ...members.items.map((m) => ({ value: m.user.id, label: m.user.name }))];
  const send = useCallback(
    async (query: AuditQuery) => {
      onApply({ action: query.action, actor: query.actor, since: query.since });
    },
    [onApply],
  );
  const { submit, errors } = useSubmit(auditQuery, FIELDS, send);

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit({ action: action.trim() || undefined, actor: actor || undefined, since: startOfDay(since) });
  };
  const clear = () => {
    setAction('');
    setActor('');
    setSince('');
    onApply({});
  };
  const sinceError = errors.fields['since'];

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label="Filter the audit log">
      <FormAlert message={errors.detail} />
      <div className="form__row">
        <TextField label="Action" name="action" hint="e.g. member.add" value={action} onChange={setAction} error={errors.fields['action']} />
        <SelectField label="Actor" name="actor" value={actor} onChange={setActor} options={actorOptions} error={errors.fields['actor']} />
        <div className={sinceError ? 'field field--invalid' : 'field'}>
          <label htmlFor={sinceId}>Since</label>
          <input
            id={sinceId}
            name="since"
            type="date"
            value={since}
            aria-invalid={sinceError ? true : undefined}
            aria-describedby={sinceError ? `${sinceId}-error` : undefined}
            onChange={(event) => {
              setSince(event.target.value);
            }}
          />
          {sinceError ? (
            <p id={`${sinceId}-error`} className="field__error">
              {sinceError}
            </p>
          ) : null}
        </div>
      </div>
      <div className="form__row">
        <button type="submit" className="button">
          Apply
        </button>
        <button type="button" className="button button--quiet" onClick={clear}>
          Clear
        </button>
      </div>
    </form>
  );
}
