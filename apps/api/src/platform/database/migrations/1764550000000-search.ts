import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Full-text search over the live text, the revisions and the comments of drafts.
 *
 * Live text lives in Yjs, so its words are copied here clause by clause. Revisions are jsonb
 * nested four levels deep (articles → alternatives → options → paragraphs): an expression index
 * would need a hand-written flattening function, and a hit still needs its clause, article and
 * paragraph. So they are copied here too, once each (they never change). Comments are plain
 * rows: an expression index on their body is enough.
 *
 * 'english' is named in every expression: `to_tsvector` with a constant configuration is
 * immutable (so it may be indexed and generated), and PGlite ships the same snowball stemmers.
 */
export class Search1764550000000 implements MigrationInterface {
  name = 'Search1764550000000';

  async up(q: QueryRunner): Promise<void> {
    // One row per indexed text: a draft's live text (source_id = draft id, indexed through the
    // update seq it covers) or a revision (source_id = revision id). Its row lock serialises
    // two refreshes of the same text.
    await q.query(`
      CREATE TABLE search_sources (
        source_id uuid PRIMARY KEY,
        draft_id uuid NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
        revision_id uuid REFERENCES revisions (id) ON DELETE CASCADE,
        indexed_seq bigint NOT NULL,
        indexed_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK ((revision_id IS NULL AND source_id = draft_id) OR source_id = revision_id)
      )`);
    await q.query(`
      CREATE TABLE search_clauses (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        source_id uuid NOT NULL REFERENCES search_sources (source_id) ON DELETE CASCADE,
        draft_id uuid NOT NULL,
        revision_id uuid,
        clause_id text NOT NULL,
        article_number int,
        paragraph_number int,
        position int NOT NULL,
        body text NOT NULL,
        words tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED
      )`);
    await q.query(`CREATE INDEX search_clauses_words ON search_clauses USING GIN (words)`);
    await q.query(`CREATE INDEX search_clauses_by_source ON search_clauses (source_id, clause_id)`);
    await q.query(`CREATE INDEX comments_words ON comments USING GIN (to_tsvector('english', body))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX comments_words`);
    await q.query(`DROP TABLE search_clauses`);
    await q.query(`DROP TABLE search_sources`);
  }
}
