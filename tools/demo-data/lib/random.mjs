// The loader's one source of chance: faker seeded once, so every run writes the same authority.
import { fakerEN_GB as faker } from '@faker-js/faker'

export const SEED = 20241101

faker.seed(SEED)

export { faker }

/** True with the given probability. */
export function chance(probability) {
  return faker.datatype.boolean({ probability })
}

export function pick(items) {
  return faker.helpers.arrayElement(items)
}

export function pickSome(items, min, max) {
  return faker.helpers.arrayElements(items, { min, max })
}

/** One of `weights`' keys, each as likely as its weight. */
export function weighted(weights) {
  return faker.helpers.weightedArrayElement(Object.entries(weights).map(([value, weight]) => ({ value, weight })))
}

export function int(min, max) {
  return faker.number.int({ min, max })
}

/** A normally distributed number (Box–Muller on faker's uniform numbers). */
export function normal(mean, spread) {
  const u = faker.number.float({ min: Number.EPSILON, max: 1 })
  const v = faker.number.float({ min: 0, max: 1 })
  return mean + spread * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
}

export function shuffle(items) {
  return faker.helpers.shuffle(items)
}

export function clamp(value, min, max) {
  return Math.min(max, Math.max(min, value))
}

/** Rounds to one decimal place, as the forms take percentages. */
export function oneDecimal(value) {
  return Math.round(value * 10) / 10
}
