import { useEffect, useState } from 'react';
import { ApiError } from './api-error';

type ResourceState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: ApiError };

/** Loads one thing once per `load` identity; remount (a `key`) to load another. */
export function useResource<T>(load: () => Promise<T>): ResourceState<T> {
  const [state, setState] = useState<ResourceState<T>>({ status: 'loading' });

  useEffect(() => {
    // React may run the effect twice in development or unmount mid-flight: drop stale answers.
    let current = true;
    load().then(
      (data) => {
        if (current) setState({ status: 'ready', data });
      },
      (failure: unknown) => {
        if (!current) return;
        const error =
          failure instanceof ApiError
            ? failure
            : new ApiError({ type: 'about:blank', title: 'Error', status: 0, detail: 'Loading failed.' });
        setState({ status: 'error', error });
      },
    );
    return () => {
      current = false;
    };
  }, [load]);

  return state;
}
