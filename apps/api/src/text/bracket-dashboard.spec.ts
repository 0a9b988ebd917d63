import { countBrackets, type BracketText, type TreatyText } from '@treaty/treaty-schema';
import { bracketDashboard } from './bracket-dashboard';

const bracket = (id: string, proposers: string[], text: string): BracketText => ({ id, proposers, reason: null, note: null, text });

const CLEAN_RECITAL = { clauseId: 'r1', text: 'Recalling the Convention,' };

const TEXT: TreatyText = {
  preamble: [
    CLEAN_RECITAL,
    {
      clauseId: 'r2',
      text: 'Acknowledging [common but differentiated responsibilities],',
      brackets: [bracket('b1', ['aurelia'], 'common but differentiated responsibilities')],
      phraseOptions: [{ id: 'o1', options: [{ proposers: ['borealis'], text: 'Acknowledging' }, { proposers: ['aurelia'], text: 'Recognising' }] }],
    },
  ],
  articles: [
    {
      clauseId: 'a1',
      number: 1,
      title: 'Objective',
      status: 'open',
      paragraphs: [{ kind: 'paragraph', clauseId: 'p1', number: 1, text: 'Parties [shall] cooperate.', brackets: [bracket('b2', ['borealis'], 'shall')] }],
    },
    { clauseId: 'a2', number: 2, title: null, status: 'agreed', paragraphs: [{ kind: 'paragraph', clauseId: 'p2', number: 1, text: 'Clean.', brackets: [] }] },
  ],
};

describe('the bracket dashboard', () => {
  it('counts the preamble with the articles, as a revision counts its brackets', () => {
    const dashboard = bracketDashboard(TEXT);
    expect(dashboard.totals).toEqual({ brackets: 2, alternatives: 1, articlesOpen: 1 });
    expect(dashboard.totals.brackets).toBe(countBrackets(TEXT));
    expect(dashboard.preamble).toEqual({
      recitalsOpen: 1,
      brackets: [{ id: 'b1', proposers: ['aurelia'], reason: null, note: null, text: 'common but differentiated responsibilities' }],
      alternatives: [{ id: 'o1', options: [{ proposers: ['borealis'], text: 'Acknowledging' }, { proposers: ['aurelia'], text: 'Recognising' }] }],
    });
    expect(dashboard.articles.map((a) => a.number)).toEqual([1]);
    expect(dashboard.byProposer).toHaveLength(2);
    expect(dashboard.byProposer).toEqual(
      expect.arrayContaining([
        { delegationId: 'aurelia', brackets: 1, options: 1 },
        { delegationId: 'borealis', brackets: 1, options: 1 },
      ]),
    );
  });

  it('has no preamble entry when the recitals are clean', () => {
    expect(bracketDashboard({ ...TEXT, preamble: [CLEAN_RECITAL] }).preamble).toBeNull();
  });
});
