import { useEffect, useMemo, useState } from 'react';
import { listDelegations } from '../../lib/api-client';

export interface DelegationNames {
  /** The delegation's name; a short form of the id when it is not (yet) known. */
  name(id: string): string;
  /** A short label for proposer chips: "Aurelia" for "Republic of Aurelia", as the room says it. */
  short(id: string): string;
}

/** The names of a negotiation's delegations, for proposer chips and lists (all pages loaded). */
export function useDelegationNames(negotiationId: string): DelegationNames {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let current = true;
    (async () => {
      const found = new Map<string, string>();
      let cursor: string | undefined;
      do {
        const page = await listDelegations(negotiationId, { limit: 100, cursor });
        page.items.forEach((d) => found.set(d.id, d.name));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      if (current) setNames(found);
    })().catch(() => undefined);
    return () => {
      current = false;
    };
  }, [negotiationId]);
  // One object per set of names: the editor redraws its chips when it changes, not on every render.
  return useMemo(
    () => ({
      name: (id: string) => names.get(id) ?? `delegation ${id.slice(0, 8)}`,
      short: (id: string) => {
        const name = names.get(id);
        return name ? shortName(name) : id.slice(0, 4);
      },
    }),
    [names],
  );
}

/** "Republic of Aurelia" → "Aurelia": how a delegation is called across the table. */
function shortName(name: string): string {
  return name.split(/\s+of\s+/i).pop() ?? name;
}
