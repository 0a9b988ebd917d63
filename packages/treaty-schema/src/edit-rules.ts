import * as Y from 'yjs';
import { YDOC_FIELD, type ClauseStatus } from './clause-status';
import { articlesOf, isBracketKey, isOptionKey } from './ydoc-walk';

/** Who is making a change to the shared document, as the server knows them. */
export interface EditorRights {
  /** The delegations this person may speak for (their own, and coalitions it belongs to). */
  speaksFor: ReadonlySet<string>;
  /** The secretariat compiles the text: it may bracket on anyone's behalf and remove brackets. */
  chair: boolean;
}

export type EditRule = 'locked-clause' | 'clause-status' | 'attribution';
/** A bracket or an option that appeared, changed proposers, or went: what the audit log records. */
export interface ProposalChange {
  kind: 'bracket' | 'option';
  /** A bracket's id; for an option, its identity in the document (`client:clock`). */
  id: string;
  /** For an option: the id of its set of alternatives (null when the set has none). */
  set?: string | null;
  before: string[] | null;
  after: string[] | null;
}

export type EditVerdict = { ok: true; changes: ProposalChange[] } | { ok: false; rule: EditRule; reason: string };

const OK: EditVerdict = { ok: true, changes: [] };

/**
 * Judges a change by the state it produces, never by filtering parts of it: `tr` is the
 * transaction that applied the change to a copy of `before`; the verdict is for all of it.
 * - No change may touch an agreed (locked) article: its words, paragraphs, attributes, or the
 *   article itself.
 * - Clause status is the secretariat's, set through the API: no change may alter it.
 * - Brackets and options carry who proposed them: a delegate adds or withdraws only the
 *   delegations they speak for, and removes only brackets those delegations alone proposed.
 */
export function judgeEdit(before: Y.Doc, tr: Y.Transaction, editor: EditorRights): EditVerdict {
  const { added, removed } = itemsOf(tr);
  const statuses = articleStatuses(before);
  const touched = [...added, ...removed];

  for (const item of touched) {
    const article = articleOf(item);
    const clauseId = article ? rawAttribute(article, 'clauseId') : null;
    if (clauseId && statuses.get(clauseId) === 'agreed') {
      return { ok: false, rule: 'locked-clause', reason: `Article ${articleNumber(before, clauseId)} is agreed and locked` };
    }
  }

  for (const article of new Set(touched.filter((i) => i.parentSub === 'status').map((i) => i.parent))) {
    if (!(article instanceof Y.XmlElement) || article.nodeName !== 'article' || article._item?.deleted) continue;
    const clauseId = rawAttribute(article, 'clauseId');
    const expected = (clauseId && statuses.get(clauseId)) || 'open';
    if ((article.getAttribute('status') ?? 'open') !== expected) {
      return { ok: false, rule: 'clause-status', reason: 'Clause status is set by the secretariat' };
    }
  }

  if (!touched.some(concernsProposers)) return OK;
  const changes = proposalChanges(proposals(before), proposals(tr.doc));
  if (editor.chair) return { ok: true, changes };
  const refusal = judgeAttribution(changes, editor);
  return refusal ?? { ok: true, changes };
}

/** The status of each article that is not open, by clauseId. */
export function articleStatuses(doc: Y.Doc): Map<string, ClauseStatus> {
  const statuses = new Map<string, ClauseStatus>();
  for (const node of articlesOf(doc)) {
    const clauseId = node.getAttribute('clauseId');
    const status = node.getAttribute('status') as ClauseStatus | undefined;
    if (clauseId && status && status !== 'open') statuses.set(clauseId, status);
  }
  return statuses;
}

/** An article's number (its position), by clauseId. */
function articleNumber(doc: Y.Doc, clauseId: string): number {
  return articlesOf(doc).findIndex((a) => a.getAttribute('clauseId') === clauseId) + 1;
}

/** Every item the transaction created and every item it deleted. */
function itemsOf(tr: Y.Transaction): { added: Y.Item[]; removed: Y.Item[] } {
  const added: Y.Item[] = [];
  for (const [client, afterClock] of tr.afterState) {
    const beforeClock = tr.beforeState.get(client) ?? 0;
    if (afterClock <= beforeClock) continue;
    const structs = tr.doc.store.clients.get(client) ?? [];
    for (let i = Y.findIndexSS(structs, beforeClock); i < structs.length; i++) {
      const struct = structs[i];
      if (struct instanceof Y.Item) added.push(struct);
    }
  }
  const removed: Y.Item[] = [];
  Y.iterateDeletedStructs(tr, tr.deleteSet, (struct) => {
    if (struct instanceof Y.Item) removed.push(struct);
  });
  return { added, removed };
}

/** The article an item lies in, or is. */
function articleOf(item: Y.Item): Y.XmlElement | null {
  const own = item.content instanceof Y.ContentType ? item.content.type : null;
  if (own instanceof Y.XmlElement && own.nodeName === 'article') return own;
  let type = item.parent instanceof Y.AbstractType ? item.parent : null;
  while (type) {
    if (type instanceof Y.XmlElement && type.nodeName === 'article') return type;
    const parent: unknown = type._item?.parent;
    type = parent instanceof Y.AbstractType ? parent : null;
  }
  return null;
}

/** An attribute's value even when the element was just deleted (getAttribute hides those). */
function rawAttribute(element: Y.XmlElement, key: string): string | null {
  const item = element._map.get(key);
  const value: unknown = item?.content.getContent()[0];
  return typeof value === 'string' ? value : null;
}


function concernsProposers(item: Y.Item): boolean {
  if (item.content instanceof Y.ContentFormat) return isBracketKey(item.content.key) || isOptionKey(item.content.key);
  if (item.parentSub === 'proposers') return true;
  const type = item.content instanceof Y.ContentType ? item.content.type : null;
  return type instanceof Y.XmlElement && (type.nodeName === 'alternative' || type.nodeName === 'alternatives');
}

/** What differs between two listings of proposals, key by key. */
function proposalChanges(was: Map<string, Set<string>>, now: Map<string, Set<string>>): ProposalChange[] {
  const changes: ProposalChange[] = [];
  for (const key of new Set([...was.keys(), ...now.keys()])) {
    const before = was.get(key);
    const after = now.get(key);
    if (before && after && difference(before, after).length === 0 && difference(after, before).length === 0) continue;
    const kind = key.startsWith('option ') ? 'option' : 'bracket';
    const rest = key.slice(kind.length + 1);
    const [set = '-', element = ''] = rest.split(' ');
    const where = kind === 'option' ? { id: element, set: set === '-' ? null : set } : { id: rest };
    changes.push({ kind, ...where, before: before ? [...before] : null, after: after ? [...after] : null });
  }
  return changes;
}

/** A delegate speaks only for their own: the first change that speaks for someone else, refused. */
function judgeAttribution(changes: ProposalChange[], editor: EditorRights): EditVerdict | null {
  const foreign = (names: Iterable<string>) => [...names].filter((d) => !editor.speaksFor.has(d));
  for (const { kind, id, before, after } of changes) {
    const key = `${kind} ${id}`;
    if (!before && after) {
      // An option with no proposer is the wording already on the table, set beside a new one.
      const unattributed = after.length === 0 && kind === 'bracket';
      if (unattributed || foreign(after).length > 0) return refuseAttribution(key, 'propose on behalf of another delegation');
    } else if (before && after) {
      const moved = [...difference(new Set(after), new Set(before)), ...difference(new Set(before), new Set(after))];
      if (foreign(moved).length > 0) return refuseAttribution(key, "change another delegation's proposal");
    } else if (before && (before.length === 0 || foreign(before).length > 0)) {
      return refuseAttribution(key, 'remove what another delegation proposed; the secretariat resolves it');
    }
  }
  return null;
}

function refuseAttribution(key: string, what: string): EditVerdict {
  return { ok: false, rule: 'attribution', reason: `A delegation may not ${what} (${key})` };
}

const difference = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((x) => !b.has(x));

/**
 * Every bracket (`bracket <id>`) and every option with its proposers: a paragraph option as
 * `option <set id> <element identity>` (the identity shared by all copies of the document), a
 * phrase option as `option <set id> phrase-<n>`.
 */
function proposals(doc: Y.Doc): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const visit = (node: Y.XmlElement | Y.XmlText | Y.XmlHook | Y.XmlFragment) => {
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as { attributes?: Record<string, unknown> }[]) {
        for (const [key, value] of Object.entries(op.attributes ?? {})) {
          const attrs = value as { id?: unknown; set?: unknown; index?: unknown; proposers?: unknown } | null;
          const name =
            isBracketKey(key) && typeof attrs?.id === 'string'
              ? `bracket ${attrs.id}`
              : isOptionKey(key) && typeof attrs?.set === 'string'
                ? `option ${attrs.set} phrase-${Number(attrs.index ?? 0)}`
                : null;
          if (!name) continue;
          const proposers = found.get(name) ?? new Set<string>();
          for (const p of Array.isArray(attrs?.proposers) ? attrs.proposers : []) if (typeof p === 'string') proposers.add(p);
          found.set(name, proposers);
        }
      }
      return;
    }
    if (node instanceof Y.XmlElement && node.nodeName === 'alternative' && node._item) {
      const proposers = node.getAttribute('proposers') as unknown;
      const id = `${node._item.id.client}:${node._item.id.clock}`;
      const set = node.parent instanceof Y.XmlElement ? node.parent.getAttribute('id') : null;
      found.set(`option ${set ?? '-'} ${id}`, new Set(Array.isArray(proposers) ? proposers.filter((p) => typeof p === 'string') : []));
    }
    if (node instanceof Y.XmlElement || node instanceof Y.XmlFragment) node.toArray().forEach(visit);
  };
  visit(doc.getXmlFragment(YDOC_FIELD));
  return found;
}

/**
 * Whether two copies agree on what is negotiated: every article's status, the words of every
 * agreed article, and every bracket's and option's proposers. Used to check that a refused
 * change was undone exactly.
 */
export function sameNegotiatedState(a: Y.Doc, b: Y.Doc): boolean {
  const statusesA = articleStatuses(a);
  const statusesB = articleStatuses(b);
  if (JSON.stringify([...statusesA]) !== JSON.stringify([...statusesB])) return false;
  const locked = (doc: Y.Doc) =>
    articlesOf(doc)
      .filter((n) => n.getAttribute('status') === 'agreed')
      .map((n) => n.toString());
  if (JSON.stringify(locked(a)) !== JSON.stringify(locked(b))) return false;
  const proposers = (doc: Y.Doc) => JSON.stringify([...proposals(doc)].map(([k, v]) => [k, [...v].sort()]).sort());
  return proposers(a) === proposers(b);
}
