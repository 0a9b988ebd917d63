import type { TreatyText } from './treaty-text';

/**
 * Everything a file made from a draft shows, whatever its format (Akoma Ntoso, DOCX, PDF):
 * the text as structure plus what a reader of the file needs to trust and read it — which
 * revision it is (symbol, hash), who the proposers named in brackets are, and the clauses'
 * citations of registered instruments.
 */
export interface DocumentSource {
  draft: { id: string; title: string };
  negotiation: { id: string; title: string };
  /** null when the file is of the live text, not of an issued revision. */
  revision: { number: number; label: string; symbol: string; sha256: string; issuedAt: string } | null;
  /** When the file was made (ISO 8601). */
  generatedAt: string;
  text: TreatyText;
  /** The delegations and coalitions whose ids appear as proposers in the text. */
  parties: DocumentParty[];
  /** The concordance: provisions of registered instruments cited by clauses of this text. */
  citations: DocumentCitation[];
}

export interface DocumentParty {
  id: string;
  name: string;
  kind: 'delegation' | 'coalition';
}

export interface DocumentCitation {
  clauseId: string;
  instrument: { id: string; name: string; year: number | null; binding: string | null };
  /** The provision cited, as its instrument numbers it ("Article 5(1)(a)", "Principle 1.2"). */
  provision: string;
}
