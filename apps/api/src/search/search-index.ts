import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { toTreatyText, yDocToTreaty, type TreatyText } from '@treaty/treaty-schema';
import { DataSource } from 'typeorm';
import { DocumentRegistry } from '../collab/document-registry';
import { Transactions } from '../platform/database/transactions';
import { searchableClauses, type SearchableClause } from './searchable-clauses';
import { MARK_START, MARK_STOP } from './search-snippet';

/** A list of ids (read from the database, so well-formed) as one `uuid[]` parameter, the same on pg and PGlite. */
export const uuidArray = (ids: readonly string[]): string => `{${ids.join(',')}}`;

interface Source {
  sourceId: string;
  draftId: string;
  revisionId: string | null;
  /** For live text: the last stored update the indexed words include. */
  seq: string;
}

/**
 * Keeps `search_clauses` in step with the texts. A draft's live text is indexed through the
 * seq of its last stored update, so whether it is behind is one comparison with the update
 * log; a revision is indexed once, since it never changes. A search first catches up the
 * drafts it is about to look at (`catchUp`), so it never misses words that were stored before
 * it was asked, whatever became of the background refreshes.
 */
@Injectable()
export class SearchIndex {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly documents: DocumentRegistry,
  ) {}

  async catchUp(textDraftIds: readonly string[], revisionDraftIds: readonly string[]): Promise<void> {
    if (textDraftIds.length > 0) {
      const behind: { draft_id: string; last_seq: string }[] = await this.dataSource.query(
        `SELECT d.id AS draft_id, u.last_seq
           FROM unnest($1::uuid[]) AS d (id)
           CROSS JOIN LATERAL (SELECT max(seq) AS last_seq FROM draft_updates WHERE draft_id = d.id) u
           LEFT JOIN search_sources s ON s.source_id = d.id
          WHERE u.last_seq IS NOT NULL AND (s.source_id IS NULL OR s.indexed_seq < u.last_seq)`,
        [uuidArray(textDraftIds)],
      );
      for (const row of behind) await this.indexLiveText(row.draft_id, String(row.last_seq));
    }
    if (revisionDraftIds.length > 0) {
      const missing: { id: string; draft_id: string }[] = await this.dataSource.query(
        `SELECT r.id, r.draft_id FROM revisions r LEFT JOIN search_sources s ON s.source_id = r.id
          WHERE r.draft_id = ANY($1::uuid[]) AND s.source_id IS NULL ORDER BY r.seq`,
        [uuidArray(revisionDraftIds)],
      );
      for (const row of missing) await this.indexRevision(row.id, row.draft_id);
    }
  }

  /** Re-reads the draft's live text and indexes it (nothing is written if it is already current). */
  async refreshLiveText(draftId: string): Promise<void> {
    const rows: { last_seq: string | null }[] = await this.dataSource.query('SELECT max(seq) AS last_seq FROM draft_updates WHERE draft_id = $1', [draftId]);
    const lastSeq = rows[0]?.last_seq;
    if (lastSeq !== null && lastSeq !== undefined) await this.indexLiveText(draftId, String(lastSeq));
  }

  /**
   * `throughSeq` was read before the document: the document holds at least the updates up to
   * it (each is applied before it is stored), so the index never claims words it does not have.
   */
  private async indexLiveText(draftId: string, throughSeq: string): Promise<void> {
    const text = await this.documents.read(draftId, (doc) => toTreatyText(yDocToTreaty(doc)));
    await this.write({ sourceId: draftId, draftId, revisionId: null, seq: throughSeq }, searchableClauses(text));
  }

  private async indexRevision(revisionId: string, draftId: string): Promise<void> {
    const rows: { text: TreatyText }[] = await this.dataSource.query('SELECT text FROM revisions WHERE id = $1', [revisionId]);
    const text = rows[0]?.text;
    if (!text) return;
    await this.write({ sourceId: revisionId, draftId, revisionId, seq: '0' }, searchableClauses(text));
  }

  private write(source: Source, clauses: SearchableClause[]): Promise<void> {
    return this.transactions.run(async (manager) => {
      // Claims the source row (locking it until commit): of two refreshes racing, the second
      // waits, then finds the first already as new as itself and writes nothing.
      const claimed: unknown[] = await manager.query(
        `INSERT INTO search_sources (source_id, draft_id, revision_id, indexed_seq) VALUES ($1, $2, $3, $4)
         ON CONFLICT (source_id) DO UPDATE SET indexed_seq = EXCLUDED.indexed_seq, indexed_at = now()
           WHERE search_sources.indexed_seq < EXCLUDED.indexed_seq
         RETURNING source_id`,
        [source.sourceId, source.draftId, source.revisionId, source.seq],
      );
      if (claimed.length === 0) return;
      await manager.query('DELETE FROM search_clauses WHERE source_id = $1', [source.sourceId]);
      if (clauses.length === 0) return;
      await manager.query(
        `INSERT INTO search_clauses (source_id, draft_id, revision_id, clause_id, article_number, paragraph_number, position, body)
         SELECT $1, $2, $3, c.clause_id, c.article_number, c.paragraph_number, c.position, c.body
           FROM jsonb_to_recordset($4::jsonb) AS c (clause_id text, article_number int, paragraph_number int, position int, body text)`,
        [source.sourceId, source.draftId, source.revisionId, JSON.stringify(clauses.map(toRecord))],
      );
    });
  }
}

const toRecord = (c: SearchableClause) => ({
  clause_id: c.clauseId,
  article_number: c.articleNumber,
  paragraph_number: c.paragraphNumber,
  position: c.position,
  // NUL cannot be stored in text; the markers of a headline must never come from the words.
  body: ['\u0000', MARK_START, MARK_STOP].reduce((text, marker) => text.replaceAll(marker, ''), c.body),
});
