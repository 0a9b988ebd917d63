import { useEffect, useMemo, useState } from 'react';
import type { Page } from '@treaty/contracts';
import { listDelegations, type PageParams } from '../../lib/api-client';
import { listCoalitions } from '../negotiations/coalitions-api';

export interface DelegationNames {
  /** The coalitions a delegation belongs to: whom else it may speak for. */
  coalitionsOf(delegationId: string): { id: string; name: string }[];
  /** The delegation's name; a short form of the id when it is not (yet) known. */
  name(id: string): string;
  /** A short label for proposer chips: "Aurelia" for "Republic of Aurelia", as the room says it. */
  short(id: string): string;
}

/** Every item of a paged list. */
async function all<T>(list: (page: PageParams) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await list({ limit: 100, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

/**
 * The names of a negotiation's delegations and coalitions — proposers are either — for
 * proposer chips and lists (all pages loaded).
 */
export function useDelegationNames(negotiationId: string): DelegationNames {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const [coalitions, setCoalitions] = useState<{ id: string; name: string; members: string[] }[]>([]);
  useEffect(() => {
    let current = true;
    (async () => {
      const [delegations, groups] = await Promise.all([all((p) => listDelegations(negotiationId, p)), all((p) => listCoalitions(negotiationId, p))]);
      if (!current) return;
      setNames(new Map([...delegations, ...groups].map((d) => [d.id, d.name])));
      setCoalitions(groups.map((g) => ({ id: g.id, name: g.name, members: g.members.map((m) => m.id) })));
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
      coalitionsOf: (delegationId: string) => coalitions.filter((c) => c.members.includes(delegationId)).map(({ id, name }) => ({ id, name })),
    }),
    [names, coalitions],
  );
}

/** "Republic of Aurelia" → "Aurelia": how a delegation is called across the table. */
function shortName(name: string): string {
  return name.split(/\s+of\s+/i).pop() ?? name;
}
