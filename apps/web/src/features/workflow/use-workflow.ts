import type { WorkflowView } from '@treaty/contracts';
import { useEffect, useState } from 'react';
import { ApiError } from '../../lib/api-error';
import { getWorkflow } from './workflow-api';

/**
 * Where the draft may go next, read again whenever `refreshKey` changes: the guards count the
 * live text, so an edit or a settled bracket may tick a line. A failed reload keeps the last
 * checklist, so a short outage does not empty the panel.
 */
export function useWorkflow(draftId: string, readable: boolean, refreshKey: string) {
  const [view, setView] = useState<WorkflowView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!readable) return;
    // Answers can overtake each other; an older one must not undo a newer checklist.
    let current = true;
    getWorkflow(draftId).then(
      (next) => {
        if (!current) return;
        setView(next);
        setError(null);
      },
      (failure: unknown) => {
        if (current) setError(failure instanceof ApiError ? failure.problem.detail : 'The workflow could not be loaded.');
      },
    );
    return () => {
      current = false;
    };
  }, [draftId, readable, refreshKey]);

  return { view, error };
}
