/**
 * SvelteKit's server hooks: the `event` a `handle` (typed `Handle` when composed with `sequence()`) receives is the
 * request's, so an Origin echoed with credentials is reported as in a route; the object `handleError` returns is what
 * the client is shown, so a stack in it (`error.stack ?? message` included) leaks. Look-alikes: an allow-listed origin,
 * a generic message, a stack only in development.
 */
import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

const HOOKS = { path: 'src/hooks.server.ts' }
const HEAD = "import type { Handle, HandleServerError } from '@sveltejs/kit'\nimport { dev } from '$app/environment'\n"
const CORS = (check: string) =>
  `${HEAD}const cors: Handle = async ({ event, resolve }) => {\n  const response = await resolve(event)\n  const origin = event.request.headers.get('origin')\n  if (${check}) {\n    response.headers.set('Access-Control-Allow-Origin', origin)\n    response.headers.set('Access-Control-Allow-Credentials', 'true')\n  }\n  return response\n}\nexport const handle = cors\n`

testRule(registered('crypto/permissive-cors'), {
  valid: [
    { ...HOOKS, code: CORS("origin && ['https://app.example.com', 'https://admin.example.com'].includes(origin)") },
  ],
  invalid: [
    { ...HOOKS, code: CORS("origin && event.url.pathname.startsWith('/api/')"), findings: [{ line: 7 }] },
    { ...HOOKS, code: `${HEAD}export const handle = async ({ event, resolve }) => {\n  const response = await resolve(event)\n  response.headers.set('Access-Control-Allow-Origin', event.request.headers.get('origin') ?? '')\n  response.headers.set('Access-Control-Allow-Credentials', 'true')\n  return response\n}\n`, findings: [{ line: 5 }] },
  ],
})

testRule(registered('js/error-exposure'), {
  valid: [
    { ...HOOKS, code: `${HEAD}export const handleError: HandleServerError = async ({ error, event }) => {\n  console.error(error)\n  return { message: 'Something went wrong', id: crypto.randomUUID() }\n}\n` },
    { ...HOOKS, code: `${HEAD}export const handleError: HandleServerError = async ({ error, message }) => {\n  return { message: dev ? (error as Error).stack ?? message : message }\n}\n` },
    // A helper of the same shape elsewhere returns to its caller, not to the client.
    { path: 'src/lib/errors.ts', code: "export function describe(error: Error) {\n  return { message: error.stack ?? error.message }\n}\n" },
  ],
  invalid: [
    { ...HOOKS, code: `${HEAD}export const handleError: HandleServerError = async ({ error, event, message }) => {\n  return { message: (error as Error).stack ?? message }\n}\n`, findings: [{ line: 4 }] },
    { ...HOOKS, code: `${HEAD}export async function handleError({ error }) {\n  return { message: 'Internal error', detail: (error as Error).stack }\n}\n`, findings: [{ line: 4 }] },
    // A stack offered first, the message as a fallback: the stack is what is sent whenever there is one.
    { path: 'src/app.js', code: "app.use((err, req, res, next) => {\n  res.status(500).json({ error: err.stack || err.message })\n})\n", findings: [{ line: 2 }] },
  ],
})
