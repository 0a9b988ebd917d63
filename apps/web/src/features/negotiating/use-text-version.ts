import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { useLiveEvents } from './use-live-events';

/** Edits arrive keystroke by keystroke; views derived from the text follow at this pace. */
const SETTLE_MS = 800;

export interface TextVersionHandlers {
  /** Rights follow the stage: the page reloads them. */
  onStageChanged: () => void;
  /** The server undid a change of this person's: the page says why. */
  onRefused: (reason: string) => void;
}

/**
 * A number that changes whenever views of the text should be read again: the shared document
 * changed (settled for a moment), or a live event said the negotiation moved.
 */
export function useTextVersion(draftId: string, ydoc: Y.Doc | null, { onStageChanged, onRefused }: TextVersionHandlers): number {
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    if (!ydoc) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onUpdate = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(bump, SETTLE_MS);
    };
    ydoc.on('update', onUpdate);
    return () => {
      ydoc.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [ydoc, bump]);

  useLiveEvents(
    draftId,
    useCallback(
      (name: string, payload: Record<string, unknown>) => {
        if (name === 'stage.changed') onStageChanged();
        if (name === 'edit.refused') onRefused(String(payload['reason'] ?? 'the change was not allowed'));
        bump();
      },
      [bump, onStageChanged, onRefused],
    ),
  );
  return version;
}
