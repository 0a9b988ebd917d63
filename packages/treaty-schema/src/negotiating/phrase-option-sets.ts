/**
 * `[a][b][c]`: brackets written against each other, with nothing between the `]` and the next
 * `[`, are the UN way of offering competing wordings of one phrase — one set of options.
 * `[a] [b]` (with a space) is not: negotiators also write independent optional words side by
 * side ("[prepare] communicate [maintain] [fulfil]"), and a space cannot tell the two apart, so
 * spaced brackets stay separate brackets, each of which can be dropped or kept on its own.
 */
export interface OptionSets {
  /** Pair index → its set and its place in the set (0 = the first wording). */
  membership: Map<number, { set: number; index: number }>;
  /** One id per set, filled in by the caller. */
  ids: string[];
}

/** Where a pair's `[` and `]` stand in the scope's characters, and in which of its texts. */
export interface PairPosition {
  open: number;
  close: number;
  openText: number;
  closeText: number;
}

/** `pairs` in reading order; options never run from one paragraph into the next. */
export function findOptionSets(pairs: readonly PairPosition[]): OptionSets {
  const byOpen = new Map(pairs.map((p, i) => [p.open, { pair: p, index: i }]));
  const membership: OptionSets['membership'] = new Map();
  let sets = 0;
  const after = (p: PairPosition) => {
    const candidate = byOpen.get(p.close + 1);
    return candidate && candidate.pair.openText === p.closeText ? candidate : undefined;
  };
  pairs.forEach((pair, i) => {
    if (membership.has(i)) return;
    const chain = [i];
    for (let next = after(pair); next; next = after(next.pair)) chain.push(next.index);
    if (chain.length < 2) return;
    chain.forEach((member, index) => membership.set(member, { set: sets, index }));
    sets += 1;
  });
  return { membership, ids: [] };
}
