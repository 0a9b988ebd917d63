import type { Awareness } from 'y-protocols/awareness';

/** Someone in the draft, as their awareness state describes them. */
export interface Participant {
  clientId: number;
  name: string;
  delegation: string | null;
  color: string;
  isSelf: boolean;
}

/** What this browser announces for its own caret; the server replaces it for everyone else. */
export interface CaretUser {
  name: string;
  delegation: string | null;
  color: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const COLOUR = /^#[0-9a-f]{3,8}$/i;

function readUser(state: unknown): Omit<Participant, 'clientId' | 'isSelf'> | null {
  if (!isRecord(state) || !isRecord(state['user'])) return null;
  const user = state['user'];
  const name = user['name'];
  if (typeof name !== 'string' || name === '') return null;
  const delegation = typeof user['delegation'] === 'string' ? user['delegation'] : null;
  // Colours end up in style attributes: only plain hex values are taken.
  const color = typeof user['color'] === 'string' && COLOUR.test(user['color']) ? user['color'] : '#7f7f7f';
  return { name, delegation, color };
}

/**
 * Everyone present, you first, then by name. One person in two tabs is listed once: presence
 * answers "who is here", not "how many connections".
 */
export function participantsOf(awareness: Awareness): Participant[] {
  const byPerson = new Map<string, Participant>();
  const entries = [...awareness.getStates().entries()].sort(([a], [b]) =>
    a === awareness.clientID ? -1 : b === awareness.clientID ? 1 : 0,
  );
  for (const [clientId, state] of entries) {
    const user = readUser(state);
    if (!user) continue;
    const key = `${user.name}\u0000${user.delegation ?? ''}`;
    if (!byPerson.has(key)) byPerson.set(key, { ...user, clientId, isSelf: clientId === awareness.clientID });
  }
  return [...byPerson.values()].sort((a, b) =>
    a.isSelf !== b.isSelf ? (a.isSelf ? -1 : 1) : a.name.localeCompare(b.name),
  );
}
