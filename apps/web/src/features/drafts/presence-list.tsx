import type { Participant } from '../../editor/presence';

/** "In this draft": who has it open now, with the colour of their caret. */
export function PresenceList({ participants }: { participants: readonly Participant[] }) {
  return (
    <section aria-labelledby="presence-heading" className="panel presence">
      <h2 id="presence-heading">In this draft</h2>
      {participants.length === 0 ? (
        <p className="muted">Nobody yet.</p>
      ) : (
        <ul className="presence__list">
          {participants.map((person) => (
            <li key={person.clientId} className="presence__person">
              <span className="presence__dot" style={{ backgroundColor: person.color }} aria-hidden="true" />
              <span>
                <span className="presence__name">
                  {person.name}
                  {person.isSelf ? ' (you)' : ''}
                </span>
                {person.delegation ? <span className="presence__delegation">{person.delegation}</span> : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
