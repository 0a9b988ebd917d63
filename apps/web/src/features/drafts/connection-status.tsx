import { describeFinalClose } from '../../editor/collab-close-codes';
import type { ConnectionState } from '../../editor/use-collab-session';

type OpenState = Exclude<ConnectionState['kind'], 'closed'>;

const LABELS: Record<OpenState, string> = { connecting: 'Connecting…', connected: 'Connected', offline: 'Offline' };

function noteFor(kind: OpenState, editable: boolean): string | null {
  if (kind === 'connected') return editable ? 'Changes are saved for everyone as you type.' : 'You see changes as they are made.';
  if (kind === 'offline') {
    return editable
      ? 'You can keep editing: your changes are kept here and merge when the connection returns.'
      : 'The text may be out of date until the connection returns.';
  }
  return null;
}

/** The state of the live connection; a refused one is an alert, the rest a polite status. */
export function ConnectionStatus({ connection, editable }: { connection: ConnectionState; editable: boolean }) {
  if (connection.kind === 'closed') {
    return (
      <p role="alert" className="alert connection connection--closed">
        {describeFinalClose(connection.code)}
      </p>
    );
  }
  const note = noteFor(connection.kind, editable);
  return (
    <div role="status" className={`connection connection--${connection.kind}`}>
      <p className="connection__label">
        <span className="connection__dot" aria-hidden="true" />
        {LABELS[connection.kind]}
      </p>
      {note ? <p className="connection__note">{note}</p> : null}
    </div>
  );
}
