import type { Page, PageQuery } from '@treaty/contracts';
import { DomainError } from '@treaty/domain';
import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';

/** Keyset pagination on (created_at, id): stable under inserts, no OFFSET scans. */
interface Keyed {
  createdAt: Date;
  id: string;
}

const encode = (row: Keyed): string =>
  Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url');

function decode(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      !Number.isNaN(Date.parse(value[0])) &&
      typeof value[1] === 'string' &&
      /^[0-9a-f-]{36}$/i.test(value[1])
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // falls through to the error below
  }
  throw new DomainError('invalid', 'The cursor is not one this API gave out', [
    { path: 'cursor', message: 'unknown cursor' },
  ]);
}

export async function paginate<T extends ObjectLiteral & Keyed>(
  query: SelectQueryBuilder<T>,
  alias: string,
  page: PageQuery,
): Promise<Page<T>> {
  if (page.cursor) {
    const [createdAt, id] = decode(page.cursor);
    query.andWhere(
      new Brackets((w) =>
        w
          .where(`${alias}.created_at > :createdAt`, { createdAt })
          .orWhere(`(${alias}.created_at = :createdAt AND ${alias}.id > :id)`, { createdAt, id }),
      ),
    );
  }
  const rows = await query
    .orderBy(`${alias}.created_at`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .take(page.limit + 1)
    .getMany();
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > page.limit && last ? encode(last) : null };
}
