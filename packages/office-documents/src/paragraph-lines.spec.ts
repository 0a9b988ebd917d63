import { paragraphLines } from './paragraph-lines';

describe('a paragraph line by line', () => {
  it('splits at line breaks, keeping brackets and notes with their words even across lines', () => {
    expect(
      paragraphLines([
        { kind: 'text', text: 'Parties shall:\n(a) report; ' },
        { kind: 'bracket', text: '[' },
        { kind: 'text', text: 'and\n(b) review' },
        { kind: 'bracket', text: ']' },
        { kind: 'note', number: 1 },
        { kind: 'text', text: '.' },
      ]),
    ).toEqual([
      [{ kind: 'text', text: 'Parties shall:' }],
      [{ kind: 'text', text: '(a) report; ' }, { kind: 'bracket', text: '[' }, { kind: 'text', text: 'and' }],
      [{ kind: 'text', text: '(b) review' }, { kind: 'bracket', text: ']' }, { kind: 'note', number: 1 }, { kind: 'text', text: '.' }],
    ]);
  });

  it('starts with the first item when the text starts with a break, leaving no empty line', () => {
    expect(paragraphLines([{ kind: 'text', text: '\n(1) first;\n(2) second.' }])).toEqual([
      [{ kind: 'text', text: '(1) first;' }],
      [{ kind: 'text', text: '(2) second.' }],
    ]);
  });

  it('leaves a paragraph without breaks as one line', () => {
    expect(paragraphLines([{ kind: 'text', text: 'One line.', strong: true }])).toEqual([[{ kind: 'text', text: 'One line.', strong: true }]]);
  });
});
