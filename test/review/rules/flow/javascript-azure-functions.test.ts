/**
 * Azure Functions v4: a handler's `HttpResponseInit` with a `Location` header redirects, like a Lambda's
 * `{ statusCode, headers }`; a fixed or mapped target stays quiet.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const FN = { path: 'src/functions/bounce.ts' }
const HEAD = "import { app, type HttpRequest, type HttpResponseInit } from '@azure/functions'\n"

testRule(registered('js/open-redirect'), {
  valid: [
    { ...FN, code: HEAD + "export async function bounce(request: HttpRequest): Promise<HttpResponseInit> {\n  return { status: 302, headers: { Location: '/home' } }\n}\napp.http('bounce', { handler: bounce })\n" },
    { ...FN, code: HEAD + "const PAGES: Record<string, string> = { docs: '/docs', blog: '/blog' }\nexport async function bounce(request: HttpRequest): Promise<HttpResponseInit> {\n  return { status: 302, headers: { Location: PAGES[request.query.get('to') ?? ''] ?? '/' } }\n}\napp.http('bounce', { handler: bounce })\n" },
  ],
  invalid: [
    { ...FN, code: HEAD + "export async function bounce(request: HttpRequest): Promise<HttpResponseInit> {\n  const next = request.query.get('next') ?? '/'\n  return { status: 302, headers: { Location: next } }\n}\napp.http('bounce', { handler: bounce })\n", findings: [{ line: 4 }] },
  ],
})
