import type { AlternativesText, ArticleText, ParagraphText, RecitalText, TreatyText } from '@treaty/treaty-schema';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { alternativeEid, alternativesEid, articleEid, paragraphEid, recitalEid } from './element-ids';
import { ALTERNATIVE, ALTERNATIVES, TW_NS, tw } from './vocabulary';
import type { WordsWriter } from './write-words';

/**
 * The preamble and body of an export. Each clause keeps its id as the element's GUID, which the
 * schema requires to be unique; a clause id seen twice (a copy not yet given its own) goes in
 * `tw:clauseId` instead, so the file stays valid and import still restores it. Records where
 * each clause went, for the citations written into the metadata afterwards.
 */
export class BodyWriter {
  readonly clauseEids = new Map<string, string>();
  private readonly guids = new Set<string>();

  constructor(private readonly words: WordsWriter) {}

  preamble(parent: XMLBuilder, recitals: RecitalText[]): void {
    if (recitals.length === 0) return;
    const list = parent.ele('preamble').ele('recitals');
    recitals.forEach((recital, index) => {
      const eId = recitalEid(index);
      const element = list.ele('recital', { eId });
      this.clause(element, eId, recital.clauseId);
      this.words.write(element.ele('p'), recital);
    });
  }

  body(parent: XMLBuilder, text: TreatyText): void {
    const body = parent.ele('body');
    // The schema wants something in a body; a treaty with no article yet says so.
    if (text.articles.length === 0) body.ele('hcontainer', { name: 'empty', eId: 'body__empty' }).ele('content').ele('p');
    for (const article of text.articles) this.article(body, article);
  }

  private article(body: XMLBuilder, article: ArticleText): void {
    const eId = articleEid(article.number);
    const element = body.ele('article', { eId });
    this.clause(element, eId, article.clauseId);
    element.att(TW_NS, tw('status'), article.status);
    element.ele('num').txt(`Article ${article.number}`);
    if (article.title !== null) element.ele('heading').txt(article.title);
    let unnumbered = 0;
    article.paragraphs.forEach((item, position) => {
      if (item.kind === 'alternatives') this.alternatives(element, eId, item, position + 1);
      else this.paragraph(element, paragraphEid(eId, item.number, item.number === null ? ++unnumbered : unnumbered), item);
    });
  }

  private paragraph(parent: XMLBuilder, eId: string, paragraph: ParagraphText): void {
    const element = parent.ele('paragraph', { eId });
    this.clause(element, eId, paragraph.clauseId);
    if (paragraph.number !== null) element.ele('num').txt(`${paragraph.number}.`);
    this.words.write(element.ele('content').ele('p'), paragraph);
  }

  /** Whole-paragraph options: `hcontainer name="alternatives"` holding one `hcontainer name="alternative"` each. */
  private alternatives(parent: XMLBuilder, article: string, alternatives: AlternativesText, position: number): void {
    const eId = alternativesEid(article, alternatives.number, position);
    const element = parent.ele('hcontainer', { name: ALTERNATIVES, eId });
    if (alternatives.id) element.att(TW_NS, tw('id'), alternatives.id);
    if (alternatives.number !== null) element.ele('num').txt(`${alternatives.number}.`);
    alternatives.options.forEach((option, index) => {
      const optionEid = alternativeEid(eId, index);
      const container = element.ele('hcontainer', { name: ALTERNATIVE, eId: optionEid });
      this.words.proposers(container, option.proposers);
      container.ele('num').txt(`Option ${index + 1}`);
      option.paragraphs.forEach((paragraph, i) => this.paragraph(container, paragraphEid(optionEid, null, i + 1), paragraph));
    });
  }

  private clause(element: XMLBuilder, eId: string, clauseId: string | null): void {
    if (clauseId === null) return;
    if (!this.clauseEids.has(clauseId)) this.clauseEids.set(clauseId, eId);
    if (this.guids.has(clauseId)) {
      element.att(TW_NS, tw('clauseId'), clauseId);
    } else {
      this.guids.add(clauseId);
      element.att('GUID', clauseId);
    }
  }
}
