import type { JSONContent } from '@tiptap/core';
import { updateYFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { YDOC_FIELD } from './clause-status';
import { judgeEdit, type EditorRights } from './edit-rules';
import { treatySchema } from './schema';
import { treatyToYDoc, yDocToTreaty } from './ydoc';

const ARTICLE_1 = 'a1000000-0000-4000-8000-000000000001';
const ARTICLE_2 = 'a2000000-0000-4000-8000-000000000002';

const bracket = (id: string, proposers: string[]) => ({ type: 'bracket', attrs: { id, proposers, reason: 'modify', note: null } });

function treaty(status1 = 'open'): JSONContent {
  return {
    type: 'doc',
    content: [
      { type: 'preamble', content: [{ type: 'recital', attrs: { clauseId: 'r1' }, content: [{ type: 'text', text: 'Recognizing the need,' }] }] },
      {
        type: 'article',
        attrs: { clauseId: ARTICLE_1, status: status1 },
        content: [
          { type: 'articleHeading', content: [{ type: 'text', text: 'Purpose' }] },
          { type: 'paragraph', attrs: { clauseId: 'p11', numbered: true }, content: [{ type: 'text', text: 'Parties shall cooperate.' }] },
        ],
      },
      {
        type: 'article',
        attrs: { clauseId: ARTICLE_2, status: 'open' },
        content: [
          { type: 'articleHeading', content: [{ type: 'text', text: 'Finance' }] },
          {
            type: 'paragraph',
            attrs: { clauseId: 'p21', numbered: true },
            content: [
              { type: 'text', text: 'Developed countries ' },
              { type: 'text', text: 'shall', marks: [bracket('b1', ['AUR'])] },
              { type: 'text', text: ' provide finance.' },
            ],
          },
        ],
      },
    ],
  };
}

const delegate = (...speaksFor: string[]): EditorRights => ({ speaksFor: new Set(speaksFor), chair: false });
const CHAIR: EditorRights = { speaksFor: new Set(), chair: true };

/** A copy of `doc` sharing its history, as a client or the server's probe holds it. */
function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Edits as the editor does (y-tiptap's own diffing), then judges the update on a copy of `server`. */
function judgeEditorChange(server: Y.Doc, edit: (json: JSONContent) => JSONContent, editor: EditorRights) {
  const client = copyOf(server);
  const since = Y.encodeStateVector(client);
  const next = treatySchema().nodeFromJSON(edit(yDocToTreaty(client)));
  client.transact(() => updateYFragment(client, client.getXmlFragment(YDOC_FIELD), next, { mapping: new Map(), isOMark: new Map() }));
  return judgeUpdate(server, Y.encodeStateAsUpdate(client, since), editor);
}

function judgeUpdate(server: Y.Doc, update: Uint8Array, editor: EditorRights) {
  const probe = copyOf(server);
  const origin = Symbol('probe');
  let verdict: ReturnType<typeof judgeEdit> | null = null;
  // Only the update's own transaction: Yjs may follow it with a formatting clean-up of its own.
  probe.on('afterTransaction', (tr: Y.Transaction) => {
    if (tr.origin === origin) verdict = judgeEdit(server, tr, editor);
  });
  Y.applyUpdate(probe, update, origin);
  return verdict;
}

/** Changes the text of the first paragraph of an article (index 1 = first article). */
function setParagraph(json: JSONContent, article: number, content: JSONContent[]): JSONContent {
  const copy = structuredClone(json);
  copy.content![article]!.content![1]!.content = content;
  return copy;
}

describe('edit rules', () => {
  it('lets a delegate edit an open article', () => {
    const server = treatyToYDoc(treaty());
    const verdict = judgeEditorChange(server, (j) => setParagraph(j, 1, [{ type: 'text', text: 'Parties may cooperate.' }]), delegate('AUR'));
    expect(verdict).toMatchObject({ ok: true });
  });

  describe('a locked (agreed) article', () => {
    const server = () => treatyToYDoc(treaty('agreed'));

    it.each([
      ['its words', (j: JSONContent) => setParagraph(j, 1, [{ type: 'text', text: 'Parties may cooperate.' }])],
      ['a new paragraph in it', (j: JSONContent) => {
        const copy = structuredClone(j);
        copy.content![1]!.content!.push({ type: 'paragraph', attrs: { clauseId: 'new', numbered: true }, content: [{ type: 'text', text: 'More.' }] });
        return copy;
      }],
      ['deleting it', (j: JSONContent) => ({ ...j, content: j.content!.filter((_, i) => i !== 1) })],
      ['moving it after article 2', (j: JSONContent) => ({ ...j, content: [j.content![0]!, j.content![2]!, j.content![1]!] })],
      ['its heading', (j: JSONContent) => {
        const copy = structuredClone(j);
        copy.content![1]!.content![0]!.content = [{ type: 'text', text: 'Objective' }];
        return copy;
      }],
    ])('refuses a change to %s, even from the secretariat', (_what, edit) => {
      expect(judgeEditorChange(server(), edit, CHAIR)).toMatchObject({ ok: false, rule: 'locked-clause' });
      expect(judgeEditorChange(server(), edit, delegate('AUR'))).toMatchObject({ ok: false, rule: 'locked-clause' });
    });

    it('lets the other articles change', () => {
      const verdict = judgeEditorChange(server(), (j) => setParagraph(j, 2, [{ type: 'text', text: 'Finance flows.' }]), delegate('AUR'));
      expect(verdict).toMatchObject({ ok: true });
    });

    it('refuses a raw update that reopens it by attribute', () => {
      const s = server();
      const client = copyOf(s);
      const since = Y.encodeStateVector(client);
      (client.getXmlFragment(YDOC_FIELD).get(1) as Y.XmlElement).setAttribute('status', 'open');
      expect(judgeUpdate(s, Y.encodeStateAsUpdate(client, since), CHAIR)).toMatchObject({ ok: false });
    });
  });

  it('refuses a status set through the document rather than the API', () => {
    const server = treatyToYDoc(treaty());
    const verdict = judgeEditorChange(server, (j) => {
      const copy = structuredClone(j);
      copy.content![2]!.attrs = { ...copy.content![2]!.attrs, status: 'agreed' };
      return copy;
    }, CHAIR);
    expect(verdict).toMatchObject({ ok: false, rule: 'clause-status' });
  });

  describe('brackets', () => {
    const withBracket = (marks: JSONContent['marks']) => (j: JSONContent) =>
      setParagraph(j, 1, [{ type: 'text', text: 'Parties ' }, { type: 'text', text: 'shall', marks }, { type: 'text', text: ' cooperate.' }]);

    it('lets a delegate bracket text for their own delegation, and tells what changed', () => {
      expect(judgeEditorChange(treatyToYDoc(treaty()), withBracket([bracket('b2', ['BOR'])]), delegate('BOR'))).toEqual({
        ok: true,
        changes: [{ kind: 'bracket', id: 'b2', before: null, after: ['BOR'] }],
      });
    });

    it('refuses a bracket proposed in another delegation’s name', () => {
      expect(judgeEditorChange(treatyToYDoc(treaty()), withBracket([bracket('b2', ['AUR'])]), delegate('BOR'))).toMatchObject({
        ok: false,
        rule: 'attribution',
      });
    });

    it('lets the secretariat bracket on anyone’s behalf', () => {
      expect(judgeEditorChange(treatyToYDoc(treaty()), withBracket([bracket('b2', ['AUR'])]), CHAIR)).toMatchObject({ ok: true });
    });

    const rebracket = (proposers: string[] | null) => (j: JSONContent) =>
      setParagraph(j, 2, [
        { type: 'text', text: 'Developed countries ' },
        { type: 'text', text: 'shall', ...(proposers ? { marks: [bracket('b1', proposers)] } : {}) },
        { type: 'text', text: ' provide finance.' },
      ]);

    it('lets another delegation join a bracket as co-proposer', () => {
      expect(judgeEditorChange(treatyToYDoc(treaty()), rebracket(['AUR', 'BOR']), delegate('BOR'))).toEqual({
        ok: true,
        changes: [{ kind: 'bracket', id: 'b1', before: ['AUR'], after: ['AUR', 'BOR'] }],
      });
    });

    it('refuses joining in a third delegation’s name, or withdrawing another’s', () => {
      expect(judgeEditorChange(treatyToYDoc(treaty()), rebracket(['AUR', 'CAL']), delegate('BOR'))).toMatchObject({ ok: false });
      expect(judgeEditorChange(treatyToYDoc(treaty()), rebracket([]), delegate('BOR'))).toMatchObject({ ok: false });
    });

    it('refuses removing another delegation’s bracket, by unmarking or by deleting its words', () => {
      expect(judgeEditorChange(treatyToYDoc(treaty()), rebracket(null), delegate('BOR'))).toMatchObject({ ok: false, rule: 'attribution' });
      const deleted = (j: JSONContent) => setParagraph(j, 2, [{ type: 'text', text: 'Developed countries provide finance.' }]);
      expect(judgeEditorChange(treatyToYDoc(treaty()), deleted, delegate('BOR'))).toMatchObject({ ok: false, rule: 'attribution' });
    });

    it('lets the proposer withdraw its own bracket', () => {
      expect(judgeEditorChange(treatyToYDoc(treaty()), rebracket(null), delegate('AUR'))).toMatchObject({ ok: true });
    });

    it('lets a delegate split a paragraph holding another’s bracket (the bracket moves, unchanged: no change to record)', () => {
      const split = (j: JSONContent) => {
        const copy = structuredClone(j);
        copy.content![2]!.content!.splice(1, 1,
          { type: 'paragraph', attrs: { clauseId: 'p21', numbered: true }, content: [{ type: 'text', text: 'Developed countries' }] },
          { type: 'paragraph', attrs: { clauseId: 'p22', numbered: true }, content: [{ type: 'text', text: 'shall', marks: [bracket('b1', ['AUR'])] }, { type: 'text', text: ' provide finance.' }] },
        );
        return copy;
      };
      expect(judgeEditorChange(treatyToYDoc(treaty()), split, delegate('BOR'))).toEqual({ ok: true, changes: [] });
    });
  });

  describe('options', () => {
    const tabled = (proposers: string[]) => (j: JSONContent) => {
      const copy = structuredClone(j);
      const paragraph = copy.content![2]!.content![1]!;
      copy.content![2]!.content![1] = {
        type: 'alternatives',
        attrs: { id: 'alt-1' },
        content: [
          { type: 'alternative', attrs: { proposers: [] }, content: [paragraph] },
          { type: 'alternative', attrs: { proposers }, content: [{ ...paragraph, attrs: { clauseId: 'p21b', numbered: true } }] },
        ],
      };
      return copy;
    };

    it('lets a delegation table another wording beside the one on the table', () => {
      const verdict = judgeEditorChange(treatyToYDoc(treaty()), tabled(['BOR']), delegate('BOR'));
      expect(verdict).toMatchObject({ ok: true, changes: [{ kind: 'option', after: [] }, { kind: 'option', after: ['BOR'] }] });
    });

    it('refuses an option tabled in another delegation’s name, and the removal of others’ options', () => {
      expect(judgeEditorChange(treatyToYDoc(treaty()), tabled(['AUR']), delegate('BOR'))).toMatchObject({ ok: false, rule: 'attribution' });
      const server = treatyToYDoc(treaty());
      const client = copyOf(server);
      const since = Y.encodeStateVector(client);
      const next = treatySchema().nodeFromJSON(tabled(['AUR'])(yDocToTreaty(client)));
      client.transact(() => updateYFragment(client, client.getXmlFragment(YDOC_FIELD), next, { mapping: new Map(), isOMark: new Map() }));
      Y.applyUpdate(server, Y.encodeStateAsUpdate(client, since));
      const withoutOptions = (j: JSONContent) => {
        const copy = structuredClone(j);
        copy.content![2]!.content!.splice(1, 1);
        return copy;
      };
      expect(judgeEditorChange(server, withoutOptions, delegate('BOR'))).toMatchObject({ ok: false, rule: 'attribution' });
      expect(judgeEditorChange(server, withoutOptions, CHAIR)).toMatchObject({ ok: true });
    });
  });

  describe('options of a phrase', () => {
    const offered = (proposers: string[]) => (j: JSONContent) =>
      setParagraph(j, 1, [
        { type: 'text', text: 'Parties ' },
        { type: 'text', text: 'shall', marks: [{ type: 'option', attrs: { set: 'set-1', index: 0, proposers: [] } }] },
        { type: 'text', text: 'should', marks: [{ type: 'option', attrs: { set: 'set-1', index: 1, proposers } }] },
        { type: 'text', text: ' cooperate.' },
      ]);

    it('lets a delegation offer another wording of a phrase in its own name, not in another’s', () => {
      expect(judgeEditorChange(treatyToYDoc(treaty()), offered(['BOR']), delegate('BOR'))).toMatchObject({
        ok: true,
        changes: [
          { kind: 'option', set: 'set-1', id: 'phrase-0', before: null, after: [] },
          { kind: 'option', set: 'set-1', id: 'phrase-1', before: null, after: ['BOR'] },
        ],
      });
      expect(judgeEditorChange(treatyToYDoc(treaty()), offered(['AUR']), delegate('BOR'))).toMatchObject({ ok: false, rule: 'attribution' });
    });
  });
});
