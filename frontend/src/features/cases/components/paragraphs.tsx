/** Text as the practitioner wrote it: each line its own paragraph (blank lines between them dropped). */
export function Paragraphs({ text, className = 'govuk-body' }: { text: string; className?: string }) {
  return text
    .split(/\n+/)
    .filter((line) => line.trim() !== '')
    .map((line, index) => (
      <p className={className} key={index}>
        {line}
      </p>
    ))
}
