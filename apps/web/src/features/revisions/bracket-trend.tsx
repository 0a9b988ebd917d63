import type { DraftView, RevisionSummary } from '@treaty/contracts';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { listRevisions } from './revisions-api';

/** Revisions come newest last; the chart reads left to right in time. */
const byNumber = (a: RevisionSummary, b: RevisionSummary) => a.number - b.number;

/**
 * Brackets and options per issued revision: the shape of a negotiation converging (or not).
 * `version` changes with live events, so a new revision appears without reloading.
 */
export function BracketTrendPanel({ draft, version }: { draft: DraftView; version: number }) {
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const readable = draft.myActions.includes('revision.read');

  useEffect(() => {
    if (!readable) return;
    listRevisions(draft.id)
      .then((page) => setRevisions([...page.items].sort(byNumber)))
      .catch(() => setRevisions(null));
  }, [draft.id, readable, version]);

  const first = revisions?.[0];
  const last = revisions?.at(-1);
  if (!readable || !revisions || !first || !last) return null;
  const points = revisions.map((r) => ({ label: r.label, brackets: r.bracketCount, options: r.optionCount }));

  return (
    <section aria-labelledby="bracket-trend-heading" className="panel bracket-trend">
      <h2 id="bracket-trend-heading">Brackets over revisions</h2>
      <p className="muted">
        {first.label}: {first.bracketCount} brackets → {last.label}: {last.bracketCount} ·{' '}
        <Link to={`/drafts/${draft.id}/revisions`}>Compare revisions</Link>
      </p>
      <figure className="bracket-trend__chart" aria-label={`Brackets and options in each of ${revisions.length} revisions`}>
        <ResponsiveContainer width="100%" height={180}>
          <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Line type="monotone" dataKey="brackets" name="Brackets" stroke="#b3261e" strokeWidth={2} isAnimationActive={false} />
            <Line type="monotone" dataKey="options" name="Options" stroke="#1d5fa8" strokeWidth={2} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
        <figcaption className="visually-hidden">
          {points.map((p) => `${p.label}: ${p.brackets} brackets, ${p.options} options`).join('; ')}
        </figcaption>
      </figure>
    </section>
  );
}
