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

// The v3 model: `module.exports = async function (context, req)` answers with what it puts in `context.res`.
const V3 = { path: 'OrdersApi/index.js' }

testRule(registered('js/open-redirect'), {
  valid: [
    { ...V3, code: "module.exports = async function (context, req) {\n  context.res = { status: 302, headers: { Location: '/orders' } }\n}\n" },
    { ...V3, code: "module.exports = async function (context, req) {\n  context.res = { status: 200, headers: { 'Content-Type': 'application/json' }, body: { next: req.query.next } }\n}\n" },
  ],
  invalid: [
    { ...V3, code: "module.exports = async function (context, req) {\n  context.res = { status: 302, headers: { Location: req.query.returnUrl } }\n}\n", findings: [{ line: 2 }] },
  ],
})

testRule(registered('js/error-exposure'), {
  valid: [
    { ...V3, code: "module.exports = async function (context, req) {\n  try {\n    await handle(req)\n  } catch (err) {\n    context.log.error(err)\n    context.res = { status: 500, body: { error: 'Internal error', invocation: context.invocationId } }\n  }\n}\n" },
  ],
  invalid: [
    { ...V3, code: "module.exports = async function (context, req) {\n  try {\n    await handle(req)\n  } catch (err) {\n    context.res = { status: 500, body: { error: err.message, stack: err.stack } }\n  }\n}\n", findings: [{ line: 5 }] },
  ],
})

// A serverless function's result carries the body it answers with: a Lambda's `{ statusCode, body }` and Azure
// Functions v4's `{ status, jsonBody }`.
testRule(registered('js/error-exposure'), {
  valid: [
    { path: 'functions/orders.js', code: "exports.handler = async (event) => {\n  try {\n    return { statusCode: 200, body: await work(event.body) }\n  } catch (err) {\n    console.error(err)\n    return { statusCode: 500, body: JSON.stringify({ message: 'internal error' }) }\n  }\n}\n" },
  ],
  invalid: [
    { path: 'functions/orders.js', code: "exports.handler = async (event) => {\n  try {\n    return { statusCode: 200, body: await work(event.body) }\n  } catch (err) {\n    return { statusCode: 500, body: JSON.stringify({ message: err.message, stack: err.stack }) }\n  }\n}\n", findings: [{ line: 5 }] },
    { path: 'src/functions/orders.js', code: "const { app } = require('@azure/functions')\napp.http('orders', {\n  handler: async (request, context) => {\n    try {\n      return { jsonBody: await work(request) }\n    } catch (err) {\n      return { status: 500, jsonBody: { error: err.message, stack: err.stack } }\n    }\n  },\n})\n", findings: [{ line: 7 }] },
  ],
})
