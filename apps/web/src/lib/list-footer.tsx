import type { ApiError } from './api-error';

interface ListFooterProps {
  loading: boolean;
  error: ApiError | null;
  hasMore: boolean;
  onMore: () => void;
  onRetry: () => void;
  /** What the list holds, for the loading note ("Loading members…"). */
  noun: string;
}

/** Loading note, load error with a retry, and the "More" button of a paginated list. */
export function ListFooter({ loading, error, hasMore, onMore, onRetry, noun }: ListFooterProps) {
  return (
    <div className="list-footer">
      {loading ? (
        <p role="status" className="muted">
          Loading {noun}…
        </p>
      ) : null}
      {error ? (
        <div role="alert" className="alert">
          <p>{error.problem.detail}</p>
          <button type="button" className="button button--quiet" onClick={onRetry}>
            Try again
          </button>
        </div>
      ) : null}
      {hasMore && !loading ? (
        <button type="button" className="button button--quiet" onClick={onMore}>
          More
        </button>
      ) : null}
    </div>
  );
}
