import { testRule } from '../../rule-tester'
import { registered } from './find-rule'

// SVG served from the site is a document: script in it runs when its URL is opened.
testRule(registered('js/xss-sink'), {
  valid: [
    {
      code: "import type { APIRoute } from 'astro'\nimport escapeHtml from 'escape-html'\nexport const GET: APIRoute = async ({ url }) => {\n  const title = url.searchParams.get('title') ?? ''\n  return new Response(`<svg><text>${escapeHtml(title)}</text></svg>`, { headers: { 'Content-Type': 'image/svg+xml' } })\n}",
      path: 'src/pages/api/og.ts',
    },
    {
      code: "import type { APIRoute } from 'astro'\nexport const GET: APIRoute = async ({ url }) => {\n  const title = url.searchParams.get('title') ?? ''\n  return new Response(`<svg><text>${title}</text></svg>`, { headers: { 'Content-Type': 'image/png' } })\n}",
      path: 'src/pages/api/og.ts',
    },
  ],
  invalid: [
    {
      code: "import type { APIRoute } from 'astro'\nexport const GET: APIRoute = async ({ url }) => {\n  const title = url.searchParams.get('title') ?? ''\n  return new Response(`<svg><text>${title}</text></svg>`, { headers: { 'Content-Type': 'image/svg+xml' } })\n}",
      path: 'src/pages/api/og.ts',
      findings: [{ line: 4 }],
    },
  ],
})

// A redirect function handed to the handler in its context (Astro's and Elysia's `redirect`), and SvelteKit's form actions.
testRule(registered('js/open-redirect'), {
  valid: [
    {
      code: "import type { APIGatewayProxyHandlerV2 } from 'aws-lambda'\nexport const callback: APIGatewayProxyHandlerV2 = async (event) => {\n  const next = event.queryStringParameters?.next ?? '/'\n  return { statusCode: 302, headers: { Location: `/app?next=${encodeURIComponent(next)}` } }\n}",
      path: 'src/handlers/auth.ts',
    },
    {
      code: "import type { APIRoute } from 'astro'\nexport const POST: APIRoute = async ({ request, redirect }) => {\n  const form = await request.formData()\n  const ref = String(form.get('ref') ?? '')\n  return redirect(`/thanks?ref=${encodeURIComponent(ref)}`, 303)\n}",
      path: 'src/pages/api/subscribe.ts',
    },
    {
      code: "import { Elysia } from 'elysia'\nexport const app = new Elysia().get('/done', ({ query, redirect }) => {\n  return redirect(query.next?.startsWith('/') && !query.next.startsWith('//') ? query.next : '/home')\n})",
      path: 'src/server.ts',
    },
    {
      code: "import { redirect } from '@sveltejs/kit'\nimport type { Actions } from './$types'\nexport const actions: Actions = {\n  default: async ({ url }) => {\n    redirect(303, '/dashboard')\n  },\n}",
      path: 'src/routes/login/+page.server.ts',
    },
  ],
  invalid: [
    // A Lambda result's Location header.
    {
      code: "import type { APIGatewayProxyHandlerV2 } from 'aws-lambda'\nexport const callback: APIGatewayProxyHandlerV2 = async (event) => {\n  const next = event.queryStringParameters?.next ?? '/'\n  return { statusCode: 302, headers: { Location: next } }\n}",
      path: 'src/handlers/auth.ts',
      findings: [{ line: 4 }],
    },
    {
      code: "import type { APIRoute } from 'astro'\nexport const POST: APIRoute = async ({ request, redirect }) => {\n  const form = await request.formData()\n  const next = String(form.get('next') ?? '/thanks')\n  return redirect(next, 303)\n}",
      path: 'src/pages/api/subscribe.ts',
      findings: [{ line: 5 }],
    },
    {
      code: "import { Elysia } from 'elysia'\nexport const app = new Elysia().get('/done', ({ query, redirect }) => {\n  return redirect(query.next ?? '/home')\n})",
      path: 'src/server.ts',
      findings: [{ line: 3 }],
    },
    {
      code: "import { redirect } from '@sveltejs/kit'\nimport type { Actions } from './$types'\nexport const actions: Actions = {\n  default: async ({ url }) => {\n    const to = url.searchParams.get('redirectTo') ?? '/dashboard'\n    redirect(303, to)\n  },\n}",
      path: 'src/routes/login/+page.server.ts',
      findings: [{ line: 6 }],
    },
  ],
})

// A Lambda function typed as an API Gateway handler receives the HTTP request as its event, whatever fields it reads.
testRule(registered('js/ssrf'), {
  valid: [
    {
      code: "import type { APIGatewayProxyHandlerV2 } from 'aws-lambda'\nexport const importFromUrl: APIGatewayProxyHandlerV2 = async (event) => {\n  const { name } = JSON.parse(event.body ?? '{}')\n  const res = await fetch(`https://cdn.example.com/imports/${encodeURIComponent(name)}`)\n  return { statusCode: 200, body: await res.text() }\n}",
      path: 'src/handlers/imports.ts',
    },
    // An SQS consumer's handler is not an HTTP one.
    {
      code: "import type { SQSHandler } from 'aws-lambda'\nexport const drain: SQSHandler = async (event) => {\n  for (const r of event.Records) await fetch(CALLBACK_URL, { method: 'POST', body: r.body })\n}",
      path: 'src/handlers/drain.ts',
    },
  ],
  invalid: [
    {
      code: "import type { APIGatewayProxyHandlerV2 } from 'aws-lambda'\nexport const importFromUrl: APIGatewayProxyHandlerV2 = async (event) => {\n  const { url } = JSON.parse(event.body ?? '{}')\n  const res = await fetch(url)\n  return { statusCode: 200, body: await res.text() }\n}",
      path: 'src/handlers/imports.ts',
      findings: [{ line: 4 }],
    },
  ],
})
