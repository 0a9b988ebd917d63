import type { Page } from '@treaty/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api-error';

export type FetchPage<T> = (cursor: string | undefined) => Promise<Page<T>>;

interface ListState<T> {
  items: T[];
  nextCursor: string | null;
  loading: boolean;
  error: ApiError | null;
}

// A server that kept handing out cursors would otherwise keep a loadAll list spinning forever.
const MAX_PAGES = 100;

const asApiError = (failure: unknown): ApiError =>
  failure instanceof ApiError
    ? failure
    : new ApiError({ type: 'about:blank', title: 'Error', status: 0, detail: 'The list could not be loaded.' });

export interface PagedList<T> extends ListState<T> {
  reload: () => void;
  loadMore: () => void;
}

/**
 * A cursor-paginated list. With `loadAll` it follows `nextCursor` to the end (for short lists
 * other widgets need whole, like delegations); otherwise the caller offers `loadMore`.
 * Callers must keep `fetchPage` stable (useCallback) and remount on a new resource id.
 */
export function usePagedList<T>(fetchPage: FetchPage<T>, options: { loadAll?: boolean } = {}): PagedList<T> {
  const loadAll = options.loadAll ?? false;
  const [state, setState] = useState<ListState<T>>({ items: [], nextCursor: null, loading: true, error: null });
  // Each load gets a number; an answer for an older load arrives too late to be shown.
  const generation = useRef(0);

  const run = useCallback(
    async (startCursor: string | undefined, previous: T[]) => {
      const mine = ++generation.current;
      try {
        let items = previous;
        let cursor = startCursor;
        let pages = 0;
        do {
          const page = await fetchPage(cursor);
          if (mine !== generation.current) return;
          items = [...items, ...page.items];
          cursor = page.nextCursor ?? undefined;
          pages += 1;
        } while (loadAll && cursor !== undefined && pages < MAX_PAGES);
        setState({ items, nextCursor: cursor ?? null, loading: false, error: null });
      } catch (failure) {
        if (mine !== generation.current) return;
        setState((s) => ({ ...s, loading: false, error: asApiError(failure) }));
      }
    },
    [fetchPage, loadAll],
  );

  useEffect(() => {
    void run(undefined, []);
    return () => {
      generation.current += 1;
    };
  }, [run]);

  const reload = useCallback(() => {
    setState((s) => ({ ...s, loading: true, error: null }));
    void run(undefined, []);
  }, [run]);

  const loadMore = useCallback(() => {
    if (state.nextCursor === null) return;
    setState((s) => ({ ...s, loading: true, error: null }));
    void run(state.nextCursor, state.items);
  }, [run, state.nextCursor, state.items]);

  return { ...state, reload, loadMore };
}
