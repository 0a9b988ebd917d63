import type { ArticleText, DocumentCitation, RecitalText } from '@treaty/treaty-schema';

/**
 * The clause citations, printed with the section whose clause cites them ("paragraph 2:
 * Convention on Biological Diversity (1992), Article 8(j)") so a reader sees them where the
 * words are.
 */
export class Concordance {
  private readonly placed = new Set<DocumentCitation>();

  constructor(private readonly citations: readonly DocumentCitation[]) {}

  forPreamble(recitals: readonly RecitalText[]): string[] {
    return recitals.flatMap((recital, i) => this.lines(recital.clauseId, `recital ${i + 1}`));
  }

  forArticle(article: ArticleText): string[] {
    const own = this.lines(article.clauseId, 'the article');
    const paragraphs = article.paragraphs.flatMap((block) =>
      block.kind === 'paragraph'
        ? this.lines(block.clauseId, block.number === null ? 'unnumbered paragraph' : `paragraph ${block.number}`)
        : block.options.flatMap((option, i) =>
            option.paragraphs.flatMap((p) => this.lines(p.clauseId, `paragraph ${block.number ?? ''}, option ${i + 1}`.replace(' ,', ','))),
          ),
    );
    return [...own, ...paragraphs];
  }

  /** Call after every section is planned: what no clause of this text claimed. */
  unplaced(): string[] {
    return this.citations.filter((c) => !this.placed.has(c)).map((c) => this.describe(c));
  }

  private lines(clauseId: string | null, where: string): string[] {
    if (clauseId === null) return [];
    return this.citations
      .filter((c) => c.clauseId === clauseId)
      .map((c) => {
        this.placed.add(c);
        return `${where}: ${this.describe(c)}`;
      });
  }

  private describe({ instrument, provision }: DocumentCitation): string {
    const year = instrument.year === null ? '' : ` (${instrument.year})`;
    return `${instrument.name}${year}, ${provision}`;
  }
}
