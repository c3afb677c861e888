// @vitest-environment node
import { readFile } from 'node:fs/promises'
import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript'
import { expect, it } from 'vitest'

const contract = new URL('../../../../openapi.yaml', import.meta.url)
const committed = new URL('./schema.d.ts', import.meta.url)

it('matches the types generated from openapi.yaml', async () => {
  // The same call, with the same (default) options, as the generate:api script's CLI.
  const generated = COMMENT_HEADER + astToString(await openapiTS(contract, { silent: true }))

  expect(await readFile(committed, 'utf8'), 'src/lib/api/schema.d.ts is stale: run `make api-types`').toBe(generated)
})
