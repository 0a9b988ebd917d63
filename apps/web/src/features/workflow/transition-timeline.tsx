import type { TransitionView } from '@treaty/contracts';
import { ListFooter } from '../../lib/list-footer';
import type { PagedList } from '../../lib/use-paged-list';
import { STAGE_LABELS } from '../drafts/draft-labels';

// Moves may come minutes apart, so the time is shown; in UTC, as delegations sit in many zones.
const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** The draft's moves, newest first: stages, reason, who and when. */
export function TransitionTimeline({ history }: { history: PagedList<TransitionView> }) {
  // The API pages oldest first; the whole history is loaded, so it is turned around here.
  const moves = [...history.items].reverse();
  return (
    <>
      <h3 className="workflow__subheading">History</h3>
      {moves.length === 0 && !history.loading && !history.error ? <p className="muted">The draft has not moved yet.</p> : null}
      <ol className="timeline" aria-label="Moves of the draft, newest first">
        {moves.map((move) => (
          <li key={move.id} className="timeline__move">
            <strong>
              {STAGE_LABELS[move.from]} → {STAGE_LABELS[move.to]}
            </strong>
            <p className="timeline__reason">{move.reason}</p>
            <p className="timeline__meta muted">
              {move.actor?.name ?? 'A former account'}, <time dateTime={move.at}>{when.format(new Date(move.at))} UTC</time>
            </p>
          </li>
        ))}
      </ol>
      <ListFooter noun="moves" loading={history.loading && moves.length === 0} error={history.error} hasMore={false} onMore={history.loadMore} onRetry={history.reload} />
    </>
  );
}
