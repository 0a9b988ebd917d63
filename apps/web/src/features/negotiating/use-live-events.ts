import { useEffect, useRef } from 'react';
import { io } from 'socket.io-client';
import { readToken } from '../../lib/token-store';

export type LiveHandler = (name: string, payload: Record<string, unknown>) => void;

/**
 * The draft's live events (socket.io on the API's port, API.md "Realtime"): each arrives as
 * `onEvent(name, payload)`. The server sends only what this person may see; reconnects join
 * again by themselves.
 */
export function useLiveEvents(draftId: string, onEvent: LiveHandler): void {
  const handler = useRef(onEvent);
  useEffect(() => {
    handler.current = onEvent;
  }, [onEvent]);

  useEffect(() => {
    const socket = io({ auth: (cb) => cb({ token: readToken() ?? '' }), transports: ['websocket'] });
    const join = () => socket.emit('join', { draftId });
    socket.on('connect', join);
    socket.onAny((name: string, payload: Record<string, unknown>) => handler.current(name, payload));
    return () => {
      socket.off('connect', join);
      socket.close();
    };
  }, [draftId]);
}
