/** "120 schools, page 2 of 3": a table's caption, with the page only when there is more than one. */
export function pagedCaption(total: number, [one, many]: [string, string], page: number, pageCount: number): string {
  const count = `${total} ${total === 1 ? one : many}`
  return pageCount > 1 ? `${count}, page ${page} of ${pageCount}` : count
}
