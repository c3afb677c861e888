import { describe, expect, it } from 'vitest'
import { EMPTY_TEXTS, mergeTexts, type SectionTexts } from './assessment-sections'

const texts = (sections: Partial<SectionTexts>): SectionTexts => ({ ...EMPTY_TEXTS, ...sections })

describe('merging the user’s text with a save made meanwhile', () => {
  it.each([
    ['only they changed it: theirs', { risks: 'a' }, { risks: 'a' }, { risks: 'b' }, 'b', []],
    ['only the user changed it: the user’s', { risks: 'a' }, { risks: 'c' }, { risks: 'a' }, 'c', []],
    ['both wrote the same: that', { risks: 'a' }, { risks: 'd' }, { risks: 'd' }, 'd', []],
    ['both changed it differently: the user’s, named', { risks: 'a' }, { risks: 'c' }, { risks: 'b' }, 'c', ['risks']],
    ['they emptied it, the user wrote more: the user’s, named', { risks: 'a' }, { risks: 'ab' }, {}, 'ab', ['risks']],
  ])('%s', (_, base, mine, theirs, risks, clashes) => {
    const merged = mergeTexts(texts(base), texts(mine), texts(theirs))
    expect(merged.texts.risks).toBe(risks)
    expect(merged.clashes).toEqual(clashes)
  })
})
