/** The document title, "<page> – TeamAround", rendered where the page is (React hoists it into <head>). */
export function PageTitle({ children }: { children: string }) {
  return <title>{`${children} – TeamAround`}</title>
}
