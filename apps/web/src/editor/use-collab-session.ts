import { useEffect, useRef, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { reportUnauthorized } from '../lib/api-client';
import { readToken } from '../lib/token-store';
import { COLLAB_CLOSE, isFinalClose } from './collab-close-codes';

export interface CollabSession {
  ydoc: Y.Doc;
  provider: WebsocketProvider;
}

export type ConnectionState =
  | { kind: 'connecting' }
  | { kind: 'connected' }
  /** Lost the server; edits stay in the local document and merge when the socket returns. */
  | { kind: 'offline' }
  /** The server refused us for good (see collab-close-codes); no further attempts. */
  | { kind: 'closed'; code: number };

export interface CollabState {
  session: CollabSession | null;
  connection: ConnectionState;
  /** True once the server's copy has arrived at least once; before that there is nothing to edit. */
  synced: boolean;
}

// Same origin as the page: the API serves /collab itself, and the Vite dev server proxies it.
const collabBase = (): string => `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/collab`;

const tokenParams = (): Record<string, string> => ({ token: readToken() ?? '' });

/**
 * One Yjs document and its socket for a draft, alive as long as the component using it.
 * `onRightsChanged` runs when the server signals (4001, 4403) that what we may do has changed.
 */
export function useCollabSession(draftId: string, onRightsChanged: () => void): CollabState {
  const [session, setSession] = useState<CollabSession | null>(null);
  const [connection, setConnection] = useState<ConnectionState>({ kind: 'connecting' });
  const [synced, setSynced] = useState(false);
  const rightsChanged = useRef(onRightsChanged);
  useEffect(() => {
    rightsChanged.current = onRightsChanged;
  }, [onRightsChanged]);

  useEffect(() => {
    const ydoc = new Y.Doc();
    const provider = new WebsocketProvider(collabBase(), draftId, ydoc, {
      params: tokenParams(),
      // Tabs would otherwise exchange updates directly, around the server that checks rights.
      disableBc: true,
      shouldReconnect: (event) => !isFinalClose(event.code),
    });

    // A 4001 close is the server asking us to come back at once with new rights: not "offline".
    let reconnectingOnRequest = false;
    const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
      if (status === 'connected') reconnectingOnRequest = false;
      const lost = !reconnectingOnRequest;
      setConnection((previous) => {
        if (previous.kind === 'closed') return previous;
        if (status === 'connected') return { kind: 'connected' };
        if (status === 'disconnected') return lost ? { kind: 'offline' } : { kind: 'connecting' };
        // y-websocket reports every retry as "connecting"; while they fail we are still offline.
        return previous.kind === 'offline' ? previous : { kind: 'connecting' };
      });
    };
    const onSync = (isSynced: boolean) => {
      if (isSynced) setSynced(true);
    };
    const onConnectionClose = (event: CloseEvent | null) => {
      // A sign-in in another tab may have replaced the token; the next attempt should use it.
      provider.params = tokenParams();
      reconnectingOnRequest = event?.code === COLLAB_CLOSE.rightsChanged;
      // A failed attempt reports no status change of its own; this is where we learn of it.
      if (!reconnectingOnRequest) setConnection((previous) => (previous.kind === 'closed' ? previous : { kind: 'offline' }));
      if (event?.code === COLLAB_CLOSE.rightsChanged || event?.code === COLLAB_CLOSE.forbidden) rightsChanged.current();
    };
    const onClosed = ({ code }: { code: number }) => {
      provider.disconnect();
      setConnection({ kind: 'closed', code });
      if (code === COLLAB_CLOSE.unauthenticated) reportUnauthorized();
    };

    provider.on('status', onStatus);
    provider.on('sync', onSync);
    provider.on('connection-close', onConnectionClose);
    provider.on('closed', onClosed);
    setSession({ ydoc, provider });
    setConnection({ kind: 'connecting' });
    setSynced(false);

    return () => {
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.off('connection-close', onConnectionClose);
      provider.off('closed', onClosed);
      provider.destroy();
      ydoc.destroy();
      setSession(null);
    };
  }, [draftId]);

  return { session, connection, synced };
}
