import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SearchHit, SearchHitKind } from '@treaty/contracts';
import { DataSource } from 'typeorm';
import { audienceCondition } from '../comments/comment-audience';
import { uuidArray } from './search-index';
import type { NegotiationScope } from './search-scope';
import { headlineSql, snippetHtml } from './search-snippet';

/** A hit as read, with what orders it among equals (reading order) for stable pages. */
export interface RankedHit {
  hit: SearchHit;
  order: [number, string, number, number];
}

interface HitRow {
  draft_id: string;
  draft_title: string;
  negotiation_id: string;
  clause_id: string;
  article_number: number | null;
  paragraph_number: number | null;
  revision_number?: number | null;
  revision_label?: string | null;
  comment_id?: string | null;
  headline: string;
  rank: number | string;
  tiebreak: number | string;
}

const KIND_ORDER: Record<SearchHitKind, number> = { draft: 0, revision: 1, comment: 2 };

/** Highest rank first; among equals draft text, then revisions, then comments, each in reading order. */
export function byRank(a: RankedHit, b: RankedHit): number {
  if (a.hit.rank !== b.hit.rank) return b.hit.rank - a.hit.rank;
  const [kindA, draftA, subA, tieA] = a.order;
  const [kindB, draftB, subB, tieB] = b.order;
  if (kindA !== kindB) return kindA - kindB;
  if (draftA !== draftB) return draftA < draftB ? -1 : 1;
  return subA - subB || tieA - tieB;
}

// The tsquery is made once per statement; the headline (the costly part) only for the rows kept.
const QUERY = `websearch_to_tsquery('english', :q)`;

/**
 * The three kinds of hit inside one negotiation, each its best `depth` by rank, filtered in SQL
 * to what the scope allows: live text of drafts whose text the person reads, revisions of
 * drafts whose revisions they read, and comments on drafts whose text they read that are
 * within their audience (the same SQL condition the comments list uses, derived from
 * `withinAudience`).
 */
@Injectable()
export class SearchHits {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(scope: NegotiationScope, q: string, depth: number): Promise<RankedHit[]> {
    const [text, revisions, comments] = await Promise.all([
      this.liveText(scope, q, depth),
      this.revisions(scope, q, depth),
      this.comments(scope, q, depth),
    ]);
    return [...text, ...revisions, ...comments];
  }

  private async liveText(scope: NegotiationScope, q: string, depth: number): Promise<RankedHit[]> {
    if (scope.textDraftIds.length === 0) return [];
    const rows = await this.run(
      `SELECT d.id AS draft_id, d.title AS draft_title, d.negotiation_id, k.clause_id, k.article_number, k.paragraph_number,
              ${headlineSql('k.body', QUERY)} AS headline, k.rank, k.position AS tiebreak
         FROM (SELECT s.*, ts_rank(s.words, ${QUERY}) AS rank FROM search_clauses s
                WHERE s.revision_id IS NULL AND s.draft_id = ANY(:drafts::uuid[]) AND s.words @@ ${QUERY}
                ORDER BY rank DESC, s.draft_id, s.position LIMIT :depth) k
         JOIN drafts d ON d.id = k.draft_id
        ORDER BY k.rank DESC, k.draft_id, k.position`,
      { q, drafts: uuidArray(scope.textDraftIds), depth },
    );
    return rows.map((row) => ranked('draft', row, 0));
  }

  private async revisions(scope: NegotiationScope, q: string, depth: number): Promise<RankedHit[]> {
    if (scope.revisionDraftIds.length === 0) return [];
    const rows = await this.run(
      `SELECT d.id AS draft_id, d.title AS draft_title, d.negotiation_id, k.clause_id, k.article_number, k.paragraph_number,
              k.revision_number, k.revision_label,
              ${headlineSql('k.body', QUERY)} AS headline, k.rank, k.position AS tiebreak
         FROM (SELECT s.*, r.number AS revision_number, r.label AS revision_label, ts_rank(s.words, ${QUERY}) AS rank
                 FROM search_clauses s JOIN revisions r ON r.id = s.revision_id
                WHERE s.revision_id IS NOT NULL AND s.draft_id = ANY(:drafts::uuid[]) AND s.words @@ ${QUERY}
                ORDER BY rank DESC, s.draft_id, r.number DESC, s.position LIMIT :depth) k
         JOIN drafts d ON d.id = k.draft_id
        ORDER BY k.rank DESC, k.draft_id, k.revision_number DESC, k.position`,
      { q, drafts: uuidArray(scope.revisionDraftIds), depth },
    );
    // Newer revisions first among equal ranks: the number is negated into the ordering key.
    return rows.map((row) => ranked('revision', row, -(row.revision_number ?? 0)));
  }

  private async comments(scope: NegotiationScope, q: string, depth: number): Promise<RankedHit[]> {
    if (scope.textDraftIds.length === 0) return [];
    const audience = audienceCondition('c', scope.membership);
    const rows = await this.run(
      `SELECT d.id AS draft_id, d.title AS draft_title, d.negotiation_id, k.clause_id, place.article_number, place.paragraph_number,
              k.id AS comment_id, ${headlineSql('k.body', QUERY)} AS headline, k.rank, k.seq AS tiebreak
         FROM (SELECT c.id, c.seq, c.draft_id, c.clause_id, translate(c.body, chr(1) || chr(2), '') AS body,
                      ts_rank(to_tsvector('english', c.body), ${QUERY}) AS rank
                 FROM comments c
                WHERE c.draft_id = ANY(:drafts::uuid[]) AND to_tsvector('english', c.body) @@ ${QUERY} AND ${audience.sql}
                ORDER BY rank DESC, c.draft_id, c.seq LIMIT :depth) k
         JOIN drafts d ON d.id = k.draft_id
         LEFT JOIN LATERAL (SELECT l.article_number, l.paragraph_number FROM search_clauses l
                             WHERE l.source_id = k.draft_id AND l.clause_id = k.clause_id ORDER BY l.position LIMIT 1) place ON TRUE
        ORDER BY k.rank DESC, k.draft_id, k.seq`,
      { ...audience.params, q, drafts: uuidArray(scope.textDraftIds), depth },
    );
    return rows.map((row) => ranked('comment', row, 0));
  }

  private run(sql: string, params: Record<string, unknown>): Promise<HitRow[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params, {});
    return this.dataSource.query(query, values);
  }
}

function ranked(kind: SearchHitKind, row: HitRow, subOrder: number): RankedHit {
  const hit: SearchHit = {
    kind,
    draftId: row.draft_id,
    draftTitle: row.draft_title,
    negotiationId: row.negotiation_id,
    clauseId: row.clause_id,
    articleNumber: row.article_number ?? null,
    paragraphNumber: row.paragraph_number ?? null,
    snippet: snippetHtml(row.headline),
    rank: Number(row.rank),
  };
  if (kind === 'revision') hit.revision = { number: Number(row.revision_number), label: String(row.revision_label) };
  if (kind === 'comment' && row.comment_id) hit.commentId = row.comment_id;
  return { hit, order: [KIND_ORDER[kind], row.draft_id, subOrder, Number(row.tiebreak)] };
}
