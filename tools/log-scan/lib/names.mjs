// The people to look for, and how a log line names one: their first name and surname as whole words, in either
// order, at most two words apart ("Ava Shaw", "Shaw, Ava", "firstName=Ava, lastName=Shaw", ava.shaw@example.com).
// A surname alone is not looked for: Wood, Green, Hall or Jackson are everyday words in Java and Keycloak logs.
import { existsSync, readFileSync } from 'node:fs'

/** Fewer names than this, and the scan would pass on nothing: the names file is not the demo's. */
export const FEWEST_NAMES = 10
const MOST_WORDS_BETWEEN = 2
/** A word as a regular expression's \b sees one, with inner apostrophes and hyphens kept (O'Neill, Smith-Jones). */
const WORD = /[\p{L}\p{N}_]+(?:['’-][\p{L}\p{N}_]+)*/gu

/** A scan cannot be trusted: no names to look for, or nothing to look in (exit code 2). */
export class ScanRefused extends Error {}

/** The full names in `file`, one a line; refused when missing or shorter than FEWEST_NAMES. */
export function readNames(file) {
  if (!existsSync(file)) throw new ScanRefused(`names file ${file} not found`)
  const names = [...new Set(readFileSync(file, 'utf8').split('\n').map((line) => line.trim())
    .filter((line) => wordsOf(line).length >= 2))]
  if (names.length < FEWEST_NAMES) {
    throw new ScanRefused(`names file ${file} holds ${names.length} full names, fewer than ${FEWEST_NAMES}`)
  }
  return names
}

/** A function answering the names a line names, each once. */
export function matcherFor(names) {
  const byFirstName = new Map()
  for (const name of names) {
    const words = wordsOf(name)
    const person = { name, surname: words.at(-1) }
    byFirstName.set(words[0], [...(byFirstName.get(words[0]) ?? []), person])
  }
  return (line) => {
    const words = wordsOf(line)
    const found = new Set()
    words.forEach((word, at) => {
      for (const person of byFirstName.get(word) ?? []) {
        if (near(words, at, person.surname)) found.add(person.name)
      }
    })
    return [...found]
  }
}

function near(words, at, surname) {
  const from = Math.max(0, at - MOST_WORDS_BETWEEN - 1)
  return words.slice(from, at + MOST_WORDS_BETWEEN + 2).some((word, i) => word === surname && from + i !== at)
}

function wordsOf(text) {
  return text.toLowerCase().match(WORD) ?? []
}
