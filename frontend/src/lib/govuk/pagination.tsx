import { Link } from 'react-router'

const ARROW_PREVIOUS =
  'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z'
const ARROW_NEXT =
  'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z'

/**
 * The GOV.UK pagination component for a list of pages: previous, numbers (first, last, and those
 * around the current one, with ellipses between) and next. Pages are numbered from 1.
 */
export function Pagination({
  current,
  count,
  href,
}: {
  current: number
  count: number
  href: (page: number) => string
}) {
  if (count <= 1) return null
  return (
    <nav className="govuk-pagination" aria-label="Pagination">
      {current > 1 && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={href(current - 1)} rel="prev">
            <Arrow path={ARROW_PREVIOUS} direction="prev" />
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
      <ul className="govuk-pagination__list">
        {pageItems(current, count).map((page, index) =>
          page === null ? (
            <li className="govuk-pagination__item govuk-pagination__item--ellipsis" key={`ellipsis-${index}`}>
              &ctdot;
            </li>
          ) : (
            <li
              className={
                page === current ? 'govuk-pagination__item govuk-pagination__item--current' : 'govuk-pagination__item'
              }
              key={page}
            >
              <Link
                className="govuk-link govuk-pagination__link"
                to={href(page)}
                aria-label={`Page ${page}`}
                aria-current={page === current ? 'page' : undefined}
              >
                {page}
              </Link>
            </li>
          ),
        )}
      </ul>
      {current < count && (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={href(current + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            <Arrow path={ARROW_NEXT} direction="next" />
          </Link>
        </div>
      )}
    </nav>
  )
}

/** 1 … 4 5 6 … 10: the first and last pages, the current one and its neighbours; null is an ellipsis. */
export function pageItems(current: number, count: number): (number | null)[] {
  const shown = [...new Set([1, current - 1, current, current + 1, count])].filter((page) => page >= 1 && page <= count)
  shown.sort((a, b) => a - b)
  const items: (number | null)[] = []
  shown.forEach((page, index) => {
    const previous = shown[index - 1]
    if (previous !== undefined && page - previous > 1) items.push(null)
    items.push(page)
  })
  return items
}

function Arrow({ path, direction }: { path: string; direction: 'prev' | 'next' }) {
  return (
    <svg
      className={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path d={path} />
    </svg>
  )
}
