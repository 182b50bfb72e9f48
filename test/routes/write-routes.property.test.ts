import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env } from 'cloudflare:workers'
import fc from 'fast-check'
import { beforeAll, describe, it } from 'vitest'
import { createApp } from '../../src/app'
import { readConfig } from '../../src/config'
import type { KeyScope } from '../../src/db/schema'
import { api, BASE, createTenantKey, SAMPLE_DIFF, submit, waitForStatus, type TestKey } from '../helpers'

// Every write route, fed bodies and ids within, at and past its limits: the answer is a 2xx or
// a 4xx in the one error shape, never a 5xx. The param guard (test/setup.ts) also fails a run
// whose statements bind more than D1's 100 parameters, even where the error was swallowed.

const RUNS = 40
const MAX_FILES = readConfig(env).limits.maxFiles
const ADMIN_TOKEN = env.ADMIN_TOKEN ?? '' // pinned in test/vitest.config.ts

/** A body sent as these exact bytes (malformed JSON), not serialised. */
class RawBody {
  constructor(readonly text: string) {}
}

type Sent = { method: string; path: string; body?: unknown }

/** Status classes seen by the current property: a property that never succeeds proves little. */
let seen = new Set<string>()

function expectBothOutcomes(route: string) {
  const classes = [...seen]
  seen = new Set()
  if (!classes.includes('2xx') || !classes.includes('4xx')) throw new Error(`${route}: runs should both succeed and fail, saw ${classes.join(', ')}`)
}

/** 2xx, or 4xx with `{ error: { code, message, request_id } }`. */
async function expectWellFormed(res: Response, sent: Sent) {
  seen.add(`${Math.floor(res.status / 100)}xx`)
  const text = await res.text()
  const where = `${sent.method} ${sent.path} → ${res.status} ${text.slice(0, 300)}\nbody: ${JSON.stringify(sent.body)?.slice(0, 300)}`
  if (res.status >= 500) throw new Error(`server error: ${where}`)
  if (res.status < 400) return
  const body = JSON.parse(text) as { error?: Record<string, unknown> }
  const error = body.error
  if (!error || typeof error.code !== 'string' || typeof error.message !== 'string' || typeof error.request_id !== 'string') {
    throw new Error(`not the error shape: ${where}`)
  }
}

/** Fresh keys of one tenant as the runs go, so no key reaches its per-minute write budget. */
function rotatingKey(tenantId: string, scopes: KeyScope[] = ['read', 'write', 'admin'], uses = 40) {
  let key: TestKey | undefined
  let used = 0
  return async () => {
    if (!key || used++ >= uses) {
      key = await createTenantKey(scopes, tenantId)
      used = 1
    }
    return key
  }
}

async function send(key: string | TestKey, sent: Sent, vars: Record<string, string> = {}) {
  const headers = new Headers({ authorization: `Bearer ${typeof key === 'string' ? key : key.key}` })
  let body: string | undefined
  if (sent.body !== undefined) {
    headers.set('content-type', 'application/json')
    body = sent.body instanceof RawBody ? sent.body.text : JSON.stringify(sent.body)
  }
  const init = { method: sent.method, headers, body }
  if (Object.keys(vars).length === 0) return api(sent.path, init)
  const ctx = createExecutionContext()
  const res = await createApp().fetch(new Request(`${BASE}${sent.path}`, init), { ...env, ...vars }, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

// ---- arbitraries ---------------------------------------------------------------------------
// Half the bodies are valid, the other half valid but for one hostile field (or not an object
// at all): bodies with several random fields are almost never valid and would only ever
// exercise validation.

/** `valid`, or as often `valid` with one of `hostile`'s fields put in. */
function oneFieldOff<T extends object>(valid: fc.Arbitrary<T>, hostile: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<T | Record<string, unknown>> {
  const replacement = fc.oneof(...Object.entries(hostile).map(([field, value]) => value.map((v) => [field, v] as const)))
  return fc.oneof(
    valid,
    fc.tuple(valid, replacement).map(([body, [field, value]]) => ({ ...body, [field]: value })),
  )
}

/** Strings around a length limit: empty, blank, just under, at, just over, control characters. */
const textAround = (max: number) =>
  fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom('', '   ', 'a\u0000b', 'line\nbreak', 'esc\u001b[31m', 'emoji 🧪'),
    fc.integer({ min: Math.max(0, max - 1), max: max + 1 }).map((n) => 'x'.repeat(n)),
  )

const anyJson = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.string({ maxLength: 10 }), fc.array(fc.integer(), { maxLength: 3 }))

const validText = (max: number) => fc.oneof(fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ._-]{0,30}$/), fc.constant('t'.repeat(max)))

const consoleLogs = (n: number, tag: string) =>
  `@@ -0,0 +1,${n} @@\n${Array.from({ length: n }, (_, i) => `+console.log("${tag}${i}", v)`).join('\n')}\n`

const bulkFiles = (n: number) => Array.from({ length: n }, (_, i) => ({ file_path: `bulk/f${i}.py`, diff_content: SAMPLE_DIFF }))

const validFileEntry = fc.record({
  file_path: fc.nat({ max: 10_000 }).map((n) => `src/m${n}.py`),
  diff_content: fc.oneof(fc.constant(SAMPLE_DIFF), fc.integer({ min: 1, max: 60 }).map((n) => consoleLogs(n, 'l')), fc.constant('Binary files a/x.png and b/x.png differ\n')),
})

const hostileFileEntry = oneFieldOff(validFileEntry, {
  file_path: fc.oneof(
    fc.constantFrom('', '../etc/passwd', '/abs.py', 'a\u0000.py', 'C:/x.py', 'ünï/cödé.ts'),
    fc.integer({ min: 1020, max: 1030 }).map((n) => `src/${'p'.repeat(n)}.py`),
    fc.string({ maxLength: 40 }),
    anyJson,
  ),
  diff_content: fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('', '@@ -1 +1 @@\n-\u0000\n+\u0000\n'), anyJson),
})

/** One file up to exactly MAX_FILES, the sizes near the limit well represented. */
const validFiles = fc.oneof(
  { weight: 3, arbitrary: fc.uniqueArray(validFileEntry, { minLength: 1, maxLength: 14, selector: (f) => f.file_path }) },
  { weight: 1, arbitrary: fc.integer({ min: MAX_FILES - 2, max: MAX_FILES }).map(bulkFiles) },
)

const hostileFiles = fc.oneof(
  fc.integer({ min: MAX_FILES + 1, max: MAX_FILES + 2 }).map(bulkFiles),
  fc.tuple(validFiles, hostileFileEntry).map(([files, entry]) => [...files.slice(0, 13), entry]),
  fc.constantFrom([], [{ file_path: 'dup.py', diff_content: SAMPLE_DIFF }, { file_path: './dup.py', diff_content: SAMPLE_DIFF }]),
  fc.array(anyJson, { maxLength: 3 }),
  anyJson,
)

const wholeDiff = fc.integer({ min: 1, max: 12 }).map((n) =>
  Array.from({ length: n }, (_, i) => `diff --git a/w${i}.py b/w${i}.py\n--- a/w${i}.py\n+++ b/w${i}.py\n${SAMPLE_DIFF}`).join(''),
)

const validOptions = fc.record(
  {
    min_severity: fc.constantFrom('critical', 'major', 'minor', 'info'),
    max_findings: fc.integer({ min: 1, max: 1000 }),
    profile: fc.constantFrom('prototype', 'default', 'strict'),
    disable: fc.array(fc.constantFrom('hygiene', 'js/console-log'), { maxLength: 3 }),
    ignore_paths: fc.array(fc.constantFrom('**/*.js', 'src/**'), { maxLength: 3 }),
    ai: fc.boolean(),
  },
  { requiredKeys: [] },
)

const hostileOptions = fc.oneof(
  oneFieldOff(validOptions, {
    min_severity: fc.string({ maxLength: 8 }),
    max_findings: fc.oneof(fc.constantFrom(0, -1, 1001, 1e9, 0.5), fc.double()),
    profile: fc.string({ maxLength: 8 }),
    disable: fc.oneof(fc.constant(Array.from({ length: 201 }, (_, i) => `r${i}`)), fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 })),
    ignore_paths: fc.array(fc.oneof(fc.constantFrom('[', 'x'.repeat(301)), fc.string({ maxLength: 10 })), { maxLength: 4 }),
    ai: anyJson,
  }),
  anyJson,
)

/** What a revision takes: `files` or `diff`, with options or not. */
const validSource = fc.oneof(
  fc.record({ files: validFiles, options: validOptions }, { requiredKeys: ['files'] }),
  fc.record({ diff: wholeDiff, options: validOptions }, { requiredKeys: ['diff'] }),
)

const sourceHostility = {
  files: hostileFiles,
  diff: fc.oneof(fc.string({ maxLength: 200 }), fc.constant(''), wholeDiff /* next to files: both sources */, anyJson),
  options: hostileOptions,
}

const revisionBody = fc.oneof({ weight: 8, arbitrary: oneFieldOff(validSource, sourceHostility) }, { weight: 1, arbitrary: anyJson })

const validChangeset = fc
  .tuple(fc.record({ title: validText(200), author: validText(100), description: fc.oneof(validText(20_000), fc.constant(null)) }, { requiredKeys: ['title', 'author'] }), validSource)
  .map(([meta, source]) => ({ ...meta, ...source }))

const changesetBody = fc.oneof(
  {
    weight: 8,
    arbitrary: oneFieldOff(validChangeset, {
      ...sourceHostility,
      title: fc.oneof(textAround(200), anyJson),
      author: fc.oneof(textAround(100), anyJson),
      description: fc.oneof(textAround(20_000), anyJson),
    }),
  },
  { weight: 1, arbitrary: fc.oneof(anyJson, fc.dictionary(fc.string({ maxLength: 8 }), anyJson, { maxKeys: 4 })) },
  { weight: 1, arbitrary: fc.constantFrom('{', '', '[1,2', '{"title": "x",}').map((text) => new RawBody(text)) },
)

/** A path segment: usually a real id, otherwise anything at all (encoded), including over-long. */
const idOr = (real: () => string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.nat().map((n) => real()[n % Math.max(1, real().length)] ?? 'none') },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.constantFrom(crypto.randomUUID(), 'x'.repeat(100), 'x'.repeat(101), '%', '..', ' ') },
  )

const segment = (id: string) => encodeURIComponent(id)

// ---- properties ----------------------------------------------------------------------------

describe('write routes answer 2xx or a 4xx with the error shape, never 5xx', () => {
  let tenantId: string
  let changesetIds: string[] = []
  let findingIds: string[] = []
  let keyIds: string[] = []

  beforeAll(async () => {
    const key = await createTenantKey()
    tenantId = key.tenantId
    const id = await submit(key, {
      title: 'noisy',
      author: 'ada',
      files: [{ file_path: 'src/app.js', diff_content: `@@ -0,0 +1,30 @@\n${Array.from({ length: 30 }, (_, i) => `+console.log("v${i}", v)`).join('\n')}\n` }],
    })
    await waitForStatus(key, id, 'reviewed')
    changesetIds = [id]
    const res = await api(`/api/changesets/${id}/findings?limit=100`, { key })
    findingIds = (await res.json<{ data: Array<{ id: string }> }>()).data.map((f) => f.id)
    keyIds = [key.keyId]
    for (let i = 0; i < 10; i++) keyIds.push((await createTenantKey(['read'], tenantId)).keyId)
  }, 60_000)

  it(`POST /api/changesets (${RUNS} runs)`, async () => {
    const nextKey = rotatingKey(tenantId)
    await fc.assert(
      fc.asyncProperty(changesetBody, async (body) => {
        const sent = { method: 'POST', path: '/api/changesets', body }
        const res = await send(await nextKey(), sent)
        if (res.status === 202) changesetIds.push((await res.clone().json<{ changeset_id: string }>()).changeset_id)
        await expectWellFormed(res, sent)
      }),
      { numRuns: RUNS },
    )
    expectBothOutcomes('POST /api/changesets')
  }, 120_000)

  it(`POST /api/changesets/{id}/revisions (${RUNS} runs, MAX_REVISIONS raised so inserts keep happening)`, async () => {
    const nextKey = rotatingKey(tenantId)
    await fc.assert(
      fc.asyncProperty(idOr(() => changesetIds.slice(0, 3)), revisionBody, async (id, body) => {
        const sent = { method: 'POST', path: `/api/changesets/${segment(id)}/revisions`, body }
        await expectWellFormed(await send(await nextKey(), sent, { MAX_REVISIONS: '1000' }), sent)
      }),
      { numRuns: RUNS },
    )
    expectBothOutcomes('POST revisions (raised)')
  }, 120_000)

  it(`POST /api/changesets/{id}/revisions at the default MAX_REVISIONS (${RUNS} runs on one changeset)`, async () => {
    const key = await createTenantKey()
    const id = await submit(key, { title: 'revised often', author: 'ada', files: [{ file_path: 'a.py', diff_content: SAMPLE_DIFF }] })
    const nextKey = rotatingKey(key.tenantId)
    const statuses = new Set<number>()
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 20 }), async (n) => {
        const body = { files: Array.from({ length: n + 1 }, (_, i) => ({ file_path: `r/f${i}.py`, diff_content: SAMPLE_DIFF })) }
        const sent = { method: 'POST', path: `/api/changesets/${id}/revisions`, body }
        const res = await send(await nextKey(), sent)
        statuses.add(res.status)
        await expectWellFormed(res, sent)
      }),
      { numRuns: RUNS },
    )
    expectBothOutcomes('POST revisions (default)')
    // Past MAX_REVISIONS (20) every further revision is refused.
    if (!statuses.has(409)) throw new Error(`expected 409 once the changeset was full, saw ${[...statuses]}`)
  }, 120_000)

  it(`PATCH /api/changesets/{id}/findings/{finding_id} (${RUNS} runs)`, async () => {
    const nextKey = rotatingKey(tenantId)
    const status = fc.constantFrom('open', 'dismissed', 'resolved')
    const triage = fc.oneof(
      {
        weight: 6,
        arbitrary: oneFieldOff(fc.record({ status, reason: validText(2000) }, { requiredKeys: ['status'] }), {
          status: fc.oneof(fc.string({ maxLength: 10 }), anyJson),
          reason: fc.oneof(textAround(2000), anyJson),
          expected_status: fc.oneof(status, anyJson),
        }),
      },
      { weight: 1, arbitrary: anyJson },
    )
    await fc.assert(
      fc.asyncProperty(idOr(() => changesetIds.slice(0, 1)), idOr(() => findingIds), triage, async (id, findingId, body) => {
        const sent = { method: 'PATCH', path: `/api/changesets/${segment(id)}/findings/${segment(findingId)}`, body }
        await expectWellFormed(await send(await nextKey(), sent), sent)
      }),
      { numRuns: RUNS },
    )
    expectBothOutcomes('PATCH findings')
  }, 120_000)

  it(`POST /api/keys with an admin key and with the admin token (${RUNS} runs)`, async () => {
    const nextKey = rotatingKey(tenantId, ['admin'])
    const validKey = fc.record(
      {
        name: validText(100),
        scopes: fc.uniqueArray(fc.constantFrom<KeyScope>('read', 'write', 'admin'), { minLength: 1 }),
        tenant_id: fc.constant(tenantId),
        tenant_name: validText(200),
      },
      { requiredKeys: ['name', 'tenant_id'] },
    )
    const keyBody = fc.oneof(
      {
        weight: 6,
        arbitrary: oneFieldOff(validKey, {
          name: fc.oneof(textAround(100), anyJson),
          scopes: fc.oneof(fc.constant([]), fc.array(fc.string({ maxLength: 6 }), { minLength: 1, maxLength: 3 }), anyJson),
          tenant_id: fc.oneof(textAround(100), anyJson),
          tenant_name: fc.oneof(textAround(200), anyJson),
        }),
      },
      { weight: 1, arbitrary: anyJson },
    )
    await fc.assert(
      fc.asyncProperty(fc.boolean(), keyBody, async (asAdminToken, body) => {
        const sent = { method: 'POST', path: '/api/keys', body }
        const res = await send(asAdminToken ? ADMIN_TOKEN : await nextKey(), sent)
        if (res.status === 201) keyIds.push((await res.clone().json<{ id: string }>()).id)
        await expectWellFormed(res, sent)
      }),
      { numRuns: RUNS },
    )
    expectBothOutcomes('POST /api/keys')
  }, 120_000)

  it(`POST /api/changesets/{id}/events/ticket (${RUNS} runs)`, async () => {
    const nextKey = rotatingKey(tenantId, ['read'])
    await fc.assert(
      fc.asyncProperty(idOr(() => changesetIds), fc.option(anyJson, { nil: undefined }), async (id, body) => {
        const sent = { method: 'POST', path: `/api/changesets/${segment(id)}/events/ticket`, body }
        await expectWellFormed(await send(await nextKey(), sent), sent)
      }),
      { numRuns: RUNS },
    )
    expectBothOutcomes('POST events ticket')
  }, 120_000)

  it(`DELETE /api/keys/{id} (${RUNS} runs)`, async () => {
    const nextKey = rotatingKey(tenantId, ['admin'])
    await fc.assert(
      fc.asyncProperty(idOr(() => keyIds.slice(1)), fc.option(fc.oneof(fc.constant(tenantId), fc.string({ maxLength: 20 })), { nil: undefined }), fc.boolean(), async (id, tenant, asAdminToken) => {
        const query = tenant === undefined ? '' : `?tenant_id=${encodeURIComponent(tenant)}`
        const sent = { method: 'DELETE', path: `/api/keys/${segment(id)}${query}` }
        await expectWellFormed(await send(asAdminToken ? ADMIN_TOKEN : await nextKey(), sent), sent)
      }),
      { numRuns: RUNS },
    )
    expectBothOutcomes('DELETE /api/keys')
  }, 120_000)

  // Last: it deletes the changesets the other properties write to.
  it(`DELETE /api/changesets/{id} (${RUNS} runs)`, async () => {
    const nextKey = rotatingKey(tenantId)
    await fc.assert(
      fc.asyncProperty(idOr(() => changesetIds), async (id) => {
        const sent = { method: 'DELETE', path: `/api/changesets/${segment(id)}` }
        await expectWellFormed(await send(await nextKey(), sent), sent)
      }),
      { numRuns: RUNS },
    )
    expectBothOutcomes('DELETE /api/changesets')
  }, 120_000)
})
