import type { AuditVerification } from '@treaty/contracts';
import { useState } from 'react';
import { ApiError } from '../../lib/api-error';
import { FormAlert } from '../../lib/form-fields';
import { verifyAudit } from './audit-api';

type Check = { status: 'idle' | 'checking' } | { status: 'done'; result: AuditVerification } | { status: 'failed'; message: string };

const REASONS = {
  'hash mismatch': 'it was changed after it was recorded',
  'broken link': 'an entry before it is missing',
} as const;

/** Recomputes the log's hash chain on the server and says whether it holds. */
export function VerifyChain({ negotiationId }: { negotiationId: string }) {
  const [check, setCheck] = useState<Check>({ status: 'idle' });
  const run = async () => {
    setCheck({ status: 'checking' });
    try {
      setCheck({ status: 'done', result: await verifyAudit(negotiationId) });
    } catch (failure) {
      setCheck({ status: 'failed', message: failure instanceof ApiError ? failure.message : 'The chain could not be verified.' });
    }
  };
  return (
    <section aria-labelledby="verify-chain-heading" className="panel">
      <h2 id="verify-chain-heading">Integrity</h2>
      <p className="muted">Each entry holds the hash of the one before it, so an entry changed or removed in the database breaks the chain.</p>
      <button type="button" className="button" disabled={check.status === 'checking'} onClick={() => void run()}>
        Verify chain
      </button>
      {check.status === 'checking' ? (
        <p role="status" className="muted">
          Verifying…
        </p>
      ) : null}
      {check.status === 'failed' ? <FormAlert message={check.message} /> : null}
      {check.status === 'done' && check.result.ok ? (
        <p role="status" className="status">
          The chain holds: {check.result.entries} entries verified.
        </p>
      ) : null}
      {check.status === 'done' && !check.result.ok ? (
        <p role="alert" className="alert">
          The chain is broken at entry <code>{check.result.brokenAt}</code>: {REASONS[check.result.reason]}. The{' '}
          {check.result.entries} entries before it are sound.
        </p>
      ) : null}
    </section>
  );
}
