import { countSource } from './source-count';

describe('counting brackets and Option labels on the source', () => {
  it.each([
    ['brackets, nested and adjacent', 'In [furtherance][pursuit] of [the [good] faith]', { open: 4, close: 4, optionLabels: 0 }],
    ['an unbalanced bracket counts as it stands', '[including the principles,]]', { open: 1, close: 2, optionLabels: 0 }],
    ['footnote references and definitions are Markdown, not brackets', 'Parties[^1] act.\n\n[^1]: [South Africa] notes\ncontinued [here].', { open: 0, close: 0, optionLabels: 0 }],
    ['links and link definitions are Markdown too', 'the [final draft][source] and [this](http://x.org)\n[source]: http://unfccc.int', { open: 0, close: 0, optionLabels: 0 }],
    ['an undefined label is two brackets', '[furtherance][label]', { open: 2, close: 2, optionLabels: 0 }],
    ['Option labels, bold, numbered, bracketed or without a space', '**Option 1:** a\n    **Option II** b\n5. ***Option 3:*** c\n**[Option1:** d]\nOptions are open', { open: 1, close: 1, optionLabels: 4 }],
  ])('%s', (_, source, expected) => {
    expect(countSource(source)).toEqual(expected);
  });
});
