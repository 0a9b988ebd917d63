import type { ClauseComparison } from '@treaty/treaty-schema';

/** A clause's words as a comparison document prints them: insertions underlined, deletions struck through. */
export function ClauseWords({ clause }: { clause: ClauseComparison }) {
  if (clause.change === 'added') return <ins>{clause.after?.text}</ins>;
  if (clause.change === 'removed') return <del>{clause.before?.text}</del>;
  if (clause.change !== 'changed' || !clause.parts) return <>{clause.after?.text}</>;
  return (
    <>
      {clause.parts.map((part, i) =>
        part.op === 'insert' ? <ins key={i}>{part.text}</ins> : part.op === 'delete' ? <del key={i}>{part.text}</del> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
