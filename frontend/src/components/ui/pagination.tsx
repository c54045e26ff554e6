import { Link, useLocation } from 'react-router';

type Props = {
  /** Zero-based, as the API counts. */
  page: number;
  totalPages: number;
  totalItems: number;
  label?: string;
};

/** Previous / next links that keep the page in the URL (`?page=2`, one-based for people). */
export function Pagination({
  page,
  totalPages,
  totalItems,
  label = 'Постраничная навигация',
}: Props) {
  const location = useLocation();
  const hrefFor = (zeroBased: number) => {
    const params = new URLSearchParams(location.search);
    if (zeroBased === 0) params.delete('page');
    else params.set('page', String(zeroBased + 1));
    const query = params.toString();
    return `${location.pathname}${query ? `?${query}` : ''}`;
  };
  const hasPrevious = page > 0;
  const hasNext = page + 1 < totalPages;

  return (
    <nav className="pagination" aria-label={label}>
      {hasPrevious ? (
        <Link className="pagination-link" to={hrefFor(page - 1)} rel="prev">
          ← Предыдущая страница
        </Link>
      ) : (
        <span className="pagination-link" aria-disabled="true">
          ← Предыдущая страница
        </span>
      )}
      <span className="pagination-status">
        Страница {Math.min(page + 1, Math.max(totalPages, 1))} из {Math.max(totalPages, 1)} · всего{' '}
        {totalItems}
      </span>
      {hasNext ? (
        <Link className="pagination-link" to={hrefFor(page + 1)} rel="next">
          Следующая страница →
        </Link>
      ) : (
        <span className="pagination-link" aria-disabled="true">
          Следующая страница →
        </span>
      )}
    </nav>
  );
}

/** Reads `?page=N` (one-based) into the API's zero-based page number. */
export function pageFromSearch(search: string): number {
  const value = Number(new URLSearchParams(search).get('page'));
  return Number.isInteger(value) && value > 1 ? value - 1 : 0;
}
