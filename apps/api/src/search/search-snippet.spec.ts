import { MARK_START, MARK_STOP, snippetHtml } from './search-snippet';

describe('snippetHtml', () => {
  it.each([
    ['plain words stay as they are', 'Parties shall cooperate', 'Parties shall cooperate'],
    ['matches become <mark>', `Parties shall ${MARK_START}cooperate${MARK_STOP}`, 'Parties shall <mark>cooperate</mark>'],
    ['an author’s tags are escaped, around a match too', `<script>${MARK_START}x${MARK_STOP}</script>`, '&lt;script&gt;<mark>x</mark>&lt;/script&gt;'],
    ['quotes and ampersands are escaped', `"A" & 'B'`, '&quot;A&quot; &amp; &#39;B&#39;'],
    ['a typed-in <mark> is text, not a highlight', '<mark>not mine</mark>', '&lt;mark&gt;not mine&lt;/mark&gt;'],
  ])('%s', (_, headline, html) => {
    expect(snippetHtml(headline)).toBe(html);
  });
});
