import { footnoteDefinition, isLinkDefinition, linkLabels, plainWords } from './markdown-inline';

describe('taking Markdown decoration out of a line', () => {
  const labels = linkLabels(['[source]: http://unfccc.int/x.pdf', '[^1]: A footnote.']);

  it.each([
    ['emphasis around the operative verb', '*[Taking* account of', '[Taking account of'],
    ['strong and strong-emphasis labels', '***Option 2:*** **Collective**', 'Option 2: Collective'],
    ['footnote references', 'Parties[^1] shall[^12]', 'Parties shall'],
    ['a reference link with a defined label', 'the [final draft][source] prepared', 'the final draft prepared'],
    ['bracketed alternatives that look like a reference link', 'In [furtherance][pursuit] of', 'In [furtherance][pursuit] of'],
    ['an inline link to a web address', 'see [the text](http://example.org/a)', 'see the text'],
    ['brackets followed by words in parentheses, which is no link', 'paragraph [x](a) above', 'paragraph [x](a) above'],
    ['strike-through and superscript markers', '~~INTERIM~~ 5^th^', 'INTERIM 5th'],
    ['an HTML comment', 'words <!-- --> more', 'words  more'],
  ])('%s', (_, line, words) => {
    expect(plainWords(line, labels)).toBe(words);
  });

  it('knows link and footnote definitions, and keeps them apart', () => {
    expect([...labels]).toEqual(['source']);
    expect(isLinkDefinition('[source]: http://unfccc.int/x.pdf')).toBe(true);
    expect(isLinkDefinition('[^1]: A footnote.')).toBe(false);
    expect(isLinkDefinition('[Parties]: shall act')).toBe(true);
    expect(isLinkDefinition('[Parties] shall act')).toBe(false);
    expect(footnoteDefinition('[^13]: The Parties noted')).toBe('13');
    expect(footnoteDefinition('[South Africa]')).toBeNull();
  });
});
