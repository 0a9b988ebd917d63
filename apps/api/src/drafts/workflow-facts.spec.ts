import { textFacts } from './workflow-facts';

const run = (text: string, ...brackets: (string | null)[]) => ({
  type: 'text',
  text,
  marks: brackets.map((id) => ({ type: 'bracket', attrs: { id, proposers: [] } })),
});
const paragraph = (...content: object[]) => ({ type: 'paragraph', attrs: { clauseId: 'p' }, content });
const article = (status: string, ...body: object[]) => ({
  type: 'article',
  attrs: { clauseId: 'a', status },
  content: [{ type: 'articleHeading', content: [run('Title')] }, ...body],
});
const doc = (recitals: object[], ...articles: object[]) => ({
  type: 'doc',
  content: [{ type: 'preamble', content: recitals }, ...articles],
});

describe('the facts the workflow guards read from the live text', () => {
  it('finds no zero draft in an empty text', () => {
    expect(textFacts(doc([]))).toEqual({ articleCount: 0, openBrackets: 0, alternatives: 0, articlesNotAgreed: 0 });
  });

  it('counts articles by status, and sets of alternatives', () => {
    const options = {
      type: 'alternatives',
      content: [
        { type: 'alternative', attrs: { proposers: [] }, content: [paragraph(run('Option 1'))] },
        { type: 'alternative', attrs: { proposers: [] }, content: [paragraph(run('Option 2'))] },
      ],
    };
    const text = doc([], article('open', options), article('agreed-ad-ref'), article('agreed'), article('open'));
    expect(textFacts(text)).toMatchObject({ articleCount: 4, articlesNotAgreed: 2, alternatives: 1 });
  });

  it('counts each bracket once, nested, split over runs, inside options and in the preamble', () => {
    const recital = { type: 'recital', content: [run('Recalling ', 'r1')] };
    const nested = paragraph(run('below ', 'outer'), run('1.5', 'outer', 'inner'), run(' °C', 'outer'));
    const anonymous = paragraph(run('one', null), run(' two', null));
    const options = {
      type: 'alternatives',
      content: [{ type: 'alternative', attrs: { proposers: [] }, content: [paragraph(run('x', 'in-option'))] }],
    };
    expect(textFacts(doc([recital], article('open', nested, anonymous, options))).openBrackets).toBe(6);
  });
});
