import type { DraftView } from '@treaty/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../lib/api-error';
import { getDraft } from '../../lib/api-client';

type DraftState = { status: 'loading' } | { status: 'ready'; draft: DraftView } | { status: 'error'; error: ApiError };

// Rights follow the stage, which others move; the socket also tells us, this catches the rest.
const POLL_MS = 10_000;

const asApiError = (failure: unknown): ApiError =>
  failure instanceof ApiError
    ? failure
    : new ApiError({ type: 'about:blank', title: 'Error', status: 0, detail: 'The draft could not be loaded.' });

/**
 * The draft's metadata and the caller's rights on it, kept fresh: reloaded every 10 s and on
 * `refresh()`. A failed reload while offline keeps what we knew; a 403/404 means access is gone.
 */
export function useDraft(draftId: string): { state: DraftState; refresh: () => void } {
  const [state, setState] = useState<DraftState>({ status: 'loading' });
  // Answers can overtake each other; only the latest request may set the state.
  const generation = useRef(0);

  const refresh = useCallback(() => {
    const mine = ++generation.current;
    getDraft(draftId).then(
      (draft) => {
        if (mine === generation.current) setState({ status: 'ready', draft });
      },
      (failure: unknown) => {
        if (mine !== generation.current) return;
        const error = asApiError(failure);
        setState((previous) =>
          previous.status === 'ready' && error.status !== 403 && error.status !== 404 ? previous : { status: 'error', error },
        );
      },
    );
  }, [draftId]);

  useEffect(() => {
    refresh();
    const timer = window.setInterval(refresh, POLL_MS);
    return () => {
      window.clearInterval(timer);
      generation.current += 1;
    };
  }, [refresh]);

  return { state, refresh };
}
