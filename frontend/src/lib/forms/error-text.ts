/** A message that continues its field's name: "is required to submit", "must be…", "does not match…". */
const PREDICATE = /^(is|are|must|does|do|has|have|cannot|can|should|was|were|will|may)\b/

/**
 * An API message as a sentence: a predicate gets the question in front ("Date of birth must be…"),
 * any other fragment ("at least one parent or carer is required…") a capital letter.
 */
export function sentence(label: string, message: string): string {
  const text = message.trim()
  if (PREDICATE.test(text)) return `${label} ${text}`
  return text.charAt(0).toUpperCase() + text.slice(1)
}
