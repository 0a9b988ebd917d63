import { useEffect, useState } from 'react';
import type { TransferPhase } from './transfer';

export type TransferState = { kind: 'idle' } | { kind: 'running'; phase: TransferPhase; startedAt: number } | { kind: 'done'; seconds: number; summary: string };

const LABELS: Record<TransferPhase['kind'], string> = { sending: 'Sending', working: 'The server is working on it', receiving: 'Receiving' };

/** Seconds since `startedAt`, ticking while a transfer runs: long work shows it is alive. */
function useElapsed(startedAt: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 200);
    return () => clearInterval(timer);
  }, [startedAt]);
  return startedAt === null ? 0 : Math.max(0, (now - startedAt) / 1000);
}

/**
 * Progress of a long import or export: the phase, a bar (with its share where one is known,
 * moving without one while the server works), and the time taken.
 */
export function TransferProgress({ state, what }: { state: TransferState; what: string }) {
  const elapsed = useElapsed(state.kind === 'running' ? state.startedAt : null);
  if (state.kind === 'idle') return null;
  if (state.kind === 'done') {
    return (
      <p role="status" className="transfer-progress transfer-progress--done">
        {state.summary} ({state.seconds.toFixed(1)} s)
      </p>
    );
  }
  const share = 'share' in state.phase ? state.phase.share : null;
  return (
    <div role="status" className="transfer-progress" aria-live="polite">
      <span>
        {what}: {LABELS[state.phase.kind]}
        {share !== null ? ` ${Math.round(share * 100)} %` : '…'} · {elapsed.toFixed(1)} s
      </span>
      {share !== null ? <progress max={1} value={share} /> : <progress />}
    </div>
  );
}
