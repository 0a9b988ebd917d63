import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { participantsOf, type Participant } from './presence';

/** The people in the draft, kept current from the awareness of the collab session. */
export function useParticipants(awareness: Awareness | null): Participant[] {
  const [participants, setParticipants] = useState<Participant[]>([]);

  useEffect(() => {
    if (!awareness) {
      setParticipants([]);
      return;
    }
    const update = () => {
      setParticipants(participantsOf(awareness));
    };
    update();
    awareness.on('change', update);
    return () => {
      awareness.off('change', update);
    };
  }, [awareness]);

  return participants;
}
