import type { NegotiatedWords } from '@treaty/treaty-schema';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { layerTree, type LayerChild } from './inline-layers';
import { INLINE_BRACKET, INLINE_OPTION, TW_NS, partyEid, tw } from './vocabulary';

/**
 * Writes a paragraph's or recital's words into an AKN `<p>`: plain text, `<br/>` for line
 * breaks, and `<inline name="bracket">` / `<inline name="option">` for what is not agreed.
 * Every fragment repeats its bracket's or option's attributes, so any one of them is enough to
 * read it back.
 */
export class WordsWriter {
  constructor(private readonly declaredParties: ReadonlySet<string>) {}

  write(p: XMLBuilder, words: NegotiatedWords & { text: string }): void {
    this.children(p, layerTree(words), words);
  }

  private children(parent: XMLBuilder, children: LayerChild[], words: NegotiatedWords): void {
    for (const child of children) {
      if (typeof child === 'string') {
        child.split('\n').forEach((line, i) => {
          if (i > 0) parent.ele('br');
          if (line) parent.txt(line);
        });
        continue;
      }
      const { layer } = child;
      const inline = parent.ele('inline', { name: layer.kind === 'bracket' ? INLINE_BRACKET : INLINE_OPTION });
      if (layer.kind === 'bracket') {
        const bracket = words.brackets?.[layer.index];
        inline.att(TW_NS, tw('bracket'), String(layer.index));
        if (bracket?.id) inline.att(TW_NS, tw('id'), bracket.id);
        this.proposers(inline, bracket?.proposers ?? []);
        if (bracket?.reason) inline.att(TW_NS, tw('reason'), bracket.reason);
        if (bracket?.note !== null && bracket?.note !== undefined) inline.att(TW_NS, tw('note'), bracket.note);
      } else {
        const set = words.phraseOptions?.[layer.set];
        const position = optionPosition(words, layer.set, layer.index);
        inline.att(TW_NS, tw('set'), set?.id ?? `set-${layer.set}`);
        inline.att(TW_NS, tw('index'), String(layer.index));
        this.proposers(inline, set?.options[position]?.proposers ?? []);
      }
      this.children(inline, child.children, words);
    }
  }

  /** Exact ids for import; `refersTo` the declared parties for any AKN reader. */
  proposers(element: XMLBuilder, proposers: string[]): void {
    if (proposers.length === 0) return;
    element.att(TW_NS, tw('proposers'), proposers.join(' '));
    const refs = proposers.filter((id) => this.declaredParties.has(id)).map((id) => `#${partyEid(id)}`);
    if (refs.length > 0) element.att('refersTo', refs.join(' '));
  }
}

/**
 * The read model lists a set's options in order of their index, which need not run 0, 1, 2 (an
 * option may have been taken out): the option with index `index` is at this position.
 */
function optionPosition(words: NegotiatedWords, set: number, index: number): number {
  const indexes = new Set<number>();
  for (const run of words.runs ?? []) if (run.option?.set === set) indexes.add(run.option.index);
  return [...indexes].sort((a, b) => a - b).indexOf(index);
}
