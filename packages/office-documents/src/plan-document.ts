import type { AlternativesText, ArticleText, ClauseStatus, DocumentSource, ParagraphText } from '@treaty/treaty-schema';
import { bracketedWords } from './bracketed-words';
import { Concordance } from './concordance';
import type { DocumentPlan, Note, PlannedParagraph, PlannedSection, Piece } from './document-plan';
import { NoteBook } from './note-book';
import { partyNames } from './party-names';

export const LIVE_TEXT = 'Live text — not an issued revision';

const STATUS_LABELS: Record<ClauseStatus, string | null> = {
  open: null,
  'agreed-ad-ref': '(agreed ad ref.)',
  agreed: '(agreed)',
};

/** Decides everything a paper copy of `source` shows; see DocumentPlan. */
export function planDocument(source: DocumentSource): DocumentPlan {
  const notes = new NoteBook(partyNames(source.parties));
  const concordance = new Concordance(source.citations);
  const { revision } = source;
  const preamble = section(notes, () => ({
    heading: 'Preamble',
    title: null,
    status: null,
    paragraphs: source.text.preamble.map((recital, i) => ({
      label: null,
      indent: 0,
      pieces: bracketedWords(recital, `recital-${i}`, notes),
    })),
    concordance: concordance.forPreamble(source.text.preamble),
  }));
  const articles = source.text.articles.map((article) => section(notes, () => planArticle(article, notes, concordance)));
  return {
    negotiationTitle: source.negotiation.title,
    title: source.draft.title,
    status: revision ? `${revision.label} — issued ${revision.issuedAt.slice(0, 10)}` : `${LIVE_TEXT} (as of ${source.generatedAt.slice(0, 16).replace('T', ' ')} UTC)`,
    header: revision
      ? { symbol: revision.symbol, label: revision.label, sha256: revision.sha256 }
      : { symbol: null, label: LIVE_TEXT, sha256: null },
    preamble,
    articles,
    notes: notes.notes,
    unplacedCitations: concordance.unplaced(),
  };
}

/** Builds a section and gathers the notes its words refer to, for formats that print notes per section. */
function section(notes: NoteBook, build: () => Omit<PlannedSection, 'notes'>): PlannedSection {
  const planned = build();
  const numbers = new Set(planned.paragraphs.flatMap((p) => p.pieces).flatMap((piece) => (piece.kind === 'note' ? [piece.number] : [])));
  const referred: Note[] = notes.notes.filter((note) => numbers.has(note.number));
  return { ...planned, notes: referred };
}

function planArticle(article: ArticleText, notes: NoteBook, concordance: Concordance): Omit<PlannedSection, 'notes'> {
  const scope = article.clauseId ?? `article-${article.number}`;
  return {
    heading: `Article ${article.number}`,
    title: article.title,
    status: STATUS_LABELS[article.status],
    paragraphs: article.paragraphs.flatMap((block, i) =>
      block.kind === 'paragraph' ? [planParagraph(block, `${scope}/${i}`, notes, 1)] : planAlternatives(block, `${scope}/${i}`, notes),
    ),
    concordance: concordance.forArticle(article),
  };
}

function planParagraph(paragraph: ParagraphText, scope: string, notes: NoteBook, indent: 1 | 2): PlannedParagraph {
  return {
    label: paragraph.number === null ? null : `${paragraph.number}.`,
    indent,
    pieces: bracketedWords(paragraph, paragraph.clauseId ?? scope, notes),
  };
}

/** "3. Option 1:¹" then its paragraphs indented, then "Option 2:²" …: whole competing paragraphs. */
function planAlternatives(block: AlternativesText, scope: string, notes: NoteBook): PlannedParagraph[] {
  const key = block.id ?? scope;
  return block.options.flatMap((option, i) => {
    const note = notes.option(`${key}/${i}`, i, block.options.length, option.proposers);
    const heading: Piece[] = [{ kind: 'text', text: `Option ${i + 1}:`, strong: true }, ...(note === null ? [] : [{ kind: 'note' as const, number: note }])];
    return [
      { label: i === 0 && block.number !== null ? `${block.number}.` : null, indent: 1 as const, pieces: heading },
      ...option.paragraphs.map((p, j) => planParagraph(p, `${key}/${i}/${j}`, notes, 2)),
    ];
  });
}
