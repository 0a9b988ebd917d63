import type { ReactNode } from 'react';
import { ListFooter } from './list-footer';
import type { PagedList } from './use-paged-list';

/** A column of a list table; `header` may be hidden text (an actions column). */
export interface Column<T> {
  header: ReactNode;
  cell: (item: T) => ReactNode;
}

interface ListSectionProps<T extends { id: string }> {
  id: string;
  title: string;
  /** Read to screen readers as the table's caption. */
  caption: string;
  /** What the list holds, in the plural ("members"): "No members yet.", "Loading members…". */
  noun: string;
  list: PagedList<T>;
  columns: Column<T>[];
  /** Above the table: messages about the list as a whole. */
  notice?: ReactNode;
  /** Below it: the form that adds to the list, for those who may. */
  children?: ReactNode;
}

/** A panel holding one paginated list as a table, with its empty, loading and error states. */
export function ListSection<T extends { id: string }>({ id, title, caption, noun, list, columns, notice, children }: ListSectionProps<T>) {
  const empty = !list.loading && !list.error && list.items.length === 0;
  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      <h2 id={`${id}-heading`}>{title}</h2>
      {notice}
      {empty ? (
        <p className="muted">No {noun} yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {columns.map((column, i) => (
                  <th key={i} scope="col">
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.id}>
                  {columns.map((column, i) => (
                    <td key={i}>{column.cell(item)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ListFooter
        noun={noun}
        loading={list.loading}
        error={list.error}
        hasMore={list.nextCursor !== null}
        onMore={list.loadMore}
        onRetry={list.reload}
      />
      {children}
    </section>
  );
}
