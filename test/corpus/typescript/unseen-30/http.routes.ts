// corpus: path=src/http/routes.ts
import { HttpRouter, HttpServerRequest, HttpServerResponse } from '@effect/platform'
import { FileSystem, Path } from '@effect/platform'
import { SqlClient } from '@effect/sql'
import { Effect, Schema } from 'effect'
import { execFileSync, execSync } from 'node:child_process'

const SearchParams = Schema.Struct({
  q: Schema.String,
  lang: Schema.optional(Schema.Literal('en', 'de', 'fr')),
})

const RenameBody = Schema.Struct({
  from: Schema.String,
  to: Schema.String,
})

const ASSET_ROOT = '/srv/assets'

export const router = HttpRouter.empty.pipe(
  HttpRouter.get(
    '/docs/search',
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const { q, lang } = yield* HttpServerRequest.schemaSearchParams(SearchParams)
      const rows = yield* sql`select slug, title from docs where lang = ${lang ?? 'en'} and body @@ plainto_tsquery(${q}) limit 20` // ok: sql-injection
      return yield* HttpServerResponse.json(rows)
    }),
  ),

  HttpRouter.get(
    '/docs/by-tag',
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const req = yield* HttpServerRequest.HttpServerRequest
      const tag = new URL(req.url, 'http://localhost').searchParams.get('tag') ?? ''
      const rows = yield* sql.unsafe(`select slug, title from docs where '${tag}' = any(tags)`) // expect: sql-injection
      return yield* HttpServerResponse.json(rows)
    }),
  ),

  HttpRouter.get(
    '/assets/:name',
    Effect.gen(function* () {
      const fs = yield* FileSystem.FileSystem
      const path = yield* Path.Path
      const { name } = yield* HttpRouter.params
      const file = path.join(ASSET_ROOT, name ?? '')
      const bytes = yield* fs.readFile(file) // expect: path-traversal
      return HttpServerResponse.uint8Array(bytes, { contentType: 'application/octet-stream' })
    }),
  ),

  HttpRouter.post(
    '/assets/rename',
    Effect.gen(function* () {
      const { from, to } = yield* HttpServerRequest.schemaBodyJson(RenameBody)
      const path = yield* Path.Path
      const src = path.join(ASSET_ROOT, path.basename(from))
      const dst = path.join(ASSET_ROOT, path.basename(to))
      execFileSync('mv', ['--no-clobber', src, dst]) // ok: command-injection
      return HttpServerResponse.empty({ status: 204 })
    }),
  ),

  HttpRouter.post(
    '/assets/optimize',
    Effect.gen(function* () {
      const body = yield* HttpServerRequest.schemaBodyJson(Schema.Struct({ name: Schema.String, quality: Schema.Number }))
      const output = execSync(`mogrify -quality ${body.quality} ${ASSET_ROOT}/${body.name}`).toString() // expect: command-injection
      return yield* HttpServerResponse.json({ output })
    }),
  ),

  HttpRouter.get(
    '/go',
    Effect.gen(function* () {
      const req = yield* HttpServerRequest.HttpServerRequest
      const to = new URL(req.url, 'http://localhost').searchParams.get('to') ?? '/'
      return HttpServerResponse.redirect(to) // expect: open-redirect
    }),
  ),
)
