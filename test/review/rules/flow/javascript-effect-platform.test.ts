/**
 * @effect/platform's HTTP routes read the request by delegating to its tags inside `Effect.gen`: `yield*
 * HttpServerRequest.HttpServerRequest` is the request, `yield* HttpRouter.params` the path's parameters, and the
 * schema readers (`schemaBodyJson`, `schemaSearchParams`) decode what the client sent. Its FileSystem service reads
 * the file it is named and its Path service is Node's `path`. Look-alikes: a base name, a constant target.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const TS = { path: 'src/http/routes.ts' }
const HEAD = "import { FileSystem, HttpRouter, HttpServerRequest, HttpServerResponse, Path } from '@effect/platform'\nimport { Effect, Schema } from 'effect'\nimport { execSync } from 'node:child_process'\n"
const ROUTE = (body: string) => `${HEAD}export const router = HttpRouter.empty.pipe(\n  HttpRouter.get('/x', Effect.gen(function* () {\n${body}  })),\n)\n`

testRule(registered('js/path-traversal'), {
  valid: [
    { ...TS, code: ROUTE("    const fs = yield* FileSystem.FileSystem\n    const path = yield* Path.Path\n    const { name } = yield* HttpRouter.params\n    const bytes = yield* fs.readFile(path.join('/srv/assets', path.basename(name ?? '')))\n    return HttpServerResponse.uint8Array(bytes)\n") },
    { ...TS, code: ROUTE("    const fs = yield* FileSystem.FileSystem\n    const bytes = yield* fs.readFile('/srv/assets/index.html')\n    return HttpServerResponse.uint8Array(bytes)\n") },
  ],
  invalid: [
    { ...TS, code: ROUTE("    const fs = yield* FileSystem.FileSystem\n    const path = yield* Path.Path\n    const { name } = yield* HttpRouter.params\n    const bytes = yield* fs.readFile(path.join('/srv/assets', name ?? ''))\n    return HttpServerResponse.uint8Array(bytes)\n"), findings: [{ line: 9 }] },
    { ...TS, code: ROUTE("    const fs = yield* FileSystem.FileSystem\n    const { file } = yield* HttpServerRequest.schemaSearchParams(Schema.Struct({ file: Schema.String }))\n    const text = yield* fs.readFileString(`/srv/docs/${file}`)\n    return HttpServerResponse.text(text)\n"), findings: [{ line: 8 }] },
  ],
})

testRule(registered('js/open-redirect'), {
  valid: [
    { ...TS, code: ROUTE("    const req = yield* HttpServerRequest.HttpServerRequest\n    const lang = new URL(req.url, 'http://localhost').searchParams.get('lang') === 'de' ? 'de' : 'en'\n    return HttpServerResponse.redirect(`/${lang}/home`)\n") },
  ],
  invalid: [
    { ...TS, code: ROUTE("    const req = yield* HttpServerRequest.HttpServerRequest\n    const to = new URL(req.url, 'http://localhost').searchParams.get('to') ?? '/'\n    return HttpServerResponse.redirect(to)\n"), findings: [{ line: 8 }] },
  ],
})

testRule(registered('js/shell-injection'), {
  valid: [
    { ...TS, code: ROUTE("    const body = yield* HttpServerRequest.schemaBodyJson(Schema.Struct({ quality: Schema.Number }))\n    execSync('mogrify -quality 80 /srv/assets/*.jpg')\n    return HttpServerResponse.empty()\n") },
  ],
  invalid: [
    { ...TS, code: ROUTE("    const body = yield* HttpServerRequest.schemaBodyJson(Schema.Struct({ name: Schema.String }))\n    execSync(`mogrify -quality 80 /srv/assets/${body.name}`)\n    return HttpServerResponse.empty()\n"), findings: [{ line: 7 }] },
  ],
})
