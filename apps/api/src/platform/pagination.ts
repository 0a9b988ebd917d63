import type { Page, PageQuery } from '@treaty/contracts';
import { invalid } from '@treaty/domain';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Keyset pagination on each table's `seq` (an identity column): insertion order, stable under
 * concurrent inserts, exact even for rows written in one transaction, and no OFFSET scans.
 * The cursor is the last `seq` seen, base64url-wrapped so clients treat it as opaque.
 */
const encode = (seq: string): string => Buffer.from(`s${seq}`).toString('base64url');

function decode(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^s(\d{1,18})$/.exec(raw);
  if (!match?.[1]) throw invalid('cursor', 'not a cursor this API gave out');
  return match[1];
}

export async function paginate<T extends ObjectLiteral & { seq: string }>(
  query: SelectQueryBuilder<T>,
  alias: string,
  page: PageQuery,
): Promise<Page<T>> {
  if (page.cursor) query.andWhere(`${alias}.seq > :afterSeq`, { afterSeq: decode(page.cursor) });
  const rows = await query
    .orderBy(`${alias}.seq`, 'ASC')
    .take(page.limit + 1)
    .getMany();
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > page.limit && last ? encode(last.seq) : null };
}
